/** What alerts read and write; each function takes an executor first. */
import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import {
  alertMailsPerDay,
  alertMatches,
  findableConditions,
  organisations,
  searchAlerts,
  vacancies,
  type Executor,
} from '@samenwerven/db';

export type AlertRow = typeof searchAlerts.$inferSelect;
export type Frequency = AlertRow['frequency'];

const sameAddress = (email: string) => sql`lower(${searchAlerts.email}) = lower(${email.trim()})`;

export async function insertAlert(db: Executor, values: typeof searchAlerts.$inferInsert): Promise<AlertRow> {
  const [row] = await db.insert(searchAlerts).values(values).returning();
  return row!;
}

export async function selectAlert(db: Executor, id: string): Promise<AlertRow | undefined> {
  const [row] = await db.select().from(searchAlerts).where(eq(searchAlerts.id, id));
  return row;
}

/** Confirms it (once); the vacancies published from now on are new to it. */
export async function confirmAlert(db: Executor, id: string, now: Date): Promise<AlertRow | undefined> {
  await db
    .update(searchAlerts)
    .set({ confirmedAt: now, matchedFrom: now })
    .where(and(eq(searchAlerts.id, id), isNull(searchAlerts.confirmedAt)));
  return selectAlert(db, id);
}

/** The owner answered the question of a quiet alert: it goes on, and counts as alive from now. */
export async function keepAlert(db: Executor, id: string, now: Date): Promise<AlertRow | undefined> {
  const [row] = await db
    .update(searchAlerts)
    .set({ keptAt: now, keepAskedAt: null })
    .where(and(eq(searchAlerts.id, id), isNotNull(searchAlerts.confirmedAt)))
    .returning();
  return row;
}

/** The last sign that someone wants the alert: confirmed, kept, changed, or run from the account page. */
const lastSignOfLife = sql`greatest(${searchAlerts.confirmedAt}, ${searchAlerts.keptAt}, ${searchAlerts.lastVisitAt})`;

/** Confirmed alerts with no sign of life since `quietBefore` that were not asked yet; marked asked now. */
export function askQuietAlerts(db: Executor, quietBefore: Date, now: Date, limit: number) {
  return db
    .update(searchAlerts)
    .set({ keepAskedAt: now })
    .where(
      inArray(
        searchAlerts.id,
        db
          .select({ id: searchAlerts.id })
          .from(searchAlerts)
          .where(
            and(
              isNotNull(searchAlerts.confirmedAt),
              isNull(searchAlerts.keepAskedAt),
              sql`${lastSignOfLife} < ${quietBefore}`,
            ),
          )
          .limit(limit),
      ),
    )
    .returning();
}

/** Alerts asked before `askedBefore` whose owner did not answer: deleted, and returned for their last mail. */
export function deleteUnkeptAlerts(db: Executor, askedBefore: Date) {
  return db
    .delete(searchAlerts)
    .where(and(lt(searchAlerts.keepAskedAt, askedBefore), sql`${lastSignOfLife} < ${searchAlerts.keepAskedAt}`))
    .returning();
}

export async function deleteAlert(db: Executor, id: string): Promise<boolean> {
  return (await db.delete(searchAlerts).where(eq(searchAlerts.id, id)).returning({ id: searchAlerts.id })).length > 0;
}

export function selectAlertsOfAddress(db: Executor, email: string) {
  return db.select().from(searchAlerts).where(sameAddress(email)).orderBy(asc(searchAlerts.createdAt));
}

export async function deleteAlertsOfAddress(db: Executor, email: string): Promise<number> {
  return (await db.delete(searchAlerts).where(sameAddress(email)).returning({ id: searchAlerts.id })).length;
}

/** The account's alerts, each with how many vacancies matched since its owner last ran it. */
export function selectAlertsOfUser(db: Executor, userId: string) {
  return db
    .select({
      alert: searchAlerts,
      // Qualified by hand: drizzle writes this select's columns bare ("id"), which inside the
      // subquery would name alert_matches' own column should it have one.
      newMatches: sql<number>`(SELECT count(*)::int FROM ${alertMatches} m WHERE m.alert_id = ${searchAlerts}.id
        AND m.matched_at > coalesce(${searchAlerts}.last_visit_at, ${searchAlerts}.confirmed_at))`,
    })
    .from(searchAlerts)
    .where(eq(searchAlerts.userId, userId))
    .orderBy(asc(searchAlerts.createdAt));
}

export async function updateAlert(
  db: Executor,
  id: string,
  owner: { userId: string } | { email: string },
  changes: Partial<Pick<AlertRow, 'name' | 'frequency' | 'query' | 'lastVisitAt'>>,
): Promise<AlertRow | undefined> {
  const ownerCondition = 'userId' in owner ? eq(searchAlerts.userId, owner.userId) : sameAddress(owner.email);
  const [row] = await db
    .update(searchAlerts)
    // A change is a sign that the owner still wants it (a quiet alert's question is answered).
    .set({ ...changes, keptAt: new Date(), keepAskedAt: null })
    .where(and(eq(searchAlerts.id, id), ownerCondition))
    .returning();
  return row;
}

