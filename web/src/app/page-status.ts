/** What the server answers for a rendered page besides its HTML (entry-server.tsx). */
import type { StaticHandlerContext } from 'react-router';
import { ApiError } from '../api/client.ts';
import { asFailure } from '../lib/form-result.ts';

type Answer = { status: number; retryAfter?: number };

/**
 * The page's status: the router's, except where a loader's API request was refused for a
 * while (429, too many requests from the visitor's address; 503, a service away), or a form
 * sent without scripts was refused. The router makes any thrown error a 500; the visitor, a
 * crawler or a cache should hear when to come back.
 */
export function answerOf(context: Pick<StaticHandlerContext, 'statusCode' | 'errors' | 'actionData'>): Answer {
  const waiting = Object.values(context.errors ?? {}).find(
    (error): error is ApiError => error instanceof ApiError && (error.status === 429 || error.status === 503),
  );
  if (waiting)
    return { status: waiting.status, ...(waiting.retryAfter === null ? {} : { retryAfter: waiting.retryAfter }) };
  return refusedForm(context.actionData) ?? { status: context.statusCode };
}

/**
 * A form's action that answered with a failure: the page that comes back with the messages is
 * an error answer, as the API's would be (4xx: bad input is never a 200, also without scripts),
 * with the API's status when it refused, else 400 for the action's own checks.
 */
function refusedForm(actionData: StaticHandlerContext['actionData']): Answer | undefined {
  const refused = Object.values(actionData ?? {})
    .map(asFailure)
    .find((failure) => failure !== null);
  if (!refused) return undefined;
  return {
    status: refused.status ?? 400,
    ...(refused.retryAfter === undefined ? {} : { retryAfter: refused.retryAfter }),
  };
}
