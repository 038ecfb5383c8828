/**
 * Serves the built web app. Deep links (`/vacatures/…`, `/en/…`) get index.html so the
 * client router can take over; unknown API paths and files keep their 404.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { notFoundHandler } from '../errors.ts';

export interface WebApp {
  plugin: FastifyPluginAsync;
  /** The app-wide not-found handler: index.html for page addresses, the JSON 404 otherwise. */
  notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply;
}

export async function loadWebApp(root: string): Promise<WebApp> {
  const indexHtml = await readFile(path.join(root, 'index.html'), 'utf8');
  const sendApp = (reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
  const isPage = (request: FastifyRequest) =>
    request.method === 'GET' && !request.url.startsWith('/api/') && !path.extname(request.url.split('?')[0] ?? '');
  return {
    notFound: (request, reply) => (isPage(request) ? sendApp(reply) : notFoundHandler(request, reply)),
    plugin: async (app) => {
      await app.register(fastifyStatic, {
        root,
        wildcard: false,
        index: false,
        setHeaders: (res, file) => {
          if (file.includes(`${path.sep}assets${path.sep}`))
            res.header('cache-control', 'public, max-age=31536000, immutable');
        },
      });
      app.get('/', { schema: { hide: true } }, (_request, reply) => sendApp(reply));
    },
  };
}
