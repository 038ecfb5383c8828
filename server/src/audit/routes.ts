import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { CsvSeparatorSchema, ListPageNumber } from '../contract/typebox.ts';
import { csvFileName } from '../csv.ts';
import { AppError, ErrorRef } from '../errors.ts';
import { auditLogCsv, auditLogPage } from './service.ts';

const Entry = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  action: Type.String(),
  actor: Type.Union([Type.Object({ id: Type.String(), name: Type.String(), email: Type.String() }), Type.Null()]),
  organisation: Type.Union([Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }), Type.Null()]),
  subjectType: Type.String(),
  subjectId: Type.String(),
  subjectName: Type.Union([Type.String(), Type.Null()], {
    description:
      'What the entry is about, by name, while it exists: a staff member, vacancy, API key or organisation, the vacancy of an application; never a job seeker',
  }),
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
    separator: Type.Optional(CsvSeparatorSchema),
    page: ListPageNumber(),
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
      const { format, separator, page, pageSize, ...filter } = request.query;
      // A reversed period finds nothing by mistake: said, as the figures say it.
      if (filter.from && filter.to && filter.to < filter.from)
        throw new AppError(400, 'validation_failed', 'error.validation_failed', {
          fields: { to: { key: 'error.to_before_from', params: {} } },
        });
      if (format !== 'csv') return auditLogPage(app.db, filter, page, pageSize);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${csvFileName('samenwerven-audit-log', separator)}"`)
        .send(await auditLogCsv(app.db, filter, separator));
    },
  );
};
