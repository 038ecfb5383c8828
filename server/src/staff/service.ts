/**
 * An organisation's staff: invitations, role changes and removal, by its admins. Every
 * change is audited; an organisation always keeps at least one admin. Only active members
 * invite, within limits, and the invitation mail carries only the alliance's words.
 */
import { and, asc, count, eq, gt, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  auditLog,
  lockForTransaction,
  mailOutbox,
  organisations,
  sessions,
  users,
  userTokens,
  type Database,
  type Executor,
} from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { lockAddress } from '../auth/registration.ts';
import { releaseUnconfirmedAccount } from '../auth/unconfirmed-accounts.ts';
import { sha256 } from '../auth/secrets.ts';
import { assertInvitingMemberActive, issueUserToken, unusableTokenError } from '../auth/service.ts';
import { AppError, notFound } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { oneLine } from '../text.ts';

export type StaffRole = 'hr_officer' | 'org_admin';

export async function listStaff(db: Database, organisationId: string) {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      invited: sql<boolean>`${users.passwordHash} IS NULL`,
      // An invitation's link lasts 7 days: after that the account waits for a new one (an admin's
      // review: it said "invited" for good, and nobody knew to invite again).
      invitationOpen: sql<boolean>`EXISTS (SELECT 1 FROM ${userTokens} t WHERE t.user_id = ${users}.id
        AND t.purpose = 'invitation' AND t.used_at IS NULL AND t.expires_at > now())`,
      locale: users.locale,
      lastSignInAt: users.lastSignInAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), isNull(users.deactivatedAt)))
    .orderBy(asc(users.name));
  return rows.map(({ invited, invitationOpen, ...row }) => ({
    ...row,
    role: row.role as StaffRole,
    locale: row.locale === 'en' ? ('en' as const) : ('nl' as const),
    status: !invited ? ('active' as const) : invitationOpen ? ('invited' as const) : ('invitation_expired' as const),
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}

async function findStaff(db: Executor, organisationId: string, userId: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId), isNull(users.deactivatedAt)));
  if (!user) throw notFound();
  return user;
}

/**
 * What only an organisation's admin may do (its staff, its API keys, leaving) checks again, in
 * its own transaction, that the one doing it still is one: the access rule looked when the
 * request came in, and an admin demoted or removed meanwhile must not finish an admin's write.
 * Under the organisation's staff lock: shared for those writes, exclusive for the staff changes
 * themselves, so a demotion waits for the admin writes under way, and those after it see it.
 */
export async function holdAdminRole(
  tx: Executor,
  organisationId: string,
  actorUserId: string,
  mode: 'shared' | 'exclusive' = 'shared',
): Promise<void> {
  await lockForTransaction(tx, `staff:${organisationId}`, mode);
  const [actor] = await tx
    .select({ role: users.role })
    .from(users)
    .where(
      and(
        eq(users.id, actorUserId),
        eq(users.organisationId, organisationId),
        eq(users.role, 'org_admin'),
        isNull(users.deactivatedAt),
      ),
    );
  if (!actor) throw new AppError(403, 'forbidden', 'error.forbidden');
}

/**
 * Changes to an organisation's staff (inviting, removing, changing a role) are made one at a time:
 * two admins removing each other at the same moment each counted the other as still there, and the
 * organisation had none. An advisory lock, not the organisation's row: a staff member changing their
 * own password writes the log, whose foreign key takes the row too, and the two could deadlock.
 */
async function lockStaffChanges(tx: Executor, organisationId: string, actorUserId: string) {
  await holdAdminRole(tx, organisationId, actorUserId, 'exclusive');
  const [organisation] = await tx
    .select({ state: organisations.state })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!organisation) throw notFound();
  return organisation;
}

/** Refuses (409) to leave the organisation without an admin who can sign in: one invited who never accepted does not count. */
async function assertAnotherAdmin(db: Executor, organisationId: string, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.role, 'org_admin'),
        isNull(users.deactivatedAt),
        isNotNull(users.passwordHash),
        isNotNull(users.emailConfirmedAt),
        ne(users.id, userId),
      ),
    );
  if ((row?.n ?? 0) === 0) throw new AppError(409, 'last_admin', 'error.last_admin');
}

/**
 * How many invitation mails may go out (probe finding 3): an organisation cannot turn the
 * portal into its mailer, and no address gets more than a few, whoever sends them and
 * however often someone is removed and invited again.
 */
