/**
 * The organisation's ATS keeps its vacancies here by external id: an idempotent upsert that
 * may also say in which state the vacancy should be. The same body twice changes nothing
 * (and writes no history); concurrent upserts of one id never make two rows, because the
 * unique index decides who inserts and the other updates.
 */
import { dutchDate } from '@samenwerven/calendar';
import type { Executor, NewVacancy, Vacancy } from '@samenwerven/db';
import { missingScope } from '../auth/plugin.ts';
import { applyChange, completeColumns, defaults, stateChange, transitionTarget } from './changes.ts';
import { recordHistory, recordHistoryEntries, type Actor } from './history.ts';
import type { UpsertInput } from './input.ts';
import type { VacancyDeps } from './lifecycle.ts';
import { insertUnlessExternalIdTaken, lockByExternalId } from './queries.ts';
import { assertPublishable, vacancyWarnings, type FieldProblems, type VacancyColumns } from './rules.ts';
import { eventTowards, isLive, type VacancyEvent, type VacancyState } from './state-machine.ts';
import { scheduleDueChange } from './time-driven.ts';
import { diff } from './tracked-columns.ts';

export interface UpsertResult {
  id: string;
  created: boolean;
  changed: boolean;
  state: VacancyState;
  version: number;
  /** What to mind (a draft whose closing date passed), as message keys. */
  warnings: FieldProblems;
}

/** The history names a state change after what was asked ("close" also for an imported closed vacancy). */
const actionOf = (event: VacancyEvent) => (event === 'importClosed' ? 'close' : event);

/**
 * A state change asked in an upsert is a publication decision: a key needs the `publish` scope
 * for it (the whole upsert is refused, nothing of it is kept). Sending the state the vacancy
 * already has is no change and needs only `write`.
 */
function assertMayMove(actor: Actor): void {
  if (actor.scopes && !actor.scopes.includes('publish')) throw missingScope('publish');
}

async function moveTo(tx: Executor, vacancy: Vacancy, actor: Actor, event: VacancyEvent | undefined, now: Date) {
  if (!event) return vacancy;
  assertMayMove(actor);
  return applyChange(tx, vacancy, actor, actionOf(event), stateChange(vacancy, event, now));
}

/**
 * A new vacancy, unless another upsert of its external id inserted first (then: undefined). It
 * starts as a draft and goes straight to the state the ATS asked for: written in that state at
 * once, with the history the life cycle writes (created as a draft at version 1, then the state
 * change at version 2). One insert instead of an insert and an update: a bulk import writes
 * thousands of these.
 */
async function createFromAts(
  tx: Executor,
  actor: Actor,
  draft: NewVacancy,
  wanted: UpsertInput['state'],
  now: Date,
): Promise<Vacancy | undefined> {
  const event = wanted === 'published' ? 'publish' : wanted === 'closed' ? 'importClosed' : undefined;
  if (!event) {
    const inserted = await insertUnlessExternalIdTaken(tx, draft);
    if (inserted) await recordHistory(tx, inserted, actor, 'created', diff({}, inserted));
    return inserted;
  }
  assertMayMove(actor);
  // The state change as the state machine allows it for this draft (409 or 422 before anything is written).
  const change = stateChange({ ...draft, publishedAt: null } as Vacancy, event, now);
  const inserted = await insertUnlessExternalIdTaken(tx, { ...draft, ...change, version: 2 });
  if (!inserted) return undefined;
  const asDraft: Vacancy = { ...inserted, state: 'draft', version: 1 };
  await recordHistoryEntries(tx, actor, [
    { vacancy: asDraft, action: 'created', changes: diff({}, asDraft) },
    { vacancy: inserted, action: actionOf(event), changes: diff(asDraft, change) },
  ]);
  return inserted;
}

async function updateFromAts(
  tx: Executor,
  existing: Vacancy,
  actor: Actor,
  columns: VacancyColumns,
  wanted: UpsertInput['state'],
  now: Date,
) {
  transitionTarget(existing, 'edit', now);
  const updated = await applyChange(tx, existing, actor, 'upserted', columns);
  const event = eventTowards(updated.state, wanted);
  if (!event && isLive(updated.state)) assertPublishable(updated, dutchDate(now));
  return moveTo(tx, updated, actor, event, now);
}

/** What one upsert wrote: the vacancy as it is now, and as it was before (none when it was made). */
export interface UpsertWrite {
  vacancy: Vacancy;
  before: Vacancy | undefined;
}

/** What the caller of `upsertInTransaction` has read already in its transaction (a bulk import, per hundred). */
export interface UpsertReads {
  /** Problems found before the rules (wrong types), in the caller's language. */
  typeProblems?: Record<string, string>;
  /** The fields of work. */
  categories?: ReadonlySet<string>;
  /** The vacancy with this external id, locked in this transaction; null when there is none. */
  locked?: Vacancy | null;
}

/**
 * Creates or replaces the vacancy with this external id inside the caller's transaction: the
 * caller commits it (and then schedules what it made due, `upsertResult`).
 */
export async function upsertInTransaction(
  tx: Executor,
  actor: Actor,
  organisationId: string,
  externalId: string,
  input: Partial<UpsertInput>,
  read: UpsertReads = {},
): Promise<UpsertWrite> {
  const now = new Date();
  const { state: wanted, ...fields } = input;
  const liveOn = wanted === 'published' ? dutchDate(now) : undefined;
  const check = { typeProblems: read.typeProblems, liveOn };
  const columns = await completeColumns(tx, defaults, { ...fields, externalId }, check, read.categories);
  let existing =
    read.locked !== undefined ? (read.locked ?? undefined) : await lockByExternalId(tx, organisationId, externalId);
  if (!existing) {
    const draft: NewVacancy = { ...(columns as NewVacancy), organisationId, state: 'draft' };
    const created = await createFromAts(tx, actor, draft, wanted, now);
    if (created) return { vacancy: created, before: undefined };
    // Another upsert of the same external id inserted first: update that row instead.
    existing = (await lockByExternalId(tx, organisationId, externalId))!;
  }
  return { vacancy: await updateFromAts(tx, existing, actor, columns, wanted, now), before: existing };
}

/** The answer to a committed upsert, once what it made due is scheduled. */
export async function upsertResult(deps: VacancyDeps, { vacancy, before }: UpsertWrite): Promise<UpsertResult> {
  await scheduleDueChange(deps.jobs, vacancy);
  return {
    id: vacancy.id,
    created: before === undefined,
    changed: before === undefined || vacancy.version !== before.version,
    state: vacancy.state,
    version: vacancy.version,
    warnings: vacancyWarnings(vacancy, dutchDate()),
  };
}

/** Creates or replaces the vacancy with this external id, and schedules what it made due. */
export async function upsertByExternalId(
  deps: VacancyDeps,
  actor: Actor,
  organisationId: string,
  externalId: string,
  input: Partial<UpsertInput>,
  typeProblems?: Record<string, string>,
): Promise<UpsertResult> {
  const write = await deps.db.transaction((tx) =>
    upsertInTransaction(tx, actor, organisationId, externalId, input, { typeProblems }),
  );
  return upsertResult(deps, write);
}
