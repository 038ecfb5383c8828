/**
 * The sync worker: drains the search outbox and converges Meilisearch to the database
 * (DESIGN.md invariant 1).
 *
 * - Idempotent: for each vacancy named in the outbox it writes the row's current state
 *   (or deletes it), so replays and duplicates are harmless.
 * - Safe with several workers: a session advisory lock lets one drain at a time; the
 *   others wait for the next notification. No transaction is held open across a call to
 *   Meilisearch.
 * - Nothing lost: outbox rows are deleted only after Meilisearch confirmed the write. A
 *   crash anywhere leaves them to retry.
 * - Prompt: LISTEN/NOTIFY wakes it on every commit that adds outbox rows; a slow poll is
 *   the safety net for missed notifications. Failures back off exponentially, up to a few
 *   seconds; when the search engine's breaker closes again the worker drains at once.
 */
import { sql } from 'drizzle-orm';
import type { Meilisearch } from 'meilisearch';
import pg from 'pg';
import {
  isDatabaseUnavailable,
  searchOutbox,
  searchSyncState,
  Sleeper,
  type Database,
  type Executor,
} from '@samenwerven/db';
import { searchEngineBreaker } from './client.ts';
import { enqueueIndexChanges, loadIndexableVacancies, planIndexChanges } from './vacancy-index.ts';

/** Arbitrary constant identifying the sync worker's advisory lock. */
const SYNC_LOCK_KEY = 0x5357_0001;
/** The longest wait between retries after failures: short, so a recovered server is used within seconds. */
const MAX_BACKOFF_MS = 5_000;

export interface SyncWorkerOptions {
  db: Database;
  databaseUrl: string;
  client: Meilisearch;
  indexName: string;
  /** Vacancies per batch (each with all its outbox rows), so per indexing task. */
  batchSize?: number;
  /** Runs before the first drain until it succeeds once (e.g. applying index settings). */
  prepare?: () => Promise<void>;
  /** Safety-net poll while idle, in ms. */
  pollIntervalMs?: number;
  logger?: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
}

/** The root cause's message, short enough for a log line and the health view. */
function errorMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return (current instanceof Error ? current.message : String(current)).slice(0, 500);
}

/** One batch of the outbox: its vacancies, and the rows naming them. */
interface OutboxBatch {
  vacancyIds: string[];
  outboxIds: number[];
  /** Whether it held as many vacancies as a batch may: more may be waiting. */
  full: boolean;
}

/** Batches queued in Meilisearch at once by one drain. */
const PIPELINE_DEPTH = 3;

export type DrainResult = {
  /** Outbox rows cleared. */
  processed: number;
  /** Whether the batch held as many vacancies as a batch may: more may be waiting. */
  full: boolean;
  skipped: boolean;
};

const nextIndexVersion = sql`${searchSyncState.indexVersion} + 1`;

/**
 * Says that what the index answers may have changed (a rebuild swapped in, new synonyms): the
 * API's cached search answers, keyed by the version, are no longer used. The sync worker does
 * the same with every batch it applies, in the transaction that clears the batch's outbox rows.
 */
export async function bumpIndexVersion(db: Executor): Promise<void> {
  await db
    .update(searchSyncState)
    .set({ indexVersion: nextIndexVersion })
    .where(sql`${searchSyncState.id} = 1`);
}

