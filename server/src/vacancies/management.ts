/**
 * Vacancies as their organisation's staff and ATS manage them: create, edit (with
 * optimistic locking), publish or schedule, close, reopen, duplicate, and the idempotent
 * upsert by external id. Every change is kept in the vacancy history; the search outbox
 * rows come from the database triggers in the same transaction.
 *
 * Every query is scoped by the caller's organisation, so another organisation's vacancy
 * is simply not found (404).
 */
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import {
  apiKeys,
  categories,
  users,
  vacancies,
  vacancyHistory,
  vacancyViews,
  type Database,
  type Executor,
  type NewVacancy,
  type Vacancy,
} from '@samenwerven/db';
import { loadIndexableVacancies } from '@samenwerven/search';
import { AppError, notFound } from '../errors.ts';
import type { UpsertInput, VacancyFields, VacancyInput, VacancyPatch } from './input.ts';
import { detailFromRow } from './presenter.ts';
import {
  assertPublishable,
  assertVacancyRules,
  columnsFromInput,
  coordinatesOf,
  type VacancyColumns,
} from './rules.ts';

export interface Actor {
  userId: string | null;
  apiKeyId: string | null;
}

type VacancyState = Vacancy['state'];

/** Columns whose changes the history records (everything a person can change). */
const trackedColumns = [
  'title',
  'department',
  'summary',
  'description',
  'categoryCode',
  'educationLevel',
  'orEquivalent',
  'employmentType',
  'hoursMin',
  'hoursMax',
  'salaryScale',
  'salaryMin',
  'salaryMax',
  'municipalityCode',
  'postcode',
  'additionalPlaces',
  'workMode',
  'publishAt',
  'closingDate',
  'applyMethod',
  'applyUrl',
  'applyEmail',
  'contactName',
  'contactEmail',
  'contactPhone',
  'visibility',
  'publicFrom',
  'language',
  'externalId',
  'state',
] as const satisfies readonly (keyof Vacancy)[];

const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : JSON.stringify(value ?? null));

function diff(before: Partial<Vacancy>, after: Partial<Vacancy>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const column of trackedColumns) {
    if (!(column in after)) continue;
    if (comparable(before[column]) !== comparable(after[column]))
      changes[column] = [before[column] ?? null, after[column] ?? null];
  }
  return changes;
}

const amsterdamToday = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);

async function recordHistory(
  tx: Executor,
  vacancy: Vacancy,
  actor: Actor,
  action: string,
  changes: Record<string, [unknown, unknown]>,
) {
  await tx.insert(vacancyHistory).values({
    vacancyId: vacancy.id,
    version: vacancy.version,
    actorUserId: actor.userId,
    actorApiKeyId: actor.apiKeyId,
    action,
    changes,
  });
}

async function knownCategories(tx: Executor): Promise<Set<string>> {
  return new Set((await tx.select({ code: categories.code }).from(categories)).map((c) => c.code));
}

/** The defaults a new vacancy starts from, for fields the input leaves out. */
const defaults: Partial<VacancyColumns> = {
  department: null,
  summary: '',
  description: '',
  orEquivalent: true,
  salaryScale: null,
  salaryMin: null,
  salaryMax: null,
  postcode: null,
  additionalPlaces: [],
  workMode: 'on_site',
  publishAt: null,
  closingDate: null,
  applyMethod: 'portal',
  applyUrl: null,
  applyEmail: null,
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  visibility: 'public',
  publicFrom: null,
  language: 'nl',
  externalId: null,
};

/** Merges, validates and derives the coordinates: the complete set of columns to store. */
async function completeColumns(
  tx: Executor,
  base: Partial<VacancyColumns>,
  input: VacancyFields,
): Promise<VacancyColumns> {
  const merged = { ...base, ...columnsFromInput(input) } as VacancyColumns;
  assertVacancyRules(merged, await knownCategories(tx));
  return { ...merged, ...coordinatesOf(merged.municipalityCode, merged.postcode) };
}

async function lockOwned(tx: Executor, organisationId: string, vacancyId: string): Promise<Vacancy> {
  const [vacancy] = await tx
    .select()
    .from(vacancies)
    .where(and(eq(vacancies.id, vacancyId), eq(vacancies.organisationId, organisationId)))
    .for('update');
  if (!vacancy) throw notFound();
  return vacancy;
}

