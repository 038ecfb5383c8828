/**
 * Ending sessions: a reused refresh token ends its whole session; signing out, changing
 * and resetting the password end every access token of the user at once; a new e-mailed
 * link voids the older ones; an access token must carry an expiry.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createUser, TEST_PASSWORD } from '../support/factories.ts';
import { sessionFrom, signIn, type Session } from '../support/http.ts';
import { linkIn, startMailCatcher, type MailCatcher } from '../support/mail.ts';

let ctx: TestContext;
let mail: MailCatcher;
beforeAll(async () => {
  mail = await startMailCatcher();
  ctx = await createTestContext({ env: { SMTP_URL: mail.url } });
});
afterAll(async () => {
  await ctx.close();
  await mail.close();
});

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers });
const me = (headers: Record<string, string>) => ctx.app.inject({ url: '/api/v1/me', headers });
const refresh = (refreshToken: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { sw_refresh: refreshToken } });
const logout = (session: Session) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.browser });

/** The grace for concurrent refreshes is long past: an old token now can only be a copy. */
const longAfterRotation = () => ctx.pool.query(`UPDATE sessions SET rotated_at = now() - interval '5 minutes'`);

describe('refresh tokens', () => {
  it('two tabs refreshing with the same token at once both carry on, and the session stays', async () => {
    const user = await createUser(ctx.db);
    const browser = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const [one, two] = await Promise.all([refresh(browser.cookies.sw_refresh!), refresh(browser.cookies.sw_refresh!)]);
    expect([one.statusCode, two.statusCode]).toEqual([200, 200]);
    // One rotated the refresh cookie; the latecomer only got an access token and leaves the cookie alone.
    const setsRefresh = [one, two].filter((r) => r.cookies.some((c) => c.name === 'sw_refresh'));
    expect(setsRefresh).toHaveLength(1);
    const latecomer = [one, two].find((r) => !r.cookies.some((c) => c.name === 'sw_refresh'))!;
    expect((await me({ authorization: `Bearer ${latecomer.json().token}` })).statusCode).toBe(200);
    const next = await refresh(sessionFrom(setsRefresh[0]!).cookies.sw_refresh!);
    expect(next.statusCode).toBe(200);
    const audit = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.refresh_token_reused'), eq(auditLog.subjectId, user.id)));
    expect(audit).toHaveLength(0);
  });

  it('ends the whole session when a rotated refresh token is used again', async () => {
    const user = await createUser(ctx.db);
    const first = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const rotated = await refresh(first.cookies.sw_refresh!);
    expect(rotated.statusCode).toBe(200);
    const current = sessionFrom(rotated);

    await longAfterRotation();
    expect((await refresh(first.cookies.sw_refresh!)).statusCode).toBe(401);
    // Someone held the old token: the token that replaced it and its access token stop too.
    expect((await refresh(current.cookies.sw_refresh!)).statusCode).toBe(401);
    expect((await me(current.bearer)).statusCode).toBe(401);
    const audit = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.refresh_token_reused'), eq(auditLog.subjectId, user.id)));
    expect(audit).toHaveLength(1);
  });

  it('keeps the other sessions of the user when one is ended for reuse', async () => {
    const user = await createUser(ctx.db);
    const stolen = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const other = await signIn(ctx.app, user.email, TEST_PASSWORD);
    await refresh(stolen.cookies.sw_refresh!);
    await longAfterRotation();
    await refresh(stolen.cookies.sw_refresh!);
    const renewed = await refresh(other.cookies.sw_refresh!);
    expect(renewed.statusCode).toBe(200);
    expect((await me(sessionFrom(renewed).bearer)).statusCode).toBe(200);
  });
});

