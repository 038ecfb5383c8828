/**
 * Nobody learns from the portal whether an e-mail address has an account (probe finding 7):
 * registering, applying to join and asking for a password reset answer the same for a known
 * and an unknown address, and none of them sends mail inside the request (the mail goes
 * through the outbox), so the time they take does not tell either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { mailOutbox, membershipApplications, organisations } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { sessionFrom, signIn } from '../support/http.ts';

let ctx: TestContext;
beforeAll(async () => {
  // No SMTP and no running mail worker: whatever a request mails must wait in the outbox.
  ctx = await createTestContext({ env: { PUBLIC_URL: 'https://werken.example' } });
});
afterAll(async () => {
  await ctx.close();
});

let client = 0;
/** Each request from an address of its own, so per-address rate-limit counters match too. */
const post = (url: string, payload: object) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    payload,
    headers: { 'accept-language': 'nl' },
    remoteAddress: `10.0.${Math.floor(++client / 250)}.${client % 250}`,
  });

/** What a client can see of an answer, without the parts that change by the second. */
function observable(response: Awaited<ReturnType<typeof post>>) {
  const { date: _date, ...headers } = response.headers;
  return { status: response.statusCode, body: response.body, headers };
}

async function outboxFor(email: string) {
  return ctx.db
    .select()
    .from(mailOutbox)
    .where(sql`lower(${mailOutbox.recipient}) = lower(${email})`);
}

