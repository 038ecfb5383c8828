/**
 * Vacancies as their organisation's staff manage them: create, edit (with optimistic
 * locking), publish or schedule, close, reopen, duplicate. Every change is kept in the
 * vacancy history; the search outbox rows come from the database triggers in the same
 * transaction. A stored moment (publication, public-from) is handed to the job queue here.
 *
 * Every query is scoped by the caller's organisation, so another organisation's vacancy
 * is simply not found (404).
 */
import { dutchDate } from '@samenwerven/calendar';
import type { Database, Executor, NewVacancy, Vacancy } from '@samenwerven/db';
import { loadIndexableVacancies } from '@samenwerven/search';
import { AppError, notFound } from '../errors.ts';
import type { JobQueue } from '../jobs/queue.ts';
import {
  applyChange,
  completeColumns,
  defaults,
  lockOwned,
  publishedIfDue,
  stateChange,
  transitionTarget,
} from './changes.ts';
import { recordHistory, type Actor } from './history.ts';
import { holdMembership } from './membership-hold.ts';
import type { VacancyFields } from './input.ts';
import { detailFromRow, managedItemFromRow } from './presenter.ts';
import { countByState, idByExternalId, insertVacancy, selectOrganisationVacancies } from './queries.ts';
import { assertPublishable } from './rules.ts';
import { isLive } from './state-machine.ts';
import { scheduleDueChange } from './time-driven.ts';
import { diff, trackedColumns } from './tracked-columns.ts';
import { versionHolds, type ExpectedVersion } from '../versions.ts';

/** What the vacancy services use: the database, and the job queue for changes due later. */
export interface VacancyDeps {
  db: Database;
  jobs: JobQueue | undefined;
}

/** One vacancy in the staff shape (any state), by the external id its ATS knows it by. */
export async function staffVacancyByExternalId(db: Executor, organisationId: string, externalId: string) {
  const id = await idByExternalId(db, organisationId, externalId);
  if (!id) throw notFound();
  return staffVacancy(db, organisationId, id);
}

/** Reads back one vacancy in the staff shape (any state). */
export async function staffVacancy(db: Executor, organisationId: string, vacancyId: string) {
  const [vacancy] = await loadIndexableVacancies(db, [vacancyId]);
  if (!vacancy || vacancy.organisationId !== organisationId) throw notFound();
  return { ...detailFromRow(vacancy), externalId: vacancy.externalId, withdrawnReason: vacancy.withdrawnReason };
}

/**
 * Runs a change in one transaction, schedules what it made due and answers the vacancy as staff
 * see it. The answer is read before the commit: read after it, the database going away that
 * moment answered 503 "try again" for a change that was made (a resilience review: a create
 * retried as told made a second draft).
 */
async function changeAndRead(
  deps: VacancyDeps,
  organisationId: string,
  actor: Actor,
  change: (tx: Executor) => Promise<Vacancy>,
) {
  const { vacancy, answer } = await deps.db.transaction(async (tx) => {
    await holdMembership(tx, organisationId, actor);
    const changed = await change(tx);
    return { vacancy: changed, answer: await staffVacancy(tx, organisationId, changed.id) };
  });
  await scheduleDueChange(deps.jobs, vacancy);
  return answer;
}

/** Creates a draft; with type problems (found by the route's schema) it only answers them with the rules' problems. */
export async function createVacancy(
  deps: VacancyDeps,
  actor: Actor,
  organisationId: string,
  input: VacancyFields,
  typeProblems?: Record<string, string>,
) {
  return changeAndRead(deps, organisationId, actor, async (tx) => {
    const columns = await completeColumns(tx, defaults, input, { typeProblems });
    const vacancy = await insertVacancy(tx, { ...(columns as NewVacancy), organisationId, state: 'draft' });
    await recordHistory(tx, vacancy, actor, 'created', diff({}, vacancy));
    return vacancy;
  });
}

function assertVersion(vacancy: Vacancy, version: ExpectedVersion) {
  if (version === undefined) {
    throw new AppError(428, 'version_required', 'vacancy.version_required', {
      fields: { version: 'vacancy.version_required' },
    });
  }
  if (!versionHolds(vacancy.version, version)) throw staleVersion(vacancy);
}

/** The 409 for a write read at another version than the vacancy is at (or of one that is gone). */
export function staleVersion(vacancy: Vacancy | undefined): AppError {
  return new AppError(
    409,
    'stale_version',
    'vacancy.stale',
    vacancy ? { currentVersion: vacancy.version, currentState: vacancy.state } : {},
  );
}

export async function updateVacancy(
  deps: VacancyDeps,
  actor: Actor,
  organisationId: string,
  vacancyId: string,
  patch: VacancyFields,
  version: ExpectedVersion,
  typeProblems?: Record<string, string>,
) {
  return changeAndRead(deps, organisationId, actor, async (tx) => {
    const vacancy = await lockOwned(tx, organisationId, vacancyId);
    const liveOn = isLive(vacancy.state) ? dutchDate(new Date()) : undefined;
    // A body that can never be stored as sent (a wrong type, text the database cannot store, a
    // version of the wrong type) is answered first, with the rules' problems of its other fields
    // (400), whatever its version or the vacancy's state: it throws here.
    if (Object.keys(typeProblems ?? {}).length > 0) await completeColumns(tx, vacancy, patch, { typeProblems, liveOn });
    assertVersion(vacancy, version);
    transitionTarget(vacancy, 'edit', new Date());
    const columns = await completeColumns(tx, vacancy, patch, { liveOn });
    if (liveOn) assertPublishable(columns, liveOn);
    return publishedIfDue(tx, await applyChange(tx, vacancy, actor, 'updated', columns), actor, new Date());
  });
}

export type Lifecycle = 'publish' | 'close' | 'reopen' | 'unschedule';

export async function changeLifecycle(
  deps: VacancyDeps,
  actor: Actor,
  organisationId: string,
  vacancyId: string,
  kind: Lifecycle,
  version?: ExpectedVersion,
) {
  return changeAndRead(deps, organisationId, actor, async (tx) => {
    const vacancy = await lockOwned(tx, organisationId, vacancyId);
    if (version !== undefined) assertVersion(vacancy, version);
    return applyChange(tx, vacancy, actor, kind, stateChange(vacancy, kind, new Date()));
  });
}

export async function duplicateVacancy(deps: VacancyDeps, actor: Actor, organisationId: string, vacancyId: string) {
  return changeAndRead(deps, organisationId, actor, async (tx) => {
    const source = await lockOwned(tx, organisationId, vacancyId);
    const copy: Partial<Vacancy> = Object.fromEntries(trackedColumns.map((c) => [c, source[c]]));
    const vacancy = await insertVacancy(tx, {
      ...(copy as NewVacancy),
      organisationId,
      latitude: source.latitude,
      longitude: source.longitude,
      // In the vacancy's own language, as the title is.
      title: `${source.title} ${source.language === 'en' ? '(copy)' : '(kopie)'}`,
      externalId: null,
      state: 'draft',
      publishAt: null,
    });
    await recordHistory(tx, vacancy, actor, 'duplicated', { duplicatedFrom: [null, source.id] });
    return vacancy;
  });
}

export async function listOrganisationVacancies(
  db: Executor,
  organisationId: string,
  query: Parameters<typeof selectOrganisationVacancies>[2],
) {
  const { rows, total } = await selectOrganisationVacancies(db, organisationId, query);
  const byState = await countByState(db, organisationId);
  return {
    items: rows.map(managedItemFromRow),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts: Object.fromEntries(byState.map((s) => [s.state, s.n])) as Record<string, number>,
  };
}
