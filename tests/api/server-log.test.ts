/**
 * What the server's log keeps (found by a privacy review): a mailed link's token in the query
 * string was logged whole, so whoever read the log within the hour could set a new password;
 * search words were logged beside the IP address that typed them. The portal's own logger now
 * keeps the method, the path and the names of the query parameters, nothing more of a request.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalLogger } from '@samenwerven/server';
import { createTestContext, type TestContext } from '../support/context.ts';
import { applicationForm, createOrganisation, createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';

const lines: string[] = [];
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({
    logger: createPortalLogger({ level: 'info' }, { write: (line) => lines.push(line) }),
  });
});
afterAll(() => ctx.close());

/** The signed-in job seeker erases the account, as the my-data page asks it. */
const eraseAccount = (session: Session) =>
  ctx.app.inject({
    method: 'DELETE',
    url: '/api/v1/me',
    payload: { password: TEST_PASSWORD },
    headers: session.bearer,
  });

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

describe('an account erased while its application uploads', () => {
  it('answers 401, not 500, and logs none of the application', async () => {
    const organisation = await createOrganisation(ctx.db);
    const vacancy = await createVacancy(ctx.db, { organisation });
    const seeker = await createUser(ctx.db);
    const session = await signIn(ctx.app, seeker.email, TEST_PASSWORD);
    const form = await applicationForm({ name: 'Vera Verwijderd', motivation: 'brief-van-vera-0123456789' });
    // The form's first half arrives, the account is erased, then the rest arrives.
    const body = new PassThrough();
    const half = Math.floor(form.payload.length / 2);
    body.write(form.payload.subarray(0, half));
    const sent = ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${vacancy.id}/applications`,
      payload: body,
      headers: { ...form.headers, 'content-length': String(form.payload.length), ...session.bearer },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const erased = await eraseAccount(session);
    expect(erased.statusCode).toBe(204);
    body.end(form.payload.subarray(half));
    const response = await sent;
    expect(response.statusCode, response.body).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
    const log = lines.join('');
    expect(log).toContain('applications_user_id_users_id_fk');
    expect(log).not.toContain('Vera Verwijderd');
    expect(log).not.toContain('brief-van-vera');
    expect(log).not.toContain(seeker.email);
  });
});

describe('an account erased while something else comes to refer to it', () => {
  it('answers 409 to send again, not 401 or 500; sent again, it is erased', async () => {
    const seeker = await createUser(ctx.db);
    const session = await signIn(ctx.app, seeker.email, TEST_PASSWORD);
    // A row about the account written at that moment (signing in elsewhere), committed only once
    // the erasure waits for it.
    const other = await ctx.pool.connect();
    try {
      await other.query('BEGIN');
      await other.query(
        `INSERT INTO audit_log (actor_user_id, action, subject_type, subject_id) VALUES ($1, 'auth.signed_in', 'user', $2)`,
        [seeker.id, seeker.id],
      );
      const erasing = eraseAccount(session);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await other.query('COMMIT');
      const first = await erasing;
      expect([first.statusCode, first.json().error.code]).toEqual([409, 'conflict']);
    } finally {
      await other.query('ROLLBACK').catch(() => undefined);
      other.release();
    }
    const again = await eraseAccount(session);
    expect(again.statusCode).toBe(204);
  });
});

describe('an account erased while it signs in elsewhere', () => {
  it('answers 401, not 500', async () => {
    const seeker = await createUser(ctx.db);
    const other = await ctx.pool.connect();
    try {
      // The erasure takes the sessions first: the sign-in's new session waits for it, then finds
      // its account gone.
      await other.query('BEGIN');
      await other.query('LOCK TABLE sessions IN SHARE ROW EXCLUSIVE MODE');
      const signingIn = ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: seeker.email, password: TEST_PASSWORD },
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await other.query('DELETE FROM audit_log WHERE actor_user_id = $1', [seeker.id]);
      await other.query('DELETE FROM users WHERE id = $1', [seeker.id]);
      await other.query('COMMIT');
      const answer = await signingIn;
      expect([answer.statusCode, answer.json().error.code]).toEqual([401, 'unauthenticated']);
    } finally {
      await other.query('ROLLBACK').catch(() => undefined);
      other.release();
    }
  });
});
