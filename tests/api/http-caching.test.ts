/**
 * The HTTP layer a browser, a CDN, a crawler or a feed reader meets (issue 19): what the server
 * generates goes out compressed as the client accepts; public answers carry a validator and may
 * be kept for seconds, revalidated with a 304; personal and staff answers are never kept; HEAD
 * answers like GET; the security headers say what the pages may use, and HSTS comes over HTTPS.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';

let ctx: TestContext;
let hr: Session;
let vacancyId = '';

beforeAll(async () => {
  ctx = await createTestContext();
  const member = await createOrganisation(ctx.db, { slug: 'gemeente-bewaarplaats', name: 'Gemeente Bewaarplaats' });
  for (let i = 0; i < 12; i++) {
    const vacancy = await createVacancy(ctx.db, {
      organisation: member,
      title: `Beleidsadviseur wonen ${i}`,
      categoryCode: 'beleid',
      description: `<p>${'Je adviseert het college over wonen en ruimte. '.repeat(8)}</p>`,
    });
    vacancyId ||= vacancy.id;
  }
  await ctx.sync();
  const user = await createUser(ctx.db, { role: 'hr_officer', organisation: member });
  hr = await signIn(ctx.app, user.email, TEST_PASSWORD);
});
afterAll(() => ctx.close());

const get = (url: string, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'GET', url, headers });

/** Generated answers of every kind, each well over the kilobyte below which nothing is compressed. */
const GENERATED = [
  '/api/v1/vacancies?q=beleidsadviseur',
  '/api/v1/taxonomies',
  '/api/v1/openapi.json',
  '/feeds/vacancies.xml',
  '/feeds/vacancies.atom?lang=en',
  '/sitemap.xml',
];

describe('compression', () => {
  it.each(GENERATED)('sends %s as brotli or gzip, as the client accepts, and the same content', async (url) => {
    const plain = await get(url);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const br = await get(url, { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers['vary'])).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    const gzip = await get(url, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    // The content is the same whatever the encoding (the feeds' and search's moments aside).
    const strip = (text: string) => text.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z?|"took":\d+/g, '');
    expect(strip(brotliDecompressSync(br.rawPayload).toString())).toBe(strip(plain.body));
    expect(strip(gunzipSync(gzip.rawPayload).toString())).toBe(strip(plain.body));
  });
});

