/**
 * Accounts and sessions: registration, sign-in, refresh, sign-out, password change and
 * reset, accepting an invitation. Rules first, then queries; every security-relevant event
 * goes to the audit log.
 *
 * Ending sessions (probe finding 8): a refresh token is `<session id>.<secret>` and rotates
 * on every use, so a token used twice is recognised and ends its whole session. Access
 * tokens carry the user's token version; sign-out, password change and reset raise it,
 * which ends every access token of the user at once.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import {
  applications,
  membershipPeriods,
  organisations,
  sessions,
  users,
  userTokens,
  type Database,
  type Executor,
  type MembershipState,
} from '@samenwerven/db';
import { AFTER_PROCEDURE_DAYS } from '../applications/retention.ts';
import { recordAudit } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import { allowedMembershipActions, membershipAllows } from '../membership/state-machine.ts';
import { newMessageId } from '../mail/outbox.ts';
import { hashPassword, verifyPassword } from '../passwords.ts';
import { passwordProblem } from './password-policy.ts';
import { randomSecret, sha256 } from './secrets.ts';
import { oneLine } from '../text.ts';

export type TokenPurpose = 'invitation' | 'password_reset' | 'email_confirmation';

export interface AccountDeps {
  db: Database;
  publicUrl: string;
  sessionDays: number;
}

/** A hash to verify against when the e-mail is unknown, so both cases cost the same time. */
const dummyHash = hashPassword(randomSecret());

export function assertAcceptablePassword(password: string, email?: string, field = 'password'): void {
  const problem = passwordProblem(password, email);
  if (problem)
    throw new AppError(400, 'validation_failed', 'error.validation_failed', { fields: { [field]: problem } });
}

export async function userView(db: Executor, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      notifyOnApplication: users.notifyOnApplication,
      organisation: {
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        state: organisations.state,
        // A member that left: when the portal deletes the applications it received, for its staff
        // to export them before. Four weeks after the first leave after an application, as
        // retention.ts counts (left, rejoined and left again: the earlier day); holding none, this leave's.
        applicationsDeletedAt: sql<string | null>`CASE WHEN ${organisations.state} = 'left' THEN to_char((
          coalesce(
            (SELECT min(p.ended_at) FROM ${applications} a JOIN ${membershipPeriods} p
              ON p.organisation_id = a.organisation_id AND p.ended_at >= a.created_at
              WHERE a.organisation_id = ${organisations.id}),
            (SELECT max(p.ended_at) FROM ${membershipPeriods} p WHERE p.organisation_id = ${organisations.id}))
          + make_interval(days => ${AFTER_PROCEDURE_DAYS})) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END`,
      },
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  if (!row) throw new AppError(401, 'unauthenticated', 'error.unauthenticated');
  const organisation = row.organisation?.id ? row.organisation : null;
  return {
    ...row,
    organisation: organisation && { ...organisation, allows: allowedMembershipActions(organisation.state) },
  };
}

/** Changes the signed-in user's own settings (`PATCH /me`). */
export async function updateMe(db: Executor, userId: string, change: { notifyOnApplication?: boolean }) {
  if (change.notifyOnApplication !== undefined) {
    await db
      .update(users)
      .set({ notifyOnApplication: change.notifyOnApplication, updatedAt: new Date() })
      .where(eq(users.id, userId));
  }
  return userView(db, userId);
}

/** A started or renewed session: the refresh token for its cookie, the token version for its access token. */
export interface Session {
  userId: string;
  /** The new refresh token; none when the browser already holds the current one (a concurrent refresh). */
  refreshToken: string | undefined;
  tokenVersion: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const unauthenticated = () => new AppError(401, 'unauthenticated', 'error.unauthenticated');
/** A mailed link's token that is wrong, used or expired: said of the field that carried it. */
export const invalidToken = () =>
  new AppError(400, 'invalid_token', 'error.invalid_token', { fields: { token: 'error.invalid_token' } });

/** Starts a session: the refresh token goes in a cookie, only its hash into the database. */
export async function createSession(db: Executor, userId: string, sessionDays: number): Promise<Session> {
  const id = randomUUID();
  const refreshToken = `${id}.${randomSecret()}`;
  await db.insert(sessions).values({
    id,
    userId,
    refreshTokenHash: sha256(refreshToken),
    expiresAt: new Date(Date.now() + sessionDays * 86_400_000),
  });
  const [user] = await db
    .update(users)
    .set({ lastSignInAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ tokenVersion: users.tokenVersion });
  if (!user) throw unauthenticated();
  return { userId, refreshToken, tokenVersion: user.tokenVersion };
}

/** Ends every access token of the user now: the ones signed before carry an older version. */
async function endAccessTokens(db: Executor, userId: string) {
  const [user] = await db
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ organisationId: users.organisationId });
  return user;
}