/** Reads back one vacancy in the staff shape (any state). */
export async function staffVacancy(db: Executor, organisationId: string, vacancyId: string) {
  const [vacancy] = await loadIndexableVacancies(db, [vacancyId]);
  if (!vacancy || vacancy.organisationId !== organisationId) throw notFound();
  return { ...detailFromRow(vacancy), externalId: vacancy.externalId, withdrawnReason: vacancy.withdrawnReason };
}

export async function createVacancy(db: Database, actor: Actor, organisationId: string, input: VacancyInput) {
  const id = await db.transaction(async (tx) => {
    const columns = await completeColumns(tx, defaults, input);
    const [vacancy] = await tx
      .insert(vacancies)
      .values({ ...(columns as NewVacancy), organisationId, state: 'draft' })
      .returning();
    await recordHistory(tx, vacancy!, actor, 'created', diff({}, vacancy!));
    return vacancy!.id;
  });
  return staffVacancy(db, organisationId, id);
}

function assertVersion(vacancy: Vacancy, version: number | undefined) {
  if (version === undefined) {
    throw new AppError(428, 'version_required', 'vacancy.version_required', {
      fields: { version: 'vacancy.version_required' },
    });
  }
  if (version !== vacancy.version) {
    throw new AppError(409, 'stale_version', 'vacancy.stale', {
      currentVersion: vacancy.version,
      currentState: vacancy.state,
    });
  }
}

/** Applies changed columns (and a new state) with a version bump and a history entry. */
async function applyChange(
  tx: Executor,
  vacancy: Vacancy,
  actor: Actor,
  action: string,
  changes: Partial<Vacancy>,
): Promise<Vacancy> {
  const changed = diff(vacancy, changes);
  if (Object.keys(changed).length === 0) return vacancy;
  // Identity, bookkeeping and generated columns are never written from a merged row.
  const {
    id: _id,
    organisationId: _org,
    searchVector: _vector,
    createdAt: _created,
    updatedAt: _updated,
    version: _version,
    ...writable
  } = changes as Vacancy;
  const [updated] = await tx
    .update(vacancies)
    .set({ ...writable, version: vacancy.version + 1, updatedAt: new Date() })
    .where(eq(vacancies.id, vacancy.id))
    .returning();
  await recordHistory(tx, updated!, actor, action, changed);
  return updated!;
}

export async function updateVacancy(
  db: Database,
  actor: Actor,
  organisationId: string,
  vacancyId: string,
  patch: VacancyPatch,
  version: number | undefined,
) {
  await db.transaction(async (tx) => {
    const vacancy = await lockOwned(tx, organisationId, vacancyId);
    assertVersion(vacancy, version);
    if (vacancy.state === 'withdrawn') throw invalidState(vacancy);
    const columns = await completeColumns(tx, vacancy, patch);
    if (vacancy.state === 'published' || vacancy.state === 'scheduled')
      assertPublishable(columns, amsterdamToday(new Date()));
    await applyChange(tx, vacancy, actor, 'updated', columns);
  });
  return staffVacancy(db, organisationId, vacancyId);
}

function invalidState(vacancy: Vacancy): AppError {
  return new AppError(409, 'invalid_transition', 'vacancy.invalid_transition', {
    currentState: vacancy.state,
    currentVersion: vacancy.version,
  });
}

export type Lifecycle = 'publish' | 'close' | 'reopen';

const lifecycleFrom: Record<Lifecycle, readonly VacancyState[]> = {
  publish: ['draft', 'scheduled'],
  close: ['published', 'scheduled'],
  reopen: ['closed'],
};

/** The state change itself, shared by the lifecycle routes and the ATS upsert. */
function lifecycleChanges(vacancy: Vacancy, kind: Lifecycle, now: Date): Partial<Vacancy> {
  switch (kind) {
    case 'publish':
    case 'reopen': {
      assertPublishable(vacancy, amsterdamToday(now));
      if (kind === 'publish' && vacancy.publishAt && vacancy.publishAt > now) return { state: 'scheduled' };
      return { state: 'published', publishedAt: vacancy.publishedAt ?? now, closedAt: null };
    }
    case 'close':
      return { state: 'closed', closedAt: now };
  }
}