describe('registration', () => {
  it('answers a known and an unknown address alike, and mails each of them from the outbox', async () => {
    await createUser(ctx.db, { email: 'bekend@example.nl' });
    const known = await post('/auth/register', {
      email: 'Bekend@example.nl',
      password: 'een heel ander wachtwoord',
      name: 'Iemand',
    });
    const unknown = await post('/auth/register', {
      email: 'onbekend@example.nl',
      password: 'een heel ander wachtwoord',
      name: 'Iemand',
    });
    expect(known.statusCode).toBe(202);
    expect(observable(known)).toEqual(observable(unknown));
    expect(known.cookies).toEqual([]);

    // Neither request talked to a mail server: each message waits in the outbox, unsent.
    const [toKnown] = await outboxFor('bekend@example.nl');
    const [toUnknown] = await outboxFor('onbekend@example.nl');
    expect(toKnown).toMatchObject({ kind: 'registration_known', state: 'pending', attempts: 0 });
    expect(toUnknown).toMatchObject({ kind: 'registration_confirmation', state: 'pending', attempts: 0 });
    expect(toKnown!.body).toContain('https://werken.example/wachtwoord-vergeten');
    expect(toKnown!.body).not.toContain('token=');

    // Nor does signing in afterwards with the password just typed (an attacker pass): the known
    // address has another password, the new account is unconfirmed, and both are a wrong password.
    const knownAfter = await post('/auth/login', { email: 'bekend@example.nl', password: 'een heel ander wachtwoord' });
    const unknownAfter = await post('/auth/login', {
      email: 'onbekend@example.nl',
      password: 'een heel ander wachtwoord',
    });
    expect(observable(unknownAfter)).toEqual(observable(knownAfter));
    expect(knownAfter.statusCode).toBe(401);
  });

  it('makes the account usable only after the e-mailed link confirms the address, and signs in there', async () => {
    const email = 'nieuwkomer@example.nl';
    const password = 'fietsen langs de dommel';
    expect((await post('/auth/register', { email, password, name: 'Nieuwkomer' })).statusCode).toBe(202);

    // Before confirming, the right password answers as a wrong one does (its message says both).
    const early = await post('/auth/login', { email, password });
    const wrong = await post('/auth/login', { email, password: 'niet het wachtwoord' });
    const nobody = await post('/auth/login', { email: 'niemand-hier@example.nl', password: 'niet het wachtwoord' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(nobody.json());
    expect(early.json()).toEqual(nobody.json());
    expect(early.json().error.message).toContain('nog niet bevestigd');

    const [message] = await outboxFor(email);
    const token = message!.body.match(/https:\/\/werken\.example\/registratie-bevestigen#token=([\w-]+)/)?.[1];
    expect(token).toBeTruthy();
    const confirmed = await post('/auth/register/confirm', { token: token!, password });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().user).toMatchObject({ email, role: 'job_seeker' });
    const me = await ctx.app.inject({ url: '/api/v1/me', headers: sessionFrom(confirmed).bearer });
    expect(me.json()).toMatchObject({ email });
    expect((await post('/auth/register/confirm', { token: token!, password })).json().error.code).toBe('link_used');
    expect((await post('/auth/login', { email, password })).statusCode).toBe(200);
  });

  it('confirms the address of an account whose owner sets a password through a reset link', async () => {
    const email = 'vergat-te-bevestigen@example.nl';
    await post('/auth/register', { email, password: 'wachtwoord van toen 1', name: 'X' });
    expect((await post('/auth/password-reset', { email })).statusCode).toBe(202);
    const reset = (await outboxFor(email)).find((m) => m.kind === 'password_reset')!;
    const token = reset.body.match(/token=([\w-]+)/)![1]!;
    expect(
      (await post('/auth/password-reset/confirm', { token, password: 'een nieuw en eigen wachtwoord' })).statusCode,
    ).toBe(204);
    expect((await post('/auth/login', { email, password: 'een nieuw en eigen wachtwoord' })).statusCode).toBe(200);
    // The sign-up's own link is used up with it: no second way in for two days, with the new password or the old.
    const confirmation = (await outboxFor(email)).find((m) => m.kind !== 'password_reset')!;
    const link = confirmation.body.match(/registratie-bevestigen#token=([\w-]+)/)![1]!;
    for (const password of ['een nieuw en eigen wachtwoord', 'wachtwoord van toen 1']) {
      const again = await post('/auth/register/confirm', { token: link, password });
      expect([again.statusCode, again.json().error.code]).toEqual([409, 'link_used']);
    }
  });
});

describe('password reset', () => {
  it('answers a known and an unknown address alike, with the mail left to the outbox', async () => {
    const user = await createUser(ctx.db, { email: 'herstel@example.nl' });
    const known = await post('/auth/password-reset', { email: user.email });
    const unknown = await post('/auth/password-reset', { email: 'herstel-onbekend@example.nl' });
    expect(known.statusCode).toBe(202);
    expect(observable(known)).toEqual(observable(unknown));
    const [message] = await outboxFor(user.email);
    expect(message).toMatchObject({ kind: 'password_reset', state: 'pending', attempts: 0 });
    expect(await outboxFor('herstel-onbekend@example.nl')).toEqual([]);
    await signIn(ctx.app, user.email, TEST_PASSWORD);
  });
});

describe('password reset, timing', () => {
  /** The statements the app sends to the database while `work` runs. */
  async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
    const seen: string[] = [];
    const pool = ctx.pool as unknown as {
      query: (...args: unknown[]) => unknown;
      connect: (...args: unknown[]) => unknown;
    };
    const { query, connect } = pool;
    pool.query = (...args: unknown[]) => {
      const text = args[0];
      seen.push(typeof text === 'string' ? text : String((text as { text?: string }).text));
      return query.apply(ctx.pool, args);
    };
    pool.connect = (...args: unknown[]) => {
      // Without a callback it is a client of its own: a transaction (pool.query passes one).
      if (args.length === 0) seen.push('(a transaction)');
      return connect.apply(ctx.pool, args);
    };
    try {
      await work();
    } finally {
      pool.query = query;
      pool.connect = connect;
    }
    return seen;
  }

  it('does the same database work for a known and an unknown address: one statement', async () => {
    const user = await createUser(ctx.db, { email: 'gelijk-werk@example.nl' });
    const known = await statementsDuring(() => post('/auth/password-reset', { email: user.email }));
    const unknown = await statementsDuring(() => post('/auth/password-reset', { email: 'niet-gelijk@example.nl' }));
    expect(known).toEqual(unknown);
    expect(known.filter((s) => /mail_outbox|user_tokens|users/.test(s))).toHaveLength(1);
    expect(await outboxFor(user.email)).toHaveLength(1);
  });
});

describe('applying to join', () => {
  const application = (email: string, name: string) => ({
    organisation: { name, kind: 'water_board', municipalityCode: 'GM0796' },
    admin: { name: 'Petra Smit', email, password: 'dijken en sluizen 2026' },
  });

  it('answers a known and an unknown address alike; the coordinator sees the new application', async () => {
    const member = await createOrganisation(ctx.db);
    await createUser(ctx.db, { email: 'al-beheerder@example.nl', role: 'org_admin', organisation: member });
    const known = await post('/membership-applications', application('Al-Beheerder@example.nl', 'Waterschap Een'));
    const unknown = await post('/membership-applications', application('nieuw-lid@example.nl', 'Waterschap Twee'));
    expect(known.statusCode).toBe(202);
    expect(observable(known)).toEqual(observable(unknown));

    const [toKnown] = await outboxFor('al-beheerder@example.nl');
    const [toUnknown] = await outboxFor('nieuw-lid@example.nl');
    expect(toKnown).toMatchObject({ kind: 'application_known', state: 'pending', attempts: 0 });
    expect(toUnknown).toMatchObject({ kind: 'application_confirmation', state: 'pending', attempts: 0 });
    // Nothing the applicant typed goes into the mail.
    expect(toUnknown!.body).not.toContain('Waterschap Twee');
    expect(toUnknown!.body).not.toContain('Petra');

    const pending = await ctx.db
      .select({ name: organisations.name })
      .from(membershipApplications)
      .innerJoin(organisations, eq(organisations.id, membershipApplications.organisationId))
      .where(and(eq(membershipApplications.state, 'pending')));
    expect(pending.map((p) => p.name)).toEqual(['Waterschap Twee']);

    // The applicant confirms the address, and is then signed in as the applied organisation's admin.
    const token = toUnknown!.body.match(/registratie-bevestigen#token=([\w-]+)/)![1]!;
    const confirmed = await post('/auth/register/confirm', { token, password: 'dijken en sluizen 2026' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().user).toMatchObject({ role: 'org_admin', organisation: { state: 'applied' } });
  });
});
