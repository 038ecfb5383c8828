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

/**
 * What an entry is about, by name, while it exists: a staff member's name (a job seeker's never:
 * the log names people's applications by id), a vacancy's or an API key's, the vacancy an
 * application is to, an organisation's. Null for other subjects and for what is gone. A review:
 * "role changed" did not say whose.
 */
const subjectName = sql<
  string | null
>`CASE WHEN ${auditLog.subjectId} ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
  CASE ${auditLog.subjectType}
    WHEN 'user' THEN (SELECT u.name FROM users u WHERE u.id = ${auditLog.subjectId}::uuid AND u.role <> 'job_seeker')
    WHEN 'vacancy' THEN (SELECT v.title FROM vacancies v WHERE v.id = ${auditLog.subjectId}::uuid)
    WHEN 'application' THEN (SELECT v.title FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
                              WHERE a.id = ${auditLog.subjectId}::uuid)
    WHEN 'api_key' THEN (SELECT k.name FROM api_keys k WHERE k.id = ${auditLog.subjectId}::uuid)
    WHEN 'organisation' THEN (SELECT o.name FROM organisations o WHERE o.id = ${auditLog.subjectId}::uuid)
    WHEN 'membership_application' THEN (SELECT o.name FROM membership_applications m
                                         JOIN organisations o ON o.id = m.organisation_id
                                         WHERE m.id = ${auditLog.subjectId}::uuid)
  END
END`;

/** Entries newest first, with the actor and the organisation they concern (either may be gone). */
export function listAuditEntries(db: Executor, filter: AuditFilter, page: { limit: number; offset: number }) {
  return db
    .select({
      entry: auditLog,
      actor: { id: users.id, name: users.name, email: users.email },
      organisation: { id: organisations.id, slug: organisations.slug, name: organisations.name },
      subjectName,
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
