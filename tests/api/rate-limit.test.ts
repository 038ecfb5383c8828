/**
 * The limit on all requests of one address: no address is exempt (behind a reverse proxy
 * on the same host every client would otherwise be), and the 429 says how long to wait.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';

const LIMIT = 5;
let ctx: TestContext;
let webRoot: string;
beforeAll(async () => {
  // A minimal web build: a page and one hashed asset.
  webRoot = await mkdtemp(path.join(os.tmpdir(), 'sw-web-'));
  await mkdir(path.join(webRoot, 'assets'));
  await writeFile(
    path.join(webRoot, 'index.html'),
    '<!doctype html><html lang="nl"><head><title>t</title></head><body><div id="root"></div></body></html>',
  );
  await writeFile(path.join(webRoot, 'assets', 'app-1a2b3c.js'), 'console.log(1);');
  ctx = await createTestContext({ webRoot, env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
});
afterAll(async () => {
  await ctx.close();
  await rm(webRoot, { recursive: true, force: true });
});

describe('the limit per address', () => {
  it('applies to the loopback address too, and tells how long to wait', async () => {
    const statuses = [];
    let last;
    for (let i = 0; i < LIMIT + 1; i++) {
      last = await ctx.app.inject({ url: '/api/v1/taxonomies', remoteAddress: '127.0.0.1' });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429]);
    const seconds = Number(last!.headers['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(last!.json().error).toMatchObject({ code: 'rate_limited' });
    expect(last!.json().error.message).toMatch(new RegExp(`over (${seconds} seconde|1 minuut)`));
    const ipv6 = await ctx.app.inject({ url: '/api/v1/taxonomies', remoteAddress: '::1' });
    expect(ipv6.statusCode).toBe(200);
  });

  it('does not count the hashed build files a page load fetches', async () => {
    const remoteAddress = '192.0.2.7';
    for (let i = 0; i < LIMIT * 3; i++) {
      const asset = await ctx.app.inject({ url: '/assets/app-1a2b3c.js', remoteAddress });
      expect(asset.statusCode).toBe(200);
    }
    const statuses = [];
    for (let i = 0; i < LIMIT + 1; i++)
      statuses.push((await ctx.app.inject({ url: '/api/v1/taxonomies', remoteAddress })).statusCode);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429]);
  });

  it('counts requests that authentication refuses and pages no route matches, before either is looked at', async () => {
    const remoteAddress = '192.0.2.8';
    const statuses = [];
    for (let i = 0; i < LIMIT; i++) {
      const answer = await ctx.app.inject({
        url: '/api/v1/me',
        headers: { authorization: 'Bearer swk_not-a-key' },
        remoteAddress,
      });
      statuses.push(answer.statusCode);
    }
    expect(statuses).toEqual(Array<number>(LIMIT).fill(401));
    const page = await ctx.app.inject({ url: '/vacatures/bestaat-niet', remoteAddress });
    expect(page.statusCode).toBe(429);
  });
});
