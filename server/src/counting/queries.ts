/** Writes to the daily counters (`vacancy_views`, `search_terms`); each function takes an executor first. */
import { and, inArray, lt, or, sql } from 'drizzle-orm';
import { dutchDate } from '@samenwerven/calendar';
import { searchTerms, type Executor } from '@samenwerven/db';

export type VacancyCounter = 'views' | 'fromWidget' | 'fromFeed' | 'impressions' | 'applications' | 'hires';
export type VacancyCounts = Partial<Record<VacancyCounter, number>>;

const COLUMNS = ['views', 'from_widget', 'from_feed', 'impressions', 'applications', 'hires'] as const;
const FIELDS: Record<(typeof COLUMNS)[number], VacancyCounter> = {
  views: 'views',
  from_widget: 'fromWidget',
  from_feed: 'fromFeed',
  impressions: 'impressions',
  applications: 'applications',
  hires: 'hires',
};

/**
 * Adds counts to vacancies' days (`day` is a Dutch date), and the same sums to their
 * organisations' days (`organisation_days`, what the figures read): one statement for both.
 */
export async function addVacancyCounts(
  db: Executor,
  rows: readonly { vacancyId: string; day: string; counts: VacancyCounts }[],
): Promise<void> {
  if (rows.length === 0) return;
  const input = JSON.stringify(
    rows.map(({ vacancyId, day, counts }) => ({
      vacancy_id: vacancyId,
      day,
      ...Object.fromEntries(COLUMNS.map((c) => [c, counts[FIELDS[c]] ?? 0])),
    })),
  );
  const columns = sql.raw(COLUMNS.join(', '));
  const sums = sql.raw(COLUMNS.map((c) => `sum(${c})`).join(', '));
  const added = (table: string) => sql.raw(COLUMNS.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', '));
  await db.execute(sql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${input}::jsonb) AS x(
        vacancy_id uuid, day date, views int, from_widget int, from_feed int, impressions int, applications int, hires int)
    ),
    per_vacancy AS (
      INSERT INTO vacancy_views (vacancy_id, day, ${columns})
      SELECT vacancy_id, day, ${sums} FROM input GROUP BY 1, 2
      ON CONFLICT (vacancy_id, day) DO UPDATE SET ${added('vacancy_views')}
    )
    INSERT INTO organisation_days (organisation_id, day, ${columns})
    SELECT v.organisation_id, input.day, ${sums} FROM input JOIN vacancies v ON v.id = input.vacancy_id GROUP BY 1, 2
    ON CONFLICT (organisation_id, day) DO UPDATE SET ${added('organisation_days')}`);
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

/**
 * Words fewer people searched for than this are rare enough to be someone's own: a name, an
 * address in words. The coordinator is not shown them, and they are not kept past a week.
 */
export const RARE_SEARCHES = 3;
const RARE_KEPT_DAYS = 7;

/**
 * What people looked for is kept 13 months, no longer: a year's comparison and a month to read
 * it; a rare word (searched fewer than RARE_SEARCHES times in all that is kept) a week.
 */
export async function forgetOldSearchTerms(db: Executor, now = new Date()): Promise<number> {
  const [year, month] = dutchDate(now).split('-').map(Number) as [number, number];
  const firstKept = new Date(Date.UTC(year, month - 1 - 13, 1)).toISOString().slice(0, 10);
  const rareFrom = dutchDate(new Date(now.getTime() - RARE_KEPT_DAYS * 86_400_000));
  const rare = db
    .select({ term: searchTerms.term })
    .from(searchTerms)
    .groupBy(searchTerms.term)
    .having(sql`sum(${searchTerms.searches}) < ${RARE_SEARCHES}`);
  const removed = await db
    .delete(searchTerms)
    .where(or(lt(searchTerms.day, firstKept), and(lt(searchTerms.day, rareFrom), inArray(searchTerms.term, rare))))
    .returning({ day: searchTerms.day });
  return removed.length;
}
