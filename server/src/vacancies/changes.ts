/**
 * How a vacancy changes, shared by the staff's life cycle and the ATS upsert: the complete
 * columns to store, one change with its version bump and history entry, and a state change
 * as the state machine allows it.
 */
import { dutchDate } from '@samenwerven/calendar';
import { isOpen, type Executor, type Vacancy } from '@samenwerven/db';
import { AppError, notFound } from '../errors.ts';
import { recordHistory, type Actor } from './history.ts';
import type { VacancyFields } from './input.ts';
import { knownCategories, lockOwnedVacancy, updateVacancyRow, wasPublicBefore } from './queries.ts';
import {
  assertPublishable,
  assertVacancyRules,
  columnsFromInput,
  coordinatesOf,
  type RuleCheck,
  type VacancyColumns,
} from './rules.ts';
import { isLive, vacancyTransition, type VacancyEvent, type VacancyState } from './state-machine.ts';
import { missingScope } from '../auth/plugin.ts';
import { diff } from './tracked-columns.ts';

/** The defaults a new vacancy starts from, for fields the input leaves out. */
export const defaults: Partial<VacancyColumns> = {
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

/**
 * Merges, validates and derives the coordinates: the complete set of columns to store. With
 * type problems (the input then holds only its well-typed fields) it checks the rest and
 * throws them all together. `categories`, when the caller read them already (a bulk import,
 * once per transaction), saves reading them again.
 */
export async function completeColumns(
  tx: Executor,
  base: Partial<VacancyColumns>,
  input: VacancyFields,
  check: RuleCheck = {},
  categories?: ReadonlySet<string>,
): Promise<VacancyColumns> {
  const written = columnsFromInput(input);
  const merged = { ...base, ...written } as VacancyColumns;
  assertVacancyRules(merged, categories ?? (await knownCategories(tx)), { ...check, written });
  return { ...merged, ...coordinatesOf(merged.municipalityCode, merged.postcode) };
}

export async function lockOwned(tx: Executor, organisationId: string, vacancyId: string): Promise<Vacancy> {
  const vacancy = await lockOwnedVacancy(tx, organisationId, vacancyId);
  if (!vacancy) throw notFound();
  return vacancy;
}

export function invalidState(vacancy: Vacancy): AppError {
  return new AppError(409, 'invalid_transition', 'vacancy.invalid_transition', {
    currentState: vacancy.state,
    currentVersion: vacancy.version,
    // The message says which state it is in (a review: "not possible in the current state" said nothing).
    params: { state: { key: `vacancy.state.${vacancy.state}` } },
  });
}

/** The state `event` leads to, as the state machine says; 409 when it is not allowed now. */
export function transitionTarget(vacancy: Vacancy, event: VacancyEvent, now: Date): VacancyState {
  const result = vacancyTransition(vacancy.state, event, {
    publishDue: !vacancy.publishAt || vacancy.publishAt <= now,
    open: isOpen(vacancy, now),
  });
  if (!result.allowed) throw invalidState(vacancy);
  return result.to;
}

/** The columns a state change sets; going live (now or scheduled) checks the rules for it first. */
export function stateChange(vacancy: Vacancy, event: VacancyEvent, now: Date): Partial<Vacancy> {
  const state = transitionTarget(vacancy, event, now);
  switch (state) {
    case 'scheduled':
      assertPublishable(vacancy, dutchDate(now));
      return { state };
    case 'published':
      assertPublishable(vacancy, dutchDate(now));
      return { state, publishedAt: vacancy.publishedAt ?? now, closedAt: null };
    case 'closed':
      return { state, closedAt: now };
    default:
      return { state };
  }
}

/**
 * A scheduled vacancy whose publication moment an edit took away, or moved into the past, is due
 * now: it is published in the same transaction. It stayed scheduled for good (an ATS review: the
 * minute sweep publishes only a moment that comes, and a null one never does).
 */
export async function publishedIfDue(tx: Executor, vacancy: Vacancy, actor: Actor, now: Date): Promise<Vacancy> {
  if (vacancy.state !== 'scheduled' || (vacancy.publishAt !== null && vacancy.publishAt > now)) return vacancy;
  return applyChange(tx, vacancy, actor, 'published_on_schedule', stateChange(vacancy, 'publishOnSchedule', now));
}

/** What decides who sees a vacancy on the portal, and from when. */
const PUBLICATION_COLUMNS = ['visibility', 'publicFrom', 'publishAt'] as const;

/**
 * Who sees a live (or scheduled) vacancy, and from when, is as much a publication decision as
 * publishing it: a key needs the `publish` scope to change it, however the change is sent (an
 * edit, an upsert, a bulk item); the whole write is refused. A draft's are only plans.
 */
function assertMayChangePublication(vacancy: Vacancy, actor: Actor, changed: Record<string, unknown>): void {
  if (!actor.scopes || actor.scopes.includes('publish') || !isLive(vacancy.state)) return;
  if (PUBLICATION_COLUMNS.some((column) => Object.hasOwn(changed, column))) throw missingScope('publish');
}

/**
 * A vacancy that becomes public while published for the first time is new to the public from now
 * on: its `publishedAt` (what the feeds, "posted within", alerts and the JobPosting go by) moves to
 * now, however it gets there: made public while published, or reopened after it was made public
 * while closed (a review: that one kept the day it was published internally). Otherwise it came in
 * deep down the feeds and never in an alert (a feeds review). Only the first time: one that was
 * public before keeps its date, or going internal and back would put it on top of the feeds again
 * and again (a review). The minute sweep does the same (`applyDueChangesInSql`).
 */
async function madePublic(
  tx: Executor,
  vacancy: Vacancy,
  changes: Partial<Vacancy>,
): Promise<Pick<Vacancy, 'publishedAt'> | undefined> {
  const publicLive = (v: Pick<Vacancy, 'state' | 'visibility'>) => v.state === 'published' && v.visibility === 'public';
  // A first publication sets its date in `stateChange`.
  if (vacancy.publishedAt === null || publicLive(vacancy) || !publicLive({ ...vacancy, ...changes })) return undefined;
  return (await wasPublicBefore(tx, vacancy)) ? undefined : { publishedAt: new Date() };
}

/** Applies changed columns (and a new state) with a version bump and a history entry. */
export async function applyChange(
  tx: Executor,
  vacancy: Vacancy,
  actor: Actor,
  action: string,
  changes: Partial<Vacancy>,
): Promise<Vacancy> {
  const changed = diff(vacancy, changes);
  if (Object.keys(changed).length === 0) return vacancy;
  assertMayChangePublication(vacancy, actor, changed);
  const opened = await madePublic(tx, vacancy, changes);
  if (opened) Object.assign(changed, diff(vacancy, opened));
  // Identity, bookkeeping and generated columns are never written from a merged row.
  const {
    id: _id,
    organisationId: _org,
    createdAt: _created,
    updatedAt: _updated,
    version: _version,
    ...writable
  } = changes as Vacancy;
  const updated = await updateVacancyRow(tx, vacancy.id, {
    ...writable,
    ...opened,
    version: vacancy.version + 1,
    updatedAt: new Date(),
  });
  await recordHistory(tx, updated, actor, action, changed);
  return updated;
}
