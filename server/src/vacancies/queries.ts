/**
 * The SQL of vacancy management. Each function takes an `Executor`, so a service runs
 * several of them in one transaction; every lookup is scoped by the organisation, so
 * another organisation's vacancy is simply not found.
 */
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  apiKeys,
  applications,
  categories,
  containsText,
  insertRowsAsJson,
  users,
  vacancies,
  vacancyRow,
  vacancyHistory,
  vacancyViews,
  type Executor,
  type NewVacancy,
  type Vacancy,
} from '@samenwerven/db';
import { dutchDate } from '@samenwerven/calendar';
import type { ManagedListSort } from './management-schemas.ts';
import { bulkTransition, live, vacancyStates, type VacancyState } from './state-machine.ts';

export async function knownCategories(db: Executor): Promise<Set<string>> {
  return new Set((await db.select({ code: categories.code }).from(categories)).map((c) => c.code));
}

const owned = (organisationId: string, vacancyId: string) =>
  and(eq(vacancies.id, vacancyId), eq(vacancies.organisationId, organisationId));

/** The organisation's vacancy, locked for the rest of the transaction. */
export async function lockOwnedVacancy(tx: Executor, organisationId: string, vacancyId: string) {
  const [vacancy] = await tx.select(vacancyRow).from(vacancies).where(owned(organisationId, vacancyId)).for('update');
  return vacancy;
}

export async function ownsVacancy(db: Executor, organisationId: string, vacancyId: string): Promise<boolean> {
  const [vacancy] = await db.select({ id: vacancies.id }).from(vacancies).where(owned(organisationId, vacancyId));
  return vacancy !== undefined;
}

export async function lockByExternalId(tx: Executor, organisationId: string, externalId: string) {
  const [vacancy] = await tx
    .select(vacancyRow)
    .from(vacancies)
    .where(and(eq(vacancies.organisationId, organisationId), eq(vacancies.externalId, externalId)))
    .for('update');
  return vacancy;
}

/** The organisation's vacancies with these external ids, locked for the rest of the transaction. */
export async function lockByExternalIds(tx: Executor, organisationId: string, externalIds: readonly string[]) {
  if (externalIds.length === 0) return [];
  return tx
    .select(vacancyRow)
    .from(vacancies)
    .where(and(eq(vacancies.organisationId, organisationId), inArray(vacancies.externalId, [...externalIds])))
    .orderBy(vacancies.externalId)
    .for('update');
}

/** The id of the organisation's vacancy with this external id, if it has one. */
export async function idByExternalId(db: Executor, organisationId: string, externalId: string) {
  const [row] = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .where(and(eq(vacancies.organisationId, organisationId), eq(vacancies.externalId, externalId)));
  return row?.id;
}

export async function insertVacancy(tx: Executor, values: NewVacancy): Promise<Vacancy> {
  const [vacancy] = await tx.insert(vacancies).values(values).returning(vacancyRow);
  return vacancy!;
}

/**
 * Inserts the rows in one statement, each unless its organisation has a vacancy with its external
 * id already: those are missing from the answer (in no particular order).
 */
export async function insertUnlessExternalIdsTaken(tx: Executor, rows: readonly NewVacancy[]): Promise<Vacancy[]> {
  if (rows.length === 0) return [];
  const inserted = await insertRowsAsJson(tx, vacancies, rows, {
    onConflictDoNothing: [vacancies.organisationId, vacancies.externalId],
    // In the index's order: two bulks of the same new ids in other orders deadlocked.
    orderBy: vacancies.externalId,
    returning: [vacancies.id],
  });
  if (inserted.length === 0) return [];
  // Read back as drizzle maps a row (dates, JSON); one array parameter, whatever the count.
  const ids = `{${inserted.map((row) => String(row.id)).join(',')}}`;
  return tx
    .select(vacancyRow)
    .from(vacancies)
    .where(sql`${vacancies.id} = ANY(${ids}::uuid[])`);
}

export async function updateVacancyRow(tx: Executor, vacancyId: string, values: Partial<NewVacancy>) {
  const [vacancy] = await tx.update(vacancies).set(values).where(eq(vacancies.id, vacancyId)).returning(vacancyRow);
  return vacancy!;
}

type HistoryEntry = typeof vacancyHistory.$inferInsert;

/**
 * Whether the vacancy was ever public while published, at any moment of its history: its public
 * date was set then, and stays (changes.ts, `madePublic`). Any route counts: made internal while
 * published, or closed (and its visibility changed while closed) before. A vacancy published
 * internally, made public while closed and reopened was never public: it kept its internal date (a
 * review), as did a draft made internal before it was published.
 *
 * The state and visibility after each entry that changes either: the last value set up to then
 * (a run starts at each entry that sets it), else the value the first such entry changed it from
 * (null before the vacancy was made), else the row's value now (a vacancy from before the history,
 * the demo's). Moment 0 is before the first entry: one closed then, public and with a publication
 * date, is taken to have been public while open. One pass over the entries: a lookup per entry grew
 * with the square of a long history, 13 s for 10,000 entries (a review).
 */