/**
 * An e-mail address as the schemas' `email` format has it (ajv-formats' fast check): what the
 * sign-in form's e-mail field holds when it holds an address.
 */
const ADDRESS =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * What a failed sign-in without an account is logged by: the address tried (its owner may see
 * and erase it: privacy/queries.ts), or, for anything that is no address, a placeholder. People
 * type their password into the wrong field, or after their address ("piet@example.orgGeheim!"),
 * and the log is kept for months and shown to the coordinator.
 */
function triedAddress(typed: string): string {
  const address = typed.trim().toLowerCase();
  return ADDRESS.test(address) ? address : '(geen e-mailadres)';
}

export async function signIn(deps: AccountDeps, input: { email: string; password: string }, ip: string) {
  const [user] = await deps.db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      organisationId: users.organisationId,
      emailConfirmedAt: users.emailConfirmedAt,
    })
    .from(users)
    .where(and(sql`lower(${users.email}) = lower(${input.email.trim()})`, isNull(users.deactivatedAt)));
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyHash, input.password), false);
  // An unconfirmed account answers as a wrong password does: whoever signed up with someone else's
  // address knows the password they chose, and a different answer would tell them the address had
  // no account before (an attacker pass). The one message says both; the mail says how to confirm.
  if (!user || !valid || !user.emailConfirmedAt) {
    await recordAudit(deps.db, {
      actorUserId: null,
      organisationId: user?.organisationId ?? null,
      action: 'auth.sign_in_failed',
      subjectType: 'user',
      subjectId: user?.id ?? triedAddress(input.email),
      after: { ip },
    });
    throw new AppError(401, 'invalid_credentials', 'error.invalid_credentials');
  }
  return createSession(deps.db, user.id, deps.sessionDays);
}

/**
 * Rotates the refresh token: the old one stops working. Presented again, it means two
 * parties hold the session (one of them a thief), so the whole session ends, and with it
 * every access token of the user.
 */
export async function refreshSession(deps: AccountDeps, refreshToken: string | undefined): Promise<Session> {
  if (!refreshToken) throw unauthenticated();
  const outcome = await deps.db.transaction(async (tx) => {
    // FOR UPDATE: of two refreshes with one token, the second sees the rotated hash.
    const [session] = await tx
      .select({ id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(eq(sessions.refreshTokenHash, sha256(refreshToken)))
      .for('update');
    if (!session) {
      // Two tabs (or a retry after a lost answer) refreshing with the same token a moment
      // apart: the browser already holds the new refresh cookie, so the latecomer gets an
      // access token and keeps that cookie. Any other old token is a stolen copy: end the session.
      const latecomer = await justRotated(tx, refreshToken);
      if (latecomer) return latecomer;
      await endReusedSession(tx, refreshToken);
      return undefined;
    }
    if (session.expiresAt <= new Date()) return undefined;
    const next = `${session.id}.${randomSecret()}`;
    await tx
      .update(sessions)
      .set({
        refreshTokenHash: sha256(next),
        previousTokenHash: sha256(refreshToken),
        rotatedAt: new Date(),
        lastUsedAt: new Date(),
      })
      .where(eq(sessions.id, session.id));
    const user = await activeUser(tx, session.userId);
    return user ? { userId: user.id, refreshToken: next, tokenVersion: user.tokenVersion } : undefined;
  });
  if (!outcome) throw unauthenticated();
  return outcome;
}

/** How long the token a session just replaced still gets an access token (not a new refresh token). */
export const REFRESH_GRACE_MS = 30_000;

async function activeUser(db: Executor, userId: string) {
  const [user] = await db
    .select({ id: users.id, tokenVersion: users.tokenVersion })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deactivatedAt)));
  return user;
}

