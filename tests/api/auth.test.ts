import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, type Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { sessionFrom, signIn, signInNewCoordinator, type Session } from '../support/http.ts';
import { linkIn, startMailCatcher, type MailCatcher } from '../support/mail.ts';

let ctx: TestContext;
let mail: MailCatcher;
beforeAll(async () => {
  mail = await startMailCatcher();
  ctx = await createTestContext({ env: { SMTP_URL: mail.url, PUBLIC_URL: 'https://werken.example' } });
});
afterAll(async () => {
  await ctx.close();
  await mail.close();
});

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers });

describe('registration', () => {
  it('creates a job seeker account that the e-mailed link confirms and signs in, with httpOnly cookies', async () => {
    const response = await post('/auth/register', {
      email: 'jan@example.nl',
      password: 'fietsen langs de dommel',
      name: 'Jan',
    });
    expect(response.statusCode).toBe(202);
    // "202 with no body" (API.md), not the JSON `null`.
    expect(response.body).toBe('');
    expect(response.cookies).toEqual([]);
    const { url, token } = linkIn(await mail.waitFor('jan@example.nl'), '/registratie-bevestigen');
    expect(url.startsWith('https://werken.example/registratie-bevestigen#token=')).toBe(true);
    const confirmed = await post('/auth/register/confirm', { token, password: 'fietsen langs de dommel' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().user).toMatchObject({ email: 'jan@example.nl', role: 'job_seeker', organisation: null });
    const access = confirmed.cookies.find((c) => c.name === 'sw_access')!;
    expect(access).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(confirmed.cookies.find((c) => c.name === 'sw_refresh')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });
    // The mail's link clicked again says the account is ready: sign in (it said "ask for a new one").
    const twice = await post('/auth/register/confirm', { token, password: 'fietsen langs de dommel' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'link_used', message: expect.stringContaining('Log in') });
    expect(twice.cookies).toEqual([]);
  });

  it("needs the password chosen at sign-up to confirm: someone who signs up with another's address cannot have them activate it", async () => {
    // An attacker signs up with the victim's address and a password of their own.
    const email = 'slachtoffer@example.nl';
    await post('/auth/register', { email, password: 'wachtwoord van de aanvaller', name: 'Aanvaller' });
    const { token } = linkIn(await mail.waitFor(email), '/registratie-bevestigen');
    // The victim opens the link and confirms without knowing that password: refused, nothing activated.
    const refused = await post('/auth/register/confirm', { token, password: 'wat het slachtoffer denkt' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({
      password: expect.stringContaining('niet het wachtwoord dat werd gekozen toen het account werd gemaakt'),
    });
    expect(refused.cookies).toEqual([]);
    // Still unconfirmed: the attacker cannot sign in with their password either.
    expect((await post('/auth/login', { email, password: 'wachtwoord van de aanvaller' })).statusCode).toBe(401);
    expect((await post('/auth/register/confirm', { token })).statusCode).toBe(400);
    // The token is not used up by a wrong password: whoever made the account can still confirm it.
    const confirmed = await post('/auth/register/confirm', { token, password: 'wachtwoord van de aanvaller' });
    expect(confirmed.statusCode).toBe(200);
  });

  it('refuses short and common passwords with a message on the field', async () => {
    const short = await post('/auth/register', { email: 'a@example.nl', password: 'kort', name: 'A' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.password).toContain('10 tekens');
    const common = await post('/auth/register', { email: 'a@example.nl', password: 'password123', name: 'A' });
    expect(common.statusCode).toBe(400);
    expect(common.json().error.fields.password).toContain('te makkelijk');
  });

  it('says a password is too short together with the form’s other problems, in one answer', async () => {
    const all = await post('/auth/register', { email: 'geen-adres', password: 'kort', name: '' });
    expect(all.statusCode).toBe(400);
    expect(all.json().error.fields).toEqual({
      email: expect.any(String),
      name: 'Dit veld is verplicht.',
      password: 'Gebruik minstens 10 tekens.',
    });
  });

  it('answers an address that has an account (whatever its case) as any other, and mails its owner', async () => {
    await createUser(ctx.db, { email: 'bezet@example.nl' });
    const response = await post('/auth/register', {
      email: 'Bezet@Example.nl',
      password: 'een heel ander wachtwoord',
      name: 'B',
    });
    expect(response.statusCode).toBe(202);
    const message = await mail.waitFor('bezet@example.nl');
    expect(message.subject).toContain('al een account');
    expect(message.text).toContain('https://werken.example/wachtwoord-vergeten');
    expect(
      (await post('/auth/login', { email: 'bezet@example.nl', password: 'een heel ander wachtwoord' })).statusCode,
    ).toBe(401);
  });

  it('validates the e-mail address and the fields it knows', async () => {
    const response = await post('/auth/register', {
      email: 'geen-adres',
      password: 'x'.repeat(12),
      name: '',
      admin: true,
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(['admin', 'email', 'name']);
  });
});

describe('sign-in', () => {
  it('answers the same for an unknown e-mail and a wrong password, and audits the failure', async () => {
    const user = await createUser(ctx.db);
    const wrong = await post('/auth/login', { email: user.email, password: 'niet het wachtwoord' });
    const unknown = await post('/auth/login', { email: 'niemand@example.nl', password: 'niet het wachtwoord' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    const entries = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.sign_in_failed'), eq(auditLog.subjectId, user.id)));
    expect(entries).toHaveLength(1);
  });

  it('names a staff member the log is about to the coordinator, never a job seeker', async () => {
    const organisation = await createOrganisation(ctx.db);
    const staff = await createUser(ctx.db, { role: 'hr_officer', organisation, name: 'Henk Hoofdpersoneel' });
    const seeker = await createUser(ctx.db, { name: 'Sanne Zoekend' });
    for (const user of [staff, seeker])
      expect((await post('/auth/login', { email: user.email, password: 'niet het wachtwoord' })).statusCode).toBe(401);
    const coordinator = await signInNewCoordinator(ctx);
    const log = await ctx.app.inject({
      url: '/api/v1/audit-log?action=auth.sign_in_failed&pageSize=100',
      headers: coordinator.bearer,
    });
    const about = (id: string) =>
      (log.json().items as { subjectId: string; subjectName: string | null }[]).find((e) => e.subjectId === id);
    expect(about(staff.id)?.subjectName).toBe('Henk Hoofdpersoneel');
    expect(about(seeker.id)).toBeDefined();
    expect(about(seeker.id)!.subjectName).toBeNull();
    expect(log.body).not.toContain('Sanne Zoekend');
  });

  it('logs a failed sign-in without an account by the address tried, and never by what is no address', async () => {
    // A password typed into the address field, or right after the address: not kept for months
    // in a log the coordinator reads.
    for (const email of ['MijnGeheimeWachtwoord123!', 'piet.account@example.orgMijnWachtwoord!', 'piet geheim']) {
      expect((await post('/auth/login', { email, password: 'wat dan ook' })).statusCode).toBe(401);
    }
    expect((await post('/auth/login', { email: ' Onbekend@Example.NL ', password: 'wat dan ook' })).statusCode).toBe(
      401,
    );
    const { rows } = await ctx.pool.query<{ subject_id: string }>(
      `SELECT subject_id FROM audit_log WHERE action = 'auth.sign_in_failed' AND at > now() - interval '1 minute'`,
    );
    const logged = rows.map((row) => row.subject_id);
    expect(logged).toContain('onbekend@example.nl');
    expect(logged.filter((subject) => subject === '(geen e-mailadres)')).toHaveLength(3);
    expect(logged.join(' ')).not.toMatch(/geheim|wachtwoord/i);
  });

  it('works with the bearer token and with the cookie', async () => {
    const user = await createUser(ctx.db);
    const session = await signIn(ctx.app, user.email.toUpperCase(), TEST_PASSWORD);
    for (const headers of [session.bearer, session.browser]) {
      const me = await ctx.app.inject({ url: '/api/v1/me', headers });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ id: user.id, email: user.email });
    }
    expect((await ctx.app.inject('/api/v1/me')).statusCode).toBe(401);
    expect(
      (await ctx.app.inject({ url: '/api/v1/me', headers: { authorization: 'Bearer forged.token.here' } })).statusCode,
    ).toBe(401);
  });

  it('renews the access token with the refresh cookie, once per refresh token', async () => {
    const user = await createUser(ctx.db);
    const session = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const refresh = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        cookies: { sw_refresh: session.cookies.sw_refresh! },
      });
    const first = await refresh();
    expect(first.statusCode).toBe(200);
    expect(first.json().user.id).toBe(user.id);
    // Within half a minute the old token only gets an access token (a second tab); later, nothing.
    await ctx.pool.query(`UPDATE sessions SET rotated_at = now() - interval '5 minutes'`);
    expect((await refresh()).statusCode).toBe(401);
  });

  it('signs out: the refresh cookie no longer works', async () => {
    const user = await createUser(ctx.db);
    const session = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const signOut = (headers: Record<string, string> = {}) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        cookies: { sw_refresh: session.cookies.sw_refresh!, sw_csrf: session.cookies.sw_csrf! },
        headers,
      });
    // With the refresh cookie alone (the access token ran out) too, only the portal's own page signs out.
    const forged = await signOut();
    expect([forged.statusCode, forged.json().error.code]).toEqual([403, 'csrf_failed']);
    // Nor beside someone's bearer token: the cookie names this browser's session.
    const other = await signIn(ctx.app, (await createUser(ctx.db)).email, TEST_PASSWORD);
    expect((await signOut(other.bearer)).statusCode).toBe(403);
    expect((await signOut({ 'x-csrf-token': 'geraden' })).statusCode).toBe(403);
    const out = await signOut({ 'x-csrf-token': session.cookies.sw_csrf! });
    expect(out.statusCode).toBe(204);
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { sw_refresh: session.cookies.sw_refresh! },
    });
    expect(again.statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a state change authenticated by cookie without the CSRF header, accepts it with', async () => {
    const user = await createUser(ctx.db);
    const session = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const body = { currentPassword: TEST_PASSWORD, newPassword: 'een nieuw lang wachtwoord' };
    const forged = await post('/me/password', body, { cookie: session.browser.cookie });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_failed');
    const genuine = await post('/me/password', body, session.browser);
    expect(genuine.statusCode).toBe(204);
  });

  it('also on the routes anyone may call, where a signed-in caller acts in their own name', async () => {
    const seeker = await createUser(ctx.db, { role: 'job_seeker' });
    const session = await signIn(ctx.app, seeker.email, TEST_PASSWORD);
    const alert = { email: seeker.email, query: 'q=jurist', frequency: 'weekly' };
    const forged = await post('/alerts', alert, { cookie: session.browser.cookie });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_failed');
    expect((await post('/alerts', alert, session.browser)).statusCode).toBe(201);
  });
});

