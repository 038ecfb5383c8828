import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { currentUser, type Access } from '../auth/plugin.ts';
import { sendZipDownload } from '../downloads.ts';
import { AppError, ErrorRef } from '../errors.ts';
import { hourlyLimitPerAddress } from '../hourly-limit.ts';
import { localeOf } from '../i18n.ts';
import { exportOrganisation } from './export.ts';
import {
  Application,
  ApplicationBody,
  ApplyAgainBody,
  ApplicationsQuery,
  CostWeightBody,
  DecisionBody,
  EndBody,
  LeaveAnswer,
  LeaveBody,
  LeavePreview,
  OrganisationsOverview,
  OrgParams,
  RejectBody,
  StateAnswer,
} from './schemas.ts';
import { applyAgain, applyForMembership, decideApplication, listApplications } from './applications.ts';
import { listAllOrganisations, setCostWeight } from './coordination.ts';
import { cancelScheduledLeave, leaveAlliance, leavePreview } from './leaving.ts';
import { changeMembership, type MembershipDeps } from './transitions.ts';
import { NO_BODY } from '../contract/typebox.ts';
import { shownOrNull } from '../text.ts';

const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef, 409: ErrorRef };
const coordinator: Access = { roles: ['coordinator'] };
const admin: Access = { roles: ['org_admin'] };

