/**
 * The app's counters (views, search impressions, search words): one buffer per process,
 * flushed every few seconds and when the app closes. Routes call `countVisit` and
 * `countSearch`; both decide themselves whether the request counts (visitors.ts).
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CounterBuffer, type VisitSource } from './counter-buffer.ts';
import { isCountedVisitor, VisitMemory } from './visitors.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts waiting to be written; `await app.counters.flush()` writes them now. */
    counters: CounterBuffer;
    visits: VisitMemory;
  }
}

export const countingPlugin = fp(async (app: FastifyInstance) => {
  const counters = new CounterBuffer(app.db);
  app.decorate('counters', counters);
  app.decorate('visits', new VisitMemory());
  counters.start();
  app.addHook('onClose', async () => counters.stop());
});

/** A visit to a vacancy's page: counted once per visitor per half hour, never for a bot. */
export function countVisit(request: FastifyRequest, vacancyId: string, source: VisitSource): void {
  const { server } = request;
  if (!isCountedVisitor(request.headers)) return;
  if (!server.visits.isNewVisit(request.ip, request.headers['user-agent'] ?? '', vacancyId)) return;
  server.counters.view(vacancyId, source);
}

/**
 * A page of search results: each vacancy on it was shown once; the words count on the first
 * page. Once per visitor per half hour for the same search, as a view: sent again and again,
 * one client put any text among the coordinator's "searches without results" and raised a
 * vacancy's impressions at will (an attacker's review).
 */
export function countSearch(
  request: FastifyRequest,
  query: { q?: string | undefined; page: number },
  result: { hits: readonly { id: string }[]; total: number; unknownWords?: string },
): void {
  if (!isCountedVisitor(request.headers)) return;
  const asCounted = { ...query, q: query.q?.trim().toLowerCase() };
  const search = `search\n${JSON.stringify(Object.entries(asCounted).toSorted(([a], [b]) => a.localeCompare(b)))}`;
  if (!request.server.visits.isNewVisit(request.ip, request.headers['user-agent'] ?? '', search)) return;
  request.server.counters.impressions(result.hits.map((hit) => hit.id));
  // The words as typed found nothing, whatever was shown without the unknown ones: the
  // coordinator's "searches without results" is where such words are seen.
  const total = result.unknownWords ? 0 : result.total;
  if (query.page === 1 && query.q) request.server.counters.search(query.q, total);
}