/** Changes not yet applied to the search index. */
export async function outboxBacklog(db: Executor): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM search_outbox`);
  return result.rows[0]?.n ?? 0;
}

export class SearchSyncWorker {
  private readonly options: Required<Omit<SyncWorkerOptions, 'logger' | 'prepare'>> &
    Pick<SyncWorkerOptions, 'logger' | 'prepare'>;
  private prepared = false;
  private listener: pg.Client | undefined;
  private running = false;
  /** Ends the current sleep early. */
  private readonly sleeper = new Sleeper();
  /** Set by a notification, so one that arrives mid-drain is not lost. */
  private notified = false;
  private loop: Promise<void> | undefined;
  private failures = 0;
  private unsubscribe: (() => void) | undefined;

  constructor(options: SyncWorkerOptions) {
    // Meilisearch spends about a second of every task on fixed work at 100,000 vacancies, however
    // small the task: it reads and writes back its whole tree of work places (the `_geo` R-tree;
    // "writing geo points" in its batches' progress trace, 0.9–1.3 s in tasks of 300 to 10,000
    // documents). Large batches let a backlog (a bulk import) pay it a few times: a 10,000-vacancy
    // import cost the engine 11–13 CPU seconds in batches of 10,000 against 17–19 in batches of
    // 2,000. Ordinary writes make small batches anyway. The documents go in requests of at most
    // 32 MB (`enqueueIndexChanges`): 10,000 of the demo data's are some 12 MB.
    this.options = { batchSize: 10_000, pollIntervalMs: 5000, ...options };
  }

  /**
   * Processes up to one batch of the outbox. Returns `skipped` when another worker holds
   * the lock. Throws when Meilisearch refuses or is unreachable; the batch stays queued.
   *
   * No transaction stays open while Meilisearch works: the lock is a session lock on a
   * connection of its own, the batch is read, written to the index, and only then deleted
   * (by id, so a change that arrives meanwhile keeps its own row for the next batch).
   */
  async drainOnce(now = new Date()): Promise<DrainResult> {
    return this.drain(1, now);
  }

  /**
   * Up to `maxBatches` batches under one hold of the lock, in a pipeline (`drainBatches`); stops
   * at the first batch that is not full.
   */
  private async drain(maxBatches: number, now: Date | undefined): Promise<DrainResult> {
    const { db } = this.options;
    const lockHolder = await db.$client.connect();
    let holdsLock = false;
    let keepConnection = true;
    try {
      const locked = await lockHolder.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
        SYNC_LOCK_KEY,
      ]);
      if (!locked.rows[0]?.locked) return { processed: 0, full: false, skipped: true };
      holdsLock = true;
      try {
        return await this.drainBatches(maxBatches, now);
      } finally {
        await lockHolder.query('SELECT pg_advisory_unlock($1)', [SYNC_LOCK_KEY]);
        holdsLock = false;
      }
    } catch (error) {
      // A connection that failed, or may still hold the lock, is destroyed: that releases it.
      // (A search engine failure is neither: the lock was given back above.)
      keepConnection = !holdsLock && !isDatabaseUnavailable(error);
      throw error;
    } finally {
      lockHolder.release(!keepConnection);
    }
  }

  /**
   * Batches in a pipeline: while Meilisearch indexes one batch, the next is read and queued
   * behind it (Meilisearch takes queued tasks of an index together, and applies them in the
   * order they came), up to `PIPELINE_DEPTH` at once. Each batch's outbox rows are deleted once
   * Meilisearch has applied it, in order; at the first failure the rest stay for the next drain.
   */
  private async drainBatches(maxBatches: number, now: Date | undefined): Promise<DrainResult> {
    const { db, client, indexName } = this.options;
    const inFlight: { batch: OutboxBatch; applied: () => Promise<void> }[] = [];
    let read = 0;
    let processed = 0;
    let lastFull = false;
    /** Whether the outbox may hold more than was read: the last batch was full, or left some out. */
    let more = true;
    // At a failure, what was not confirmed stays in the outbox for the next drain, which sends it
    // again (the tasks queued meanwhile are applied, and applying them twice changes nothing).
    for (;;) {
      while (more && read < maxBatches && inFlight.length < PIPELINE_DEPTH) {
        const excluded = inFlight.flatMap((f) => f.batch.vacancyIds);
        const batch = await this.readBatch(excluded);
        read++;
        lastFull = batch.full;
        more = batch.full || excluded.length > 0;
        if (batch.vacancyIds.length === 0) break;
        const found = await loadIndexableVacancies(db, batch.vacancyIds);
        const changes = planIndexChanges(batch.vacancyIds, found, now ?? new Date());
        // Waited for only once it is the oldest: Meilisearch applies an index's tasks in order,
        // so asking about a later one before is wasted (each question costs CPU: vacancy-index.ts).
        const { applied } = await enqueueIndexChanges(client, indexName, changes);
        inFlight.push({ batch, applied });
      }
      const oldest = inFlight.shift();
      if (!oldest) return { processed, full: lastFull && read >= maxBatches, skipped: false };
      await oldest.applied();
      await this.confirm(oldest.batch.outboxIds);
      processed += oldest.batch.outboxIds.length;
    }
  }

  /**
   * The first `batchSize` vacancies in the outbox's order (but those of the batches in flight),
   * each with every row it has there: a vacancy written several times (created, then published)
   * is indexed once, and a bulk import's 10,000 vacancies take a handful of batches, not one per
   * thousand rows. A vacancy in flight written again meanwhile waits for its batch to be applied.
   */
  private async readBatch(inFlight: readonly string[]): Promise<OutboxBatch> {
    const { db, batchSize } = this.options;
    const excluded = `{${inFlight.join(',')}}`;
    const rows = await db.execute<{ id: string; vacancy_id: string }>(
      sql`SELECT id, vacancy_id FROM search_outbox WHERE vacancy_id IN (
            SELECT vacancy_id FROM search_outbox
            WHERE vacancy_id NOT IN (SELECT unnest(${excluded}::uuid[]))
            GROUP BY vacancy_id ORDER BY min(id) LIMIT ${batchSize})`,
    );
    const vacancyIds = [...new Set(rows.rows.map((r) => r.vacancy_id))];
    return { vacancyIds, outboxIds: rows.rows.map((r) => Number(r.id)), full: vacancyIds.length >= batchSize };
  }

  /** Deletes an applied batch's rows and moves the index's version on. */
  private async confirm(outboxIds: readonly number[]): Promise<void> {
    // By id: a change that arrived meanwhile keeps its own row for the next batch.
    await this.options.db.transaction(async (tx) => {
      // One array parameter: a long backlog of one vacancy's edits could pass the protocol's 65,535.
      await tx.delete(searchOutbox).where(sql`${searchOutbox.id} = ANY(${`{${outboxIds.join(',')}}`}::bigint[])`);
      await tx
        .update(searchSyncState)
        .set({ lastSyncedAt: new Date(), consecutiveFailures: 0, indexVersion: nextIndexVersion })
        .where(sql`${searchSyncState.id} = 1`);
    });
  }

  /** Drains until the outbox is empty (or another worker has it). */
  async drainAll(): Promise<number> {
    // Each batch judged as of when it is read: a long backlog takes a while.
    return (await this.drain(Number.POSITIVE_INFINITY, undefined)).processed;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    // The backlog drains as soon as the engine is back, not when the back-off ends.
    this.unsubscribe = searchEngineBreaker(this.options.client).onRecovered(() => this.sleeper.wake());
    await this.listen().catch((error: unknown) => {
      this.options.logger?.warn({ error: errorMessage(error) }, 'search sync cannot listen yet; polling');
    });
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.sleeper.wake();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  private async listen(): Promise<void> {
    const listener = new pg.Client({ connectionString: this.options.databaseUrl });
    listener.on('notification', () => {
      this.notified = true;
      // While backing off from failures, new writes must not hammer a struggling server.
      if (this.failures === 0) this.sleeper.wake();
    });
    // A lost listener connection is re-made by the loop; until then the poll covers.
    listener.on('error', () => {
      if (this.listener === listener) this.listener = undefined;
    });
    await listener.connect();
    await listener.query('LISTEN search_outbox');
    this.listener = listener;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let delay = this.options.pollIntervalMs;
      this.notified = false;
      try {
        if (!this.listener) await this.listen().catch(() => undefined);
        if (!this.prepared) {
          await this.options.prepare?.();
          this.prepared = true;
        }
        const drained = await this.drainAll();
        if (this.failures > 0) this.options.logger?.info({ drained }, 'search sync recovered');
        this.failures = 0;
      } catch (error) {
        this.failures++;
        delay = Math.min(MAX_BACKOFF_MS, 100 * 2 ** Math.min(this.failures, 9));
        await this.recordFailure(error).catch(() => undefined);
        this.options.logger?.warn({ error: errorMessage(error), retryInMs: delay }, 'search sync failed; retrying');
      }
      if (!this.running) break;
      if (this.notified && this.failures === 0) continue;
      await this.sleeper.sleep(delay);
    }
  }

  private async recordFailure(error: unknown): Promise<void> {
    const message = errorMessage(error);
    await this.options.db
      .update(searchSyncState)
      .set({
        lastError: message.slice(0, 1000),
        lastErrorAt: new Date(),
        consecutiveFailures: sql`${searchSyncState.consecutiveFailures} + 1`,
      })
      .where(sql`${searchSyncState.id} = 1`);
  }
}