/** The session whose previous token this is, if it was replaced within the grace time. */
async function justRotated(db: Executor, refreshToken: string): Promise<Session | undefined> {
  const sessionId = refreshToken.split('.')[0] ?? '';
  if (!UUID.test(sessionId)) return undefined;
  const [session] = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(
      and(
        eq(sessions.id, sessionId),
        eq(sessions.previousTokenHash, sha256(refreshToken)),
        gt(sessions.rotatedAt, new Date(Date.now() - REFRESH_GRACE_MS)),
        gt(sessions.expiresAt, new Date()),
      ),
    );
  const user = session && (await activeUser(db, session.userId));
  return user ? { userId: user.id, refreshToken: undefined, tokenVersion: user.tokenVersion } : undefined;
}

/** A refresh token that is no longer its session's current one: end that session. */
async function endReusedSession(db: Executor, refreshToken: string): Promise<void> {
  const sessionId = refreshToken.split('.')[0] ?? '';
  if (!UUID.test(sessionId)) return;
  const [ended] = await db
    .delete(sessions)
    .where(eq(sessions.id, sessionId))
    .returning({ userId: sessions.userId, createdAt: sessions.createdAt });
  if (!ended) return;
  const user = await endAccessTokens(db, ended.userId);
  await recordAudit(db, {
    actorUserId: null,
    organisationId: user?.organisationId ?? null,
    action: 'auth.refresh_token_reused',
    subjectType: 'user',
    subjectId: ended.userId,
    after: { sessionId, sessionStarted: ended.createdAt },
  });
}

/**
 * Signs out: ends the session of the refresh token, and every access token of its user
 * (and of the signed-in caller, e.g. an API client with only a bearer token). The user's
 * other sessions renew their access tokens with their refresh tokens.
 */
export async function signOut(
  db: Database,
  input: { refreshToken: string | undefined; userId: string | undefined },
): Promise<void> {
  await db.transaction(async (tx) => {
    const ended = input.refreshToken
      ? await tx
          .delete(sessions)
          .where(eq(sessions.refreshTokenHash, sha256(input.refreshToken)))
          .returning({ userId: sessions.userId })
      : [];
    const userIds = new Set([...ended.map((s) => s.userId), ...(input.userId ? [input.userId] : [])]);
    for (const userId of userIds) await endAccessTokens(tx, userId);
  });
}

/**
 * The signed-in user's own password, asked again before what must be theirs alone (a new
 * password, erasing the account): a session left open on a shared computer is not enough. A
 * wrong one is a problem of `field`. Throttled by the caller (`throttledAttempt`).
 */
export async function confirmOwnPassword(db: Database, userId: string, password: string, field: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { [field]: field === 'currentPassword' ? 'error.wrong_password' : 'error.not_your_password' },
    });
  }
  return user;
}

/** Sets a new password once the current one is confirmed (`confirmOwnPassword`). */
export async function changePassword(db: Database, userId: string, newPassword: string) {
  const [user] = await db
    .select({ email: users.email, organisationId: users.organisationId })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw unauthenticated();
  assertAcceptablePassword(newPassword, user.email, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    // An account removed while the new password was hashed keeps no password of its own choosing
    // (and gets no fresh session): the request answers as signed out, as its next one would.
    const changed = await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(and(eq(users.id, userId), isNull(users.deactivatedAt)))
      .returning({ id: users.id });
    if (changed.length === 0) throw unauthenticated();
    // Every session and access token of this user ends; the caller starts a fresh one. So does a
    // reset link mailed before: who changes a password they think is known ends every way in
    // (a security review: the link still set a password for an hour).
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await endAccessTokens(tx, userId);
    await tx
      .delete(userTokens)
      .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, 'password_reset'), isNull(userTokens.usedAt)));
    await recordAudit(tx, {
      actorUserId: userId,
      organisationId: user.organisationId,
      action: 'auth.password_changed',
      subjectType: 'user',
      subjectId: userId,
    });
  });
}

const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 7 * 86_400_000,
  password_reset: 60 * 60_000,
  email_confirmation: 2 * 86_400_000,
};

/**
 * Makes a single-use token for an e-mailed link; returns the secret for the link. Older
 * unused links of the user for the same purpose stop working: only the newest one counts.
 */
export async function issueUserToken(db: Executor, userId: string, purpose: TokenPurpose): Promise<string> {
  const token = randomSecret();
  await db
    .delete(userTokens)
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
  await db.insert(userTokens).values({
    userId,
    purpose,
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]),
  });
  return token;
}