export async function changeLifecycle(
  db: Database,
  actor: Actor,
  organisationId: string,
  vacancyId: string,
  kind: Lifecycle,
  version?: number,
) {
  await db.transaction(async (tx) => {
    const vacancy = await lockOwned(tx, organisationId, vacancyId);
    if (version !== undefined) assertVersion(vacancy, version);
    if (!lifecycleFrom[kind].includes(vacancy.state)) throw invalidState(vacancy);
    await applyChange(tx, vacancy, actor, kind, lifecycleChanges(vacancy, kind, new Date()));
  });
  return staffVacancy(db, organisationId, vacancyId);
}

export async function duplicateVacancy(db: Database, actor: Actor, organisationId: string, vacancyId: string) {
  const id = await db.transaction(async (tx) => {
    const source = await lockOwned(tx, organisationId, vacancyId);
    const copy: Partial<Vacancy> = Object.fromEntries(trackedColumns.map((c) => [c, source[c]]));
    const [vacancy] = await tx
      .insert(vacancies)
      .values({
        ...(copy as NewVacancy),
        organisationId,
        latitude: source.latitude,
        longitude: source.longitude,
        title: `${source.title} (kopie)`,
        externalId: null,
        state: 'draft',
        publishAt: null,
      })
      .returning();
    await recordHistory(tx, vacancy!, actor, 'duplicated', { duplicatedFrom: [null, source.id] });
    return vacancy!.id;
  });
  return staffVacancy(db, organisationId, id);
}

export async function listOrganisationVacancies(
  db: Database,
  organisationId: string,
  query: { state?: VacancyState; page: number; pageSize: number },
) {
  const where = and(
    eq(vacancies.organisationId, organisationId),
    query.state ? eq(vacancies.state, query.state) : undefined,
  );
  const rows = await db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      state: vacancies.state,
      version: vacancies.version,
      externalId: vacancies.externalId,
      publishAt: vacancies.publishAt,
      publishedAt: vacancies.publishedAt,
      closingDate: vacancies.closingDate,
      updatedAt: vacancies.updatedAt,
      views: sql<number>`(SELECT coalesce(sum(views), 0)::int FROM ${vacancyViews} WHERE ${vacancyViews.vacancyId} = ${vacancies.id})`,
    })
    .from(vacancies)
    .where(where)
    .orderBy(desc(vacancies.updatedAt))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(vacancies).where(where);
  const byState = await db
    .select({ state: vacancies.state, n: count() })
    .from(vacancies)
    .where(eq(vacancies.organisationId, organisationId))
    .groupBy(vacancies.state);
  return {
    items: rows.map((r) => ({
      ...r,
      publishAt: r.publishAt?.toISOString() ?? null,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
      // Applications arrive with the applications feature; none can exist yet.
      applications: 0,
    })),
    total: n,
    page: query.page,
    pageSize: query.pageSize,
    counts: Object.fromEntries(byState.map((s) => [s.state, s.n])) as Record<string, number>,
  };
}

export async function vacancyHistoryOf(db: Database, organisationId: string, vacancyId: string) {
  const [vacancy] = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .where(and(eq(vacancies.id, vacancyId), eq(vacancies.organisationId, organisationId)));
  if (!vacancy) throw notFound();
  const rows = await db
    .select({ entry: vacancyHistory, userName: users.name, keyName: apiKeys.name })
    .from(vacancyHistory)
    .leftJoin(users, eq(users.id, vacancyHistory.actorUserId))
    .leftJoin(apiKeys, eq(apiKeys.id, vacancyHistory.actorApiKeyId))
    .where(eq(vacancyHistory.vacancyId, vacancyId))
    .orderBy(asc(vacancyHistory.id));
  return rows.map(({ entry: r, userName, keyName }) => ({
    version: r.version,
    at: r.at.toISOString(),
    action: r.action,
    actor: r.actorUserId
      ? { kind: 'user' as const, id: r.actorUserId, name: userName ?? '' }
      : r.actorApiKeyId
        ? { kind: 'api_key' as const, id: r.actorApiKeyId, name: keyName ?? '' }
        : null,
    changes: r.changes,
  }));
}

// ── ATS integration ──────────────────────────────────────────────────────────

export interface UpsertResult {
  id: string;
  created: boolean;
  changed: boolean;
  state: VacancyState;
  version: number;
}

/**
 * Creates or replaces the vacancy with this external id. The same body twice changes
 * nothing (and writes no history); concurrent upserts of one id never make two rows,
 * because the unique index decides who inserts and the other updates.
 */
