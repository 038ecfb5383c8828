/**
 * Pages while PostgreSQL is unreachable (nothing listens where it should be): 503 with
 * Retry-After, never cached, and a page that says so in words, also for a form sent without
 * scripts. A no-script user who applied while the database was away got a blank app after the
 * timeout, and could not tell whether anything had been sent (a no-script user's review).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, freePort, type DbHandle } from '@samenwerven/db';
import { createSearchClient } from '@samenwerven/search';
import { buildApp, loadConfig, type App } from '@samenwerven/server';

let app: App;
let handle: DbHandle;
beforeAll(async () => {
  handle = createDb(`postgres://nobody:nothing@127.0.0.1:${await freePort()}/absent`);
  app = await buildApp({
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    db: handle.db,
    search: { client: createSearchClient(inject('meiliUrl'), inject('meiliKey') || undefined), indexName: 'absent' },
    webRoot: inject('webRoot'),
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

/** The visible words of a page, without its scripts and styles. */
const wordsOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

// The production build of the pages is made for the browser suite: without Chromium there is none.
describe.skipIf(!inject('webRoot'))('pages while PostgreSQL is unreachable', () => {
  it.each([
    ['GET', '/organisaties/gemeente-tilburg', 'nl'],
    ['GET', '/en/organisations/gemeente-tilburg', 'en'],
    ['POST', '/vacatures/00000000-0000-4000-8000-000000000001-jurist', 'nl'],
  ] as const)('%s %s says so in words, with 503 and Retry-After', async (method, url, lang) => {
    const response = await app.inject({
      method,
      url,
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      ...(method === 'POST' ? { payload: 'name=Jan&email=jan%40example.org&motivation=Graag' } : {}),
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain(
      lang === 'nl'
        ? '<title>Even niet bereikbaar | Samenwerven</title>'
        : '<title>Briefly unavailable | Samenwerven</title>',
    );
    // Rendered on the server: a page with words, not the bare app's empty root.
    const words = wordsOf(response.body);
    expect(words).toContain(lang === 'nl' ? 'Probeer' : 'Try');
    expect(response.body).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  });
});
