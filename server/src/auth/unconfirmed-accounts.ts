/**
 * Accounts whose address was never confirmed are not kept (AVG: storage limitation). Anyone can
 * type anyone's address when signing up: such an account holds a name, an address and a
 * password hash of a person who may never have asked for it, and it can do nothing until the
 * address's owner confirms it. The retention job deletes a job seeker's unconfirmed account
 * `UNCONFIRMED_ACCOUNT_DAYS` after it was made (its sessions and links go with it by cascade).
 * Nothing else can point at it: an unconfirmed account never signed in.
 *
 * An application to join the alliance whose applicant never confirmed goes its own way
 * (membership/applications.ts, `expireUnconfirmedApplications`): it is rejected, and the
 * applicant's account and contact details go.
 */
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { auditLog, users, userTokens, type Database, type Executor } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';

/** Days an account (or an application to join) waits for its address to be confirmed. */
export const UNCONFIRMED_ACCOUNT_DAYS = 30;

/** Accounts deleted in one transaction: a backlog goes in several, each with one array parameter. */
const BATCH = 1000;

/** The moment before which an unconfirmed account (or application to join) is too old. */
export function unconfirmedCutoff(now: Date): Date {
  return new Date(now.getTime() - UNCONFIRMED_ACCOUNT_DAYS * 86_400_000);
}

/** Deletes the job seekers' accounts never confirmed in time; returns how many went. */
export async function purgeUnconfirmedAccounts(db: Database, now = new Date()): Promise<number> {
  let purged = 0;
  for (;;) {
    const deleted = await db.transaction(async (tx) => {
      const due = await tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.role, 'job_seeker'),
            isNull(users.emailConfirmedAt),
            lt(users.createdAt, unconfirmedCutoff(now)),
            // Not while a link of it works (a reset asked for lately, which confirms the address):
            // its owner may be using it, and the reset locks the link before the account.
            sql`NOT EXISTS (SELECT 1 FROM ${userTokens} WHERE ${userTokens.userId} = ${users.id}
              AND ${userTokens.usedAt} IS NULL AND ${userTokens.expiresAt} > now())`,
          ),
        )
        .limit(BATCH)
        .for('update', { skipLocked: true });
      if (due.length === 0) return 0;
      await deleteAccounts(
        tx,
        due.map((user) => user.id),
      );
      await recordAudit(tx, {
        action: 'accounts.unconfirmed_purged',
        subjectType: 'user',
        subjectId: 'retention',
        reason: `address not confirmed within ${UNCONFIRMED_ACCOUNT_DAYS} days`,
        after: { count: due.length },
      });
      return due.length;
    });
    purged += deleted;
    if (deleted < BATCH) return purged;
  }
}

/** Deletes accounts nothing but their sessions and links point at, and what the log says of them. */
async function deleteAccounts(tx: Executor, userIds: readonly string[]): Promise<void> {
  const ids = `{${userIds.join(',')}}`;
  // What the log says about them (a reset asked for, a try refused) goes with them.
  await tx
    .delete(auditLog)
    .where(sql`${auditLog.actorUserId} = ANY(${ids}::uuid[]) OR ${auditLog.subjectId} = ANY(${ids}::text[])`);
  await tx.delete(users).where(sql`${users.id} = ANY(${ids}::uuid[])`);
}

/**
 * Makes way for a staff invitation (a member's admin, signed in) at an address that only has a
 * job seeker's account never confirmed: deletes that account, as the retention job would later.
 * Anyone can sign up with anyone's address, and such an account held the address for 30 days
 * (again after each), so no member could invite it (an attacker's review). It proved nothing: the
 * invitation, mailed to the address, is what does. Not for an application to join, which anyone
 * can send (DESIGN.md). The caller holds the address's lock (`lockAddress`).
 */
export async function releaseUnconfirmedAccount(tx: Executor, email: string): Promise<void> {
  const unconfirmedWith = (address: string) =>
    and(
      sql`lower(${users.email}) = lower(${address.trim()})`,
      eq(users.role, 'job_seeker'),
      isNull(users.emailConfirmedAt),
    );
  const found = await tx.select({ id: users.id }).from(users).where(unconfirmedWith(email));
  if (found.length === 0) return;
  const ids = found.map((user) => user.id);
  await lockLinksOf(tx, ids);
  // Looked at again once locked: a confirmation that went first made the account its owner's.
  const still = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), unconfirmedWith(email)))
    .for('update');
  if (still.length > 0)
    await deleteAccounts(
      tx,
      still.map((user) => user.id),
    );
}

/**
 * Locks the links (confirmation, reset) of accounts about to go, before the accounts: in the
 * order a confirmation takes them (its link, then its account), so the two at once wait for each
 * other instead of deadlocking (a review).
 */
export async function lockLinksOf(tx: Executor, userIds: readonly string[]): Promise<void> {
  if (userIds.length > 0)
    await tx
      .select({ id: userTokens.id })
      .from(userTokens)
      .where(inArray(userTokens.userId, [...userIds]))
      .for('update');
}
