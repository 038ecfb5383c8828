/** The audit log: who did what, when and why. Written in the caller's transaction. */
import { auditLog, type Executor } from '@samenwerven/db';

export interface AuditEntry {
  actorUserId?: string | null;
  organisationId?: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: entry.actorUserId ?? null,
    organisationId: entry.organisationId ?? null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    reason: entry.reason ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
