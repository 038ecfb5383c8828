import { FeedLinks } from '../../components/feed-links.tsx';
import { feedMessages } from '../../i18n/feed-messages.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { feedAddresses } from '../../lib/feed-address.ts';

/** An organisation's feed: its vacancies, as its page lists them. */
export function OrganisationFeedLinks({ slug, name }: { slug: string; name: string }) {
  const { lang } = useI18n();
  const m = feedMessages(lang);
  return (
    <FeedLinks
      feeds={feedAddresses(new URLSearchParams({ organisation: slug }), lang)}
      title={m.organisationFeed(name)}
      intro={m.organisationIntro(name)}
      rssText={m.organisationRss(name)}
      orText={m.or}
      atomText={m.atom}
    />
  );
}