const PUBLIC_BEFORE = (vacancyId: SQL, stateNow: SQL, visibilityNow: SQL, publishedAt: SQL) => sql`EXISTS (
  WITH h AS (
    SELECT id, changes->'state' AS st, changes->'visibility' AS vis FROM vacancy_history
     WHERE vacancy_id = ${vacancyId} AND (changes->'state' IS NOT NULL OR changes->'visibility' IS NOT NULL)
  ), first_from AS (
    SELECT (SELECT st->0 FROM h WHERE st IS NOT NULL ORDER BY id LIMIT 1) AS st,
           (SELECT vis->0 FROM h WHERE vis IS NOT NULL ORDER BY id LIMIT 1) AS vis
  ), runs AS (
    SELECT id, st, vis, count(st) OVER (ORDER BY id) AS st_run, count(vis) OVER (ORDER BY id) AS vis_run FROM h
  ), moments AS (
    SELECT 0::bigint AS id, coalesce(f.st, to_jsonb(${stateNow}::text)) AS st,
           coalesce(f.vis, to_jsonb(${visibilityNow}::text)) AS vis
      FROM first_from f
    UNION ALL
    SELECT r.id,
      CASE WHEN r.st_run > 0 THEN first_value(r.st) OVER (PARTITION BY r.st_run ORDER BY r.id)->1
        ELSE coalesce(f.st, to_jsonb(${stateNow}::text)) END,
      CASE WHEN r.vis_run > 0 THEN first_value(r.vis) OVER (PARTITION BY r.vis_run ORDER BY r.id)->1
        ELSE coalesce(f.vis, to_jsonb(${visibilityNow}::text)) END
      FROM runs r, first_from f
  )
  SELECT 1 FROM moments m WHERE m.vis #>> '{}' = 'public'
    AND (m.st #>> '{}' = 'published' OR (m.id = 0 AND m.st #>> '{}' = 'closed' AND ${publishedAt}::timestamptz IS NOT NULL)))`;

/** `PUBLIC_BEFORE` for one vacancy as it is before a change. */
export async function wasPublicBefore(
  tx: Executor,
  vacancy: Pick<Vacancy, 'id' | 'state' | 'visibility' | 'publishedAt'>,
): Promise<boolean> {
  const before = PUBLIC_BEFORE(
    sql`${vacancy.id}::uuid`,
    sql`${vacancy.state}`,
    sql`${vacancy.visibility}`,
    sql`${vacancy.publishedAt}`,
  );
  const result = await tx.execute<{ before: boolean }>(sql`SELECT ${before} AS before`);
  return result.rows[0]?.before === true;
}

export async function insertHistory(tx: Executor, entries: HistoryEntry[]): Promise<void> {
  await insertRowsAsJson(tx, vacancyHistory, entries);
}

/** A vacancy's history, oldest first, with the names of the people and keys that made it. */
export async function selectHistory(db: Executor, vacancyId: string) {
  return db
    .select({ entry: vacancyHistory, userName: users.name, keyName: apiKeys.name, keyPrefix: apiKeys.prefix })
    .from(vacancyHistory)
    .leftJoin(users, eq(users.id, vacancyHistory.actorUserId))
    .leftJoin(apiKeys, eq(apiKeys.id, vacancyHistory.actorApiKeyId))
    .where(eq(vacancyHistory.vacancyId, vacancyId))
    .orderBy(asc(vacancyHistory.id));
}
export type HistoryRow = Awaited<ReturnType<typeof selectHistory>>[number];

/** Per order of the staff's list, its columns; each ends with the id, so pages never overlap. */
const listOrders: Record<ManagedListSort, SQL[]> = {
  updated: [desc(vacancies.updatedAt)],
  newest: [desc(vacancies.createdAt)],
  // Ascending puts those without a closing date last.
  closing: [asc(vacancies.closingDate), desc(vacancies.updatedAt)],
  title: [sql`lower(${vacancies.title})`, desc(vacancies.updatedAt)],
  state: [
    // In the order of the lifecycle: drafts, scheduled, published, closed, withdrawn.
    sql`array_position(ARRAY[${sql.join(
      vacancyStates.map((state) => sql`${state}`),
      sql`, `,
    )}]::text[], ${vacancies.state}::text)`,
    desc(vacancies.updatedAt),
  ],
};

/**
 * One page of the organisation's vacancies (any state; last changed first unless another order
 * is asked) with their views; `q` finds a part of the title or of the reference.
 */
