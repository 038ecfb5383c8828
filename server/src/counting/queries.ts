/** Writes to the daily counters (`vacancy_views`, `search_terms`); each function takes an executor first. */
import { lt, sql } from 'drizzle-orm';
import { dutchDate } from '@samenwerven/calendar';
import { searchTerms, vacancyViews, type Executor } from '@samenwerven/db';

export type VacancyCounter = 'views' | 'fromWidget' | 'fromFeed' | 'impressions' | 'applications' | 'hires';
export type VacancyCounts = Partial<Record<VacancyCounter, number>>;

/** Adds counts to vacancies' days; one statement for many rows. `day` is a Dutch date. */
export async function addVacancyCounts(
  db: Executor,
  rows: readonly { vacancyId: string; day: string; counts: VacancyCounts }[],
): Promise<void> {
  if (rows.length === 0) return;
  const add = (column: keyof typeof vacancyViews.$inferInsert & VacancyCounter) =>
    sql`${vacancyViews[column]} + excluded.${sql.identifier(vacancyViews[column].name)}`;
  await db
    .insert(vacancyViews)
    .values(
      rows.map(({ vacancyId, day, counts }) => ({
        vacancyId,
        day,
        views: counts.views ?? 0,
        fromWidget: counts.fromWidget ?? 0,
        fromFeed: counts.fromFeed ?? 0,
        impressions: counts.impressions ?? 0,
        applications: counts.applications ?? 0,
        hires: counts.hires ?? 0,
      })),
    )
    .onConflictDoUpdate({
      target: [vacancyViews.vacancyId, vacancyViews.day],
      set: {
        views: add('views'),
        fromWidget: add('fromWidget'),
        fromFeed: add('fromFeed'),
        impressions: add('impressions'),
        applications: add('applications'),
        hires: add('hires'),
      },
    });
}

export async function addSearchTerms(
  db: Executor,
  rows: readonly { day: string; term: string; searches: number; zeroResults: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(searchTerms)
    .values([...rows])
    .onConflictDoUpdate({
      target: [searchTerms.day, searchTerms.term],
      set: {
        searches: sql`${searchTerms.searches} + excluded.searches`,
        zeroResults: sql`${searchTerms.zeroResults} + excluded.zero_results`,
      },
    });
}

/** What people looked for is kept 13 months, no longer: a year's comparison and a month to read it. */
export async function forgetOldSearchTerms(db: Executor, now = new Date()): Promise<number> {
  const [year, month] = dutchDate(now).split('-').map(Number) as [number, number];
  const firstKept = new Date(Date.UTC(year, month - 1 - 13, 1)).toISOString().slice(0, 10);
  const removed = await db
    .delete(searchTerms)
    .where(lt(searchTerms.day, firstKept))
    .returning({ day: searchTerms.day });
  return removed.length;
}
