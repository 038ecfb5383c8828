import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { auditLog, organisations, users } from '@samenwerven/db';
import { ErrorRef } from '../errors.ts';
import { toCsv } from '../csv.ts';

const Entry = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  action: Type.String(),
  actor: Type.Union([Type.Object({ id: Type.String(), name: Type.String(), email: Type.String() }), Type.Null()]),
  organisation: Type.Union([Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }), Type.Null()]),
  subjectType: Type.String(),
  subjectId: Type.String(),
  reason: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

const Query = Type.Object(
  {
    organisation: Type.Optional(Type.String({ maxLength: 100, description: 'Organisation id or slug' })),
    action: Type.Optional(
      Type.String({ maxLength: 100, description: 'Exact action, or a prefix ending in a dot (membership.)' }),
    ),
    from: Type.Optional(Type.String({ format: 'date' })),
    to: Type.Optional(Type.String({ format: 'date' })),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  },
  { additionalProperties: false },
);

/** Who did what, when and why: filterable, and downloadable as CSV (up to 10,000 rows). */
export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit-log',
    {
      config: { access: { roles: ['coordinator'] } },
      schema: {
        tags: ['membership'],
        summary: 'The audit log, newest first',
        querystring: Query,
        response: {
          200: Type.Object({
            items: Type.Array(Entry),
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
          }),
          400: ErrorRef,
          401: ErrorRef,
          403: ErrorRef,
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const conditions: SQL[] = [];
      if (q.organisation) {
        const byId = /^[0-9a-f-]{36}$/i.test(q.organisation) ? eq(organisations.id, q.organisation) : undefined;
        conditions.push(
          byId ? or(byId, eq(organisations.slug, q.organisation))! : eq(organisations.slug, q.organisation),
        );
      }
      if (q.action) {
        conditions.push(
          q.action.endsWith('.')
            ? sql`${auditLog.action} LIKE ${`${q.action.replace(/[%_\\]/g, '\\$&')}%`}`
            : eq(auditLog.action, q.action),
        );
      }
      if (q.from) conditions.push(gte(auditLog.at, new Date(`${q.from}T00:00:00Z`)));
      if (q.to) conditions.push(lt(auditLog.at, new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000)));
      const where = conditions.length > 0 ? and(...conditions) : undefined;
      const csv = q.format === 'csv';
      const limit = csv ? 10_000 : q.pageSize;
      const rows = await app.db
        .select({
          entry: auditLog,
          actor: { id: users.id, name: users.name, email: users.email },
          organisation: { id: organisations.id, slug: organisations.slug, name: organisations.name },
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
        .where(where)
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(limit)
        .offset(csv ? 0 : (q.page - 1) * q.pageSize);
      const items = rows.map(({ entry, actor, organisation }) => ({
        id: entry.id,
        at: entry.at.toISOString(),
        action: entry.action,
        actor: actor?.id ? actor : null,
        organisation: organisation?.id ? organisation : null,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
        reason: entry.reason,
        before: entry.before,
        after: entry.after,
      }));
      if (csv) {
        const flat = items.map((i) => ({
          at: i.at,
          action: i.action,
          actor: i.actor?.email ?? 'system',
          organisation: i.organisation?.name ?? '',
          subjectType: i.subjectType,
          subjectId: i.subjectId,
          reason: i.reason,
          before: i.before,
          after: i.after,
        }));
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="samenwerven-audit-log.csv"')
          .send(toCsv(flat));
      }
      const [{ n } = { n: 0 }] = await app.db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditLog)
        .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
        .where(where);
      return { items, total: n, page: q.page, pageSize: q.pageSize };
    },
  );
};