export async function deleteAlertOf(db: Executor, id: string, owner: { userId: string } | { email: string }) {
  const ownerCondition = 'userId' in owner ? eq(searchAlerts.userId, owner.userId) : sameAddress(owner.email);
  return (
    (
      await db
        .delete(searchAlerts)
        .where(and(eq(searchAlerts.id, id), ownerCondition))
        .returning({ id: searchAlerts.id })
    ).length > 0
  );
}

/** One search that confirmed alerts run: how many run it, and the earliest moment any of them counts from. */
export interface AlertSearch {
  query: string;
  alerts: number;
  from: Date;
}

/**
 * The distinct searches of the confirmed alerts, a page at a time (by query): alerts made from
 * the same search (their queries are normalised, query.ts) are matched by one search.
 */
export async function selectAlertSearches(db: Executor, afterQuery: string | null, limit: number) {
  const rows = await db
    .select({
      query: searchAlerts.query,
      alerts: sql<number>`count(*)::int`,
      from: sql<string>`min(coalesce(${searchAlerts.matchedFrom}, ${searchAlerts.confirmedAt}))`,
    })
    .from(searchAlerts)
    .where(
      and(
        isNotNull(searchAlerts.confirmedAt),
        afterQuery !== null ? sql`${searchAlerts.query} > ${afterQuery}` : undefined,
      ),
    )
    .groupBy(searchAlerts.query)
    .orderBy(asc(searchAlerts.query))
    .limit(limit);
  return rows.map((row): AlertSearch => ({ query: row.query, alerts: row.alerts, from: new Date(row.from) }));
}

/** A vacancy a search found; `publishedAt` in whole seconds, as the index keeps it. */
export interface SearchMatch {
  query: string;
  vacancyId: string;
  publishedAt: number;
}

/**
 * Records what searches found for every confirmed alert that runs them, in one statement: each
 * vacancy published at or after the second the alert counts from. A pair that exists already
 * (matched before, mailed or not) is left as it is. Returns how many pairs are new.
 */
export async function insertMatchesOfSearches(db: Executor, found: readonly SearchMatch[], now: Date) {
  if (found.length === 0) return 0;
  const result = await db.execute(sql`
    INSERT INTO ${alertMatches} (alert_id, vacancy_id, matched_at)
    SELECT a.id, v.id, ${now}
      FROM unnest(${sql.param(found.map((f) => f.query))}::text[], ${sql.param(found.map((f) => f.vacancyId))}::uuid[],
                  ${sql.param(found.map((f) => f.publishedAt))}::bigint[]) AS h(query, vacancy_id, published_s)
      JOIN ${searchAlerts} a ON a.query = h.query AND a.confirmed_at IS NOT NULL
      JOIN ${vacancies} v ON v.id = h.vacancy_id
     WHERE to_timestamp(h.published_s) >= date_trunc('second', coalesce(a.matched_from, a.confirmed_at))
    ON CONFLICT DO NOTHING`);
  return result.rowCount ?? 0;
}

/** Alerts with matches not yet mailed whose moment has come, locked for this worker (others skip them). */
export async function lockDueAlerts(
  tx: Executor,
  due: { instantBefore: Date; dailyBefore: Date | null; weeklyBefore: Date | null },
  limit: number,
) {
  // Instant: an hour after its last mail (its first as soon as there are matches). Daily and
  // weekly: when their 07:00 has passed since the last mail, or since confirmation at first.
  const lastMail = sql`coalesce(${searchAlerts.lastSentAt}, ${searchAlerts.confirmedAt})`;
  const sentBefore = (frequency: Frequency, before: Date | null) =>
    before
      ? and(
          eq(searchAlerts.frequency, frequency),
          frequency === 'instant'
            ? or(isNull(searchAlerts.lastSentAt), lt(searchAlerts.lastSentAt, before))
            : sql`${lastMail} < ${before}`,
        )
      : sql`false`;
  return tx
    .select()
    .from(searchAlerts)
    .where(
      and(
        isNotNull(searchAlerts.confirmedAt),
        or(
          sentBefore('instant', due.instantBefore),
          sentBefore('daily', due.dailyBefore),
          sentBefore('weekly', due.weeklyBefore),
        ),
        // From the unmailed matches (a partial index) to their alerts, not the other way round.
        sql`${searchAlerts.id} IN (SELECT DISTINCT m.alert_id FROM ${alertMatches} m WHERE m.mailed_at IS NULL)`,
      ),
    )
    .limit(limit)
    .for('update', { skipLocked: true });
}

/**
 * Marks the alerts' unmailed matches mailed and returns, per alert, those still findable now,
 * newest first (a vacancy closed since, or of a member that left, is marked but not sent).
 */
