/**
 * An organisation's staff: invitations, role changes and removal, by its admins. Every
 * change is audited; an organisation always keeps at least one admin.
 */
import { and, asc, count, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { organisations, sessions, users, userTokens, type Database, type Executor } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { issueUserToken } from '../auth/service.ts';
import { AppError, notFound } from '../errors.ts';
import type { Mailer } from '../mail/mailer.ts';

export type StaffRole = 'hr_officer' | 'org_admin';

export async function listStaff(db: Database, organisationId: string) {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      invited: sql<boolean>`${users.passwordHash} IS NULL`,
      lastSignInAt: users.lastSignInAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), isNull(users.deactivatedAt)))
    .orderBy(asc(users.name));
  return rows.map(({ invited, ...row }) => ({
    ...row,
    role: row.role as StaffRole,
    status: invited ? ('invited' as const) : ('active' as const),
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

async function assertAnotherAdmin(db: Executor, organisationId: string, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.role, 'org_admin'),
        isNull(users.deactivatedAt),
        ne(users.id, userId),
      ),
    );
  if ((row?.n ?? 0) === 0) throw new AppError(409, 'last_admin', 'error.last_admin');
}

export async function inviteStaff(
  deps: { db: Database; mailer: Mailer; publicUrl: string },
  actorUserId: string,
  organisationId: string,
  input: { email: string; name: string; role: StaffRole; locale?: 'nl' | 'en' },
) {
  const { user, token, organisationName } = await deps.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        email: input.email.trim(),
        name: input.name.trim(),
        role: input.role,
        organisationId,
        locale: input.locale ?? 'nl',
      })
      .onConflictDoNothing()
      .returning();
    // Someone removed from this organisation earlier can be invited again: the same account
    // (its history stays linked), reset to a fresh invitation.
    const reinvited = created
      ? undefined
      : (
          await tx
            .update(users)
            .set({
              name: input.name.trim(),
              role: input.role,
              passwordHash: null,
              deactivatedAt: null,
              locale: input.locale ?? 'nl',
              updatedAt: new Date(),
            })
            .where(
              and(
                sql`lower(${users.email}) = lower(${input.email.trim()})`,
                eq(users.organisationId, organisationId),
                isNotNull(users.deactivatedAt),
              ),
            )
            .returning()
        )[0];
    const invited = created ?? reinvited;
    if (!invited)
      throw new AppError(409, 'email_taken', 'error.email_taken', { fields: { email: 'error.email_taken' } });
    const [organisation] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'user.invited',
      subjectType: 'user',
      subjectId: invited.id,
      after: { email: invited.email, role: invited.role, ...(reinvited ? { reinvited: true } : {}) },
    });
    return {
      user: invited,
      token: await issueUserToken(tx, invited.id, 'invitation'),
      organisationName: organisation?.name ?? '',
    };
  });
  const english = user.locale === 'en';
  const link = `${deps.publicUrl}${english ? '/en/invitation' : '/uitnodiging'}?token=${token}`;
  await deps.mailer.send({
    to: user.email,
    subject: english
      ? `You are invited to Samenwerven by ${organisationName}`
      : `Uitnodiging voor Samenwerven van ${organisationName}`,
    text: english
      ? `Hello ${user.name},\n\n${organisationName} invites you to work on its vacancies in Samenwerven. Set your password with this link (valid for 7 days):\n\n${link}\n`
      : `Beste ${user.name},\n\n${organisationName} nodigt u uit om in Samenwerven aan haar vacatures te werken. Stel uw wachtwoord in via deze link (7 dagen geldig):\n\n${link}\n`,
  });
  return (await listStaff(deps.db, organisationId)).find((s) => s.id === user.id)!;
}

export async function changeStaffRole(
  db: Database,
  actorUserId: string,
  organisationId: string,
  userId: string,
  role: StaffRole,
) {
  await db.transaction(async (tx) => {
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
    const user = await findStaff(tx, organisationId, userId);
    if (user.role === 'org_admin') await assertAnotherAdmin(tx, organisationId, userId);
    await tx.update(users).set({ deactivatedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, userId));
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
