/**
 * The database unreachable (nothing listens where it should be): every route that needs it
 * answers 503 with Retry-After in the contract's shape, at once, never a 500, never a 401
 * because a session could not be looked up; health says the database is down.
 */
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, freePort, type DbHandle } from '@samenwerven/db';
import { createSearchClient } from '@samenwerven/search';
import { buildApp, loadConfig, type App } from '@samenwerven/server';

let app: App;
let handle: DbHandle;
beforeAll(async () => {
  handle = createDb(`postgres://nobody:nothing@127.0.0.1:${await freePort()}/absent`);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  app = await buildApp({
    config,
    db: handle.db,
    search: { client: createSearchClient(inject('meiliUrl'), inject('meiliKey') || undefined), indexName: 'absent' },
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('while PostgreSQL is unreachable', () => {
  it.each([
    ['GET', '/api/v1/organisations'],
    ['GET', '/api/v1/organisations/gemeente-tilburg'],
    ['GET', '/api/v1/taxonomies'],
    ['GET', '/feeds/vacancies.xml'],
    ['POST', '/api/v1/auth/login'],
  ])('%s %s answers 503 with Retry-After', async (method, url) => {
    const response = await app.inject({
      method: method as 'GET',
      url,
      ...(method === 'POST' ? { payload: { email: 'iemand@example.nl', password: 'een wachtwoord' } } : {}),
    });
    expect(response.statusCode).toBe(503);
    // Search and feeds say which part is unavailable; the rest says the portal's data is.
    expect(['service_unavailable', 'search_unavailable']).toContain(response.json().error.code);
    // UNAVAILABLE_RETRY_SECONDS in server/src/errors.ts.
    expect(response.headers['retry-after']).toBe('5');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('a signed-in request is 503, not 401: the token was never the problem', async () => {
    const token = app.signAccessToken('0b5a3d4e-8a53-4c55-9d6e-6f1a7e0c2b11', 0);
    const response = await app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(503);
  });

  it('renewing a session answers 503 and keeps the cookies: an outage signs nobody out', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { sw_refresh: 'ab.cd' },
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('health says the database is down, with 503', async () => {
    const response = await app.inject('/api/v1/health');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ status: 'down', db: 'down', outboxBacklog: null });
  });
});