export const INVITATION_LIMITS = { perOrganisationPerHour: 20, perRecipientPerDay: 3 } as const;

/** An invitation refused because the address has an account: logged, without the address. */
const REFUSED_INVITATION = 'user.invitation_refused';

/**
 * Throws 429 (with the wait) when one more invitation would pass a limit. An organisation's
 * hourly limit counts its refused invitations too: each refusal says the address has an account
 * somewhere (an admin must know why the invitation did not go), so it must not be free to ask.
 */
async function assertInvitationAllowed(tx: Executor, organisationId: string, email: string): Promise<void> {
  const invitationMails = (which: SQL, window: string) =>
    sql`SELECT ${mailOutbox.createdAt} AS at FROM ${mailOutbox} WHERE ${mailOutbox.kind} = 'invitation' AND ${which}
      AND ${mailOutbox.createdAt} > now() - ${window}::interval`;
  const limits = [
    {
      max: INVITATION_LIMITS.perRecipientPerDay,
      window: '1 day',
      moments: invitationMails(sql`lower(${mailOutbox.recipient}) = lower(${email})`, '1 day'),
      messageKey: 'error.invitation_limit_recipient' as const,
    },
    {
      max: INVITATION_LIMITS.perOrganisationPerHour,
      window: '1 hour',
      moments: sql`${invitationMails(eq(mailOutbox.organisationId, organisationId), '1 hour')}
        UNION ALL SELECT ${auditLog.at} FROM ${auditLog} WHERE ${auditLog.action} = ${REFUSED_INVITATION}
          AND ${auditLog.organisationId} = ${organisationId} AND ${auditLog.at} > now() - interval '1 hour'`,
      messageKey: 'error.invitation_limit_organisation' as const,
    },
  ];
  for (const limit of limits) {
    // The newest `max` in the window; the oldest of them decides when one more may go.
    const recent = await tx.execute<{ seconds_left: number }>(
      sql`SELECT extract(epoch FROM at + ${limit.window}::interval - now())::float8 AS seconds_left
          FROM (${limit.moments}) AS moments ORDER BY at DESC LIMIT ${limit.max}`,
    );
    if (recent.rows.length >= limit.max) {
      throw new AppError(429, 'invitation_limit', limit.messageKey, {
        retryAfterSeconds: Math.max(1, Math.ceil(recent.rows[limit.max - 1]!.seconds_left)),
        params: { max: limit.max },
      });
    }
  }
}

/**
 * The invitation mail holds only the alliance's own words: no organisation name and no name
 * the inviter typed, so nobody can make the portal carry their text to any address. The
 * invitee sees who invites them, and for which address, on the page the link opens
 * (`invitationDetails`), before choosing a password.
 */
function invitationMail(locale: 'nl' | 'en', link: string) {
  return locale === 'en'
    ? {
        subject: 'Your invitation to Samenwerven',
        text: `Hello,\n\nA member organisation of the Samenwerven alliance invites you to work on its vacancies in Samenwerven, the joint recruitment portal. Set your password with this link (valid for 7 days):\n\n${link}\n\nThe page the link opens says which organisation invites you and for which address the account is.\n\nDid you not expect this invitation? Then you can ignore this message; without a password no account becomes active.\n`,
      }
    : {
        subject: 'Je uitnodiging voor Samenwerven',
        text: `Goedendag,\n\nEen lidorganisatie van de alliantie Samenwerven nodigt je uit om mee te werken aan haar vacatures in Samenwerven, het gezamenlijke vacatureportaal. Stel je wachtwoord in via deze link (7 dagen geldig):\n\n${link}\n\nOp de pagina van de link zie je welke organisatie je uitnodigt en voor welk e-mailadres het account is.\n\nVerwachtte je deze uitnodiging niet? Dan kun je dit bericht negeren; zonder wachtwoord wordt er geen account actief.\n`,
      };
}

/**
 * An admin of an active member invites a colleague. The account, the token, the audit entry
 * and the mail (in the outbox) are one transaction; the mail worker sends it.
 */
