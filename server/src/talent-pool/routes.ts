import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Access } from '../auth/plugin.ts';
import { ErrorRef } from '../errors.ts';
import { TalentPoolPage, TalentPoolQuery } from './schemas.ts';
import { searchTalentPool } from './service.ts';

/**
 * HR staff of an active member, on their own organisation's URL (another organisation's is a
 * 404, as every `:orgId` route); suspended and departed members, API keys, the coordinator and
 * job seekers get nothing.
 */
const activeMemberHr: Access = { roles: ['hr_officer', 'org_admin'], activeMembership: true };
const OrgParams = Type.Object({ orgId: Type.String({ format: 'uuid' }) });

/** The shared talent pool (API.md, "Applications"). */
export const talentPoolRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organisations/:orgId/talent-pool',
    {
      config: { access: activeMemberHr },
      schema: {
        tags: ['applications'],
        summary:
          "The alliance's talent pool: candidates whose pool consent runs, one per e-mail, newest first; filtered by words, the applied vacancy's category, education level and distance. Files are not shared",
        params: OrgParams,
        querystring: TalentPoolQuery,
        response: { 200: TalentPoolPage, 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => searchTalentPool(app.db, request.query),
  );
};
