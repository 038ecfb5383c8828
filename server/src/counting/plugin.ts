/**
 * The app's counters (views, search impressions, search words): one buffer per process,
 * flushed every few seconds and when the app closes. Routes call `countVisit` and
 * `countSearch`; both decide themselves whether the request counts (visitors.ts).
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { limitedNetwork } from '../network-address.ts';
import { CounterBuffer, normaliseTerm, type VisitSource } from './counter-buffer.ts';
import { isCountedVisitor, VisitMemory } from './visitors.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts waiting to be written; `await app.counters.flush()` writes them now. */
    counters: CounterBuffer;
    visits: VisitMemory;
    /** Apart from the views' memory: a search page remembers twenty vacancies and its words. */
    searchVisits: VisitMemory;
  }
}

export const countingPlugin = fp(async (app: FastifyInstance) => {
  const counters = new CounterBuffer(app.db);
  app.decorate('counters', counters);
  app.decorate('visits', new VisitMemory());
  app.decorate('searchVisits', new VisitMemory());
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
 * A page of search results: each vacancy on it counts as shown once per network per half hour,
 * and the words on the first page once per network per half hour, whatever the order, paging or
 * browser (an attacker's review: one client sending a search again and again put any words among
 * the coordinator's "searches without results" and raised a vacancy's impressions at will; with
 * the browser or the order in the key, changing either counted again). The network, not the
 * address: an IPv6 client picks any address of its /64.
 */
export function countSearch(
  request: FastifyRequest,
  query: { q?: string | undefined; page: number },
  result: { hits: readonly { id: string }[]; total: number; unknownWords?: string },
): void {
  if (!isCountedVisitor(request.headers)) return;
  const { counters, searchVisits } = request.server;
  const network = limitedNetwork(request.ip);
  counters.impressions(result.hits.map((hit) => hit.id).filter((id) => searchVisits.isNewVisit(network, '', id)));
  // The words as typed found nothing, whatever was shown without the unknown ones: the
  // coordinator's "searches without results" is where such words are seen.
  const total = result.unknownWords ? 0 : result.total;
  if (query.page !== 1 || !query.q) return;
  const term = normaliseTerm(query.q);
  if (term !== '' && searchVisits.isNewVisit(network, '', `words\n${term}`)) counters.search(query.q, total);
}
