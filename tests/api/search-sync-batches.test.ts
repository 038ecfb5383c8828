/**
 * The sync worker's batches (issue 18): a batch is a number of vacancies, each with every row
 * it has in the outbox, so a vacancy written several times is indexed once and a bulk import
 * pays the engine's fixed cost per task a handful of times. Real PostgreSQL and Meilisearch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchSyncWorker, enqueueIndexChanges, loadIndexableVacancies, planIndexChanges } from '@samenwerven/search';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createVacancy } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const backlog = async () =>
  (await ctx.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM search_outbox')).rows[0]!.n;

/** Vacancy ids the index holds among `ids`. */
async function indexed(ids: string[]): Promise<string[]> {
  const { results } = await ctx.search.index(ctx.indexName).getDocuments({ filter: `id IN [${ids.join(', ')}]` });
  return results.map((d) => String(d['id'])).toSorted();
}

describe('the sync worker’s batches', () => {
  it('takes a number of vacancies per batch, each with all its rows, and says when more may wait', async () => {
    await ctx.sync();
    const organisation = await createOrganisation(ctx.db);
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await createVacancy(ctx.db, { organisation, title: `Batchadviseur ${i}` }));
    const ids = made.map((v) => v.id);
    // Each written three more times: four outbox rows per vacancy, twenty in all.
    for (let round = 0; round < 3; round++) {
      await ctx.pool.query(`UPDATE vacancies SET summary = summary || '.' WHERE id = ANY($1)`, [ids]);
    }
    expect(await backlog()).toBe(20);
    const worker = new SearchSyncWorker({
      db: ctx.db,
      databaseUrl: ctx.databaseUrl,
      client: ctx.search,
      indexName: ctx.indexName,
      batchSize: 3,
    });
    const first = await worker.drainOnce();
    expect(first).toEqual({ processed: 12, full: true, skipped: false });
    // The oldest three, whole: none of their rows is left for a later batch.
    expect(await indexed(ids)).toEqual(ids.slice(0, 3).toSorted());
    const second = await worker.drainOnce();
    expect(second).toEqual({ processed: 8, full: false, skipped: false });
    expect(await indexed(ids)).toEqual(ids.toSorted());
    expect(await backlog()).toBe(0);
  });

  it('queues the next batches while the engine indexes one, and ends with the index as the database', async () => {
    await ctx.sync();
    const organisation = await createOrganisation(ctx.db);
    const made = [];
    for (let i = 0; i < 30; i++) made.push(await createVacancy(ctx.db, { organisation, title: `Rijadviseur ${i}` }));
    const ids = made.map((v) => v.id);
    // A third closed again: their documents must go, whichever batch wrote them first.
    const closed = ids.filter((_, i) => i % 3 === 0);
    await ctx.pool.query(`UPDATE vacancies SET state = 'closed', closed_at = now() WHERE id = ANY($1)`, [closed]);
    const worker = new SearchSyncWorker({
      db: ctx.db,
      databaseUrl: ctx.databaseUrl,
      client: ctx.search,
      indexName: ctx.indexName,
      batchSize: 1,
    });
    const since = new Date();
    expect(await worker.drainAll()).toBe(40);
    expect(await backlog()).toBe(0);
    expect(await indexed(ids)).toEqual(ids.filter((id) => !closed.includes(id)).toSorted());
    // Pipelined: some batch was queued before the one before it had been applied (one after the
    // other, each would be queued only once the one before it was done).
    const { results } = await ctx.search.tasks.getTasks({
      indexUids: [ctx.indexName],
      afterEnqueuedAt: since.toISOString(),
      limit: 200,
    });
    const tasks = results.toSorted((a, b) => a.uid - b.uid);
    expect(tasks.length).toBeGreaterThanOrEqual(30);
    const at = (moment: string | null | undefined) => (moment ? new Date(moment).getTime() : Number.NaN);
    const overlapping = tasks.filter((task, i) => i > 0 && at(task.enqueuedAt) < at(tasks[i - 1]!.finishedAt));
    expect(overlapping.length).toBeGreaterThan(0);
  });

  it('applies a vacancy written again while its batch is on its way after that batch: closed, it is gone', async () => {
    await ctx.sync();
    const organisation = await createOrganisation(ctx.db);
    const closing = await createVacancy(ctx.db, { organisation, title: 'Onderweg gesloten' });
    const other = await createVacancy(ctx.db, { organisation, title: 'Onderweg open' });
    // The real engine, with the worker's first question whether a batch is applied held back until
    // the vacancy has been closed: its batch queued, not yet confirmed.
    let reached!: () => void;
    const questionAsked = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const tasks = new Proxy(ctx.search.tasks, {
      get(target, property) {
        if (property !== 'getTask') return Reflect.get(target, property, target);
        return async (uid: number) => {
          reached();
          await gate;
          return target.getTask(uid);
        };
      },
    });
    const client = new Proxy(ctx.search, {
      get: (target, property) => (property === 'tasks' ? tasks : Reflect.get(target, property, target)),
    });
    const worker = new SearchSyncWorker({
      db: ctx.db,
      databaseUrl: ctx.databaseUrl,
      client,
      indexName: ctx.indexName,
      batchSize: 1,
    });
    const drained = worker.drainAll();
    await questionAsked;
    await ctx.pool.query(`UPDATE vacancies SET state = 'closed', closed_at = now() WHERE id = $1`, [closing.id]);
    release();
    await drained;
    expect(await backlog()).toBe(0);
    expect(await indexed([closing.id, other.id])).toEqual([other.id]);
  });

  it('clears a backlog of more rows than one statement could name, in one go', async () => {
    await ctx.sync();
    const vacancy = await createVacancy(ctx.db, { title: 'Langverwachte adviseur' });
    // 70,000 changes of one vacancy waiting (an engine away for a long while): more rows than
    // the 65,535 parameters a statement may have.
    await ctx.pool.query('INSERT INTO search_outbox (vacancy_id) SELECT $1 FROM generate_series(1, 70000)', [
      vacancy.id,
    ]);
    expect(await ctx.sync()).toBe(70_001);
    expect(await backlog()).toBe(0);
    expect(await indexed([vacancy.id])).toEqual([vacancy.id]);
  });

  it('sends a batch larger than one request may carry in several, and the index holds all of it', async () => {
    const organisation = await createOrganisation(ctx.db);
    const made = [];
    for (let i = 0; i < 4; i++)
      made.push(await createVacancy(ctx.db, { organisation, description: `<p>${'lang '.repeat(400)}</p>` }));
    const ids = made.map((v) => v.id);
    const documents = planIndexChanges(ids, await loadIndexableVacancies(ctx.db, ids), new Date());
    // Each long document is larger than this limit: one request each, applied together.
    const since = new Date();
    const queued = await enqueueIndexChanges(ctx.search, ctx.indexName, documents, 1000);
    await queued.applied();
    expect(await indexed(ids)).toEqual(ids.toSorted());
    const { results } = await ctx.search.tasks.getTasks({
      indexUids: [ctx.indexName],
      types: ['documentAdditionOrUpdate'],
      afterEnqueuedAt: since.toISOString(),
    });
    const single = results.filter((task) => (task.details as { receivedDocuments?: number }).receivedDocuments === 1);
    expect(single.length).toBeGreaterThanOrEqual(4);
  });
});
