/**
 * Invitations cannot be used to make the portal mail what an organisation chooses to whom
 * it chooses (probe finding 3): only active members invite, the mail carries only the
 * alliance's own words, and organisations and recipients have limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import {
  auditLog,
  mailOutbox,
  organisations,
  users,
  userTokens,
  type MembershipState,
  type Organisation,
} from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';
import { linkIn, startMailCatcher, type MailCatcher } from '../support/mail.ts';

/** The limits the portal promises (staff/service.ts). */
const PER_ORGANISATION_PER_HOUR = 20;
const PER_RECIPIENT_PER_DAY = 3;

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

async function adminOf(state: MembershipState, name?: string): Promise<{ organisation: Organisation; admin: Session }> {
  const organisation = await createOrganisation(ctx.db, { state, ...(name ? { name } : {}) });
  const user = await createUser(ctx.db, { role: 'org_admin', organisation });
  return { organisation, admin: await signIn(ctx.app, user.email, TEST_PASSWORD) };
}

const invite = (organisation: Organisation, admin: Session, email: string, lang = 'nl') =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${organisation.id}/users`,
    headers: { ...admin.bearer, 'accept-language': lang },
    payload: { email, name: 'Collega', role: 'hr_officer' },
  });

const invitationsTo = async (email: string) =>
  (
    await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.kind, 'invitation'), sql`lower(${mailOutbox.recipient}) = lower(${email})`))
  )[0]!.n;

describe('who may invite', () => {
  it.each(['applied', 'suspended', 'left'] as const)(
    'refuses an organisation that is %s, and sends nothing',
    async (state) => {
      const { organisation, admin } = await adminOf(state);
      const response = await invite(organisation, admin, `doelwit-${state}@example.nl`);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('membership_inactive');
      expect(await invitationsTo(`doelwit-${state}@example.nl`)).toBe(0);
    },
  );
});

describe('the invitation mail', () => {
  it('carries no text the organisation chose, only the alliance’s words and the link', async () => {
    const { organisation, admin } = await adminOf('active', 'Win een prijs op http://oplichter.example nu');
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/users`,
      headers: admin.bearer,
      payload: { email: 'collega@example.nl', name: 'Bel 0900-1234 voor uw prijs', role: 'hr_officer' },
    });
    expect(response.statusCode).toBe(201);
    const message = await mail.waitFor('collega@example.nl');
    for (const chosen of ['oplichter', 'prijs', '0900']) {
      expect(message.subject).not.toContain(chosen);
      expect(message.text).not.toContain(chosen);
    }
    expect(message.text).toContain('Samenwerven');
    expect(linkIn(message, '/uitnodiging').url.startsWith('https://werken.example/uitnodiging#token=')).toBe(true);
  });
});

