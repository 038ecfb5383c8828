/**
 * How long browsers and shared caches (a CDN, an office proxy) may keep what the server
 * generates, and how they check it again (issue 19).
 *
 * - Answers that are the same for every anonymous caller — the search, a vacancy, a member, the
 *   feeds, the sitemap, the API description — are marked by their route (`config.publicAnswer`),
 *   and any site's scripts may read them (`Access-Control-Allow-Origin: *`, no credentials).
 *   A shared cache may reuse them for five seconds, the same as a public page (web/plugin.ts); a
 *   browser asks again each time, and gets a 304 without a body when nothing changed. Never
 *   longer: a closed vacancy or a departed member leaves the search at once (DESIGN.md
 *   invariant 1), and no cache may keep it around.
 * - Anything asked with credentials (a session cookie, a bearer token, an API key) is personal:
 *   staff see the alliance-internal vacancies, a job seeker their own data. Like every other
 *   answer of the API, it is `private, no-store`.
 * - A route that says itself how long its answer keeps (the code lists, the suggestions, a logo,
 *   the built scripts) is left as it says.
 *
 * Every answer with a body of its own gets an ETag (@fastify/etag), checked against
 * If-None-Match. It is weak (`W/"…"`): one validator covers the answer in each of the encodings
 * @fastify/compress may send it in, where a strong one would have to differ per encoding
 * (RFC 9110, 8.8.3); If-None-Match compares weakly anyway, so a 304 comes all the same.
 */
import etag from '@fastify/etag';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Readable } from 'node:stream';
import { ACCESS_COOKIE, REFRESH_COOKIE } from './auth/plugin.ts';
import { isApiOrFeed } from './routed-path.ts';
import { versionedTag } from './versions.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The answer is the same for every anonymous caller: a shared cache may keep it briefly. */
    publicAnswer?: boolean;
  }
}

/** A public answer or page: five seconds in a shared cache, revalidated by browsers every time. */
export const PUBLIC_ANSWER_CACHE = 'public, max-age=0, s-maxage=5';
/** Personal and staff answers, and every other answer of the API. */
const PRIVATE_ANSWER_CACHE = 'private, no-store';

/** Whether the request carries anything that may make its answer personal. */
function hasCredentials(request: FastifyRequest): boolean {
  const cookies = request.cookies ?? {};
  return (
    request.principal !== undefined ||
    request.headers.authorization !== undefined ||
    cookies[ACCESS_COOKIE] !== undefined ||
    cookies[REFRESH_COOKIE] !== undefined
  );
}

/** Adds request headers to the answer's Vary, keeping those already named (Accept-Encoding). */
function addVary(reply: FastifyReply, fields: readonly string[]): void {
  const named = String(reply.getHeader('vary') ?? '')
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
  for (const field of fields) if (!named.some((n) => n.toLowerCase() === field.toLowerCase())) named.push(field);
  reply.header('vary', named.join(', '));
}

/** The opaque part of an entity tag, weak or strong (weak comparison, RFC 9110 8.8.3.2). */
const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * Whether If-None-Match names the answer's current ETag: `*`, or any tag of the list (a cache
 * that holds several versions sends them all; RFC 9110 13.1.2). @fastify/etag compares the
 * header whole, so a list or `*` never had a 304.
 */
export function noneMatchHolds(ifNoneMatch: string | undefined, etagHeader: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const current = opaque(etagHeader);
  return (ifNoneMatch.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => opaque(tag) === current);
}

const isStream = (payload: unknown): payload is Readable =>
  typeof payload === 'object' && payload !== null && typeof (payload as Readable).destroy === 'function';

/** What another site's scripts may read of an open answer: its validator and the limits. */
const EXPOSED_HEADERS = 'ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset';

/**
 * The CORS preflight a browser sends before a cross-site read with a header of its own (a
 * revalidation's If-None-Match): reads are allowed from anywhere, without credentials; the
 * answer itself then says whether it may be read (above). Writes are not: no other site's
 * scripts may change anything, so a preflight for any other method gets no permission.
 */
function preflight(request: FastifyRequest, reply: FastifyReply) {
  const method = String(request.headers['access-control-request-method'] ?? '').toUpperCase();
  if (method === 'GET' || method === 'HEAD') {
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-allow-methods', 'GET, HEAD');
    reply.header('access-control-allow-headers', 'If-None-Match, If-Modified-Since, Accept-Language');
    reply.header('access-control-max-age', '86400');
  }
  return reply.code(204).send();
}

const caching: FastifyPluginAsync = async (app) => {
  app.options('/*', { schema: { hide: true } }, preflight);
  await app.register(etag, { weak: true, replyWith304: false });
  app.addHook('onSend', async (request, reply, payload) => {
    const tag = reply.getHeader('etag');
    if (request.routeOptions.config.versionedAnswer && typeof payload === 'string' && typeof tag === 'string') {
      reply.header('etag', versionedTag(payload, tag));
    }
    return payload;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const tag = reply.getHeader('etag');
    const readable = request.method === 'GET' || request.method === 'HEAD';
    if (readable && reply.statusCode === 200 && typeof tag === 'string') {
      if (noneMatchHolds(request.headers['if-none-match'], tag)) {
        // A file is sent as a stream (already open): closed here, or each 304 kept a handle open.
        if (isStream(payload)) payload.destroy();
        reply.code(304);
        return '';
      }
    }
    return payload;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const readable = request.method === 'GET' || request.method === 'HEAD';
    const ok = reply.statusCode === 200 || reply.statusCode === 304;
    const anonymous = readable && ok && !hasCredentials(request);
    // The same for everyone, so any site's scripts may read it (open data: the search, the
    // feeds, the code lists). Never with credentials: a browser sends no cookie to a `*` origin.
    // Its refusals too (a 400 with its field messages, a 429 with Retry-After): a widget on a
    // member's site should say why, not see a network error.
    const keptPublicly = /^public\b/.test(String(reply.getHeader('cache-control') ?? ''));
    const openRoute = request.routeOptions.config.publicAnswer || (ok && keptPublicly);
    if (readable && !hasCredentials(request) && openRoute) {
      reply.header('access-control-allow-origin', '*');
      reply.header('access-control-expose-headers', EXPOSED_HEADERS);
    }
    if (reply.hasHeader('cache-control')) return payload;
    if (request.routeOptions.config.publicAnswer && anonymous) {
      // A shared cache must not hand an anonymous answer to a signed-in caller, nor the reverse.
      reply.header('cache-control', PUBLIC_ANSWER_CACHE);
      addVary(reply, ['Cookie', 'Authorization']);
    } else if (request.routeOptions.config.publicAnswer || isApiOrFeed(request)) {
      reply.header('cache-control', PRIVATE_ANSWER_CACHE);
    }
    return payload;
  });
};

export const httpCaching = fp(caching, { name: 'http-caching', dependencies: ['auth'] });
