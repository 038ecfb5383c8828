/**
 * The organisation's ATS keeps its vacancies here by external id: an idempotent upsert that
 * may also say in which state the vacancy should be. The same body twice changes nothing
 * (and writes no history); concurrent upserts of one id never make two rows, because the
 * unique index decides who inserts and the other updates.
 */
import { dutchDate } from '@samenwerven/calendar';
import type { Executor, NewVacancy, Vacancy } from '@samenwerven/db';
import { missingScope } from '../auth/plugin.ts';
import { applyChange, completeColumns, defaults, publishedIfDue, stateChange, transitionTarget } from './changes.ts';
import { recordHistoryEntries, type Actor, type HistoryEntry } from './history.ts';
import { holdMembership } from './membership-hold.ts';
import { wantedState, type UpsertInput } from './input.ts';
import { staleVersion, type VacancyDeps } from './lifecycle.ts';
import { insertUnlessExternalIdsTaken, lockByExternalId } from './queries.ts';
import { assertPublishable, vacancyWarnings, type FieldProblems, type VacancyColumns } from './rules.ts';
import { eventTowards, isLive, type VacancyEvent, type VacancyState } from './state-machine.ts';
import { scheduleDueChange } from './time-driven.ts';
import { diff } from './tracked-columns.ts';
import { versionHolds } from '../versions.ts';

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

/** A new vacancy as an upsert makes it, decided before anything is written. */
export interface PlannedVacancy {
  /** The row to insert, in the state the ATS asked for. */
  row: NewVacancy;
  /** Its history once inserted (the inserted row has its id). */
  history(inserted: Vacancy): HistoryEntry[];
}

/**
 * A new vacancy starts as a draft and goes straight to the state the ATS asked for: written in
 * that state at once, with the history the life cycle writes (created as a draft at version 1,
 * then the state change at version 2). The state machine and the publication rules are asked
 * here, before anything is written (409 or 422). One insert instead of an insert and an update:
 * a bulk import writes thousands of these.
 */
function planCreation(
  actor: Actor,
  draft: NewVacancy,
  wanted: ReturnType<typeof wantedState>,
  now: Date,
): PlannedVacancy {
  const event = wanted === 'published' ? 'publish' : wanted === 'closed' ? 'importClosed' : undefined;
  if (!event) {
    return {
      row: draft,
      history: (inserted) => [{ vacancy: inserted, action: 'created', changes: diff({}, inserted) }],
    };
  }
  assertMayMove(actor);
  const change = stateChange({ ...draft, publishedAt: null } as Vacancy, event, now);
  return {
    row: { ...draft, ...change, version: 2 },
    history: (inserted) => {
      const asDraft: Vacancy = { ...inserted, state: 'draft', version: 1 };
      return [
        { vacancy: asDraft, action: 'created', changes: diff({}, asDraft) },
        { vacancy: inserted, action: actionOf(event), changes: diff(asDraft, change) },
      ];
    },
  };
}

/**
 * Inserts planned new vacancies in one statement, and their history in another. One whose
 * external id another upsert took first is not inserted: it is missing from the answer (by
 * external id).
 */
export async function insertPlanned(
  tx: Executor,
  actor: Actor,
  planned: readonly PlannedVacancy[],
): Promise<Map<string, Vacancy>> {
  const rows = await insertUnlessExternalIdsTaken(
    tx,
    planned.map((plan) => plan.row),
  );
  const inserted = new Map(rows.map((vacancy) => [vacancy.externalId!, vacancy]));
  const history = planned.flatMap((plan) => {
    const vacancy = inserted.get(plan.row.externalId!);
    return vacancy ? plan.history(vacancy) : [];
  });
  if (history.length > 0) await recordHistoryEntries(tx, actor, history);
  return inserted;
}

async function updateFromAts(
  tx: Executor,
  existing: Vacancy,
  actor: Actor,
  columns: VacancyColumns,
  wanted: ReturnType<typeof wantedState>,
  now: Date,
) {
  transitionTarget(existing, 'edit', now);
  const updated = await publishedIfDue(tx, await applyChange(tx, existing, actor, 'upserted', columns), actor, now);
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
  /**
   * What the caller's If-Match asks: the version it read (the upsert writes only a vacancy still
   * at it), or `'any'` (`*`: only a vacancy that exists).
   */
  expectedVersion?: number | 'any';
}

/**
 * An upsert is the ATS's last word, unless it says which version it read: then a vacancy changed
 * since (or one that does not exist, which is at no version) is not overwritten (409).
 */
function assertAtVersion(existing: Vacancy | undefined, expected: UpsertReads['expectedVersion']): void {
  if (expected === undefined || (existing && versionHolds(existing.version, expected))) return;
  throw staleVersion(existing);
}

/** An upsert's columns, checked by the rules (a vacancy to publish also by the publication rules). */
function upsertColumns(
  tx: Executor,
  externalId: string,
  input: Partial<UpsertInput>,
  read: UpsertReads,
  now: Date,
): Promise<VacancyColumns> {
  const { state: _state, ...fields } = input;
  const liveOn = wantedState(input) === 'published' ? dutchDate(now) : undefined;
  const check = { typeProblems: read.typeProblems, liveOn };
  return completeColumns(tx, defaults, { ...fields, externalId }, check, read.categories);
}

const newDraft = (columns: VacancyColumns, organisationId: string): NewVacancy => ({
  ...(columns as NewVacancy),
  organisationId,
  state: 'draft',
});

/**
 * A new vacancy of a bulk import as `upsertInTransaction` would make it, planned: checked by
 * the rules, the scope and the state machine, nothing written. The caller writes many at once
 * (`insertPlanned`).
 */
export async function planNewVacancy(
  tx: Executor,
  actor: Actor,
  organisationId: string,
  externalId: string,
  input: Partial<UpsertInput>,
  read: UpsertReads,
  now: Date,
): Promise<PlannedVacancy> {
  const columns = await upsertColumns(tx, externalId, input, read, now);
  return planCreation(actor, newDraft(columns, organisationId), wantedState(input), now);
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
  const wanted = wantedState(input);
  const columns = await upsertColumns(tx, externalId, input, read, now);
  let existing =
    read.locked !== undefined ? (read.locked ?? undefined) : await lockByExternalId(tx, organisationId, externalId);
  assertAtVersion(existing, read.expectedVersion);
  if (!existing) {
    const [created] = (
      await insertPlanned(tx, actor, [planCreation(actor, newDraft(columns, organisationId), wanted, now)])
    ).values();
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
  checks: Pick<UpsertReads, 'typeProblems' | 'expectedVersion'> = {},
): Promise<UpsertResult> {
  const write = await deps.db.transaction(async (tx) => {
    await holdMembership(tx, organisationId, actor);
    return upsertInTransaction(tx, actor, organisationId, externalId, input, checks);
  });
  return upsertResult(deps, write);
}
