import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { currentUser, type Access } from '../auth/plugin.ts';
import { ApiKeyScopes } from '../auth/schemas.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './service.ts';
import { ErrorRef } from '../errors.ts';
import { Filled } from '../contract/typebox.ts';

const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef };
const ApiKey = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters of the key, to tell keys apart' }),
  scopes: ApiKeyScopes,
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdBy: Type.Union(
    [
      Type.Object({
        name: Type.String(),
        gone: Type.Boolean({
          description: 'No longer on the organisation’s staff: removed, or moved to another member',
        }),
      }),
      Type.Null(),
    ],
    { description: 'Who made the key; it keeps working when they leave. Null when not known' },
  ),
});
const OrgParams = Type.Object({ orgId: Type.String({ format: 'uuid' }) });
const adminOnly: Access = { roles: ['org_admin'] };

export const apiKeyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organisations/:orgId/api-keys',
    {
      config: { access: adminOnly },
      schema: {
        tags: ['api-keys'],
        summary: 'The organisation’s active integration keys',
        params: OrgParams,
        response: { 200: Type.Object({ items: Type.Array(ApiKey) }), ...errors },
      },
    },
    async (request) => ({ items: await listApiKeys(app.db, request.params.orgId) }),
  );

  app.post(
    '/organisations/:orgId/api-keys',
    {
      // A key exists to publish from an ATS, which a suspended or departed member may not.
      config: { access: { ...adminOnly, activeMembership: true } },
      schema: {
        tags: ['api-keys'],
        summary: 'Create a key; the secret is in this answer only',
        description:
          'The key acts for this organisation only, with the scopes given (all three when left out). Send it as ' +
          '`Authorization: Bearer <key>`; `GET /api/v1/me` with it answers which key it is and the organisation’s id.',
        params: OrgParams,
        body: Type.Object(
          { name: Filled({ maxLength: 100 }), scopes: Type.Optional(ApiKeyScopes) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Composite([ApiKey, Type.Object({ key: Type.String() })]), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createApiKey(app.db, currentUser(request).userId, request.params.orgId, request.body)),
  );

  app.delete(
    '/organisations/:orgId/api-keys/:keyId',
    {
      config: { access: adminOnly },
      schema: {
        tags: ['api-keys'],
        summary: 'Revoke a key',
        params: Type.Object({ orgId: Type.String({ format: 'uuid' }), keyId: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await revokeApiKey(app.db, currentUser(request).userId, request.params.orgId, request.params.keyId);
      return reply.status(204).send(null);
    },
  );
};