export async function upsertByExternalId(
  db: Database,
  actor: Actor,
  organisationId: string,
  externalId: string,
  input: UpsertInput,
): Promise<UpsertResult> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const { state: _wanted, ...fields } = input;
    const columns = await completeColumns(tx, defaults, { ...fields, externalId });
    const findExisting = async () =>
      (
        await tx
          .select()
          .from(vacancies)
          .where(and(eq(vacancies.organisationId, organisationId), eq(vacancies.externalId, externalId)))
          .for('update')
      )[0];
    let existing = await findExisting();
    if (!existing) {
      const [inserted] = await tx
        .insert(vacancies)
        .values({ ...(columns as NewVacancy), organisationId, state: 'draft' })
        .onConflictDoNothing({ target: [vacancies.organisationId, vacancies.externalId] })
        .returning();
      if (inserted) {
        await recordHistory(tx, inserted, actor, 'created', diff({}, inserted));
        const final =
          input.state && input.state !== 'draft'
            ? await applyChange(
                tx,
                inserted,
                actor,
                input.state === 'published' ? 'publish' : 'close',
                lifecycleChanges(inserted, input.state === 'published' ? 'publish' : 'close', now),
              )
            : inserted;
        return { id: final.id, created: true, changed: true, state: final.state, version: final.version };
      }
      // Another upsert of the same external id inserted first: update that row instead.
      existing = (await findExisting())!;
    }
    if (existing.state === 'withdrawn') throw invalidState(existing);
    let updated = await applyChange(tx, existing, actor, 'upserted', columns);
    const wanted = input.state;
    if (wanted === 'published' && updated.state !== 'published' && updated.state !== 'scheduled') {
      updated = await applyChange(
        tx,
        updated,
        actor,
        updated.state === 'closed' ? 'reopen' : 'publish',
        lifecycleChanges(updated, updated.state === 'closed' ? 'reopen' : 'publish', now),
      );
    } else if (wanted === 'closed' && (updated.state === 'published' || updated.state === 'scheduled')) {
      updated = await applyChange(tx, updated, actor, 'close', lifecycleChanges(updated, 'close', now));
    } else if (updated.state === 'published' || updated.state === 'scheduled') {
      assertPublishable(updated, amsterdamToday(now));
    }
    return {
      id: updated.id,
      created: false,
      changed: updated.version !== existing.version,
      state: updated.state,
      version: updated.version,
    };
  });
}

// ── Time-driven changes ──────────────────────────────────────────────────────

/**
 * Publishes scheduled vacancies whose moment came, closes those whose closing date
 * passed, and opens internal vacancies to the public at their date. Run by the job queue.
 */
export async function applyDueVacancyChanges(db: Database, now = new Date()): Promise<number> {
  const today = amsterdamToday(now);
  const result = await db.execute<{ n: number }>(sql`
    WITH published AS (
      UPDATE vacancies v SET state = 'published', published_at = coalesce(v.published_at, ${now}), version = v.version + 1, updated_at = ${now}
      FROM organisations o
      WHERE o.id = v.organisation_id AND o.state = 'active' AND v.state = 'scheduled' AND v.publish_at <= ${now}
        AND v.closing_date >= ${today}
      RETURNING v.id, v.version, '{"state":["scheduled","published"]}'::jsonb AS changes, 'published_on_schedule' AS action
    ), closed AS (
      UPDATE vacancies v SET state = 'closed', closed_at = ${now}, version = v.version + 1, updated_at = ${now}
      WHERE v.state IN ('published', 'scheduled') AND v.closing_date < ${today}
      RETURNING v.id, v.version, '{"state":["published","closed"]}'::jsonb AS changes, 'closed_by_date' AS action
    ), opened AS (
      UPDATE vacancies v SET visibility = 'public', public_from = NULL, version = v.version + 1, updated_at = ${now}
      WHERE v.visibility = 'internal' AND v.public_from <= ${now}
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

/** The next moment a scheduled change is due for this organisation's vacancy, if any. */
export function dueMoment(vacancy: {
  state: VacancyState;
  publishAt: Date | null;
  publicFrom: Date | null;
}): Date | undefined {
  const moments = [vacancy.state === 'scheduled' ? vacancy.publishAt : null, vacancy.publicFrom].filter(
    (d): d is Date => !!d,
  );
  return moments.sort((a, b) => a.getTime() - b.getTime())[0];
}
