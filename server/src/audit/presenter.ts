/** The audit log's public shapes: an entry of the API, and a flat row of its CSV download. */
import type { AuditRow } from './queries.ts';

export function auditEntry({ entry, actor, organisation, subjectName }: AuditRow) {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    action: entry.action,
    // A left join gives an object of nulls when the user or organisation is gone.
    actor: actor?.id ? actor : null,
    organisation: organisation?.id ? organisation : null,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    subjectName,
    reason: entry.reason,
    before: entry.before,
    after: entry.after,
  };
}

export type AuditEntry = ReturnType<typeof auditEntry>;

/** The audit log CSV's columns, also in a file without rows. */
export const AUDIT_CSV_COLUMNS = [
  'at',
  'action',
  'actor',
  'organisation',
  'subjectType',
  'subjectId',
  'subjectName',
  'reason',
  'before',
  'after',
] as const;

/** One CSV line: people by address, the system by name, no ids of actor or organisation. */
export function auditCsvRow(entry: AuditEntry): Record<(typeof AUDIT_CSV_COLUMNS)[number], unknown> {
  return {
    at: new Date(entry.at), // a moment: the CSV writes it on the Dutch clock with its offset
    action: entry.action,
    actor: entry.actor?.email ?? 'system',
    organisation: entry.organisation?.name ?? '',
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    subjectName: entry.subjectName,
    reason: entry.reason,
    before: entry.before,
    after: entry.after,
  };
}
