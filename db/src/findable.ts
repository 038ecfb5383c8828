/**
 * What makes a vacancy findable (DESIGN.md invariant 1), written once: a vacancy is found
 * when it is published, its organisation is an active member, and its closing date (a Dutch
 * calendar day) has not passed; the public sees only public vacancies, signed-in staff of
 * members also internal ones.
 *
 * Search documents, the Postgres search, organisation counts, feeds, the sitemap, the widget
 * and the membership rules all ask this module, in SQL or in code; tests/api/findable-agreement
 * checks that they agree.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import { dutchDate, isOpenOn } from '@samenwerven/calendar';
import { organisations, vacancies } from './schema.ts';

/** Who is looking: the public sees public vacancies; staff of members also the internal (mobility) ones. */
export interface Audience {
  includeInternal: boolean;
}

export const PUBLIC: Audience = { includeInternal: false };
/** Signed-in staff of an active member: they also find the alliance-internal vacancies. */
export const MEMBER_STAFF: Audience = { includeInternal: true };

/** The facts of a vacancy the rule reads. */
export interface FindableFacts {
  state: string;
  visibility: string;
  closingDate: string | null;
  organisation: { state: string };
}

/** Is the closing date still ahead (or today, or none)? The "open" half of the rule. */
export const isOpen = (vacancy: Pick<FindableFacts, 'closingDate'>, now: Date) => isOpenOn(vacancy.closingDate, now);

/** Findable by anyone of some audience: what belongs in the search index (the index filters by visibility). */
export function isIndexable(vacancy: FindableFacts, now: Date): boolean {
  return vacancy.state === 'published' && vacancy.organisation.state === 'active' && isOpen(vacancy, now);
}

/** Findable by this audience at `now`. */
export function isFindable(vacancy: FindableFacts, now: Date, audience: Audience = PUBLIC): boolean {
  return isIndexable(vacancy, now) && (audience.includeInternal || vacancy.visibility === 'public');
}

/** The closing date has not passed: `closing_date` is NULL or on/after today in the Netherlands. */
export function openCondition(now: Date): SQL {
  return sql`(${vacancies.closingDate} IS NULL OR ${vacancies.closingDate} >= ${dutchDate(now)})`;
}

/**
 * The rule as SQL conditions over `vacancies` joined with `organisations` (the caller joins).
 * `now` is a parameter (not the database clock), so the answer is the same as `isFindable` at
 * the same moment.
 */
export function findableConditions(now: Date, audience: Audience = PUBLIC): SQL[] {
  return [
    eq(vacancies.state, 'published'),
    eq(organisations.state, 'active'),
    ...(audience.includeInternal ? [] : [eq(vacancies.visibility, 'public')]),
    openCondition(now),
  ];
}

/** `isIndexable` as SQL: findable by some audience, so what the search index should hold. */
export const indexableConditions = (now: Date): SQL[] => findableConditions(now, MEMBER_STAFF);
