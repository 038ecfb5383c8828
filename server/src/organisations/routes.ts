import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { organisationKinds } from '@samenwerven/db';
import { ListPageNumber } from '../contract/typebox.ts';
import { ErrorRef } from '../errors.ts';
import { getMember, listMembers } from './service.ts';

const PublicOrganisation = Type.Object(
  {
    slug: Type.String(),
    name: Type.String(),
    kind: Type.Union(Object.keys(organisationKinds).map((k) => Type.Literal(k))),
    municipalityCode: Type.String(),
    municipalityName: Type.String(),
    website: Type.Union([Type.String(), Type.Null()]),
    description: Type.String(),
    offer: Type.String(),
    logoUrl: Type.Union([Type.String(), Type.Null()]),
    openVacancies: Type.Integer(),
    memberSince: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
      description: 'When its current membership of the alliance began (after leaving and rejoining: the rejoining)',
    }),
  },
  { $id: 'PublicOrganisation' },
);

/** The public face of the alliance: its active members. The coordinating body is not a member. */
export const organisationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organisations',
    {
      config: { publicAnswer: true },
      schema: {
        tags: ['organisations'],
        summary: 'Active member organisations',
        description: 'By name; paged as every list is (`page`, `pageSize` up to 100, the default: an alliance fits).',
        querystring: Type.Object(
          {
            page: ListPageNumber(),
            pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 100 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(PublicOrganisation),
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
          }),
          400: ErrorRef,
        },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { items, total } = await listMembers(app.db, app.config.publicUrl);
      return { items: items.slice((page - 1) * pageSize, page * pageSize), total, page, pageSize };
    },
  );

  app.get(
    '/organisations/:slug',
    {
      config: { publicAnswer: true },
      schema: {
        tags: ['organisations'],
        summary: 'An organisation’s public profile and its open vacancies count',
        params: Type.Object({ slug: Type.String({ maxLength: 100 }) }),
        response: { 200: PublicOrganisation, 404: ErrorRef },
      },
    },
    async (request) => getMember(app.db, app.config.publicUrl, request.params.slug),
  );
};