export async function takeUnmailedMatches(tx: Executor, alertIds: readonly string[], now: Date) {
  const taken = await tx
    .update(alertMatches)
    .set({ mailedAt: now })
    .where(and(inArray(alertMatches.alertId, [...alertIds]), isNull(alertMatches.mailedAt)))
    .returning({ alertId: alertMatches.alertId, vacancyId: alertMatches.vacancyId });
  const ids = [...new Set(taken.map((t) => t.vacancyId))];
  const findable =
    ids.length === 0
      ? []
      : await tx
          .select({
            id: vacancies.id,
            title: vacancies.title,
            organisation: organisations.name,
            municipalityCode: vacancies.municipalityCode,
            hoursMin: vacancies.hoursMin,
            hoursMax: vacancies.hoursMax,
            salaryMin: vacancies.salaryMin,
            salaryMax: vacancies.salaryMax,
            closingDate: vacancies.closingDate,
            language: vacancies.language,
            publishedAt: vacancies.publishedAt,
          })
          .from(vacancies)
          .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
          .where(and(inArray(vacancies.id, ids), ...findableConditions(now)))
          .orderBy(sql`${vacancies.publishedAt} DESC`, asc(vacancies.id));
  const byId = new Map(findable.map((v) => [v.id, v]));
  const order = new Map(findable.map((v, i) => [v.id, i]));
  const perAlert = new Map<string, (typeof findable)[number][]>();
  for (const { alertId, vacancyId } of taken) {
    const vacancy = byId.get(vacancyId);
    if (!vacancy) continue;
    const list = perAlert.get(alertId);
    if (list) list.push(vacancy);
    else perAlert.set(alertId, [vacancy]);
  }
  for (const list of perAlert.values()) list.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return perAlert;
}

/** The alerts were mailed now; the day's count for the coordinator goes up by as many. */
export async function markSent(tx: Executor, alertIds: readonly string[], now: Date, day: string) {
  if (alertIds.length === 0) return;
  await tx
    .update(searchAlerts)
    .set({ lastSentAt: now })
    .where(inArray(searchAlerts.id, [...alertIds]));
  await tx
    .insert(alertMailsPerDay)
    .values({ day, sent: alertIds.length })
    .onConflictDoUpdate({
      target: alertMailsPerDay.day,
      set: { sent: sql`${alertMailsPerDay.sent} + ${alertIds.length}` },
    });
}

/** Unconfirmed alerts older than `before` are deleted (a week: the link is dead by then). */
export async function deleteUnconfirmedBefore(db: Executor, before: Date): Promise<number> {
  return (
    await db
      .delete(searchAlerts)
      .where(and(isNull(searchAlerts.confirmedAt), lt(searchAlerts.createdAt, before)))
      .returning({ id: searchAlerts.id })
  ).length;
}

export async function alertCounts(db: Executor, fromDay: string, toDay: string) {
  const [active] = await db.select({ n: count() }).from(searchAlerts).where(isNotNull(searchAlerts.confirmedAt));
  const [unconfirmed] = await db.select({ n: count() }).from(searchAlerts).where(isNull(searchAlerts.confirmedAt));
  const perDay = await db
    .select({ day: sql<string>`${alertMailsPerDay.day}::text`, sent: alertMailsPerDay.sent })
    .from(alertMailsPerDay)
    .where(and(gte(alertMailsPerDay.day, fromDay), lte(alertMailsPerDay.day, toDay)))
    .orderBy(asc(alertMailsPerDay.day));
  return { active: active?.n ?? 0, unconfirmed: unconfirmed?.n ?? 0, perDay };
}

/** Was anything published in [from, to]? If not, a matching run has nothing to do. */
export async function anyPublishedSince(db: Executor, from: Date, to: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .where(and(gte(vacancies.publishedAt, from), lte(vacancies.publishedAt, to)))
    .limit(1);
  return row !== undefined;
}

/**
 * Alerts whose mail keeps bouncing end: their `bounces` are the alert mails to the address that
 * the mail server refused for good (the outbox gave up on them) in the last 30 days; at 3 the
 * address's alerts are deleted. (Whether mail is opened is not known: alert mails carry no
 * tracking.) Returns how many alerts ended.
 */
export async function endBouncingAlerts(db: Executor, now: Date): Promise<number> {
  await db.execute(sql`
    UPDATE search_alerts a SET bounces = (
      SELECT count(*)::int FROM mail_outbox o
       WHERE o.kind = 'alert_matches' AND o.state = 'failed' AND lower(o.recipient) = lower(a.email)
         AND o.created_at > ${new Date(now.getTime() - 30 * 86_400_000)})
     WHERE a.confirmed_at IS NOT NULL`);
  return (await db.delete(searchAlerts).where(gte(searchAlerts.bounces, 3)).returning({ id: searchAlerts.id })).length;
}
