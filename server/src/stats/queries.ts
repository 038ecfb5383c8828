/** What the alliance's figures read; each function takes an executor first. */
import { and, count, eq, gte, lt, lte, sql } from 'drizzle-orm';
import { membershipPeriods, organisations, vacancies, vacancyViews, type Executor } from '@samenwerven/db';

/** Every organisation that can be a member (not the coordinating body), in any state. */
export function listMemberOrganisations(db: Executor) {
  return db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      state: organisations.state,
      costWeight: organisations.costWeight,
    })
    .from(organisations)
    .where(eq(organisations.isCoordinatingBody, false));
}

export function listMembershipPeriods(db: Executor): Promise<(typeof membershipPeriods.$inferSelect)[]> {
  return db.select().from(membershipPeriods);
}

/** Vacancies first published in [from, to), per organisation. */
export async function countPublishedVacancies(db: Executor, from: Date, to: Date): Promise<Map<string, number>> {
  const rows = await db
    .select({ organisationId: vacancies.organisationId, n: count() })
    .from(vacancies)
    .where(and(gte(vacancies.publishedAt, from), lt(vacancies.publishedAt, to)))
    .groupBy(vacancies.organisationId);
  return new Map(rows.map((row) => [row.organisationId, row.n]));
}

/** Page views of each organisation's vacancies on the days from `fromDay` through `toDay` (`YYYY-MM-DD`). */
export async function countViews(db: Executor, fromDay: string, toDay: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ organisationId: vacancies.organisationId, n: sql<number>`coalesce(sum(${vacancyViews.views}), 0)::int` })
    .from(vacancyViews)
    .innerJoin(vacancies, eq(vacancies.id, vacancyViews.vacancyId))
    .where(and(gte(vacancyViews.day, fromDay), lte(vacancyViews.day, toDay)))
    .groupBy(vacancies.organisationId);
  return new Map(rows.map((row) => [row.organisationId, row.n]));
}
