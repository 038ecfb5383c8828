/**
 * Creating, configuring and filling the vacancy index, and reading back what the
 * database says should be in it.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EnqueuedTask, Meilisearch, Task } from 'meilisearch';
import { meilisearchErrorCode } from './client.ts';
import {
  categories,
  indexableConditions,
  isIndexable,
  organisations,
  vacancies,
  vacancyRow,
  type Executor,
} from '@samenwerven/db';
import { toSearchDocument, type IndexableVacancy, type VacancySearchDocument } from './document.ts';
import { vacancyIndexSettings } from './settings.ts';

/** How long index writes may take before we consider Meilisearch stuck. */
const TASK_TIMEOUT_MS = 60_000;
export const waitOptions = { timeout: TASK_TIMEOUT_MS, interval: 10 };

/**
 * How often the sync asks whether its task is done: soon at first (a small write is applied
 * within tens of milliseconds), then less and less often (a bulk import's task takes seconds).
 * Each question costs this process about 0.9 ms of CPU and Meilisearch 0.17 ms (measured on this
 * 2-core machine, 3,000 questions): asked every 10 ms, the batches in flight during a bulk import
 * asked some 270 times a second, a quarter of a core taken from the import itself. Searches do not
 * wait for it: they leave pending removals out and merge pending additions (issue 18).
 */
const POLL = { firstMs: 10, growth: 1.5, maxMs: 100 } as const;

async function waitUntilDone(client: Meilisearch, taskUid: number): Promise<Task> {
  const deadline = Date.now() + TASK_TIMEOUT_MS;
  for (let wait: number = POLL.firstMs; ; wait = Math.min(POLL.maxMs, wait * POLL.growth)) {
    const task = await client.tasks.getTask(taskUid);
    if (task.status !== 'enqueued' && task.status !== 'processing') return task;
    if (Date.now() + wait > deadline)
      throw new Error(`Meilisearch did not apply task ${taskUid} within ${TASK_TIMEOUT_MS / 1000} s`);
    await sleep(wait);
  }
}

/**
 * Creates the index if missing and applies the settings; waits until both are done. The
 * synonym groups are those in force (`loadSynonymGroups`): no default, so that a caller cannot
 * switch the coordinator's switched-off groups back on by leaving them out.
 */
export async function ensureVacancyIndex(
  client: Meilisearch,
  indexName: string,
  synonymGroups: string[][],
): Promise<void> {
  try {
    await client.getIndex(indexName);
  } catch (error) {
    if (meilisearchErrorCode(error) !== 'index_not_found') throw error;
    await client.createIndex(indexName, { primaryKey: 'id' }).waitTask(waitOptions);
  }
  const task = await client.index(indexName).updateSettings(vacancyIndexSettings(synonymGroups)).waitTask(waitOptions);
  if (task.status !== 'succeeded')
    throw new Error(`Applying index settings failed: ${task.error?.message ?? task.status}`);
}

function selectIndexable(db: Executor) {
  return db
    .select({
      vacancy: vacancyRow,
      organisation: { slug: organisations.slug, name: organisations.name, state: organisations.state },
      categoryName: categories.nameNl,
    })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .innerJoin(categories, eq(categories.code, vacancies.categoryCode));
}

type IndexableRow = Awaited<ReturnType<typeof selectIndexable>>[number];
const toIndexable = (row: IndexableRow): IndexableVacancy => ({
  ...row.vacancy,
  organisation: row.organisation,
  categoryName: row.categoryName,
});

/** Loads these vacancies, in whatever state, with what their search document needs (organisation, category name). */
export async function loadIndexableVacancies(db: Executor, ids: readonly string[]): Promise<IndexableVacancy[]> {
  const rows = await selectIndexable(db).where(inArray(vacancies.id, [...ids]));
  return rows.map(toIndexable);
}

/** Loads every vacancy that belongs in the index at `now` (findable by some audience), for a rebuild. */
export async function loadVacanciesToIndex(db: Executor, now: Date): Promise<IndexableVacancy[]> {
  const rows = await selectIndexable(db).where(and(...indexableConditions(now)));
  return rows.map(toIndexable);
}

/** Splits vacancies into the documents to write and the ids to remove from the index. */
export function planIndexChanges(
  requestedIds: readonly string[],
  found: readonly IndexableVacancy[],
  now: Date,
): { upserts: VacancySearchDocument[]; deletes: string[] } {
  const byId = new Map(found.map((v) => [v.id, v]));
  const upserts: VacancySearchDocument[] = [];
  const deletes: string[] = [];
  for (const id of requestedIds) {
    const vacancy = byId.get(id);
    if (vacancy && isIndexable(vacancy, now)) upserts.push(toSearchDocument(vacancy));
    else deletes.push(id);
  }
  return { upserts, deletes };
}

/**
 * The most bytes of documents sent in one request. Meilisearch refuses a body over 100 MB by
 * default (`--http-payload-size-limit`), and a vacancy's description may have 30,000 characters:
 * a batch of thousands of long vacancies would be refused again at every retry. The engine takes
 * consecutive additions to an index together, so splitting them costs it nothing.
 */
const MAX_PAYLOAD_BYTES = 32 * 1024 * 1024;

/** The documents as NDJSON bodies of at most `maxBytes` each (a larger document goes alone). */
export function ndjsonPayloads(documents: readonly object[], maxBytes = MAX_PAYLOAD_BYTES): string[] {
  const payloads: string[] = [];
  let lines: string[] = [];
  let bytes = 0;
  for (const document of documents) {
    const line = JSON.stringify(document);
    const size = Buffer.byteLength(line) + 1;
    if (lines.length > 0 && bytes + size > maxBytes) {
      payloads.push(lines.join('\n'));
      lines = [];
      bytes = 0;
    }
    lines.push(line);
    bytes += size;
  }
  if (lines.length > 0) payloads.push(lines.join('\n'));
  return payloads;
}

/**
 * Hands documents and deletions to Meilisearch, in this order, and answers once both are queued
 * there: Meilisearch applies an index's tasks in the order they came, so what is queued after
 * this is applied after it. `applied` waits until Meilisearch has applied them.
 */
export async function enqueueIndexChanges(
  client: Meilisearch,
  indexName: string,
  changes: { upserts: VacancySearchDocument[]; deletes: string[] },
  maxPayloadBytes = MAX_PAYLOAD_BYTES,
): Promise<{ applied: () => Promise<void> }> {
  const index = client.index<VacancySearchDocument>(indexName);
  // One after the other: the deletions must come after the documents, and no request may be
  // left unawaited when the one before it fails.
  const tasks: EnqueuedTask[] = [];
  for (const payload of ndjsonPayloads(changes.upserts, maxPayloadBytes)) {
    tasks.push(await index.addDocumentsFromString(payload, 'application/x-ndjson', { primaryKey: 'id' }));
  }
  if (changes.deletes.length > 0) tasks.push(await index.deleteDocuments(changes.deletes));
  return {
    applied: async () => {
      for (const task of tasks) {
        const done = await waitUntilDone(client, task.taskUid);
        if (done.status !== 'succeeded') throw new Error(`Index write failed: ${done.error?.message ?? done.status}`);
      }
    },
  };
}

/** Writes documents and deletions and waits until Meilisearch has applied them. */
export async function applyIndexChanges(
  client: Meilisearch,
  indexName: string,
  changes: { upserts: VacancySearchDocument[]; deletes: string[] },
): Promise<void> {
  await (await enqueueIndexChanges(client, indexName, changes)).applied();
}
