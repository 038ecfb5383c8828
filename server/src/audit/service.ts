/** The coordinator's reading of the audit log: a page of it, or all of it (up to a limit) as CSV. */
import type { Database } from '@samenwerven/db';
import { toCsv, type CsvSeparator } from '../csv.ts';
import { AUDIT_CSV_COLUMNS, auditCsvRow, auditEntry } from './presenter.ts';
import { countAuditEntries, listAuditEntries, type AuditFilter } from './queries.ts';

/** A download holds at most this many entries, newest first. */
const CSV_MAX_ROWS = 10_000;

export async function auditLogPage(db: Database, filter: AuditFilter, page: number, pageSize: number) {
  const rows = await listAuditEntries(db, filter, { limit: pageSize, offset: (page - 1) * pageSize });
  return { items: rows.map(auditEntry), total: await countAuditEntries(db, filter), page, pageSize };
}

export async function auditLogCsv(db: Database, filter: AuditFilter, separator?: CsvSeparator): Promise<string> {
  const rows = await listAuditEntries(db, filter, { limit: CSV_MAX_ROWS, offset: 0 });
  return toCsv(
    rows.map((row) => auditCsvRow(auditEntry(row))),
    AUDIT_CSV_COLUMNS,
    separator,
  );
}
