import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, signInNewCoordinator } from '../support/http.ts';

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
      // The servers' error messages are the coordinator's (below), not anyone's.
      searchBreaker: { state: 'closed', openSince: null, trips: 0 },
      // The test's servers are not started by the app: nothing to supervise.
      embedded: {},
    });
    expect(before.headers['cache-control']).toBe('no-store');

    await ctx.sync();
    const after = await ctx.app.inject('/api/v1/health');
    expect(after.json()).toMatchObject({ outboxBacklog: 0 });
  });

  it("gives the servers' error messages to a signed-in coordinator only", async () => {
    const coordinator = await signInNewCoordinator(ctx);
    const asCoordinator = await ctx.app.inject({ url: '/api/v1/health', headers: coordinator.bearer });
    expect(asCoordinator.json().searchBreaker).toEqual({ state: 'closed', openSince: null, trips: 0, lastError: null });

    const officer = await createUser(ctx.db, { role: 'hr_officer', organisation: await createOrganisation(ctx.db) });
    const hr = await signIn(ctx.app, officer.email, TEST_PASSWORD);
    const asHr = await ctx.app.inject({ url: '/api/v1/health', headers: hr.bearer });
    expect(asHr.json().searchBreaker).not.toHaveProperty('lastError');
    // Nor an organisation's key.
    const admin = await createUser(ctx.db, { role: 'org_admin', organisation: await createOrganisation(ctx.db) });
    const key = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${admin.organisationId}/api-keys`,
      payload: { name: 'ATS' },
      headers: (await signIn(ctx.app, admin.email, TEST_PASSWORD)).bearer,
    });
    const asKey = await ctx.app.inject({
      url: '/api/v1/health',
      headers: { authorization: `Bearer ${key.json().key}` },
    });
    expect(asKey.statusCode).toBe(200);
    expect(asKey.json().searchBreaker).not.toHaveProperty('lastError');
  });
});
