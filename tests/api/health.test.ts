import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createVacancy } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('GET /api/v1/health', () => {
  it('reports the database and search engine up and the outbox backlog', async () => {
    await createVacancy(ctx.db);
    const before = await ctx.app.inject('/api/v1/health');
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({
      status: 'ok',
      db: 'up',
      search: 'up',
      outboxBacklog: 1,
      searchBreaker: { state: 'closed', openSince: null, trips: 0, lastError: null },
      // The test's servers are not started by the app: nothing to supervise.
      embedded: {},
    });
    expect(before.headers['cache-control']).toBe('no-store');

    await ctx.sync();
    const after = await ctx.app.inject('/api/v1/health');
    expect(after.json()).toMatchObject({ outboxBacklog: 0 });
  });
});