export async function inviteStaff(
  deps: { db: Database; publicUrl: string },
  actorUserId: string,
  organisationId: string,
  input: { email: string; name: string; role: StaffRole; locale?: 'nl' | 'en' },
) {
  const email = input.email.trim();
  const userId = await deps.db.transaction(async (tx): Promise<string | undefined> => {
    // Locked, so this organisation's invitations are counted one at a time.
    const organisation = await lockStaffChanges(tx, organisationId, actorUserId);
    if (organisation.state !== 'active') throw new AppError(403, 'membership_inactive', 'error.membership_inactive');
    // And invitations to one address one at a time, whichever organisation sends them (the same
    // lock as registering and applying, so no two of them make an account for one address at once).
    await lockAddress(tx, email);
    await assertInvitationAllowed(tx, organisationId, email);
    await releaseUnconfirmedAccount(tx, email);
    const [created] = await tx
      .insert(users)
      .values({
        email,
        name: oneLine(input.name),
        role: input.role,
        organisationId,
        locale: input.locale ?? 'nl',
      })
      .onConflictDoNothing()
      .returning();
    // Someone removed from this organisation earlier can be invited again: the same account
    // (its history stays linked), reset to a fresh invitation. So can someone invited who has
    // not accepted yet (a lost or expired mail): a new invitation, the same account. And someone
    // another member removed (who moved to this one, or was invited there by mistake): the
    // account comes here with nothing of the other member's, or no member could ever invite
    // that address again (an admin's review). What they did there stays in that member's history.
    const reinvited = created
      ? undefined
      : (
          await tx
            .update(users)
            .set({
              name: oneLine(input.name),
              role: input.role,
              organisationId,
              passwordHash: null,
              deactivatedAt: null,
              // No token of the account as it was works for the invitation (ending them once more:
              // removed before the version moved on at removal), and nothing of its past shows
              // here: not when it last signed in, nor, come from another member, since when it exists.
              tokenVersion: sql`${users.tokenVersion} + 1`,
              lastSignInAt: null,
              createdAt: sql`CASE WHEN ${users.organisationId} = ${organisationId} THEN ${users.createdAt} ELSE now() END`,
              locale: input.locale ?? 'nl',
              updatedAt: new Date(),
            })
            .where(
              and(
                sql`lower(${users.email}) = lower(${email})`,
                or(
                  and(
                    eq(users.organisationId, organisationId),
                    or(isNotNull(users.deactivatedAt), isNull(users.passwordHash)),
                  ),
                  and(
                    ne(users.organisationId, organisationId),
                    isNotNull(users.deactivatedAt),
                    or(eq(users.role, 'hr_officer'), eq(users.role, 'org_admin')),
                  ),
                  // Invited by another member, never accepted, and its link has expired: that
                  // member's invitation kept the address from every other member for good (an
                  // attacker's review). One still open stays that member's, for its 7 days.
                  and(
                    ne(users.organisationId, organisationId),
                    isNull(users.passwordHash),
                    or(eq(users.role, 'hr_officer'), eq(users.role, 'org_admin')),
                    sql`NOT EXISTS (SELECT 1 FROM ${userTokens} t WHERE t.user_id = ${users.id}
                      AND t.purpose = 'invitation' AND t.used_at IS NULL AND t.expires_at > now())`,
                  ),
                ),
              ),
            )
            .returning()
        )[0];
    const invited = created ?? reinvited;
    if (!invited) {
      // Kept (the refusal is answered after the commit), so that it counts against the limit.
      await recordAudit(tx, {
        actorUserId,
        organisationId,
        action: REFUSED_INVITATION,
        subjectType: 'user',
        subjectId: 'email_taken',
      });
      return undefined;
    }
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'user.invited',
      subjectType: 'user',
      subjectId: invited.id,
      after: { email: invited.email, role: invited.role, ...(reinvited ? { reinvited: true } : {}) },
    });
    const token = await issueUserToken(tx, invited.id, 'invitation');
    const locale = invited.locale === 'en' ? 'en' : 'nl';
    const link = `${deps.publicUrl}${locale === 'en' ? '/en/invitation' : '/uitnodiging'}#token=${token}`;
    await enqueueMail(tx, { kind: 'invitation', organisationId, to: invited.email, ...invitationMail(locale, link) });
    return invited.id;
  });
  if (userId === undefined)
    throw new AppError(409, 'email_taken', 'error.email_taken', { fields: { email: 'error.email_taken' } });
  return (await listStaff(deps.db, organisationId)).find((s) => s.id === userId)!;
}

/**
 * The alliance office's coordinator, invited from the command line (`npm run coordinator`): the
 * way a production portal with an empty database gets its first user, and the office its next
 * coordinators (the portal's own invitations are for a member's HR officers and admins). The
 * office is made from `office` when the database has none. Invited like any staff member: the
 * mail in the outbox, the link valid for 7 days.
 */
