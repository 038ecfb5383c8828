import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { currentUser, type Access } from '../auth/plugin.ts';
import { Email } from '../auth/schemas.ts';
import { Filled, literals } from '../contract/typebox.ts';
import { changeStaffRole, inviteStaff, listStaff, removeStaff } from './service.ts';
import { ErrorRef } from '../errors.ts';

const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef, 409: ErrorRef, 429: ErrorRef };
const StaffRole = literals(['hr_officer', 'org_admin'] as const);
const StaffMember = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  name: Type.String(),
  role: StaffRole,
  status: literals(['active', 'invited', 'invitation_expired'] as const),
  /** The language of the portal's mails to them (an invitation sent again goes in it). */
  locale: literals(['nl', 'en'] as const),
  lastSignInAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});
const OrgParams = Type.Object({ orgId: Type.String({ format: 'uuid' }) });
const UserParams = Type.Object({ orgId: Type.String({ format: 'uuid' }), userId: Type.String({ format: 'uuid' }) });
const adminOnly: Access = { roles: ['org_admin'] };
/** Inviting makes the portal send mail: only admins of members in good standing may. */
const activeAdmin: Access = { roles: ['org_admin'], activeMembership: true };

/** Organisation admins manage their own staff; anyone else's organisation is 404. */
export const staffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organisations/:orgId/users',
    {
      config: { access: adminOnly },
      schema: {
        tags: ['staff'],
        summary: 'Staff accounts and open invitations',
        params: OrgParams,
        response: { 200: Type.Object({ items: Type.Array(StaffMember) }), ...errors },
      },
    },
    async (request) => ({ items: await listStaff(app.db, request.params.orgId) }),
  );

  app.post(
    '/organisations/:orgId/users',
    {
      config: { access: activeAdmin },
      schema: {
        tags: ['staff'],
        summary: 'Invite a staff member by e-mail (active members; limited per organisation and per address)',
        params: OrgParams,
        body: Type.Object(
          {
            email: Email,
            name: Filled({ maxLength: 200 }),
            role: StaffRole,
            locale: Type.Optional(literals(['nl', 'en'] as const)),
          },
          { additionalProperties: false },
        ),
        response: { 201: StaffMember, ...errors },
      },
    },
    async (request, reply) => {
      const deps = { db: app.db, publicUrl: app.config.publicUrl };
      return reply
        .status(201)
        .send(await inviteStaff(deps, currentUser(request).userId, request.params.orgId, request.body));
    },
  );

  app.patch(
    '/organisations/:orgId/users/:userId',
    {
      config: { access: adminOnly },
      schema: {
        tags: ['staff'],
        summary: 'Change a staff member’s role',
        params: UserParams,
        body: Type.Object({ role: StaffRole }, { additionalProperties: false }),
        response: { 200: StaffMember, ...errors },
      },
    },
    async (request) =>
      changeStaffRole(
        app.db,
        currentUser(request).userId,
        request.params.orgId,
        request.params.userId,
        request.body.role,
      ),
  );

  app.delete(
    '/organisations/:orgId/users/:userId',
    {
      config: { access: adminOnly },
      schema: {
        tags: ['staff'],
        summary: 'Remove a staff member (signs them out everywhere)',
        params: UserParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeStaff(app.db, currentUser(request).userId, request.params.orgId, request.params.userId);
      return reply.status(204).send(null);
    },
  );
};
