/**
 * The limit on all requests of one address: no address is exempt (behind a reverse proxy
 * on the same host every client would otherwise be), and the 429 says how long to wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';

const LIMIT = 5;
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
});
afterAll(() => ctx.close());

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
});