/** Uses a token once: marks it used and returns its user, or fails when expired or used. */
export async function consumeUserToken(db: Executor, token: string, purpose: TokenPurpose): Promise<string> {
  const [row] = await db
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(usableToken(token, purpose))
    .returning({ userId: userTokens.userId });
  if (!row) throw await unusableTokenError(db, token, purpose);
  return row.userId;
}

/** Links whose use made an account one can sign in to: used again, they say so. */
const SIGN_IN_LINKS: ReadonlySet<TokenPurpose> = new Set(['email_confirmation', 'invitation']);

/**
 * Why a token does not work: a confirmation or invitation link that did its work already (its
 * account is confirmed and can sign in) answers `link_used`, so the page can say to sign in. It
 * said "expired or already used, ask for a new one" to someone who only clicked the mail's link
 * twice, and no new one could be asked for (a newcomer's review). Only the mail's holder knows
 * the token; a reset link used before still asks for a new one (that is what it is for).
 */
export async function unusableTokenError(db: Executor, token: string, purpose: TokenPurpose): Promise<AppError> {
  if (!SIGN_IN_LINKS.has(purpose)) return invalidToken();
  const [used] = await db
    .select({ userId: userTokens.userId })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(
      and(
        eq(userTokens.tokenHash, sha256(token)),
        eq(userTokens.purpose, purpose),
        isNotNull(userTokens.usedAt),
        isNull(users.deactivatedAt),
        isNotNull(users.emailConfirmedAt),
        isNotNull(users.passwordHash),
      ),
    )
    .limit(1);
  return used ? new AppError(409, 'link_used', 'error.link_used') : invalidToken();
}

/** The token, for this purpose, not used and not expired. */
const usableToken = (token: string, purpose: TokenPurpose) =>
  and(
    eq(userTokens.tokenHash, sha256(token)),
    eq(userTokens.purpose, purpose),
    isNull(userTokens.usedAt),
    gt(userTokens.expiresAt, new Date()),
  );

/** The user a usable token is for, with their password's hash; nothing is used up or locked. */
export async function userOfToken(db: Executor, token: string, purpose: TokenPurpose) {
  const [row] = await db
    .select({ userId: userTokens.userId, passwordHash: users.passwordHash })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(usableToken(token, purpose));
  return row;
}

/** Reset links mailed to one address in an hour, at most. */
export const RESET_MAILS_PER_HOUR = 5;
/**
 * And in a day: five an hour alone let anyone send an address 120 a day (an attacker's review),
 * where every other mail a stranger can cause is a few a day (`UNSOLICITED_PER_DAY`).
 */
export const RESET_MAILS_PER_DAY = 10;

const mailTexts = {
  password_reset: {
    nl: (link: string) => ({
      subject: 'Nieuw wachtwoord instellen voor Samenwerven',
      text: `Goedendag,\n\nJe vroeg om een nieuw wachtwoord voor Samenwerven. Stel het in via deze link (één uur geldig):\n\n${link}\n\nVroeg je dit niet? Dan kun je dit bericht negeren.\n`,
    }),
    en: (link: string) => ({
      subject: 'Set a new password for Samenwerven',
      text: `Hello,\n\nYou asked for a new password for Samenwerven. Set it with this link (valid for one hour):\n\n${link}\n\nDid you not ask for this? Then you can ignore this message.\n`,
    }),
  },
};

/**
 * Queues a reset link when the account exists; answers the same either way, in the same time
 * (probe finding 7): one statement, whatever the address, finds the account, replaces its
 * unused reset links with a new one and puts the mail in the outbox, or finds nothing and
 * writes nothing. The mail worker sends it (no SMTP in the request).
 */
