import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { isCoordinator } from '../auth/plugin.ts';
import { checkHealth } from './checks.ts';

const Supervised = Type.Object(
  {
    state: Type.Union([Type.Literal('running'), Type.Literal('restarting'), Type.Literal('stopped')]),
    restarts: Type.Integer({ description: 'Restarts after an unexpected exit since the portal started' }),
    lastExit: Type.Union([
      Type.Object({
        at: Type.String({ format: 'date-time' }),
        code: Type.Union([Type.Integer(), Type.Null()]),
        signal: Type.Union([Type.String(), Type.Null()]),
      }),
      Type.Null(),
    ]),
    lastError: Type.Optional(
      Type.Union([Type.String(), Type.Null()], {
        description: 'Why the last restart attempt failed; to a signed-in coordinator only',
      }),
    ),
  },
  { description: 'An embedded server that the portal started and supervises' },
);

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded'), Type.Literal('down')], {
    description: 'ok: all up; degraded: search answers from the database; down: the database is unreachable',
  }),
  db: Type.Union([Type.Literal('up'), Type.Literal('down')]),
  search: Type.Union([Type.Literal('up'), Type.Literal('down')]),
  /** Outbox rows not yet applied to the search index; null when the database is down. */
  outboxBacklog: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Changes not yet applied to the search index; null when the database is down',
  }),
  searchBreaker: Type.Object(
    {
      state: Type.Union([Type.Literal('closed'), Type.Literal('open')]),
      openSince: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      trips: Type.Integer(),
      lastError: Type.Optional(
        Type.Union([Type.String(), Type.Null()], {
          description: "The engine's last failure; to a signed-in coordinator only",
        }),
      ),
    },
    {
      description:
        'open: the search engine failed and has not answered a probe since; searches answer from the database at once',
    },
  ),
  embedded: Type.Object(
    { postgres: Type.Optional(Supervised), meilisearch: Type.Optional(Supervised) },
    { description: 'The servers this process started itself (absent for servers of your own)' },
  ),
});

type HealthReport = Awaited<ReturnType<typeof checkHealth>>;

/**
 * The servers' error messages name hosts, ports, folders and versions: what an attacker looks
 * for, and nothing a load balancer needs. Anyone gets the states and counts; the messages go to
 * a signed-in coordinator, who looks after the portal.
 */
function forCaller(health: HealthReport, request: FastifyRequest): Static<typeof Health> {
  if (isCoordinator(request)) return health;
  const { lastError: _breakerError, ...searchBreaker } = health.searchBreaker;
  const embedded = Object.fromEntries(
    Object.entries(health.embedded).map(([name, { lastError: _serverError, ...server }]) => [name, server]),
  );
  return { ...health, searchBreaker, embedded };
}

/** Readiness for load balancers and people: 200 while the database answers, else 503. */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Whether the database and the search engine are up, the sync backlog, and the embedded servers',
        description:
          "Anyone may call it. The servers' error messages (`lastError`) are given to a signed-in coordinator only.",
        response: { 200: Health, 503: Health },
      },
    },
    async (request, reply) => {
      const health = forCaller(await checkHealth(app.db, app.searchIndex.client, app.embeddedStatus()), request);
      reply.header('cache-control', 'no-store');
      // How long the portal itself took, from receiving the request: a client on a loaded
      // machine can tell its own waiting apart from ours.
      reply.header('server-timing', `app;dur=${reply.elapsedTime.toFixed(1)}`);
      return reply.status(health.db === 'up' ? 200 : 503).send(health);
    },
  );
};
