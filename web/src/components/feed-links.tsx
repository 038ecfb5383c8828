import { useFeedAlternates } from '../hooks/use-feed-alternates.ts';
import type { FeedAddresses } from '../lib/feed-address.ts';

/**
 * The page's feeds, visible (a sentence with an RSS and an Atom link, each saying what it
 * is) and in the head for feed readers; plain links, as the feeds are no pages of the app.
 */
export function FeedLinks({
  feeds,
  title,
  intro,
  rssText,
  orText,
  atomText,
}: {
  feeds: FeedAddresses;
  /** What the feed holds, for the head's link (`title`). */
  title: string;
  intro: string;
  rssText: string;
  orText: string;
  atomText: string;
}) {
  useFeedAlternates(feeds, title);
  return (
    <p className="feed-links">
      {intro}{' '}
      <a href={feeds.rss} type="application/rss+xml">
        {rssText}
      </a>{' '}
      {orText}{' '}
      <a href={feeds.atom} type="application/atom+xml">
        {atomText}
      </a>
    </p>
  );
}
