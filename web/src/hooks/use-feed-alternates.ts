import { createContext, useContext, useEffect } from 'react';
import { sameFeed, type FeedAddresses } from '../lib/feed-address.ts';

const TYPES = { rss: 'application/rss+xml', atom: 'application/atom+xml' } as const;
const FORMATS = { rss: 'RSS', atom: 'Atom' } as const;

/**
 * On the server there is no document: the page's feeds are written here while it renders, and
 * the server puts them in the HTML's head (entry-server.tsx). The head it looked up from the
 * address alone kept words the search had left out (a job seeker's walk).
 */
export const FeedAlternatesCollector = createContext<((feeds: FeedAddresses) => void) | null>(null);

/**
 * Keeps the head's `<link rel="alternate">` to the page's feeds in step with the page, as the
 * server wrote them for the first page: replaced when the search changes, removed when the
 * page goes. A link the server wrote for the same feed is kept (its title names the filters
 * as the feed itself does).
 */
export function useFeedAlternates(feeds: FeedAddresses, title: string): void {
  const { rss, atom } = feeds;
  useContext(FeedAlternatesCollector)?.(feeds);
  useEffect(() => {
    const links = (['rss', 'atom'] as const).map((format) => {
      const href = format === 'rss' ? rss : atom;
      const existing = document.head.querySelector<HTMLLinkElement>(`link[rel="alternate"][type="${TYPES[format]}"]`);
      if (existing && sameFeed(existing.href, href)) return existing;
      existing?.remove();
      const link = document.createElement('link');
      link.rel = 'alternate';
      link.type = TYPES[format];
      link.title = `${title} — Samenwerven (${FORMATS[format]})`;
      link.href = new URL(href, window.location.origin).href;
      document.head.append(link);
      return link;
    });
    return () => {
      for (const link of links) link.remove();
    };
  }, [rss, atom, title]);
}