describe('the page the invitation opens', () => {
  const lookup = (token: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/auth/invitations/lookup', payload: { token } });

  it('learns which organisation invites and for which address, only while the link works', async () => {
    const { organisation, admin } = await adminOf('active', 'Gemeente Uitnodigend');
    expect((await invite(organisation, admin, 'Nieuwe.Collega@example.nl')).statusCode).toBe(201);
    const { token } = linkIn(await mail.waitFor('nieuwe.collega@example.nl'), '/uitnodiging');

    const details = await lookup(token);
    expect(details.statusCode).toBe(200);
    expect(details.json()).toMatchObject({
      email: 'Nieuwe.Collega@example.nl',
      role: 'hr_officer',
      organisation: { name: 'Gemeente Uitnodigend' },
    });
    expect(Object.keys(details.json()).sort()).toEqual(['email', 'expiresAt', 'organisation', 'role']);
    // Looking uses nothing up: the link still sets the password, and then answers no more.
    expect((await lookup(token)).statusCode).toBe(200);
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: 'een eigen sterk wachtwoord' },
    });
    expect(accepted.statusCode).toBe(200);
    // Opened again, the link says it did its work: the account is ready to sign in to, and no more.
    const spent = await lookup(token);
    expect(spent.statusCode).toBe(409);
    expect(spent.json().error).toMatchObject({ code: 'link_used', message: expect.stringContaining('Log in') });
    expect(spent.body).not.toContain('Uitnodigend');
    expect(spent.body).not.toContain('Collega');
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: 'een ander sterk wachtwoord' },
    });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'link_used']);
    expect(again.cookies).toEqual([]);
    // A token that never was one is still only a wrong link.
    const forged = await lookup(`${token.slice(0, -4)}AAAA`);
    expect([forged.statusCode, forged.json().error.code]).toEqual([400, 'invalid_token']);
  });

  it('is taken only while the organisation is an active member, and again once reinstated', async () => {
    const { organisation, admin } = await adminOf('active', 'Gemeente Geschorst');
    expect((await invite(organisation, admin, 'voor-de-schorsing@example.nl')).statusCode).toBe(201);
    const { token } = linkIn(await mail.waitFor('voor-de-schorsing@example.nl'), '/uitnodiging');
    const accept = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/invitations/accept',
        payload: { token, password: 'een eigen sterk wachtwoord' },
      });
    const setState = (state: MembershipState) =>
      ctx.db.update(organisations).set({ state }).where(eq(organisations.id, organisation.id));

    await setState('suspended');
    for (const response of [await lookup(token), await accept()]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error).toMatchObject({
        code: 'membership_inactive',
        message: expect.stringContaining('geen actief lid'),
      });
    }
    const { rows } = await ctx.pool.query(
      `SELECT u.password_hash IS NULL AS unset, t.used_at IS NULL AS unused
         FROM users u JOIN user_tokens t ON t.user_id = u.id AND t.purpose = 'invitation'
        WHERE lower(u.email) = 'voor-de-schorsing@example.nl'`,
    );
    expect(rows).toEqual([{ unset: true, unused: true }]);

    await setState('active');
    expect((await accept()).statusCode).toBe(200);
  });

  it('tells nothing for a made-up or expired token, nor for a colleague removed since', async () => {
    expect((await lookup('a-made-up-token-of-some-length')).statusCode).toBe(400);

    const { organisation, admin } = await adminOf('active');
    const expiring = await invite(organisation, admin, 'verloopt@example.nl');
    const { token: expired } = linkIn(await mail.waitFor('verloopt@example.nl'), '/uitnodiging');
    await ctx.pool.query(
      `UPDATE user_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1 AND purpose = 'invitation'`,
      [expiring.json().id],
    );
    expect((await lookup(expired)).statusCode).toBe(400);
    // The staff list says so (it said "invited" for good), with the language to invite again in.
    const staffList = async () =>
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/v1/organisations/${organisation.id}/users`,
          headers: admin.bearer,
        })
      ).json().items as { email: string; status: string; locale: string }[];
    expect((await staffList()).find((member) => member.email === 'verloopt@example.nl')).toMatchObject({
      status: 'invitation_expired',
      locale: 'nl',
    });
    expect((await invite(organisation, admin, 'verloopt@example.nl')).statusCode).toBe(201);
    expect((await staffList()).find((member) => member.email === 'verloopt@example.nl')?.status).toBe('invited');

    const removed = await invite(organisation, admin, 'verwijderd@example.nl');
    const { token: orphan } = linkIn(await mail.waitFor('verwijderd@example.nl'), '/uitnodiging');
    await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${organisation.id}/users/${removed.json().id}`,
      headers: admin.bearer,
    });
    expect((await lookup(orphan)).statusCode).toBe(400);
  });
});

