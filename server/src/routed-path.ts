import type { FastifyRequest } from 'fastify';

/**
 * The path a request was routed by: its route's own pattern (`/api/v1/me`), where one matched.
 * The router decodes the address first, so `/%61pi/v1/me` is the API route; a check of the raw
 * address (`startsWith('/api/')`) took it for a page and left the answer without `no-store`
 * (found by an attacker pass). The raw path where no route matched.
 */
export function routedPath(request: FastifyRequest): string {
  return request.routeOptions.url ?? request.url.split('?')[0] ?? '';
}

/** Whether the request went to the API or a feed (by its route, not its raw address). */
export function isApiOrFeed(request: FastifyRequest): boolean {
  const path = routedPath(request);
  return path.startsWith('/api/') || path.startsWith('/feeds/');
}
