/**
 * Up to 1,000 ATS upserts in one request. Each item is validated on its own and answered on its
 * own: a bad item (or one the database refuses) is reported with its own status, and never undoes
 * or stops another. The batch as a whole is not atomic.
 *
 * The items are written a hundred to a transaction (one commit, one flush of the write-ahead
 * log, per hundred instead of per item), in two lanes at once (issue 18: a 10,000-vacancy
 * import). What a hundred's items share is read once (the fields of work, and its vacancies that
 * exist, locked). Its new vacancies are inserted together (`createNewTogether`); every other item
 * is written in a savepoint of its own. An item's answer says 2xx only once its transaction has
 * committed.
 */
import { setImmediate, setTimeout } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import { isDatabaseUnavailable, type Executor, type Vacancy } from '@samenwerven/db';
import { Type, type Static } from '@sinclair/typebox';
import { compileItemValidator } from '../contract/validation.ts';
import { AppError, isDataException, renderAppError } from '../errors.ts';
import type { Locale } from '../i18n.ts';
import { isStorableText, unstorableFields, unstorableTextErrors } from '../storable-text.ts';
import {
  insertPlanned,
  planNewVacancy,
  upsertInTransaction,
  upsertResult,
  type PlannedVacancy,
  type UpsertResult,
  type UpsertWrite,
} from './ats.ts';
import type { Actor } from './history.ts';
import { holdMembership } from './membership-hold.ts';
import { splitByTypeProblems, UpsertInput } from './input.ts';
import type { VacancyDeps } from './lifecycle.ts';
import { knownCategories, lockByExternalIds } from './queries.ts';
import { warningsIn } from './rules.ts';
import { ExternalId } from '../contract/typebox.ts';

/** One upsert, with its external id in the item. */
const BulkItem = Type.Object({ ...UpsertInput.properties, externalId: ExternalId() }, { additionalProperties: false });
type BulkItem = Static<typeof BulkItem>;
const validBulkItem = compileItemValidator(BulkItem);
const bulkItemCheck = (item: unknown): item is BulkItem => validBulkItem(item) === true;

/** The external id to report an item under, when it has a usable one. */
function reportedExternalId(item: unknown): string | null {
  const raw = (item as { externalId?: unknown } | null)?.externalId;
  return typeof raw === 'string' && isStorableText(raw) ? raw : null;
}

/** Whatever went wrong with one item stays with it; the error handler's rules decide its answer. */
function itemError(cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  // Still deadlocked after the tries: the ATS sends the item again (not the portal's fault, nor the item's).
  if (RETRIED.has(sqlState(cause) ?? '')) return new AppError(503, 'write_conflict', 'error.write_conflict', {}, cause);
  if (isDataException(cause)) return new AppError(400, 'bad_request', 'error.bad_request', {}, cause);
  return new AppError(500, 'internal', 'error.internal', {}, cause);
}

/** Items written in one transaction. */
const ITEMS_PER_TRANSACTION = 100;

/**
 * One item, upserted as a single upsert would be, inside the caller's transaction. An item of
 * the wrong shape (or with text the database cannot store) is refused with those problems and
 * the rules' problems of its other fields, all at once.
 */
function upsertItem(tx: Executor, actor: Actor, organisationId: string, item: unknown, hundred: HundredReads) {
  const { locale, categories, locked } = hundred;
  const unstorable = unstorableFields(item);
  if (bulkItemCheck(item) && unstorable.length === 0) {
    const { externalId, ...body } = item;
    return upsertInTransaction(tx, actor, organisationId, externalId, body, {
      categories,
      locked: locked.get(externalId) ?? null,
    });
  }
  const errors = [...(validBulkItem.errors ?? []), ...unstorableTextErrors(unstorable)];
  const { fields, typeProblems } = splitByTypeProblems(item, errors, locale);
  return upsertInTransaction(tx, actor, organisationId, reportedExternalId(item) ?? '', fields, {
    typeProblems,
    categories,
  });
}

type ItemOutcome = { write: UpsertWrite } | { cause: unknown };

/** How long planning a bulk's items holds the thread before other requests get a turn. */
const PLANNING_TURN_MS = 50;

/**
 * What a hundred's items share, read once at the start of its transaction: the fields of work,
 * and its vacancies that exist already, locked, by external id (kept up to date as the items are
 * written, so a second item for one vacancy sees the first).
 */
interface HundredReads {
  locale: Locale;
  categories: ReadonlySet<string>;
  locked: Map<string, Vacancy>;
}

async function readHundred(
  tx: Executor,
  organisationId: string,
  items: unknown[],
  locale: Locale,
): Promise<HundredReads> {
  const categories = await knownCategories(tx);
  const externalIds = items.map(reportedExternalId).filter((id): id is string => id !== null);
  const existing = await lockByExternalIds(tx, organisationId, externalIds);
  return { locale, categories, locked: new Map(existing.map((vacancy) => [vacancy.externalId!, vacancy])) };
}

