/** The job seeker's own data: a download of all of it, and erasure (privacy/service.ts). */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { localFileStore } from '../applications/file-store.ts';
import { currentUser } from '../auth/plugin.ts';
import { ErrorRef } from '../errors.ts';
import { erasePerson, exportPerson, type PrivacyDeps } from './service.ts';

export async function privacyRoutes(app: FastifyInstance) {
  const deps: PrivacyDeps = { db: app.db, files: localFileStore(app.config.dataDir) };
  const errors = { 401: ErrorRef, 403: ErrorRef, 404: ErrorRef };

  app.get(
    '/me/export',
    {
      config: { access: { roles: 'signed-in' } },
      schema: {
        tags: ['auth'],
        summary: 'Everything the portal holds about you (job seekers), as a zip of JSON and your own files',
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...errors },
      },
    },
    async (request, reply) => {
      const { filename, zip } = await exportPerson(deps, currentUser(request).userId);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(zip));
    },
  );

  app.delete(
    '/me',
    {
      config: { access: { roles: 'signed-in' } },
      schema: {
        tags: ['auth'],
        summary:
          'Erase your account (job seekers): your applications with their files and notes, mail sent to you and the log about you go too',
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await erasePerson(deps, currentUser(request).userId);
      app.clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );
}
