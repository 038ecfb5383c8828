/** What the server answers for a rendered page besides its HTML (entry-server.tsx). */
import type { StaticHandlerContext } from 'react-router';
import { ApiError } from '../api/client.ts';

/**
 * The page's status: the router's, except where a loader's API request was refused for a
 * while (429, too many requests from the visitor's address; 503, a service away). The router
 * makes any thrown error a 500; the visitor, a crawler or a cache should hear when to come back.
 */
export function answerOf(context: Pick<StaticHandlerContext, 'statusCode' | 'errors'>): {
  status: number;
  retryAfter?: number;
} {
  const waiting = Object.values(context.errors ?? {}).find(
    (error): error is ApiError => error instanceof ApiError && (error.status === 429 || error.status === 503),
  );
  if (!waiting) return { status: context.statusCode };
  return { status: waiting.status, ...(waiting.retryAfter === null ? {} : { retryAfter: waiting.retryAfter }) };
}
