/**
 * The SQL of the shared talent pool. Each function takes an `Executor`, so a service can run it
 * in a transaction of its own.
 */
import { and, count, desc, eq, gt, isNotNull, sql, type SQL } from 'drizzle-orm';
import { applications, organisations, vacancies, type EducationLevel, type Executor } from '@samenwerven/db';
import { ofMemberNotLeft } from '../applications/queries.ts';
import { shownOrNull } from '../text.ts';

export interface PoolFilter {
  /** Consents still running at this moment. */
  now: Date;
  /** How long a pool consent runs (the retention purge deletes the application after it). */
  poolDays: number;
  q?: string;
  category?: string;
  educationLevel?: EducationLevel;
  near?: { latitude: number; longitude: number; radiusKm: number };
}

/** Great-circle distance in km from a point to the applied vacancy's place (as the degraded search). */
function distanceKm(near: { latitude: number; longitude: number }): SQL<number> {
  return sql<number>`(2 * 6371 * asin(sqrt(
    power(sin(radians(${vacancies.latitude} - ${near.latitude}) / 2), 2) +
    cos(radians(${near.latitude})) * cos(radians(${vacancies.latitude})) *
    power(sin(radians(${vacancies.longitude} - ${near.longitude}) / 2), 2))))`;
}

/**
 * When an application's pool consent ends: the end the candidate renewed it to, else a year
 * after it was given — as the retention purge reckons it (applications/retention.ts).
 */
const consentEnds = (poolDays: number) =>
  sql<Date>`coalesce(${applications.poolConsentUntil}, ${applications.createdAt} + make_interval(days => ${poolDays}))`.mapWith(
    applications.createdAt,
  );

/**
 * The start of the motivation, all that members see of it: the candidate is told so. The search
 * reads no further, or a member could learn what the rest says by the words it finds.
 */
const SHOWN_MOTIVATION_CHARS = 300;
const shownMotivation = sql<string>`left(${applications.motivation}, ${sql.raw(String(SHOWN_MOTIVATION_CHARS))})`;

function conditions(filter: PoolFilter): SQL | undefined {
  const q = shownOrNull(filter.q);
  // Words that leave no search term ("-", '""', only stop words) narrow nothing, as no words.
  const words = q ? sql`websearch_to_tsquery('dutch', ${q})` : undefined;
  return and(
    eq(applications.consent, 'pool'),
    // Anyone can type any address: only its owner's confirmation puts it before every member.
    isNotNull(applications.addressConfirmedAt),
    gt(consentEnds(filter.poolDays), filter.now),
    ofMemberNotLeft,
    words
      ? sql`(numnode(${words}) = 0 OR to_tsvector('dutch', ${vacancies.title} || ' ' || ${shownMotivation}) @@ ${words})`
      : undefined,
    filter.category ? eq(vacancies.categoryCode, filter.category) : undefined,
    filter.educationLevel ? eq(vacancies.educationLevel, filter.educationLevel) : undefined,
    filter.near ? sql`${distanceKm(filter.near)} <= ${filter.near.radiusKm}` : undefined,
  );
}

/**
 * One page of the pool: of the pool applications whose consent runs at `now` and that match,
 * each candidate's (lower-cased e-mail's) newest one; newest consents first.
 */
export async function selectPoolCandidates(db: Executor, filter: PoolFilter, page: { page: number; pageSize: number }) {
  const email = sql<string>`lower(${applications.email})`;
  const newestPerCandidate = db
    .selectDistinctOn([email], {
      applicationId: sql<string>`${applications.id}`.as('application_id'),
      name: applications.name,
      email: applications.email,
      phone: applications.phone,
      motivation: shownMotivation.as('motivation'),
      createdAt: sql<Date>`${applications.createdAt}`.mapWith(applications.createdAt).as('created_at'),
      consentEndsAt: consentEnds(filter.poolDays).as('consent_ends_at'),
      vacancyId: sql<string>`${vacancies.id}`.as('vacancy_id'),
      vacancyTitle: sql<string>`${vacancies.title}`.as('vacancy_title'),
      organisationName: sql<string>`${organisations.name}`.as('organisation_name'),
      categoryCode: vacancies.categoryCode,
      educationLevel: vacancies.educationLevel,
      municipalityCode: vacancies.municipalityCode,
    })
    .from(applications)
    .innerJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(conditions(filter))
    .orderBy(email, desc(applications.createdAt), desc(applications.id))
    .as('pool');
  const rows = await db
    .select()
    .from(newestPerCandidate)
    .orderBy(desc(newestPerCandidate.createdAt), desc(newestPerCandidate.applicationId))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(newestPerCandidate);
  return { rows, total: n };
}
export type PoolCandidateRow = Awaited<ReturnType<typeof selectPoolCandidates>>['rows'][number];
