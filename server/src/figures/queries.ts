/**
 * What the alliance's figures read, per organisation and Dutch calendar day; each function
 * takes an executor first. Days and months are Amsterdam's, as everywhere in the portal.
 */
import { and, count, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import {
  membershipApplications,
  membershipPeriods,
  organisations,
  searchTerms,
  organisationDays,
  vacancies,
  type Executor,
} from '@samenwerven/db';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { RARE_SEARCHES } from '../counting/queries.ts';

/** A moment's Dutch calendar day, as `YYYY-MM-DD` text. */
const dutchDayText = (column: AnyPgColumn) =>
  sql<string>`to_char(${column} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')`;
const dutchDay = (column: AnyPgColumn) => sql`(${column} AT TIME ZONE 'Europe/Amsterdam')::date`;
const ofOrganisation = (organisationId: string | undefined) =>
  organisationId ? eq(vacancies.organisationId, organisationId) : undefined;

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
    .where(eq(organisations.isCoordinatingBody, false))
    .orderBy(organisations.name);
}

export function listMembershipPeriods(db: Executor): Promise<(typeof membershipPeriods.$inferSelect)[]> {
  return db.select().from(membershipPeriods);
}

/** The daily counters of each organisation, for the days `fromDay` through `toDay`. */
export function sumCountersByDay(db: Executor, fromDay: string, toDay: string, organisationId?: string) {
  return db
    .select({
      organisationId: organisationDays.organisationId,
      day: sql<string>`${organisationDays.day}::text`,
      views: organisationDays.views,
      fromWidget: organisationDays.fromWidget,
      fromFeed: organisationDays.fromFeed,
      impressions: organisationDays.impressions,
      applications: organisationDays.applications,
      hires: organisationDays.hires,
    })
    .from(organisationDays)
    .where(
      and(
        gte(organisationDays.day, fromDay),
        lte(organisationDays.day, toDay),
        organisationId ? eq(organisationDays.organisationId, organisationId) : undefined,
      ),
    );
}

/** Vacancies first published in the days `fromDay` through `toDay`, per organisation and day. */
export function countPublishedByDay(db: Executor, fromDay: string, toDay: string, organisationId?: string) {
  const day = dutchDayText(vacancies.publishedAt);
  return db
    .select({ organisationId: vacancies.organisationId, day, published: count() })
    .from(vacancies)
    .where(
      and(
        isNotNull(vacancies.publishedAt),
        sql`${dutchDay(vacancies.publishedAt)} BETWEEN ${fromDay} AND ${toDay}`,
        ofOrganisation(organisationId),
      ),
    )
    .groupBy(vacancies.organisationId, day);
}

/**
 * Vacancies filled (their first hire) in the days `fromDay` through `toDay`, per organisation and
 * day, with the sum of their times to fill in whole days (publication day to hire day).
 */
export function countFilledByDay(db: Executor, fromDay: string, toDay: string, organisationId?: string) {
  const day = dutchDayText(vacancies.filledAt);
  return db
    .select({
      organisationId: vacancies.organisationId,
      day,
      filled: count(),
      daysToFill: sql<number>`sum(${dutchDay(vacancies.filledAt)} - ${dutchDay(vacancies.publishedAt)})::int`,
    })
    .from(vacancies)
    .where(
      and(
        isNotNull(vacancies.filledAt),
        isNotNull(vacancies.publishedAt),
        sql`${dutchDay(vacancies.filledAt)} BETWEEN ${fromDay} AND ${toDay}`,
        ofOrganisation(organisationId),
      ),
    )
    .groupBy(vacancies.organisationId, day);
}

/** Requests to join that wait for the coordinator's decision. */
export async function countPendingJoinRequests(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(membershipApplications)
    .where(eq(membershipApplications.state, 'pending'));
  return row?.n ?? 0;
}

/** The most searched words in the days `fromDay` through `toDay`; with `zeroOnly`, those that found nothing. */
export function topSearchTerms(
  db: Executor,
  fromDay: string,
  toDay: string,
  options: { zeroOnly: boolean; limit: number },
) {
  const total = options.zeroOnly
    ? sql<number>`sum(${searchTerms.zeroResults})::int`
    : sql<number>`sum(${searchTerms.searches})::int`;
  return (
    db
      .select({ term: searchTerms.term, searches: total })
      .from(searchTerms)
      .where(and(gte(searchTerms.day, fromDay), lte(searchTerms.day, toDay)))
      .groupBy(searchTerms.term)
      // Only words enough people searched for: a rare one may be someone's own (counting/queries.ts).
      .having(sql`${total} > 0 AND sum(${searchTerms.searches}) >= ${RARE_SEARCHES}`)
      .orderBy(sql`${total} DESC`, searchTerms.term)
      .limit(options.limit)
  );
}
