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
import { recordHistory, type Actor } from './history.ts';
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
async function moveTo(tx: Executor, vacancy: Vacancy, actor: Actor, event: VacancyEvent | undefined, now: Date) {
  if (!event) return vacancy;
  if (actor.scopes && !actor.scopes.includes('publish')) throw missingScope('publish');
  return applyChange(tx, vacancy, actor, actionOf(event), stateChange(vacancy, event, now));
}

/** A new vacancy starts as a draft and goes straight to the state the ATS asked for. */
async function createFromAts(tx: Executor, inserted: Vacancy, actor: Actor, wanted: UpsertInput['state'], now: Date) {
  await recordHistory(tx, inserted, actor, 'created', diff({}, inserted));
  const event = wanted === 'published' ? 'publish' : wanted === 'closed' ? 'importClosed' : undefined;
  return moveTo(tx, inserted, actor, event, now);
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
  typeProblems?: Record<string, string>,
): Promise<UpsertWrite> {
  const now = new Date();
  const { state: wanted, ...fields } = input;
  const liveOn = wanted === 'published' ? dutchDate(now) : undefined;
  const columns = await completeColumns(tx, defaults, { ...fields, externalId }, { typeProblems, liveOn });
  let existing = await lockByExternalId(tx, organisationId, externalId);
  if (!existing) {
    const inserted = await insertUnlessExternalIdTaken(tx, {
      ...(columns as NewVacancy),
      organisationId,
      state: 'draft',
    });
    if (inserted) return { vacancy: await createFromAts(tx, inserted, actor, wanted, now), before: undefined };
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
    upsertInTransaction(tx, actor, organisationId, externalId, input, typeProblems),
  );
  return upsertResult(deps, write);
}
