/**
 * The feed of a page: the search's filters (as the search page sends them to the API, so the
 * feed holds what the page shows), without its order and page (a feed is always the newest),
 * in the page's language. The server checks them against the search's own schema, as it
 * does for the search.
 */
import type { Lang } from '../i18n/lang.ts';

export interface FeedAddresses {
  rss: string;
  atom: string;
}

export function feedQuery(filters: URLSearchParams, lang: Lang): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of filters)
    if (key !== 'sort' && key !== 'page' && key !== 'pageSize') query.append(key, value);
  if (lang === 'en') query.set('lang', 'en');
  return query;
}

/** The RSS and Atom addresses for filters, relative to the portal. */
export function feedAddresses(filters: URLSearchParams, lang: Lang): FeedAddresses {
  const query = feedQuery(filters, lang).toString();
  const search = query ? `?${query}` : '';
  return { rss: `/feeds/vacancies.xml${search}`, atom: `/feeds/vacancies.atom${search}` };
}

/** Two feed addresses name the same feed when they hold the same parameters, in any order. */
export function sameFeed(a: string, b: string): boolean {
  const normalise = (href: string) => {
    const url = new URL(href, 'http://portal.invalid');
    const params = [...url.searchParams].map(([key, value]) => `${key}=${value}`).sort();
    return `${url.pathname}?${params.join('&')}`;
  };
  return normalise(a) === normalise(b);
}
