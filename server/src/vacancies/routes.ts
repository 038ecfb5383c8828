import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type as T } from '@sinclair/typebox';
import { SearchQuery, SearchResponse, VacancyDetail } from './schemas.ts';
import { staffVacancy } from './management.ts';
import { getPublicVacancy, searchPublicVacancies } from './service.ts';
import { ErrorRef } from '../errors.ts';

/** Staff of an active member (or the coordinator) also see the alliance-internal mobility pool. */
function isMemberStaff(request: FastifyRequest): boolean {
  const principal = request.principal;
  return principal?.kind === 'user' && principal.role !== 'job_seeker' && principal.organisationState === 'active';
}

export const vacancyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/vacancies',
    {
      schema: {
        tags: ['vacancies'],
        summary: 'The shared search over every member’s open vacancies',
        querystring: SearchQuery,
        response: { 200: SearchResponse, 400: ErrorRef, 503: ErrorRef },
      },
    },
    async (request) =>
      searchPublicVacancies(app.searchIndex, app.db, request.query, request.log, {
        includeInternal: isMemberStaff(request),
      }),
  );

  app.get(
    '/vacancies/:id',
    {
      schema: {
        tags: ['vacancies'],
        summary: 'One published vacancy',
        params: T.Object({ id: T.String({ format: 'uuid' }) }),
        response: { 200: VacancyDetail, 400: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => {
      // The organisation's own staff see it in any state (drafts, preview); everyone else only when public.
      const principal = request.principal;
      if (principal?.kind === 'user' && principal.organisationId && principal.role !== 'job_seeker') {
        const own = await staffVacancy(app.db, principal.organisationId, request.params.id).catch(() => undefined);
        if (own) return own;
      }
      return getPublicVacancy(app.db, request.params.id, { includeInternal: isMemberStaff(request) });
    },
  );
};