export async function inviteCoordinator(
  deps: { db: Database; publicUrl: string },
  input: { email: string; name: string; office: { name: string; municipalityCode?: string } },
): Promise<{ officeName: string; createdOffice: boolean; link: string }> {
  const email = input.email.trim();
  return deps.db.transaction(async (tx) => {
    await lockAddress(tx, email);
    const [found] = await tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.isCoordinatingBody, true))
      .limit(1);
    let office = found;
    if (!office) {
      if (!input.office.municipalityCode)
        throw new AppError(400, 'validation_failed', 'error.validation_failed', {
          fields: { municipality: 'The alliance office does not exist yet: name the municipality it is seated in' },
        });
      [office] = await tx
        .insert(organisations)
        .values({
          slug: 'alliantiebureau',
          name: oneLine(input.office.name),
          kind: 'joint_arrangement',
          isCoordinatingBody: true,
          municipalityCode: input.office.municipalityCode,
          state: 'active',
        })
        .returning({ id: organisations.id, name: organisations.name });
    }
    const [invited] = await tx
      .insert(users)
      .values({ email, name: oneLine(input.name), role: 'coordinator', organisationId: office!.id, locale: 'nl' })
      .onConflictDoNothing()
      .returning();
    if (!invited)
      throw new AppError(409, 'email_taken', 'error.email_taken', { fields: { email: 'error.email_taken' } });
    await recordAudit(tx, {
      organisationId: office!.id,
      action: 'user.invited',
      subjectType: 'user',
      subjectId: invited.id,
      after: { email: invited.email, role: invited.role, via: 'command line' },
    });
    const token = await issueUserToken(tx, invited.id, 'invitation');
    const link = `${deps.publicUrl}/uitnodiging#token=${token}`;
    await enqueueMail(tx, {
      kind: 'invitation',
      organisationId: office!.id,
      to: invited.email,
      ...invitationMail('nl', link),
    });
    return { officeName: office!.name, createdOffice: !found, link };
  });
}

export async function changeStaffRole(
  db: Database,
  actorUserId: string,
  organisationId: string,
  userId: string,
  role: StaffRole,
) {
  await db.transaction(async (tx) => {
    await lockStaffChanges(tx, organisationId, actorUserId);
    const user = await findStaff(tx, organisationId, userId);
    if (user.role === role) return;
    if (user.role === 'org_admin') await assertAnotherAdmin(tx, organisationId, userId);
    await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'user.role_changed',
      subjectType: 'user',
      subjectId: userId,
      before: { role: user.role },
      after: { role },
    });
  });
  return (await listStaff(db, organisationId)).find((s) => s.id === userId)!;
}

export async function removeStaff(db: Database, actorUserId: string, organisationId: string, userId: string) {
  await db.transaction(async (tx) => {
    await lockStaffChanges(tx, organisationId, actorUserId);
    const user = await findStaff(tx, organisationId, userId);
    if (user.role === 'org_admin') await assertAnotherAdmin(tx, organisationId, userId);
    // Its access tokens end now too (a new token version): else one still running would work
    // again the moment the address is invited back, before anyone accepted (an attacker's review).
    await tx
      .update(users)
      .set({ deactivatedAt: new Date(), tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx.delete(userTokens).where(eq(userTokens.userId, userId));
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'user.removed',
      subjectType: 'user',
      subjectId: userId,
      before: { email: user.email, role: user.role },
    });
  });
}

/**
 * What an invitation is for, shown on the page its link opens before anything is used up:
 * the organisation that invites and the address (and role) of the account. Only for a token
 * that still works: unused, unexpired, of an account not removed since; any other answers
 * `invalid_token`, as accepting it would.
 */
export async function invitationDetails(db: Executor, token: string) {
  const [invitation] = await db
    .select({
      email: users.email,
      role: users.role,
      organisation: organisations.name,
      state: organisations.state,
      expiresAt: userTokens.expiresAt,
    })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(userTokens.tokenHash, sha256(token)),
        eq(userTokens.purpose, 'invitation'),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, new Date()),
        isNull(users.deactivatedAt),
      ),
    );
  if (!invitation) throw await unusableTokenError(db, token, 'invitation');
  assertInvitingMemberActive(invitation.state);
  return {
    email: invitation.email,
    role: invitation.role as StaffRole,
    organisation: { name: invitation.organisation },
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
