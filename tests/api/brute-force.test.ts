import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createUser, TEST_PASSWORD } from '../support/factories.ts';

const WINDOW_SECONDS = 2;
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ env: { LOGIN_MAX_PER_ACCOUNT: '5', LOGIN_WINDOW_SECONDS: String(WINDOW_SECONDS) } });
});
afterAll(() => ctx.close());

const login = (email: string, password: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

describe('brute force on one account', () => {
  it('gets 429 after a handful of attempts, and the right password works again after the window', async () => {
    const user = await createUser(ctx.db);
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await login(user.email, `gok nummer ${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);

    const blocked = await login(user.email, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    // Another account from the same address is not locked out by this one.
    const other = await createUser(ctx.db);
    expect((await login(other.email, TEST_PASSWORD)).statusCode).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, WINDOW_SECONDS * 1000 + 200));
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});
