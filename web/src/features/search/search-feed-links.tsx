import { FeedLinks } from '../../components/feed-links.tsx';
import { feedMessages } from '../../i18n/feed-messages.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { feedAddresses } from '../../lib/feed-address.ts';
import { lowerFirst } from './alert-query.ts';
import { filterLabel, type FilterLabelContext } from './filter-label.ts';
import { activeFilters, toApiParams, withoutPlace } from './search-params.ts';

/**
 * The search's feed: the address's filters (without a place the search does not know, as the
 * results are shown without it); its title names them as the chips do.
 */
export function SearchFeedLinks({
  address: pageAddress,
  context,
  unknownPlace,
}: {
  address: URLSearchParams;
  context: FilterLabelContext;
  unknownPlace: string | null;
}) {
  const { lang } = useI18n();
  const address = unknownPlace ? withoutPlace(pageAddress) : pageAddress;
  const m = feedMessages(lang);
  const q = toApiParams(address).get('q');
  const what = [...(q ? [{ key: 'q', value: q }] : []), ...activeFilters(address)].map((filter) =>
    filterLabel(filter, address, context),
  );
  return (
    <FeedLinks
      feeds={feedAddresses(toApiParams(address), lang)}
      // Mid-sentence, as an alert's name says them ("…: zoekwoorden jurist; binnen 25 km van Tilburg").
      title={what.length ? m.searchFeed(what.map(lowerFirst).join('; ')) : m.allVacancies}
      intro={m.searchIntro}
      rssText={m.searchRss}
      orText={m.or}
      atomText={m.atom}
    />
  );
}
