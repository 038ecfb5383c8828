import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { sql } from 'drizzle-orm';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded'), Type.Literal('down')]),
  db: Type.Union([Type.Literal('up'), Type.Literal('down')]),
  search: Type.Union([Type.Literal('up'), Type.Literal('down')]),
  /** Outbox rows not yet applied to the search index; null when the database is down. */
  outboxBacklog: Type.Union([Type.Integer(), Type.Null()]),
});

/** Readiness for load balancers and people: 200 while the database answers, else 503. */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Whether the database and the search engine are up, and the sync backlog',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const [backlog, searchUp] = await Promise.all([
        app.db
          .execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM search_outbox`)
          .then((r) => r.rows[0]?.n ?? 0)
          .catch(() => null),
        app.searchIndex.client.isHealthy().catch(() => false),
      ]);
      const dbUp = backlog !== null;
      const status = !dbUp ? 'down' : searchUp ? 'ok' : 'degraded';
      return reply.status(dbUp ? 200 : 503).send({
        status,
        db: dbUp ? 'up' : 'down',
        search: searchUp ? 'up' : 'down',
        outboxBacklog: backlog,
      });
    },
  );
};
