/**
 * Serves the built web app. Deep links (`/vacatures/…`, `/en/…`) get index.html so the
 * client router can take over; unknown API paths and files keep their 404.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '@samenwerven/db';
import { AppError, notFoundHandler, UNAVAILABLE_RETRY_SECONDS } from '../errors.ts';
import { pageHead, renderPage } from '../pages/head.ts';

export interface WebApp {
  plugin: FastifyPluginAsync;
  /** The app-wide not-found handler: index.html for page addresses, the JSON 404 otherwise. */
  notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply | Promise<FastifyReply>;
}

export async function loadWebApp(root: string): Promise<WebApp> {
  const indexHtml = await readFile(path.join(root, 'index.html'), 'utf8');
  /** The page with its server-made head for public addresses; the bare app for the rest. */
  const sendApp = async (request: FastifyRequest, reply: FastifyReply) => {
    let pathname: string;
    const queryAt = request.url.indexOf('?');
    const rawPath = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
    const query = queryAt === -1 ? '' : request.url.slice(queryAt + 1);
    try {
      pathname = decodeURIComponent(rawPath || '/');
    } catch {
      throw new AppError(400, 'bad_request', 'error.bad_request');
    }
    let unavailable = false;
    const head = await pageHead(
      request.server.db,
      request.server.config.publicUrl,
      pathname,
      new URLSearchParams(query),
    ).catch((error: unknown) => {
      request.log.warn({ err: error }, 'page head failed; serving the bare app');
      unavailable = isDatabaseUnavailable(error);
      return undefined;
    });
    // The database is away: the app still loads (and says so itself), but crawlers and
    // caches are told to come back rather than that the page is gone or fine.
    if (unavailable)
      return reply
        .status(503)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('retry-after', String(UNAVAILABLE_RETRY_SECONDS))
        .send(indexHtml);
    // A page that does not exist is an error answer: never kept in any cache.
    return reply
      .status(head?.status ?? 200)
      .type('text/html; charset=utf-8')
      .header('cache-control', (head?.status ?? 200) >= 400 ? 'no-store' : 'no-cache')
      .send(head ? renderPage(indexHtml, head) : indexHtml);
  };
  const isPage = (request: FastifyRequest) =>
    request.method === 'GET' && !request.url.startsWith('/api/') && !path.extname(request.url.split('?')[0] ?? '');
  return {
    notFound: (request, reply) => (isPage(request) ? sendApp(request, reply) : notFoundHandler(request, reply)),
    plugin: async (app) => {
      await app.register(fastifyStatic, {
        root,
        wildcard: false,
        index: false,
        // The build writes .br and .gz copies (web/vite.config.ts): sent as the browser accepts.
        preCompressed: true,
        setHeaders: (res, file) => {
          if (file.includes(`${path.sep}assets${path.sep}`))
            res.header('cache-control', 'public, max-age=31536000, immutable');
        },
      });
      app.get('/', { schema: { hide: true } }, (request, reply) => sendApp(request, reply));
    },
  };
}
