/**
 * What the server's log keeps (found by a privacy review): a mailed link's token in the query
 * string was logged whole, so whoever read the log within the hour could set a new password;
 * search words were logged beside the IP address that typed them. The portal's own logger now
 * keeps the method, the path and the names of the query parameters, nothing more of a request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalLogger } from '@samenwerven/server';
import { createTestContext, type TestContext } from '../support/context.ts';

const lines: string[] = [];
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({
    logger: createPortalLogger({ level: 'info' }, { write: (line) => lines.push(line) }),
  });
});
afterAll(() => ctx.close());

describe('the server log', () => {
  it('keeps no token of a mailed link, no search words and no IP address', async () => {
    const token = 'geheim-token-0123456789abcdef';
    await ctx.app.inject({
      method: 'GET',
      url: `/wachtwoord-herstellen?token=${token}`,
      remoteAddress: '198.51.100.23',
    });
    await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/vacancies?q=zoekwoordvanjan&near=5038',
      remoteAddress: '198.51.100.23',
    });
    const log = lines.join('');
    expect(log).toContain('/wachtwoord-herstellen?token=…');
    expect(log).toContain('/api/v1/vacancies?q=…&near=…');
    expect(log).not.toContain(token);
    expect(log).not.toContain('zoekwoordvanjan');
    expect(log).not.toContain('198.51.100.23');
  });
});