export async function requestPasswordReset(deps: AccountDeps, email: string, asked?: 'nl' | 'en'): Promise<void> {
  const token = randomSecret();
  const link = (locale: 'nl' | 'en') =>
    `${deps.publicUrl}${locale === 'en' ? '/en/reset-password' : '/wachtwoord-herstellen'}#token=${token}`;
  const nl = mailTexts.password_reset.nl(link('nl'));
  const en = mailTexts.password_reset.en(link('en'));
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS.password_reset).toISOString();
  await deps.db.execute(sql`
    WITH account AS (
      SELECT id, email, locale FROM users
       WHERE lower(email) = lower(${email.trim()}) AND deactivated_at IS NULL AND password_hash IS NOT NULL
         -- At most a few links an hour to one address, whoever asks from wherever: beyond
         -- that nothing is issued, so the links already sent stay valid (no flood, no voiding).
         AND (SELECT count(*) FILTER (WHERE m.created_at > now() - interval '1 hour') < ${RESET_MAILS_PER_HOUR}
                     AND count(*) < ${RESET_MAILS_PER_DAY}
                FROM mail_outbox m
               WHERE lower(m.recipient) = lower(users.email) AND m.kind = 'password_reset'
                 AND m.created_at > now() - interval '1 day')
         -- Held: the nightly purge of unconfirmed accounts skips it (or, holding it first, deletes
         -- it before this finds it, and nothing is issued).
         FOR KEY SHARE
    ), voided AS (
      DELETE FROM user_tokens t USING account a
       WHERE t.user_id = a.id AND t.purpose = 'password_reset' AND t.used_at IS NULL
    ), issued AS (
      INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at)
      SELECT id, 'password_reset', ${sha256(token)}, ${expiresAt}::timestamptz FROM account
    )
    INSERT INTO mail_outbox (message_id, kind, recipient, subject, body)
    -- In the language of the page that asked, else the account's own.
    SELECT ${newMessageId()}, 'password_reset', email,
           CASE coalesce(${asked ?? null}::text, locale) WHEN 'en' THEN ${en.subject} ELSE ${nl.subject} END,
           CASE coalesce(${asked ?? null}::text, locale) WHEN 'en' THEN ${en.text} ELSE ${nl.text} END
      FROM account`);
}

/** Whether a reset link still works (nothing is used up): the page says so before a password is typed. */
export async function assertResetLinkWorks(db: Executor, token: string): Promise<void> {
  if (!(await userOfToken(db, token, 'password_reset'))) throw invalidToken();
}

export async function resetPassword(db: Database, input: { token: string; password: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const userId = await consumeUserToken(tx, input.token, 'password_reset');
    const [user] = await tx
      .select({ email: users.email, organisationId: users.organisationId })
      .from(users)
      .where(eq(users.id, userId));
    assertAcceptablePassword(input.password, user?.email);
    await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(input.password),
        // The link came by mail, so the address is proven (also for an account never confirmed).
        emailConfirmedAt: sql`coalesce(${users.emailConfirmedAt}, now())`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    // The address is proven now: the sign-up's confirmation link is used up, as by its own click.
    // It still signed in for two days, a door with a count of failed passwords of its own (an
    // attacker's review); used, it says "already used, sign in".
    await tx
      .update(userTokens)
      .set({ usedAt: new Date() })
      .where(
        and(eq(userTokens.userId, userId), eq(userTokens.purpose, 'email_confirmation'), isNull(userTokens.usedAt)),
      );
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await endAccessTokens(tx, userId);
    await recordAudit(tx, {
      actorUserId: userId,
      organisationId: user?.organisationId,
      action: 'auth.password_reset',
      subjectType: 'user',
      subjectId: userId,
    });
  });
}

/** An invited staff member sets a password and is signed in. */
/**
 * An invitation is taken only while its organisation is an active member (a coordinator's review:
 * one sent before a suspension made a new account that read the applicants and their CVs). The
 * link keeps working until it expires, so after a reinstatement it can still be taken.
 */
export function assertInvitingMemberActive(state: MembershipState): void {
  if (!membershipAllows(state, 'publish')) {
    throw new AppError(403, 'membership_inactive', 'error.invitation_membership_inactive');
  }
}

export async function acceptInvitation(deps: AccountDeps, input: { token: string; password: string; name?: string }) {
  return deps.db.transaction(async (tx) => {
    const userId = await consumeUserToken(tx, input.token, 'invitation');
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, userId), isNull(users.deactivatedAt)));
    if (!user) throw invalidToken();
    const [organisation] = user.organisationId
      ? await tx
          .select({ state: organisations.state })
          .from(organisations)
          .where(eq(organisations.id, user.organisationId))
          .for('share')
      : [];
    if (!organisation) throw invalidToken();
    assertInvitingMemberActive(organisation.state);
    assertAcceptablePassword(input.password, user.email);
    await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(input.password),
        ...(input.name ? { name: oneLine(input.name) } : {}),
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    await recordAudit(tx, {
      actorUserId: userId,
      organisationId: user.organisationId,
      action: 'user.invitation_accepted',
      subjectType: 'user',
      subjectId: userId,
    });
    return createSession(tx, userId, deps.sessionDays);
  });
}