describe('password change and reset', () => {
  it('changes the password, signs out other sessions, ends reset links mailed before, and checks the current one', async () => {
    const user = await createUser(ctx.db, { email: 'wijzigt-wachtwoord@example.nl' });
    expect((await post('/auth/password-reset', { email: user.email })).statusCode).toBe(202);
    const { token: resetToken } = linkIn(await mail.waitFor(user.email), '/wachtwoord-herstellen');
    const other = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const session = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const wrong = await post(
      '/me/password',
      { currentPassword: 'fout fout fout', newPassword: 'een nieuw lang wachtwoord' },
      session.bearer,
    );
    expect(wrong.json().error.fields).toHaveProperty('currentPassword');
    expect(
      (
        await post(
          '/me/password',
          { currentPassword: TEST_PASSWORD, newPassword: 'een nieuw lang wachtwoord' },
          session.bearer,
        )
      ).statusCode,
    ).toBe(204);
    expect((await post('/auth/login', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(401);
    expect((await post('/auth/login', { email: user.email, password: 'een nieuw lang wachtwoord' })).statusCode).toBe(
      200,
    );
    const stale = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { sw_refresh: other.cookies.sw_refresh! },
    });
    expect(stale.statusCode).toBe(401);
    // The reset link mailed before the change sets no password now.
    const oldLink = await post('/auth/password-reset/confirm', {
      token: resetToken,
      password: 'via de oude link hier',
    });
    expect([oldLink.statusCode, oldLink.json().error.code]).toEqual([400, 'invalid_token']);
  });

  it('sends the reset mail in the language of the page that asked, the link in the fragment', async () => {
    const user = await createUser(ctx.db, { email: 'forgot-in-english@example.nl' });
    expect((await post('/auth/password-reset', { email: user.email, locale: 'en' })).statusCode).toBe(202);
    const message = await mail.waitFor(user.email);
    expect(message.subject).toBe('Set a new password for Samenwerven');
    // In the fragment: a browser never sends it, so no server's or proxy's log holds it.
    expect(linkIn(message, '/en/reset-password').url).toMatch(/^https:\/\/werken\.example\/en\/reset-password#token=/);
    expect((await post('/auth/password-reset', { email: user.email, locale: 'fr' })).statusCode).toBe(400);
  });

  it('e-mails a single-use reset link; the same answer for unknown addresses', async () => {
    const user = await createUser(ctx.db, { email: 'vergeten@example.nl' });
    const reset = await post('/auth/password-reset', { email: 'onbekend@example.nl' });
    expect([reset.statusCode, reset.body]).toEqual([202, '']);
    expect((await post('/auth/password-reset', { email: user.email })).statusCode).toBe(202);
    const message = await mail.waitFor(user.email);
    expect(mail.messages.some((m) => m.to === 'onbekend@example.nl')).toBe(false);
    const { url, token } = linkIn(message, '/wachtwoord-herstellen');
    expect(url.startsWith('https://werken.example/wachtwoord-herstellen#token=')).toBe(true);

    expect((await post('/auth/password-reset/check', { token })).statusCode).toBe(204);
    expect((await post('/auth/password-reset/check', { token })).statusCode).toBe(204);
    const weak = await post('/auth/password-reset/confirm', { token, password: 'wachtwoord1' });
    expect(weak.statusCode).toBe(400);
    expect((await post('/auth/password-reset/confirm', { token, password: 'zomer aan zee 2026' })).statusCode).toBe(
      204,
    );
    expect(
      (await post('/auth/password-reset/confirm', { token, password: 'nog een keer proberen' })).json().error.code,
    ).toBe('invalid_token');
    // The page asks first whether its link still works; asking uses nothing up.
    const spent = await post('/auth/password-reset/check', { token });
    expect([spent.statusCode, spent.json().error.code]).toEqual([400, 'invalid_token']);
    expect((await post('/auth/login', { email: user.email, password: 'zomer aan zee 2026' })).statusCode).toBe(200);
  });
});

describe('invitations', () => {
  it('lets an admin invite an HR officer who sets a password from the e-mailed link', async () => {
    const organisation = await createOrganisation(ctx.db);
    const admin = await createUser(ctx.db, { role: 'org_admin', organisation });
    const session = await signIn(ctx.app, admin.email, TEST_PASSWORD);
    const invite = await post(
      `/organisations/${organisation.id}/users`,
      { email: 'nieuw@example.nl', name: 'Nieuwe Collega', role: 'hr_officer' },
      session.bearer,
    );
    expect(invite.statusCode).toBe(201);
    expect(invite.json()).toMatchObject({ status: 'invited', role: 'hr_officer' });

    const { token } = linkIn(await mail.waitFor('nieuw@example.nl'), '/uitnodiging');
    const accepted = await post('/auth/invitations/accept', { token, password: 'mijn eigen sterke wachtwoord' });
    expect(accepted.statusCode).toBe(200);
    const me = sessionFrom(accepted);
    expect((await ctx.app.inject({ url: '/api/v1/me', headers: me.bearer })).json()).toMatchObject({
      role: 'hr_officer',
      organisation: { id: organisation.id },
    });
    expect(
      (await post('/auth/invitations/accept', { token, password: 'mijn eigen sterke wachtwoord' })).statusCode,
    ).toBe(409);
    const audit = await ctx.db.select().from(auditLog).where(eq(auditLog.organisationId, organisation.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['user.invited', 'user.invitation_accepted']));
  });
});

describe('staff invited who did not accept yet', () => {
  it('can be invited again (a lost or expired mail): a new link for the same account, a colleague still not', async () => {
    const organisation = await createOrganisation(ctx.db);
    const admin = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'org_admin', organisation })).email,
      TEST_PASSWORD,
    );
    const invite = (email: string, name: string) =>
      post(`/organisations/${organisation.id}/users`, { email, name, role: 'hr_officer' }, admin.bearer);
    const first = await invite('kwijt@example.nl', 'Kwijt');
    expect(first.statusCode).toBe(201);
    await mail.waitFor('kwijt@example.nl');
    const again = await invite('kwijt@example.nl', 'Niet meer kwijt');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ id: first.json().id, status: 'invited', name: 'Niet meer kwijt' });
    const { token } = linkIn(await mail.waitFor('kwijt@example.nl'), '/uitnodiging');
    expect((await post('/auth/invitations/accept', { token, password: 'eindelijk binnen hier' })).statusCode).toBe(200);
    // Once accepted, the address is a colleague's: inviting it again is refused.
    expect((await invite('kwijt@example.nl', 'Nog eens')).statusCode).toBe(409);
  });
});

