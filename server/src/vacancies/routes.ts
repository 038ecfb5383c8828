import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type as T } from '@sinclair/typebox';
import { ClosedVacancy, SearchQuery, SearchResponse, SuggestionsResponse, VacancyDetail } from './schemas.ts';
import { vacancyForViewer, vacancyViewer } from './viewer.ts';
import { assertRangesInOrder, getClosedVacancy, searchPublicVacancies } from './service.ts';
import { suggest } from './suggestions.ts';
import { ErrorRef } from '../errors.ts';
import { withoutBlankValues } from '../text.ts';
import { optionalSecurity } from '../auth/plugin.ts';
import { countSearch, countVisit } from '../counting/plugin.ts';
import { currentSearchFacts, withLogos, withLogosAndNames } from '../organisations/service.ts';

export const vacancyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/vacancies',
    {
      config: { publicAnswer: true },
      schema: {
        tags: ['vacancies'],
        summary: 'The shared search over every member’s open vacancies',
        // Staff of active members also find the alliance-internal vacancies.
        security: optionalSecurity(),
        querystring: SearchQuery,
        response: { 200: SearchResponse, 400: ErrorRef, 503: ErrorRef },
      },
    },
    async (request, reply) => {
      // The organisations' names and logos are read while the engine searches, not after it: as
      // fresh (read after the request came), one round trip less to wait for. Handled here too, so
      // a failed search leaves no rejection unhandled.
      const facts = currentSearchFacts(app.db);
      void facts.catch(() => undefined);
      // `category=` (a form's "all" option) is no filter that finds nothing: as the feeds take it.
      const query = withoutBlankValues(request.query);
      assertRangesInOrder(query);
      const { cache, ...result } = await searchPublicVacancies(app.searchIndex, app.db, query, request.log, {
        // Staff of an active member (or the coordinator) also see the alliance-internal mobility pool.
        includeInternal: vacancyViewer(request.principal).memberStaff,
      });
      // Whether the engine's answer was a kept one (vacancies/search-cache.ts): for the benchmark.
      if (cache) reply.header('server-timing', `search;desc=${cache}`);
      countSearch(request, query, result);
      // The organisations counted, and those asked for (also when none of their vacancies matches).
      const named = [...Object.keys(result.facets.organisation), ...(query.organisation ?? [])];
      const { items: hits, names } = await withLogosAndNames(app.db, app.config.publicUrl, result.hits, named, facts);
      return { ...result, hits, ...(names ? { organisationNames: names } : {}) };
    },
  );

  app.get(
    '/suggestions',
    {
      schema: {
        tags: ['vacancies'],
        summary: 'Suggestions for the search box: vacancy titles, member organisations and places',
        querystring: T.Object(
          { q: T.String({ minLength: 2, maxLength: 100, description: 'What has been typed so far' }) },
          { additionalProperties: false },
        ),
        response: { 200: SuggestionsResponse, 400: ErrorRef },
      },
    },
    async (request, reply) => {
      // Identical for everyone and soon stale: a minute in any cache is fine.
      void reply.header('cache-control', 'public, max-age=60');
      return suggest(app.searchIndex, app.db, request.query.q, request.log);
    },
  );

  app.get(
    '/vacancies/:id',
    {
      config: { publicAnswer: true, versionedAnswer: true },
      schema: {
        tags: ['vacancies'],
        summary: 'One published vacancy',
        description:
          'Anyone reads a published vacancy. The organisation’s own staff, and its API keys with the scope ' +
          '`read`, read its vacancies in any state (draft, scheduled, closed), with `version` and `state`.',
        security: optionalSecurity({ apiKey: true }),
        params: T.Object({ id: T.String({ format: 'uuid' }) }),
        querystring: T.Object(
          {
            source: T.Optional(
              T.Union([T.Literal('widget'), T.Literal('feed')], {
                description:
                  'Where the visitor came from, for the member’s figures: the page passes on the `bron` of its own address',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: VacancyDetail, 400: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => {
      const { vacancy, own } = await vacancyForViewer(app.db, vacancyViewer(request.principal), request.params.id);
      if (!own) countVisit(request, vacancy.id, request.query.source);
      return (await withLogos(app.db, app.config.publicUrl, [vacancy]))[0];
    },
  );

  app.get(
    '/vacancies/:id/closed',
    {
      config: { publicAnswer: true },
      schema: {
        tags: ['vacancies'],
        summary: 'What stays public of a vacancy that is no longer open',
        description:
          'For an old link to a vacancy that closed, or whose organisation left the alliance or is suspended (then ' +
          '`mayReturn`: a reinstatement publishes it again): its title, field ' +
          'and place, and its organisation while that is still a member, so a page can say it closed and ' +
          'offer similar open vacancies. 404 for an unknown id, for what was never public and for an open vacancy.',
        params: T.Object({ id: T.String({ format: 'uuid' }) }),
        response: { 200: ClosedVacancy, 400: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => getClosedVacancy(app.db, request.params.id),
  );
};