/** The SQLSTATE of a database error, however deeply the driver's layers wrap it. */
function sqlState(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 10; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = current.cause;
  }
  return undefined;
}

/**
 * A deadlock or a serialisation failure: two bulks writing the same external ids in another order
 * each hold their hundred's row locks. Only ending the transaction frees them, so the whole
 * hundred is written again (once), after the other has gone on.
 */
const RETRIED = new Set(['40P01', '40001']);
const RETRY_AFTER_MS = 100;
const ATTEMPTS = 3;
/** The transaction can do nothing more: it must not commit as if the items after were fine. */
const TRANSACTION_ABORTED = '25P02';

/**
 * Writes the items in one transaction, each in a savepoint: an item that fails is rolled back
 * alone and the others go on. The outcomes count only once this resolves (committed).
 */
async function writeTogether(
  deps: VacancyDeps,
  actor: Actor,
  organisationId: string,
  items: unknown[],
  locale: Locale,
): Promise<ItemOutcome[]> {
  return deps.db.transaction(async (tx) => {
    await holdMembership(tx, organisationId, actor);
    const hundred = await readHundred(tx, organisationId, items, locale);
    const outcomes = await createNewTogether(tx, actor, organisationId, items, hundred);
    for (const [offset, item] of items.entries()) {
      if (outcomes[offset]) continue;
      try {
        const write = await tx.transaction((savepoint) => upsertItem(savepoint, actor, organisationId, item, hundred));
        if (write.vacancy.externalId) hundred.locked.set(write.vacancy.externalId, write.vacancy);
        outcomes[offset] = { write };
      } catch (cause) {
        rethrowIfHundredEnds(cause);
        outcomes[offset] = { cause };
      }
    }
    return outcomes as ItemOutcome[];
  });
}

/**
 * The database gone: the transaction cannot commit; the whole request answers 503. A deadlock,
 * or a transaction that can go no further, ends the whole hundred (`writeLane`).
 */
function rethrowIfHundredEnds(cause: unknown): void {
  const state = sqlState(cause) ?? '';
  if (isDatabaseUnavailable(cause) || RETRIED.has(state) || state === TRANSACTION_ABORTED) throw cause;
}

/**
 * Most items of an import are vacancies new to the organisation: those are written together,
 * one insert of their rows and one of their history for the hundred, in a savepoint of their
 * own. An item qualifies when it has the right shape, its external id is not taken and comes
 * once in the hundred. Each is planned first as its upsert would be (an item the rules, the
 * scope or the state machine refuse gets its answer here, and nothing is written for it).
 * Should the database refuse the statement, or another upsert take an external id first, those
 * items are left (undefined) to be written one by one, which finds the one at fault.
 */
async function createNewTogether(
  tx: Executor,
  actor: Actor,
  organisationId: string,
  items: unknown[],
  hundred: HundredReads,
): Promise<(ItemOutcome | undefined)[]> {
  const outcomes: (ItemOutcome | undefined)[] = items.map(() => undefined);
  const times = new Map<string, number>();
  for (const id of items.map(reportedExternalId)) if (id !== null) times.set(id, (times.get(id) ?? 0) + 1);
  const now = new Date();
  const planned: { offset: number; plan: PlannedVacancy }[] = [];
  let heldSince = performance.now();
  for (const [offset, item] of items.entries()) {
    // Planning does no I/O: a hundred descriptions that are slow to clean (100 KB of markup, some
    // 150 ms each) would hold the portal's only thread for 15 s (an attacker's review). Others get
    // a turn in between.
    if (performance.now() - heldSince > PLANNING_TURN_MS) {
      await setImmediate();
      heldSince = performance.now();
    }
    // The vacancies that exist go their own way first: their shape is checked there.
    const id = reportedExternalId(item);
    if (id === null || times.get(id) !== 1 || hundred.locked.has(id)) continue;
    if (!bulkItemCheck(item) || unstorableFields(item).length > 0) continue;
    const { externalId, ...body } = item;
    const read = { categories: hundred.categories };
    try {
      planned.push({ offset, plan: await planNewVacancy(tx, actor, organisationId, externalId, body, read, now) });
    } catch (cause) {
      outcomes[offset] = { cause };
    }
  }
  if (planned.length === 0) return outcomes;
  // Inserted in the order of their external ids as the database sorts them, whatever the order
  // sent (`insertUnlessExternalIdsTaken`): two bulks of the same new ids do not deadlock on the
  // insert (they still can on the items written one by one after it: `writtenAgainAfterDeadlocks`).
  const plans = planned.map(({ plan }) => plan);
  const inserted = await tx
    .transaction((savepoint) => insertPlanned(savepoint, actor, plans))
    .catch((cause: unknown) => {
      rethrowIfHundredEnds(cause);
      return new Map<string, Vacancy>();
    });
  for (const { offset, plan } of planned) {
    const vacancy = inserted.get(plan.row.externalId!);
    if (vacancy) outcomes[offset] = { write: { vacancy, before: undefined } };
  }
  return outcomes;
}

