/**
 * Accounts whose address was never confirmed are not kept (auth/unconfirmed-accounts.ts): a job
 * seeker's goes 30 days after it was made, an application to join whose applicant never
 * confirmed is rejected by the portal after as long. Made through the real routes, aged in the
 * database, then the retention job's functions run with the real clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, mailOutbox, membershipApplications, organisations, userTokens, users } from '@samenwerven/db';
import { expireUnconfirmedApplications, purgeUnconfirmedAccounts, UNCONFIRMED_ACCOUNT_DAYS } from '@samenwerven/server';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser } from '../support/factories.ts';
import { signIn } from '../support/http.ts';
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

const post = (url: string, payload: object) => ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, payload });
const PASSWORD = 'fietsen langs de dommel';

/** Signs up with the address and returns the account's id and its confirmation link's token. */
async function register(email: string) {
  expect((await post('/auth/register', { email, password: PASSWORD, name: 'Iemand' })).statusCode).toBe(202);
  const { token } = linkIn(await mail.waitFor(email), '/registratie-bevestigen');
  const [user] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return { id: user!.id, token };
}

/** Makes the account look `days` old: its confirmation link (2 days) has run out by then. */
async function age(userId: string, days: number) {
  await ctx.db
    .update(users)
    .set({ createdAt: sql`now() - make_interval(days => ${days})` })
    .where(eq(users.id, userId));
  if (days > 2)
    await ctx.db
      .update(userTokens)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(userTokens.userId, userId));
}

const exists = async (userId: string) =>
  (await ctx.db.select({ id: users.id }).from(users).where(eq(users.id, userId))).length === 1;

describe("a job seeker's account never confirmed", () => {
  it(`goes ${UNCONFIRMED_ACCOUNT_DAYS} days after it was made, with its links, and the address can sign up anew`, async () => {
    const old = await register('nooit-bevestigd@example.nl');
    const young = await register('net-gemaakt@example.nl');
    const confirmed = await register('wel-bevestigd@example.nl');
    expect((await post('/auth/register/confirm', { token: confirmed.token, password: PASSWORD })).statusCode).toBe(200);
    await age(old.id, UNCONFIRMED_ACCOUNT_DAYS + 1);
    await age(young.id, UNCONFIRMED_ACCOUNT_DAYS - 1);
    await age(confirmed.id, UNCONFIRMED_ACCOUNT_DAYS + 1);
    // Nor one whose owner asked for a reset link lately (it confirms the address when used).
    const resetting = await register('vergeten@example.nl');
    await age(resetting.id, UNCONFIRMED_ACCOUNT_DAYS + 1);
    expect((await post('/auth/password-reset', { email: 'vergeten@example.nl' })).statusCode).toBe(202);
    // Staff never go this way, even one whose invitation is still open.
    const organisation = await createOrganisation(ctx.db);
    const staff = await createUser(ctx.db, { role: 'hr_officer', organisation });
    await ctx.db.update(users).set({ emailConfirmedAt: null }).where(eq(users.id, staff.id));
    await age(staff.id, UNCONFIRMED_ACCOUNT_DAYS + 1);

    expect(await purgeUnconfirmedAccounts(ctx.db)).toBe(1);

    expect(await exists(old.id)).toBe(false);
    expect(await ctx.db.select().from(userTokens).where(eq(userTokens.userId, old.id))).toEqual([]);
    expect(await exists(young.id)).toBe(true);
    expect(await exists(confirmed.id)).toBe(true);
    expect(await exists(staff.id)).toBe(true);
    expect(await exists(resetting.id)).toBe(true);
    await signIn(ctx.app, 'wel-bevestigd@example.nl', PASSWORD);
    // Its link no longer confirms anything.
    expect((await post('/auth/register/confirm', { token: old.token, password: PASSWORD })).statusCode).toBe(400);
    // The log says how many, never who.
    const [entry] = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'accounts.unconfirmed_purged'));
    expect(entry?.after).toEqual({ count: 1 });
    expect(JSON.stringify(entry)).not.toContain('nooit-bevestigd');
    // The address is free: signing up again makes a new account (the mail asks to confirm, not "you have one").
    const again = await register('nooit-bevestigd@example.nl');
    expect(again.id).not.toBe(old.id);
    // Nothing more is due.
    expect(await purgeUnconfirmedAccounts(ctx.db)).toBe(0);
  });
});