describe('staff who were removed', () => {
  it('can be invited again by their organisation, with a fresh invitation', async () => {
    const organisation = await createOrganisation(ctx.db);
    const admin = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'org_admin', organisation })).email,
      TEST_PASSWORD,
    );
    const leaver = await createUser(ctx.db, { role: 'hr_officer', organisation, email: 'terug@example.nl' });
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${organisation.id}/users/${leaver.id}`,
      headers: admin.bearer,
    });
    expect(removed.statusCode).toBe(204);
    expect((await post('/auth/login', { email: leaver.email, password: TEST_PASSWORD })).statusCode).toBe(401);

    const again = await post(
      `/organisations/${organisation.id}/users`,
      { email: 'Terug@example.nl', name: 'Weer terug', role: 'hr_officer' },
      admin.bearer,
    );
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ id: leaver.id, status: 'invited', name: 'Weer terug' });
    const { token } = linkIn(await mail.waitFor('terug@example.nl'), '/uitnodiging');
    const welcomed = await post('/auth/invitations/accept', { token, password: 'opnieuw welkom hier' });
    expect(welcomed.statusCode).toBe(200);
    const firstSession = sessionFrom(welcomed);

    // Another organisation cannot take over the account.
    const other = await createOrganisation(ctx.db);
    const otherAdmin = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'org_admin', organisation: other })).email,
      TEST_PASSWORD,
    );
    expect(
      (
        await post(
          `/organisations/${other.id}/users`,
          { email: 'terug@example.nl', name: 'X', role: 'hr_officer' },
          otherAdmin.bearer,
        )
      ).statusCode,
    ).toBe(409);

    // Removed there again (moved on, or invited by mistake): another member may now invite the
    // address; the account comes over with none of the first member's access.
    const otherAgain = () =>
      post(
        `/organisations/${other.id}/users`,
        { email: 'terug@example.nl', name: 'Nieuwe collega', role: 'org_admin' },
        otherAdmin.bearer,
      );
    const removedAgain = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${organisation.id}/users/${leaver.id}`,
      headers: admin.bearer,
    });
    expect(removedAgain.statusCode).toBe(204);
    const moved = await otherAgain();
    expect(moved.statusCode, moved.body).toBe(201);
    expect(moved.json()).toMatchObject({ id: leaver.id, status: 'invited', role: 'org_admin', name: 'Nieuwe collega' });
    // Nothing of its time at the first member shows, and no token of then works here, not even
    // while the invitation is still open (an attacker's review: it was the new member's admin).
    expect(moved.json().lastSignInAt ?? null).toBeNull();
    expect(Date.parse(moved.json().createdAt)).toBeGreaterThan(Date.parse(again.json().createdAt));
    for (const url of ['/api/v1/me', `/api/v1/organisations/${other.id}/users`]) {
      expect((await ctx.app.inject({ url, headers: firstSession.bearer })).statusCode, url).toBe(401);
    }
    const staffOf = async (orgId: string, session: Session) =>
      (await ctx.app.inject({ url: `/api/v1/organisations/${orgId}/users`, headers: session.bearer }))
        .json()
        .items.map((u: { id: string }) => u.id);
    expect(await staffOf(organisation.id, admin)).not.toContain(leaver.id);
    const moveToken = linkIn(await mail.waitFor('terug@example.nl'), '/uitnodiging').token;
    const accepted = await post('/auth/invitations/accept', { token: moveToken, password: 'een nieuwe werkgever' });
    expect(accepted.statusCode).toBe(200);
    const movedSession = sessionFrom(accepted);
    expect((await ctx.app.inject({ url: '/api/v1/me', headers: movedSession.bearer })).json()).toMatchObject({
      role: 'org_admin',
      organisation: { id: other.id },
    });
    expect(
      (await ctx.app.inject({ url: `/api/v1/organisations/${organisation.id}/users`, headers: movedSession.bearer }))
        .statusCode,
    ).toBe(404);
  });

  it('stays its member’s own while invited there and not removed: another member’s invitation is refused', async () => {
    const first = await createOrganisation(ctx.db);
    const second = await createOrganisation(ctx.db);
    const adminOf = async (organisation: Organisation) =>
      signIn(ctx.app, (await createUser(ctx.db, { role: 'org_admin', organisation })).email, TEST_PASSWORD);
    const [firstAdmin, secondAdmin] = [await adminOf(first), await adminOf(second)];
    const body = { email: 'gewild@example.nl', name: 'Gewild', role: 'hr_officer' };
    expect((await post(`/organisations/${first.id}/users`, body, firstAdmin.bearer)).statusCode).toBe(201);
    expect((await post(`/organisations/${second.id}/users`, body, secondAdmin.bearer)).statusCode).toBe(409);
  });

  it('explains a malformed e-mail address in plain words', async () => {
    const response = await post('/auth/register', { email: 'jan@', password: 'een heel goed wachtwoord', name: 'Jan' });
    expect(response.json().error.fields.email).toBe('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
  });
});
