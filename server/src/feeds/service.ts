/**
 * What the feeds and the sitemap list: the newest vacancies of any search (the search's own
 * answer, so a feed never shows what search hides), and every public page.
 */
import type { Database } from '@samenwerven/db';
import { listPublicMembers } from '../organisations/queries.ts';
import type { SearchIndex } from '../search-index.ts';
import type { VacancySummary } from '../vacancies/schemas.ts';
import { searchPublicVacancies } from '../vacancies/service.ts';
import { fixedPages, memberPage, vacancyPage, type SitemapPage } from './presenter.ts';
import { listFindableVacancyPages } from './queries.ts';
import type { FeedFilters } from './search-feed.ts';

const FEED_SIZE = 50;

export async function latestVacancies(
  search: SearchIndex,
  db: Database,
  filters: FeedFilters,
  log: { warn(obj: object, msg: string): void },
): Promise<VacancySummary[]> {
  const result = await searchPublicVacancies(
    search,
    db,
    { ...filters, sort: 'newest', page: 1, pageSize: FEED_SIZE },
    log,
  );
  return result.hits;
}

export async function sitemapPages(db: Database, base: string, now = new Date()): Promise<SitemapPage[]> {
  const [members, vacancies] = await Promise.all([listPublicMembers(db), listFindableVacancyPages(db, now)]);
  return [
    ...fixedPages(base),
    ...members.map((member) => memberPage(base, member)),
    ...vacancies.map((vacancy) => vacancyPage(base, vacancy)),
  ];
}
