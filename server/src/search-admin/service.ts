/**
 * The coordinator's grip on the shared search: synonym groups (recorded in the audit log and
 * applied to the index at once), the index's health against the database, and a rebuild.
 */
import { lockForTransaction, type Database, type Executor } from '@samenwerven/db';
import {
  builtInSynonymGroups,
  bumpIndexVersion,
  defaultSynonymGroups,
  ensureVacancyIndex,
  loadSynonymGroups,
  outboxBacklog,
  reindexVacancies,
  switchedOffSynonymGroups,
} from '@samenwerven/search';
import { recordAudit } from '../audit/audit.ts';
import { AppError, notFound, UNAVAILABLE_RETRY_SECONDS, type FieldMessage } from '../errors.ts';
import type { MessageKey } from '../i18n.ts';
import type { SearchIndex } from '../search-index.ts';
import { renewSynonymRewriter } from '../vacancies/synonyms-in-force.ts';
import {
  countIndexableVacancies,
  deleteSynonymGroup,
  findSyncState,
  insertSynonymGroup,
  listSynonymGroups,
  switchBuiltInSynonymGroup,
  type SynonymGroup,
} from './queries.ts';

/** The engine is away: nothing of the change was kept, so the same request again later is right. */
const searchUnavailable = (error: unknown) =>
  new AppError(
    503,
    'search_unavailable',
    'error.search_unavailable',
    { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS },
    error,
  );

/**
 * A change of the synonym groups, and the groups in force written into the index settings, in
 * one transaction: when the engine is away (503) nothing of the change is kept, so a retry does
 * it once (a contract review: the group was kept, and the retry made a second one). One change at
 * a time: two coordinators' changes at once could otherwise read the groups in one order and
 * reach the engine in the other, leaving it with the older set.
 */
async function changeSynonyms<T>(db: Database, search: SearchIndex, change: (tx: Executor) => Promise<T>): Promise<T> {
  const changed = await db.transaction(async (tx) => {
    await lockForTransaction(tx, 'search-synonyms');
    const result = await change(tx);
    const groups = await loadSynonymGroups(tx);
    await ensureVacancyIndex(search.client, search.indexName, groups).catch((error: unknown) => {
      throw searchUnavailable(error);
    });
    return result;
  });
  // Searches answered with the old synonyms are not reused (vacancies/search-cache.ts).
  await bumpIndexVersion(db);
  // Nor are queries rewritten with them ("P&O", vacancies/synonyms-in-force.ts).
  await renewSynonymRewriter(db);
  return changed;
}

/** A built-in group and whether it is in force. */
export interface BuiltInGroupState {
  id: string;
  words: string[];
  active: boolean;
}

export async function synonymGroups(db: Database) {
  const [off, custom] = await Promise.all([switchedOffSynonymGroups(db), listSynonymGroups(db)]);
  const builtIn: BuiltInGroupState[] = builtInSynonymGroups.map(({ id, words }) => ({
    id,
    words,
    active: !off.has(id),
  }));
  return { defaults: defaultSynonymGroups, builtIn, custom };
}

/**
 * Switches a built-in group off or on again; recorded in the audit log when it changed, and
 * applied to the index at once — also when it did not, so that the engine is brought up to date
 * whatever it held.
 */
export async function setBuiltInSynonymGroup(
  db: Database,
  search: SearchIndex,
  actorUserId: string,
  id: string,
  active: boolean,
): Promise<BuiltInGroupState> {
  const group = builtInSynonymGroups.find((candidate) => candidate.id === id);
  if (!group) throw notFound();
  await changeSynonyms(db, search, async (tx) => {
    if (await switchBuiltInSynonymGroup(tx, id, active)) {
      await recordAudit(tx, {
        actorUserId,
        action: active ? 'search.synonyms_switched_on' : 'search.synonyms_switched_off',
        subjectType: 'search_synonyms_built_in',
        subjectId: id,
        after: { words: group.words, active },
      });
    }
  });
  return { id, words: group.words, active };
}

