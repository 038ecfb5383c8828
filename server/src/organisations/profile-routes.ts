import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { currentUser, type Access } from '../auth/plugin.ts';
import { AppError, ErrorRef } from '../errors.ts';
import { getProfile, LOGO_MAX_BYTES, LOGO_MAX_SIDE, logoTypes, setLogo, updateProfile } from './profile.ts';
import { getLogo } from './service.ts';
import { mediaType } from '../media-type.ts';
import { expectedVersion, IfMatch } from '../versions.ts';
import { PATTERNS } from '../contract/typebox.ts';

const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef, 413: ErrorRef, 415: ErrorRef };
const saveErrors = { ...errors, 409: ErrorRef, 428: ErrorRef };
const hr: Access = { roles: ['hr_officer', 'org_admin'] };
/** A suspended or departed member keeps its profile as it was. */
const hrWrite: Access = { ...hr, activeMembership: true };
const OrgParams = Type.Object({ orgId: Type.String({ format: 'uuid' }) });
const Profile = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  description: Type.String({ description: 'Sanitised HTML' }),
  offer: Type.String(),
  website: Type.Union([Type.String(), Type.Null()]),
  logoUrl: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer({ description: 'Send it back with a save (`If-Match` or `version`): a stale one gets 409' }),
});

/** The employer profile, kept by the organisation's staff; the logo is public. */
export const profileRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addContentTypeParser([...logoTypes], { parseAs: 'buffer', bodyLimit: LOGO_MAX_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '/organisations/:orgId/profile',
    {
      config: { access: hr, versionedAnswer: true },
      schema: {
        tags: ['organisations'],
        summary: 'The employer profile',
        params: OrgParams,
        response: { 200: Profile, ...errors },
      },
    },
    async (request) => getProfile(app.db, request.params.orgId, app.config.publicUrl),
  );

  app.patch(
    '/organisations/:orgId/profile',
    {
      config: { access: hrWrite, versionedAnswer: true },
      schema: {
        tags: ['organisations'],
        summary: 'Edit the employer profile; send the version you edited (If-Match or `version`), a stale one gets 409',
        params: OrgParams,
        headers: IfMatch,
        body: Type.Object(
          {
            version: Type.Optional(Type.Integer({ minimum: 1 })),
            description: Type.Optional(Type.String({ maxLength: 20_000 })),
            offer: Type.Optional(Type.String({ maxLength: 5_000 })),
            website: Type.Optional(
              Type.Union([Type.String({ format: 'uri', pattern: PATTERNS.webAddress, maxLength: 500 }), Type.Null()]),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Profile, ...saveErrors },
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      return updateProfile(
        app.db,
        currentUser(request).userId,
        request.params.orgId,
        input,
        expectedVersion(request, { version }),
        app.config.publicUrl,
      );
    },
  );

  app.put(
    '/organisations/:orgId/logo',
    {
      config: { access: hrWrite },
      schema: {
        tags: ['organisations'],
        summary: `Upload the logo: PNG, JPEG or WebP, at most ${LOGO_MAX_BYTES / 1024} KB and ${LOGO_MAX_SIDE} × ${LOGO_MAX_SIDE} pixels, as the raw request body`,
        params: OrgParams,
        documentedBody: {
          description: 'The image file as it is, as the request body (not a form), with its type as Content-Type',
          types: logoTypes,
          example: '(the bytes of the image)',
        },
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const type = mediaType(request.headers['content-type'] ?? '');
      if (!Buffer.isBuffer(request.body))
        throw new AppError(415, 'unsupported_media_type', 'error.unsupported_media_type');
      await setLogo(app.db, currentUser(request).userId, request.params.orgId, type, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/organisations/:orgId/logo',
    {
      config: { access: hrWrite },
      schema: {
        tags: ['organisations'],
        summary: 'Remove the logo',
        params: OrgParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await setLogo(app.db, currentUser(request).userId, request.params.orgId, '', null);
      return reply.status(204).send(null);
    },
  );

  // Named `orgId` as the routes that change the logo name it: one path, not two that differ only
  // in their parameter's name (which OpenAPI forbids). Public addresses (`logoUrl`) use the slug.
  app.get(
    '/organisations/:orgId/logo',
    {
      schema: {
        tags: ['organisations'],
        summary: 'A member’s logo',
        params: Type.Object({
          orgId: Type.String({
            maxLength: 100,
            description: 'The organisation’s id, or its slug (which the profile’s `logoUrl` uses)',
          }),
        }),
        // The address the profile gives carries the logo's version, so a new logo is fetched anew.
        querystring: Type.Object(
          { v: Type.Optional(Type.String({ maxLength: 40, description: 'The logo’s version; any value' })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), 404: ErrorRef },
      },
    },
    async (request, reply) => {
      const { logo, logoType } = await getLogo(app.db, request.params.orgId);
      return (
        reply
          .type(logoType)
          .header('cache-control', 'public, max-age=86400')
          .header('x-content-type-options', 'nosniff')
          // The API gives integrators the logo's absolute address: their pages may show it.
          .header('cross-origin-resource-policy', 'cross-origin')
          .send(logo)
      );
    },
  );
};