/**
 * Lanes written at once: the database works on one lane's statement while this process prepares
 * the other's. An external id always goes to the same lane, so two items for one vacancy are
 * written in the order they were sent, and the lanes never wait for each other's rows.
 */
const LANES = 2;

function laneOf(item: unknown): number {
  let hash = 0;
  for (const char of reportedExternalId(item) ?? '') hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % LANES;
}

export async function bulkUpsert(
  deps: VacancyDeps,
  actor: Actor,
  organisationId: string,
  items: unknown[],
  context: { locale: Locale; log: FastifyBaseLogger },
) {
  const lanes: number[][] = Array.from({ length: LANES }, () => []);
  items.forEach((item, index) => lanes[laneOf(item)]!.push(index));
  const answers: ItemAnswer[] = [];
  const lanesDone = await Promise.allSettled(
    lanes.map((lane) => writeLane(deps, actor, organisationId, items, lane, context, answers)),
  );
  // Should the database go away, the whole request answers 503 once both lanes have stopped.
  const stopped = lanesDone.find((lane) => lane.status === 'rejected');
  if (stopped) throw stopped.reason;
  const succeeded = answers.filter((r) => r.status < 300).length;
  return { items: answers, succeeded, failed: answers.length - succeeded };
}

/** One lane's items (`indexes` into `items`), a hundred to a transaction, answered in `answers`. */
async function writeLane(
  deps: VacancyDeps,
  actor: Actor,
  organisationId: string,
  items: unknown[],
  indexes: number[],
  context: { locale: Locale; log: FastifyBaseLogger },
  answers: ItemAnswer[],
): Promise<void> {
  for (let first = 0; first < indexes.length; first += ITEMS_PER_TRANSACTION) {
    const hundred = indexes.slice(first, first + ITEMS_PER_TRANSACTION);
    const group = hundred.map((index) => items[index]);
    // Items are upserts by externalId: should the database go away, sending the batch again is
    // safe (503); those already stored are updated to the same values.
    // A transaction that could not commit for another reason kept none of its items: each says so.
    const together = () => writeTogether(deps, actor, organisationId, group, context.locale);
    const outcomes = await writtenAgainAfterDeadlocks(together).catch((cause: unknown) => {
      if (isDatabaseUnavailable(cause)) throw cause;
      return group.map((): ItemOutcome => ({ cause }));
    });
    for (const [offset, outcome] of outcomes.entries()) {
      const index = hundred[offset]!;
      answers[index] = await itemAnswer(
        deps,
        outcome,
        { index, externalId: reportedExternalId(items[index]) },
        context,
      );
    }
  }
}

/**
 * Writes the hundred, and again (up to `ATTEMPTS` in all) after a deadlock or serialisation
 * failure, each time after a longer random moment for the other transaction to finish, which it
 * does once ours has let go. Four bulks of the same new ids in four orders deadlocked fifteen
 * times in a run; new rows are inserted in one order since (`createNewTogether`), which makes it rare.
 */
async function writtenAgainAfterDeadlocks(together: () => Promise<ItemOutcome[]>): Promise<ItemOutcome[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await together();
    } catch (cause) {
      if (attempt >= ATTEMPTS || !RETRIED.has(sqlState(cause) ?? '')) throw cause;
      await setTimeout(attempt * (RETRY_AFTER_MS + Math.random() * RETRY_AFTER_MS));
    }
  }
}

/** One item's answer: its result (once committed and scheduled) or its own error. */
interface ItemAnswer {
  index: number;
  externalId: string | null;
  status: number;
  result?: Omit<UpsertResult, 'warnings'> & { warnings?: Record<string, string> };
  error?: ReturnType<typeof renderAppError>;
}

async function itemAnswer(
  deps: VacancyDeps,
  outcome: ItemOutcome,
  item: { index: number; externalId: string | null },
  context: { locale: Locale; log: FastifyBaseLogger },
): Promise<ItemAnswer> {
  try {
    if ('cause' in outcome) throw outcome.cause;
    const { warnings, ...result } = await upsertResult(deps, outcome.write);
    return {
      ...item,
      status: result.created ? 201 : 200,
      result: { ...result, ...warningsIn(warnings, context.locale) },
    };
  } catch (cause) {
    if (isDatabaseUnavailable(cause)) throw cause;
    const error = itemError(cause);
    if (error.statusCode >= 500) context.log.error({ err: cause, index: item.index }, 'bulk item failed');
    return { ...item, status: error.statusCode, error: renderAppError(error, context.locale) };
  }
}