export async function selectOrganisationVacancies(
  db: Executor,
  organisationId: string,
  query: { state?: VacancyState; q?: string; sort?: ManagedListSort; page: number; pageSize: number },
) {
  const text = query.q?.trim();
  const where = and(
    eq(vacancies.organisationId, organisationId),
    query.state ? eq(vacancies.state, query.state) : undefined,
    text ? or(containsText(vacancies.title, text), containsText(vacancies.externalId, text)) : undefined,
  );
  const rows = await db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      language: vacancies.language,
      state: vacancies.state,
      version: vacancies.version,
      externalId: vacancies.externalId,
      publishAt: vacancies.publishAt,
      publishedAt: vacancies.publishedAt,
      closingDate: vacancies.closingDate,
      filledAt: vacancies.filledAt,
      updatedAt: vacancies.updatedAt,
      // Qualified by hand: inside a select, drizzle writes bare column names ("id"), which in a
      // subquery name the inner table's column where it has one (applications has an id too).
      views: sql<number>`(SELECT coalesce(sum(counted.views), 0)::int FROM ${vacancyViews} AS counted WHERE counted.vacancy_id = ${vacancies}.id)`,
      applications: sql<number>`(SELECT count(*)::int FROM ${applications} AS counted WHERE counted.vacancy_id = ${vacancies}.id)`,
    })
    .from(vacancies)
    .where(where)
    .orderBy(...listOrders[query.sort ?? 'updated'], asc(vacancies.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(vacancies).where(where);
  return { rows, total: n };
}
export type OrganisationVacancyRow = Awaited<ReturnType<typeof selectOrganisationVacancies>>['rows'][number];

export async function countByState(db: Executor, organisationId: string) {
  return db
    .select({ state: vacancies.state, n: count() })
    .from(vacancies)
    .where(eq(vacancies.organisationId, organisationId))
    .groupBy(vacancies.state);
}

const stateIn = (states: readonly VacancyState[]) =>
  sql`v.state IN (${sql.join(
    states.map((state) => sql`${state}`),
    sql`, `,
  )})`;

/**
 * Publishes scheduled vacancies whose moment came (of active members), closes those whose
 * closing date passed and opens internal vacancies to the public at their date, each with a
 * history entry; answers how many changes it made.
 */
export async function applyDueChangesInSql(db: Executor, now: Date): Promise<number> {
  const today = dutchDate(now);
  const publish = bulkTransition('publishOnSchedule');
  const close = bulkTransition('closeByDate');
  const publicBefore = PUBLIC_BEFORE(sql`v.id`, sql`v.state`, sql`v.visibility`, sql`v.published_at`);
  const result = await db.execute<{ n: number }>(sql`
    WITH published AS (
      UPDATE vacancies v SET state = ${publish.to}, version = v.version + 1, updated_at = ${now},
        published_at = CASE WHEN v.published_at IS NULL OR (v.visibility = 'public' AND NOT ${publicBefore}) THEN ${now}
          ELSE v.published_at END
      FROM organisations o
      WHERE o.id = v.organisation_id AND o.state = 'active' AND ${stateIn(publish.from)} AND v.publish_at <= ${now}
        AND v.closing_date >= ${today}
      RETURNING v.id, v.version, '{"state":["scheduled","published"]}'::jsonb AS changes, 'published_on_schedule' AS action
    ), closed AS (
      -- The state it closed from, read before: a scheduled one was never published.
      UPDATE vacancies v SET state = ${close.to}, closed_at = ${now}, version = v.version + 1, updated_at = ${now}
      FROM (SELECT id, state FROM vacancies v WHERE ${stateIn(close.from)} AND v.closing_date < ${today}) was
      WHERE v.id = was.id
      RETURNING v.id, v.version, jsonb_build_object('state', jsonb_build_array(was.state, v.state)) AS changes,
        'closed_by_date' AS action
    ), opened AS (
      -- Only a live vacancy goes public at its date: one closed, withdrawn or back to draft before
      -- then was never public and stays so (its closed page too). Not one the steps above change in
      -- this statement (a row changes once per statement): the next run opens it.
      -- New to the public from now on (changes.ts, madePublic): the feeds and alerts go by it.
      UPDATE vacancies v SET visibility = 'public', public_from = NULL, version = v.version + 1, updated_at = ${now},
        published_at = CASE WHEN v.state = 'published' AND NOT ${publicBefore} THEN ${now} ELSE v.published_at END
      WHERE v.visibility = 'internal' AND v.public_from <= ${now} AND ${stateIn(live)}
        AND v.id NOT IN (SELECT id FROM published) AND v.id NOT IN (SELECT id FROM closed)
      RETURNING v.id, v.version, '{"visibility":["internal","public"]}'::jsonb AS changes, 'made_public' AS action
    ), history AS (
      INSERT INTO vacancy_history (vacancy_id, version, action, changes)
      SELECT id, version, action, changes FROM published
      UNION ALL SELECT id, version, action, changes FROM closed
      UNION ALL SELECT id, version, action, changes FROM opened
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM history`);
  return result.rows[0]?.n ?? 0;
}