describe('caching', () => {
  it('lets public answers be kept for seconds, and answers a revalidation with 304', async () => {
    for (const url of ['/api/v1/vacancies?q=beleidsadviseur', `/api/v1/vacancies/${vacancyId}`, '/sitemap.xml']) {
      const first = await get(url, { 'accept-encoding': 'br' });
      expect(first.statusCode, url).toBe(200);
      expect(first.headers['cache-control'], url).toBe('public, max-age=0, s-maxage=5');
      expect(String(first.headers['vary']), url).toMatch(/Cookie, Authorization/);
      // Open data: any site's scripts may read what is the same for everyone.
      expect(first.headers['access-control-allow-origin'], url).toBe('*');
      // The code lists too, which say themselves how long they keep.
      expect((await get('/api/v1/taxonomies')).headers['access-control-allow-origin']).toBe('*');
      const etag = String(first.headers['etag']);
      expect(etag, url).toMatch(/^W\/"[^"]+"$/);
      // The same validator whatever the encoding: the content is the same.
      expect((await get(url)).headers['etag'], url).toBe(etag);
      const again = await get(url, { 'if-none-match': etag, 'accept-encoding': 'br' });
      expect(again.statusCode, url).toBe(304);
      expect(again.rawPayload.length, url).toBe(0);
      expect(again.headers['cache-control'], url).toBe('public, max-age=0, s-maxage=5');
      // A cache holding several versions names them all; `*` asks whether there is one at all.
      for (const ifNoneMatch of [`"ouder", ${etag}`, `W/"ouder",${etag.slice(2)}`, '*']) {
        expect((await get(url, { 'if-none-match': ifNoneMatch })).statusCode, `${url} ${ifNoneMatch}`).toBe(304);
      }
      expect((await get(url, { 'if-none-match': '"ouder", W/"nog-ouder"' })).statusCode, url).toBe(200);
    }
  });

  it('lets another site’s scripts read open answers and their refusals, revalidate them, and write nothing', async () => {
    const origin = { origin: 'https://www.gemeente.example' };
    // A revalidation from a script (If-None-Match) is preflighted first: reads are allowed.
    const readFirst = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/vacancies?q=beleid',
      headers: { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    expect(readFirst.statusCode).toBe(204);
    expect(readFirst.headers['access-control-allow-origin']).toBe('*');
    expect(String(readFirst.headers['access-control-allow-headers'])).toMatch(/If-None-Match/i);
    for (const url of ['/feeds/vacancies.xml', '/sitemap.xml']) {
      const feed = await ctx.app.inject({
        method: 'OPTIONS',
        url,
        headers: { ...origin, 'access-control-request-method': 'GET' },
      });
      expect(feed.headers['access-control-allow-origin'], url).toBe('*');
    }
    // A write is not: no permission, whatever the route.
    const writeFirst = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/auth/login',
      headers: { ...origin, 'access-control-request-method': 'POST' },
    });
    expect(writeFirst.headers['access-control-allow-origin']).toBeUndefined();
    // The answer may be read with its validator; a refusal too, with its field message.
    const answer = await get('/api/v1/vacancies?q=beleid', origin);
    expect(String(answer.headers['access-control-expose-headers'])).toMatch(/ETag/);
    const refused = await get('/api/v1/vacancies?page=0', origin);
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(refused.json().error.fields).toHaveProperty('page');
    // Never what a signed-in caller gets, refused or not.
    expect((await get('/api/v1/vacancies?page=0', hr.bearer)).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('gives a changed answer a new validator: a closed vacancy is not revalidated away', async () => {
    const url = '/api/v1/vacancies?q=beleidsadviseur';
    const before = await get(url);
    const closed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${vacancyId}/close`,
      headers: hr.bearer,
    });
    expect(closed.statusCode).toBe(200);
    const after = await get(url, { 'if-none-match': String(before.headers['etag']) });
    expect(after.statusCode).toBe(200);
    expect((after.json() as { hits: { id: string }[] }).hits.map((hit) => hit.id)).not.toContain(vacancyId);
  });

  it('never lets a personal or staff answer be kept, the search of signed-in staff included', async () => {
    const staffSearch = await get('/api/v1/vacancies?q=beleidsadviseur', hr.bearer);
    expect(staffSearch.statusCode).toBe(200);
    expect(staffSearch.headers['cache-control']).toBe('private, no-store');
    // Nor read by another site's scripts: what a signed-in caller gets is theirs.
    expect(staffSearch.headers['access-control-allow-origin']).toBeUndefined();
    const me = await get('/api/v1/me', hr.bearer);
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('private, no-store');
    // Also at an address the router decodes to the API's (it was left without no-store).
    for (const url of ['/%61pi/v1/me', '/api/v1/%6De']) {
      const encoded = await get(url, hr.bearer);
      expect(encoded.statusCode, url).toBe(200);
      expect(encoded.headers['cache-control'], url).toBe('private, no-store');
    }
    // An anonymous answer of the API that is not public to all alike is not kept either.
    const health = await get('/api/v1/health');
    expect(health.headers['cache-control']).toBe('no-store');
  });

  it('answers HEAD like GET, with the same status and headers and no body', async () => {
    for (const url of ['/api/v1/vacancies?q=beleidsadviseur', '/feeds/vacancies.xml', '/sitemap.xml']) {
      const got = await get(url);
      const head = await ctx.app.inject({ method: 'HEAD', url });
      expect(head.statusCode, url).toBe(got.statusCode);
      expect(head.rawPayload.length, url).toBe(0);
      for (const name of ['content-type', 'cache-control', 'etag', 'vary']) {
        expect(head.headers[name], `${url} ${name}`).toBe(got.headers[name]);
      }
    }
  });
});

describe('security headers', () => {
  it('deny the browser features the portal does not use, and send HSTS over HTTPS only', async () => {
    const plain = await get('/api/v1/taxonomies');
    const policy = String(plain.headers['permissions-policy']);
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'clipboard-write=(self)'])
      expect(policy).toContain(feature);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('send HSTS for a year behind an HTTPS proxy, with preload only when the operator chose it', async () => {
    for (const preload of [false, true]) {
      const proxied = await createTestContext({ env: { TRUST_PROXY: 'true', HSTS_PRELOAD: String(preload) } });
      try {
        const answer = await proxied.app.inject({
          method: 'GET',
          url: '/api/v1/taxonomies',
          headers: { 'x-forwarded-proto': 'https' },
        });
        expect(answer.headers['strict-transport-security']).toBe(
          `max-age=31536000; includeSubDomains${preload ? '; preload' : ''}`,
        );
      } finally {
        await proxied.close();
      }
    }
  });
});