describe('limits', () => {
  it(`sends at most ${PER_RECIPIENT_PER_DAY} invitations a day to one address, also across remove and re-invite`, async () => {
    const { organisation, admin } = await adminOf('active');
    const target = 'Herhaald@example.nl';
    for (let i = 0; i < PER_RECIPIENT_PER_DAY; i++) {
      const invited = await invite(organisation, admin, target);
      expect(invited.statusCode).toBe(201);
      const removed = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/v1/organisations/${organisation.id}/users/${invited.json().id}`,
        headers: admin.bearer,
      });
      expect(removed.statusCode).toBe(204);
    }
    const refused = await invite(organisation, admin, target.toLowerCase());
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('invitation_limit');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(23 * 3600);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    expect(refused.json().error.message).toMatch(/over 24 uur opnieuw/);
    const english = await invite(organisation, admin, target, 'en');
    expect(english.json().error.message).toMatch(/again in 24 hours/);
    expect(await invitationsTo(target)).toBe(PER_RECIPIENT_PER_DAY);

    // Another organisation cannot pick up where this one stopped either.
    const other = await adminOf('active');
    expect((await invite(other.organisation, other.admin, target)).statusCode).toBe(429);
  });

  it(`lets an organisation invite at most ${PER_ORGANISATION_PER_HOUR} people an hour`, async () => {
    const { organisation, admin } = await adminOf('active');
    for (let i = 0; i < PER_ORGANISATION_PER_HOUR; i++) {
      expect((await invite(organisation, admin, `team-${i}@example.nl`)).statusCode).toBe(201);
    }
    const refused = await invite(organisation, admin, 'een-te-veel@example.nl');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('invitation_limit');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(refused.json().error.message).toMatch(/over (5[0-9]|60) minuten/);
    expect(await invitationsTo('een-te-veel@example.nl')).toBe(0);
  });

  it('counts the invitations refused because the address has an account: asking which addresses have one is not free', async () => {
    const { organisation, admin } = await adminOf('active');
    const seeker = await createUser(ctx.db, { email: 'werkzoekende-prive@example.nl' });
    for (let i = 0; i < PER_ORGANISATION_PER_HOUR; i++) {
      const taken = await invite(organisation, admin, i % 2 ? seeker.email : seeker.email.toUpperCase());
      expect([taken.statusCode, taken.json().error.code]).toEqual([409, 'email_taken']);
    }
    const asked = await invite(organisation, admin, seeker.email);
    expect([asked.statusCode, asked.json().error.code]).toEqual([429, 'invitation_limit']);
    expect((await invite(organisation, admin, 'nieuwe-collega@example.nl')).statusCode).toBe(429);
    // The log keeps the refusals, not the addresses asked about.
    const refusals = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.invitation_refused'), eq(auditLog.organisationId, organisation.id)));
    expect(refusals).toHaveLength(PER_ORGANISATION_PER_HOUR);
    expect(JSON.stringify(refusals)).not.toMatch(/werkzoekende-prive/i);
  });

  it('invites an address someone signed up with and never confirmed: that account proved nothing and goes', async () => {
    const { organisation, admin } = await adminOf('active');
    const address = 'nieuwe.hr@example.nl';
    const post = (url: string, payload: object) => ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, payload });
    const squatted = await post('/auth/register', { email: address, password: 'iemand-anders-2026', name: 'Bezetter' });
    expect(squatted.statusCode).toBe(202);
    const { token: confirmation } = linkIn(await mail.waitFor(address), '/registratie-bevestigen');

    const invited = await invite(organisation, admin, address.toUpperCase());
    expect(invited.statusCode).toBe(201);
    const accounts = await ctx.db
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = ${address}`);
    expect(accounts.map((a) => [a.role, a.organisationId, a.passwordHash])).toEqual([
      ['hr_officer', organisation.id, null],
    ]);
    // The sign-up's link confirms nothing any more; the invitation's makes the account.
    const confirmed = await post('/auth/register/confirm', { token: confirmation, password: 'iemand-anders-2026' });
    expect(confirmed.statusCode).toBe(400);
    const { token } = linkIn(await mail.waitFor(address), '/uitnodiging');
    const accepted = await post('/auth/invitations/accept', { token, password: 'de-echte-collega-2026' });
    expect(accepted.statusCode).toBe(200);
    await signIn(ctx.app, address, 'de-echte-collega-2026');

    // A confirmed job seeker's account is someone's: that address is still refused.
    const seeker = await createUser(ctx.db, { email: 'bevestigd-prive@example.nl' });
    expect((await invite(organisation, admin, seeker.email)).statusCode).toBe(409);
  });

  it('lets another member invite an address once the first member’s invitation has expired unaccepted, not before', async () => {
    const first = await adminOf('active');
    const second = await adminOf('active');
    const address = 'gewilde-collega@example.nl';
    expect((await invite(first.organisation, first.admin, address)).statusCode).toBe(201);
    expect((await invite(second.organisation, second.admin, address)).statusCode).toBe(409);
    // The 7 days go by without an answer.
    const [account] = await ctx.db.select().from(users).where(eq(users.email, address));
    await ctx.db
      .update(userTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userTokens.userId, account!.id));
    expect((await invite(second.organisation, second.admin, address)).statusCode).toBe(201);
    const staffOf = async ({ organisation, admin }: { organisation: Organisation; admin: Session }) =>
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/v1/organisations/${organisation.id}/users`,
          headers: admin.bearer,
        })
      )
        .json()
        .items.map((member: { email: string; status: string }) => [member.email, member.status]);
    expect(await staffOf(first)).not.toContainEqual([address, expect.any(String)]);
    expect(await staffOf(second)).toContainEqual([address, 'invited']);
  });
});
