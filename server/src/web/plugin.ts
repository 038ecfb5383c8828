/**
 * Serves the built web app. Deep links (`/vacatures/…`, `/en/…`) get index.html so the
 * client router can take over; unknown API paths keep their JSON 404.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { notFoundHandler } from '../errors.ts';

export const webApp: FastifyPluginAsync<{ root: string }> = async (app, { root }) => {
  const indexHtml = await readFile(path.join(root, 'index.html'), 'utf8');
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    setHeaders: (res, file) => {
      if (file.includes(`${path.sep}assets${path.sep}`))
        res.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  const sendApp = (_request: unknown, reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
  app.get('/', sendApp);
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' && !request.url.startsWith('/api/') && !path.extname(request.url.split('?')[0] ?? '');
    return isPage ? sendApp(request, reply) : notFoundHandler(request, reply);
  });
};