describe('access tokens', () => {
  it('stop working at once when the user signs out, in every browser; other sessions renew theirs', async () => {
    const user = await createUser(ctx.db);
    const here = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const there = await signIn(ctx.app, user.email, TEST_PASSWORD);
    // Not from another page: without the CSRF echo the session cookies sign nobody out.
    const { 'x-csrf-token': _echo, ...cookiesOnly } = here.browser;
    const forged = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: cookiesOnly });
    expect([forged.statusCode, forged.json().error.code]).toEqual([403, 'csrf_failed']);
    expect((await me(here.bearer)).statusCode).toBe(200);
    expect((await logout(here)).statusCode).toBe(204);

    expect((await me(here.bearer)).statusCode).toBe(401);
    expect((await me({ cookie: here.browser.cookie })).statusCode).toBe(401);
    expect((await me(there.bearer)).statusCode).toBe(401);
    expect((await refresh(here.cookies.sw_refresh!)).statusCode).toBe(401);
    const renewed = await refresh(there.cookies.sw_refresh!);
    expect(renewed.statusCode).toBe(200);
    expect((await me(sessionFrom(renewed).bearer)).statusCode).toBe(200);
    // Signing in again within the same second works: tokens are told apart by a counter, not a time.
    const again = await signIn(ctx.app, user.email, TEST_PASSWORD);
    expect((await me(again.bearer)).statusCode).toBe(200);
  });

  it('stop working when an API client signs out with its bearer token', async () => {
    const user = await createUser(ctx.db);
    const client = await signIn(ctx.app, user.email, TEST_PASSWORD);
    expect((await post('/auth/logout', {}, client.bearer)).statusCode).toBe(204);
    expect((await me(client.bearer)).statusCode).toBe(401);
  });

  it('stop working when the password is changed; the browser that changed it carries on', async () => {
    const user = await createUser(ctx.db);
    const other = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const browser = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const changed = await post(
      '/me/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'een nieuw lang wachtwoord' },
      browser.browser,
    );
    expect(changed.statusCode).toBe(204);
    expect((await me(other.bearer)).statusCode).toBe(401);
    expect((await me(browser.bearer)).statusCode).toBe(401);
    expect((await refresh(other.cookies.sw_refresh!)).statusCode).toBe(401);
    const fresh = Object.fromEntries(changed.cookies.map((c) => [c.name, c.value]));
    expect((await me({ cookie: `sw_access=${fresh.sw_access}` })).statusCode).toBe(200);
    expect((await refresh(fresh.sw_refresh!)).statusCode).toBe(200);
  });

  it('stop working when the password is reset', async () => {
    const user = await createUser(ctx.db);
    const session = await signIn(ctx.app, user.email, TEST_PASSWORD);
    expect((await post('/auth/password-reset', { email: user.email })).statusCode).toBe(202);
    const { token } = linkIn(await mail.waitFor(user.email), '/wachtwoord-herstellen');
    expect((await post('/auth/password-reset/confirm', { token, password: 'zomer aan zee 2026' })).statusCode).toBe(
      204,
    );
    expect((await me(session.bearer)).statusCode).toBe(401);
    expect((await refresh(session.cookies.sw_refresh!)).statusCode).toBe(401);
  });

  it('are refused without an expiry, even when signed with the right secret', async () => {
    const user = await createUser(ctx.db);
    const valid = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const claims = JSON.parse(Buffer.from(valid.token.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const sign = (payload: object) => {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
      const signature = createHmac('sha256', ctx.app.config.JWT_SECRET).update(unsigned).digest('base64url');
      return { authorization: `Bearer ${unsigned}.${signature}` };
    };
    // The same claims signed here are accepted, so only the missing expiry makes the difference.
    expect((await me(sign(claims))).statusCode).toBe(200);
    const { exp: _exp, ...forever } = claims;
    expect((await me(sign(forever))).statusCode).toBe(401);
  });
});

describe('e-mailed links', () => {
  it('voids an unused reset link when a newer one is sent', async () => {
    const user = await createUser(ctx.db);
    await post('/auth/password-reset', { email: user.email });
    const older = linkIn(await mail.waitFor(user.email), '/wachtwoord-herstellen').token;
    await post('/auth/password-reset', { email: user.email });
    const newer = linkIn(await mail.waitFor(user.email), '/wachtwoord-herstellen').token;
    expect(newer).not.toBe(older);

    const stale = await post('/auth/password-reset/confirm', { token: older, password: 'zomer aan zee 2026' });
    expect(stale.statusCode).toBe(400);
    expect(stale.json().error.code).toBe('invalid_token');
    expect(
      (await post('/auth/password-reset/confirm', { token: newer, password: 'zomer aan zee 2026' })).statusCode,
    ).toBe(204);
  });
});
