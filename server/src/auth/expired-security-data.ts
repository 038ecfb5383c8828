/**
 * What sign-in leaves behind is kept only as long as it serves its purpose (AVG: storage
 * limitation; found by a privacy review, which found it all kept for ever):
 * - a session, until it has expired (it can no longer be refreshed);
 * - an e-mailed link (reset, confirmation, invitation), until it has expired, used or not;
 * - a failed sign-in in the audit log, with the IP address it came from and, when no account has
 *   it, the address typed: `FAILED_SIGN_IN_DAYS`, long enough to look into an attack.
 */
import { and, eq, lt } from 'drizzle-orm';
import { auditLog, sessions, userTokens, type Database } from '@samenwerven/db';

/** Days a failed sign-in stays in the audit log. */
export const FAILED_SIGN_IN_DAYS = 180;

/** Deletes expired sessions and links and old failed sign-ins; returns how many rows went. */
export async function forgetExpiredSecurityData(db: Database, now = new Date()): Promise<number> {
  const sessionsGone = await db.delete(sessions).where(lt(sessions.expiresAt, now));
  const linksGone = await db.delete(userTokens).where(lt(userTokens.expiresAt, now));
  const failuresGone = await db
    .delete(auditLog)
    .where(
      and(
        eq(auditLog.action, 'auth.sign_in_failed'),
        lt(auditLog.at, new Date(now.getTime() - FAILED_SIGN_IN_DAYS * 86_400_000)),
      ),
    );
  return (sessionsGone.rowCount ?? 0) + (linksGone.rowCount ?? 0) + (failuresGone.rowCount ?? 0);
}
