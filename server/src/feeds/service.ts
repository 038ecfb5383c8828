/**
 * What the feeds and the sitemap list: the newest vacancies of any search (the search's own
 * answer, so a feed never shows what search hides), and every public page.
 */
import type { Database } from '@samenwerven/db';
import { listPublicMembers } from '../organisations/queries.ts';
import type { SearchIndex } from '../search-index.ts';
import { searchPublicVacancies } from '../vacancies/service.ts';
import {
  fixedPages,
  memberPage,
  SITEMAP_PAGES_PER_PART,
  vacancyPage,
  type FeedVacancy,
  type SitemapPage,
} from './presenter.ts';
import { findDescriptions, lastVacancyChange, listFindableVacancyPages } from './queries.ts';
import type { FeedFilters } from './search-feed.ts';

/** Items per page of a feed; `?page=` pages on (rel="next"), up to the search's 10,000 newest. */
export const FEED_SIZE = 50;

/** One page of the newest vacancies of a search, with their texts, and how many there are in all. */
export async function latestVacancies(
  search: SearchIndex,
  db: Database,
  filters: FeedFilters,
  page: number,
  log: { warn(obj: object, msg: string): void },
): Promise<{ vacancies: FeedVacancy[]; total: number; emptySince: Date }> {
  const result = await searchPublicVacancies(
    search,
    db,
    { ...filters, sort: 'newest', page, pageSize: FEED_SIZE },
    log,
    { asTyped: true },
  );
  const descriptions = await findDescriptions(
    db,
    result.hits.map((hit) => hit.id),
  ).catch((error: unknown) => {
    // The feed still lists the vacancies while the database is away; their text is on their pages.
    log.warn({ error: error instanceof Error ? error.message : String(error) }, 'feed without descriptions');
    return new Map<string, { description: string; updatedAt: Date }>();
  });
  // An empty feed's date: the last change of a vacancy that was public, the same until one changes (its ETag holds).
  const emptySince =
    result.hits.length > 0 ? new Date(0) : ((await lastVacancyChange(db).catch(() => null)) ?? new Date(0));
  return {
    vacancies: result.hits.map((hit) => {
      const texts = descriptions.get(hit.id);
      return { ...hit, description: texts?.description ?? null, updatedAt: texts?.updatedAt.toISOString() ?? null };
    }),
    total: result.total,
    emptySince,
  };
}

export async function sitemapPages(db: Database, now = new Date()): Promise<SitemapPage[]> {
  const [members, vacancies] = await Promise.all([listPublicMembers(db), listFindableVacancyPages(db, now)]);
  return [...fixedPages(), ...members.map(memberPage), ...vacancies.map(vacancyPage)];
}

/** The pages in parts of at most SITEMAP_PAGES_PER_PART (one part while they fit). */
export function sitemapParts(pages: readonly SitemapPage[]): SitemapPage[][] {
  const parts: SitemapPage[][] = [];
  for (let start = 0; start < pages.length; start += SITEMAP_PAGES_PER_PART)
    parts.push(pages.slice(start, start + SITEMAP_PAGES_PER_PART));
  return parts;
}

/** The latest change among these pages, for a part's entry in the sitemap index. */
export function lastChange(pages: readonly SitemapPage[]): Date | undefined {
  let latest: Date | undefined;
  for (const { lastmod } of pages) if (lastmod && (!latest || lastmod > latest)) latest = lastmod;
  return latest;
}