/** The membership life cycle: applying, deciding, suspending, leaving and rejoining. */
export const membershipRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps = (): MembershipDeps => ({
    db: app.db,
    publicUrl: app.config.publicUrl,
    allianceContact: app.config.allianceContact,
    jobs: app.jobs,
  });

  // Applying makes an organisation and an account and mails the address: a handful an hour
  // from one address is plenty for real applicants (the mail itself is capped per recipient).
  // Counted once the form passed its checks (a preHandler).
  const limitApplications = hourlyLimitPerAddress(app, 'join', 10);

  app.post(
    '/membership-applications',
    {
      preHandler: limitApplications,
      schema: {
        tags: ['membership'],
        summary:
          'An organisation applies to join. The same answer whether or not the address has an account; the address is mailed a confirmation link (new) or a note (known)',
        body: ApplicationBody,
        response: { 202: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await applyForMembership(deps(), request.body, localeOf(request));
      return reply.status(202).send(NO_BODY);
    },
  );

  app.get(
    '/membership-applications',
    {
      config: { access: coordinator },
      schema: {
        tags: ['membership'],
        summary:
          'Pending and decided applications; a pending one with its review: likely duplicates and the applicant’s e-mail domain against its website',
        querystring: ApplicationsQuery,
        response: { 200: Type.Object({ items: Type.Array(Application) }), ...errors },
      },
    },
    async (request) => ({ items: await listApplications(app.db, request.query.state) }),
  );

  for (const decision of ['approve', 'reject'] as const) {
    app.post(
      `/membership-applications/:id/${decision}`,
      {
        config: { access: coordinator },
        schema: {
          tags: ['membership'],
          summary:
            decision === 'approve'
              ? 'Admit the organisation (a reason is optional); its admins are mailed'
              : 'Turn the application down, with the reason the applicant is mailed',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: decision === 'approve' ? Type.Optional(DecisionBody) : RejectBody,
          response: { 200: StateAnswer, ...errors },
        },
      },
      async (request) =>
        decideApplication(
          deps(),
          currentUser(request).userId,
          request.params.id,
          decision,
          shownOrNull(request.body?.reason),
        ),
    );
  }

  for (const kind of ['suspend', 'reinstate', 'rejoin'] as const) {
    app.post(
      `/organisations/:orgId/${kind}`,
      {
        config: { access: coordinator },
        schema: {
          tags: ['membership'],
          summary: {
            suspend: 'Suspend a member (its admins are mailed, with the reason)',
            reinstate: 'Reinstate a suspended member (its admins are mailed)',
            rejoin: 'Re-admit an organisation that left (its admins are mailed)',
          }[kind],
          params: OrgParams,
          body: Type.Optional(DecisionBody),
          response: { 200: StateAnswer, ...errors },
        },
      },
      async (request) =>
        changeMembership(
          deps(),
          currentUser(request).userId,
          request.params.orgId,
          kind,
          shownOrNull(request.body?.reason),
        ),
    );
  }

  app.post(
    '/organisations/:orgId/end',
    {
      config: { access: coordinator },
      schema: {
        tags: ['membership'],
        summary:
          'End a membership at once (a member that no longer meets the alliance’s terms), with the reason its admins are mailed; as leaving does, its vacancies go offline and its data stays for its export',
        params: OrgParams,
        body: EndBody,
        response: { 200: StateAnswer, ...errors },
      },
    },
    async (request) => {
      const reason = shownOrNull(request.body.reason);
      if (!reason) {
        throw new AppError(400, 'validation_failed', 'error.validation_failed', {
          fields: { reason: 'error.end_reason_required' },
        });
      }
      return changeMembership(deps(), currentUser(request).userId, request.params.orgId, 'end', reason);
    },
  );

  app.post(
    '/organisations/:orgId/apply-again',
    {
      config: { access: admin },
      schema: {
        tags: ['membership'],
        summary: 'Apply again after the alliance turned the organisation down; the coordinators decide anew',
        description:
          'With what the rejection asked to correct, if anything: the organisation’s name, kind, municipality ' +
          'or website (`null` takes it away). `409 invalid_transition` from any state but `rejected`.',
        params: OrgParams,
        body: Type.Optional(ApplyAgainBody),
        response: { 200: StateAnswer, ...errors },
      },
    },
    async (request) =>
      applyAgain(deps(), currentUser(request).userId, request.params.orgId, request.body?.organisation),
  );

  app.post(
    '/organisations/:orgId/leave',
    {
      config: { access: admin },
      schema: {
        tags: ['membership'],
        summary: 'Leave the alliance, now or at a chosen date',
        params: OrgParams,
        body: LeaveBody,
        response: {
          200: LeaveAnswer,
          ...errors,
        },
      },
    },
    async (request) => leaveAlliance(deps(), currentUser(request).userId, request.params.orgId, request.body),
  );

  app.delete(
    '/organisations/:orgId/leave',
    {
      config: { access: admin },
      schema: {
        tags: ['membership'],
        summary: 'Cancel a scheduled leave',
        params: OrgParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await cancelScheduledLeave(deps(), currentUser(request).userId, request.params.orgId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/organisations/:orgId/leave-preview',
    {
      config: { access: admin },
      schema: {
        tags: ['membership'],
        summary: 'What leaving would mean for the organisation',
        params: OrgParams,
        response: {
          200: LeavePreview,
          ...errors,
        },
      },
    },
    async (request) => leavePreview(app.db, request.params.orgId),
  );

  app.get(
    '/organisations/:orgId/export',
    {
      config: { access: admin },
      schema: {
        tags: ['membership'],
        summary: 'Everything of the organisation as a zip of JSON and CSV',
        params: OrgParams,
        // 413 export_too_large: more files than one download holds (API.md).
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...errors, 413: ErrorRef },
      },
    },
    async (request, reply) => {
      return sendZipDownload(reply, await exportOrganisation(app.db, app.files, request.params.orgId));
    },
  );

  app.get(
    '/coordination/organisations',
    {
      config: { access: coordinator },
      schema: {
        tags: ['membership'],
        summary: 'Every organisation with its membership state',
        response: {
          200: OrganisationsOverview,
          ...errors,
        },
      },
    },
    async () => ({ items: await listAllOrganisations(app.db) }),
  );

  app.put(
    '/organisations/:orgId/cost-weight',
    {
      config: { access: coordinator },
      schema: {
        tags: ['membership'],
        summary: 'The member’s weight in a cost split "by weight"',
        params: OrgParams,
        body: CostWeightBody,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await setCostWeight(app.db, currentUser(request).userId, request.params.orgId, request.body.costWeight);
      return reply.status(204).send(null);
    },
  );
};