/** Adds a group of words that should find each other; the same word twice counts once. */
export async function addSynonymGroup(
  db: Database,
  search: SearchIndex,
  actorUserId: string,
  words: readonly string[],
): Promise<SynonymGroup> {
  const distinct = [...new Set(words.map((w) => w.trim().toLowerCase()))];
  if (distinct.length < 2)
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { words: 'search.synonyms_two_words' },
    });
  return changeSynonyms(db, search, async (tx) => {
    // The same words once more were taken, and listed twice (a coordinator's walk). Under the
    // synonyms' lock: two at once are looked at one after the other.
    const sameWords = (group: { words: readonly string[] }) =>
      group.words.length === distinct.length && group.words.every((word) => distinct.includes(word.toLowerCase()));
    const exists = (message: MessageKey | FieldMessage) =>
      new AppError(409, 'synonyms_exist', 'error.validation_failed', { fields: { words: message } });
    if ((await listSynonymGroups(tx)).some(sameWords)) throw exists('search.synonyms_exist');
    // A built-in group of the same words: in force already, or to be switched on again (a review:
    // a copy of it was kept, and stayed in force when the built-in one was switched off).
    const builtIn = builtInSynonymGroups.find(sameWords);
    const switchedOff = await switchedOffSynonymGroups(tx);
    if (builtIn)
      throw exists(switchedOff.has(builtIn.id) ? 'search.synonyms_built_in_off' : 'search.synonyms_built_in');
    // Words that find each other already, in a larger group in force, would add nothing (a
    // review: "omgevingswet, wabo" beside the built-in group holding both). Under a built-in
    // group switched off, a smaller one of its words is the narrower choice it may have been off for.
    const holdsAll = (group: { words: readonly string[] }) =>
      distinct.every((word) => group.words.some((held) => held.toLowerCase() === word));
    const inForce = [
      ...(await listSynonymGroups(tx)),
      ...builtInSynonymGroups.filter((group) => !switchedOff.has(group.id)),
    ].find(holdsAll);
    if (inForce) throw exists({ key: 'search.synonyms_within', params: { group: inForce.words.join(', ') } });
    const group = await insertSynonymGroup(tx, distinct);
    await recordAudit(tx, {
      actorUserId,
      action: 'search.synonyms_added',
      subjectType: 'search_synonyms',
      subjectId: group.id,
      after: { words: distinct },
    });
    return group;
  });
}

export async function removeSynonymGroup(
  db: Database,
  search: SearchIndex,
  actorUserId: string,
  id: string,
): Promise<void> {
  await changeSynonyms(db, search, async (tx) => {
    const removed = await deleteSynonymGroup(tx, id);
    if (!removed) throw notFound();
    await recordAudit(tx, {
      actorUserId,
      action: 'search.synonyms_removed',
      subjectType: 'search_synonyms',
      subjectId: removed.id,
      before: { words: removed.words },
    });
  });
}

/** Documents in the index against indexable rows in the database, the backlog, and the worker's last error. */
export async function searchHealth(db: Database, search: SearchIndex, now = new Date()) {
  const stats = await search.client
    .index(search.indexName)
    .getStats()
    .catch(() => undefined);
  const [indexable, backlog, state] = await Promise.all([
    countIndexableVacancies(db, now),
    outboxBacklog(db),
    findSyncState(db),
  ]);
  return {
    indexName: search.indexName,
    reachable: stats !== undefined,
    documentsInIndex: stats?.numberOfDocuments ?? null,
    searchableInDatabase: indexable,
    outboxBacklog: backlog,
    lastSyncedAt: state?.lastSyncedAt?.toISOString() ?? null,
    lastError: state?.lastError ?? null,
    lastErrorAt: state?.lastErrorAt?.toISOString() ?? null,
    consecutiveFailures: state?.consecutiveFailures ?? 0,
  };
}

/** Rebuilds the index from the database with zero downtime, and records who did. */
export async function rebuildIndex(db: Database, search: SearchIndex, actorUserId: string) {
  const started = Date.now();
  const result = await reindexVacancies(db, search.client, search.indexName, {
    synonymGroups: await loadSynonymGroups(db),
  }).catch((error: unknown) => {
    throw searchUnavailable(error);
  });
  await recordAudit(db, {
    actorUserId,
    action: 'search.reindexed',
    subjectType: 'search_index',
    subjectId: search.indexName,
    after: result,
  });
  return { documents: result.documents, seconds: (Date.now() - started) / 1000 };
}
