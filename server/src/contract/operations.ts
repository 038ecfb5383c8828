/**
 * Every operation of the OpenAPI document complete enough for an integrator to work from alone
 * (issue 19), from what each route already says, so no route can be added without it:
 *
 * - an `operationId` from the method and the path (`getVacanciesById`), stable and unique;
 * - a description: the route's own, else its summary;
 * - every answer described: the route's success answers by what they are, and the error
 *   answers any operation can give — 400 when it takes input, 403 when it needs credentials,
 *   413 and 415 when it takes a body, 401 (a refused token or key), 429 and 503 always — in the
 *   API's one error shape;
 * - a query string: an operation that reads none takes none, so a parameter sent to it is
 *   refused by its name (400), as every other operation refuses one it does not know. A client's
 *   typo (`/taxonomies?lang=en`) is told, not silently ignored.
 *
 * Runs after the auth plugin's hook, which gives each operation its `security`.
 */
import type { FastifyPluginAsync, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { Type } from '@sinclair/typebox';
import { ErrorRef } from '../errors.ts';

const DESCRIPTIONS: Record<string, string> = {
  200: 'OK',
  201: 'Created: the new resource',
  202: 'Accepted: the work is queued',
  204: 'Done; no content',
  301: 'Moved permanently: `Location` has the address',
  302: 'Found: `Location` has the address',
  304: 'Not modified since the `ETag` in `If-None-Match`',
  400: 'Bad input: `error.fields` names each field that is wrong, and why',
  401: 'Not signed in, or the token or key is no longer valid',
  403: 'Not allowed: another role, a key without the scope, or a membership that does not allow it',
  404: 'Absent, or not yours to see',
  409: 'In conflict with the current state, or a stale `version` (`error.currentVersion`)',
  410: 'Gone: it was public once and is not any more',
  413: 'Too large',
  415: 'A content type the operation does not take',
  422: 'Well-formed, but the rules do not allow it: the message says which',
  429: 'Too many requests: try again after `Retry-After` seconds',
  503: 'A server the portal depends on is unreachable: try again after `Retry-After` seconds',
};

/** `getVacanciesById` for GET /api/v1/vacancies/:id; a HEAD route (made for each GET) gets `head…`. */
export function operationId(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? `by-${part.slice(1)}` : part))
    .flatMap((part) => part.split(/[^a-zA-Z0-9]+/))
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1));
  return method.toLowerCase() + (words.join('') || 'Root');
}

/** The query string of an operation that reads none: nothing in it is known. */
const NoQuery = Type.Object({}, { additionalProperties: false });

type ResponseSchemas = Record<string, Record<string, unknown>>;

/** Whether the operation can be called without credentials (no `security`, or `{}` among its choices). */
const anonymousAllowed = (security: unknown) =>
  !Array.isArray(security) || security.length === 0 || security.some((choice) => Object.keys(choice).length === 0);

/** Where a refused token or key is said (`sendsBearer` in auth/plugin.ts): the API and the feeds. */
const refusesBadCredentials = (url: string) => url.startsWith('/api/') || url.startsWith('/feeds/');

/** A request of this method may carry a body: one that takes none refuses another type with 415 (app.ts). */
const mayCarryBody = (method: string) => method !== 'GET' && method !== 'HEAD';

function completeResponses(schema: NonNullable<RouteOptions['schema']>, url: string, method: string): ResponseSchemas {
  const given = (schema.response ?? {}) as ResponseSchemas;
  const responses: ResponseSchemas = {};
  for (const [status, answer] of Object.entries(given)) {
    // A copy: response schemas are shared between routes (ErrorRef), each gets its own words.
    responses[status] = { ...answer, description: answer.description ?? DESCRIPTIONS[status] ?? 'Answer' };
  }
  const errors = [
    ...(schema.querystring || schema.body || schema.documentedBody || schema.params ? ['400'] : []),
    // A token or key sent and refused is 401 also where anyone may call.
    ...(anonymousAllowed(schema.security) ? (refusesBadCredentials(url) ? ['401'] : []) : ['401', '403']),
    ...(schema.body || schema.documentedBody || mayCarryBody(method) ? ['413', '415'] : []),
    '429',
    '503',
  ];
  for (const status of errors) responses[status] ??= { ...ErrorRef, description: DESCRIPTIONS[status]! };
  return responses;
}

const operations: FastifyPluginAsync = async (app) => {
  app.addHook('onRoute', (route) => {
    const schema = route.schema;
    if (!schema || schema.hide) return;
    const method = Array.isArray(route.method) ? route.method[0]! : route.method;
    const withQuery = { ...schema, querystring: schema.querystring ?? NoQuery };
    route.schema = {
      ...withQuery,
      operationId: schema.operationId ?? operationId(method, route.url),
      description: schema.description ?? schema.summary,
      response: completeResponses(withQuery, route.url, method),
    };
  });
};

export const operationContract = fp(operations, { name: 'operation-contract', dependencies: ['auth'] });
