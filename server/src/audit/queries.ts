/** Reading the audit log; each function takes an executor first. */
import { and, count, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { auditLog, organisations, users, type Executor } from '@samenwerven/db';

export interface AuditFilter {
  /** Organisation id or slug. */
  organisation?: string;
  /** Exact action, or a prefix ending in a dot (`membership.`). */
  action?: string;
  /** First and last day, `YYYY-MM-DD`, both included (UTC days). */
  from?: string;
  to?: string;
}

const UUID = /^[0-9a-f-]{36}$/i;

function conditions(filter: AuditFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.organisation) {
    const bySlug = eq(organisations.slug, filter.organisation);
    where.push(UUID.test(filter.organisation) ? or(eq(organisations.id, filter.organisation), bySlug)! : bySlug);
  }
  if (filter.action) {
    where.push(
      filter.action.endsWith('.')
        ? sql`${auditLog.action} LIKE ${`${filter.action.replace(/[%_\\]/g, '\\$&')}%`}`
        : eq(auditLog.action, filter.action),
    );
  }
  if (filter.from) where.push(gte(auditLog.at, new Date(`${filter.from}T00:00:00Z`)));
  // The next day's start, by the database: the day after 9999-12-31 is past what a JavaScript date
  // hands the driver (`+010000-…`), and PostgreSQL refused it.
  if (filter.to) where.push(lt(auditLog.at, sql`(${filter.to}::date + 1)::timestamp AT TIME ZONE 'UTC'`));
  return where.length > 0 ? and(...where) : undefined;
}

/** Entries newest first, with the actor and the organisation they concern (either may be gone). */
export function listAuditEntries(db: Executor, filter: AuditFilter, page: { limit: number; offset: number }) {
  return db
    .select({
      entry: auditLog,
      actor: { id: users.id, name: users.name, email: users.email },
      organisation: { id: organisations.id, slug: organisations.slug, name: organisations.name },
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
    .where(conditions(filter))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset);
}

export type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>[number];

export async function countAuditEntries(db: Executor, filter: AuditFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
    .where(conditions(filter));
  return row?.n ?? 0;
}