describe('an application to join whose applicant never confirmed', () => {
  async function applyToJoin(name: string, email: string) {
    const response = await post('/membership-applications', {
      organisation: { name, kind: 'municipality', municipalityCode: 'GM0855' },
      admin: { name: 'Aanvrager', email, password: PASSWORD },
    });
    expect(response.statusCode).toBe(202);
    const receipt = await mail.waitFor(email);
    const [organisation] = await ctx.db.select().from(organisations).where(eq(organisations.contactEmail, email));
    await ctx.db
      .update(membershipApplications)
      .set({ createdAt: sql`now() - make_interval(days => ${UNCONFIRMED_ACCOUNT_DAYS + 1})` })
      .where(eq(membershipApplications.organisationId, organisation!.id));
    return { organisation: organisation!, token: linkIn(receipt, '/registratie-bevestigen').token };
  }

  /** As 31 days would have done: the confirmation link (2 days) ran out. */
  async function expireLinks(organisationId: string) {
    await ctx.db.execute(
      sql`UPDATE user_tokens SET expires_at = now() - interval '1 minute'
          WHERE user_id IN (SELECT id FROM users WHERE organisation_id = ${organisationId})`,
    );
  }

  const applicationOf = async (organisationId: string) =>
    (
      await ctx.db
        .select()
        .from(membershipApplications)
        .where(eq(membershipApplications.organisationId, organisationId))
    )[0]!;

  it(`is rejected by the portal after ${UNCONFIRMED_ACCOUNT_DAYS} days without a mail, forgetting who applied; not while a link works; a confirmed one waits for the coordinator`, async () => {
    const silent = await applyToJoin('Gemeente Stilte', 'stil@gemeente-stilte.example');
    const confirmed = await applyToJoin('Gemeente Bevestigd', 'ja@gemeente-bevestigd.example');
    expect((await post('/auth/register/confirm', { token: confirmed.token, password: PASSWORD })).statusCode).toBe(200);
    const deps = {
      db: ctx.db,
      jobs: undefined,
      publicUrl: ctx.config.publicUrl,
      allianceContact: ctx.config.allianceContact,
    };

    // While its link still works, its owner may be confirming: it waits.
    expect(await expireUnconfirmedApplications(deps)).toBe(0);
    await expireLinks(silent.organisation.id);
    expect(await expireUnconfirmedApplications(deps)).toBe(1);

    const rejected = await applicationOf(silent.organisation.id);
    expect(rejected).toMatchObject({ state: 'rejected', decidedBy: null });
    expect(rejected.reason).toContain(`niet binnen ${UNCONFIRMED_ACCOUNT_DAYS} dagen bevestigd`);
    const [organisation] = await ctx.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, silent.organisation.id));
    expect(organisation?.state).toBe('rejected');
    const [entry] = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'membership.reject'), eq(auditLog.organisationId, silent.organisation.id)));
    expect(entry?.actorUserId).toBeNull();
    // Nobody is told: the address was never confirmed (its receipt said what would happen).
    const mailed = await ctx.db
      .select({ kind: mailOutbox.kind })
      .from(mailOutbox)
      .where(eq(mailOutbox.recipient, 'stil@gemeente-stilte.example'));
    expect(mailed.map((row) => row.kind)).toEqual(['application_confirmation']);
    // Who applied is forgotten: the unconfirmed account and the contact details; the address is free again.
    expect(await ctx.db.select().from(users).where(eq(users.email, 'stil@gemeente-stilte.example'))).toEqual([]);
    expect(organisation).toMatchObject({ contactName: null, contactEmail: null });
    const [applied] = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'membership.applied'), eq(auditLog.organisationId, silent.organisation.id)));
    expect(applied?.actorUserId).toBeNull();
    expect((await applicationOf(confirmed.organisation.id)).state).toBe('pending');
    // Once decided, nothing more is due.
    expect(await expireUnconfirmedApplications(deps)).toBe(0);
  });
});
