import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorRef } from '../errors.ts';
import { literals } from '../contract/typebox.ts';
import { allianceStats } from './service.ts';

const thisYear = () => new Date().getUTCFullYear();

export const statsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/stats',
    {
      config: { access: { roles: ['coordinator'] } },
      schema: {
        tags: ['membership'],
        summary: 'Per member and period: membership days, vacancies published, views, and cost share',
        querystring: Type.Object(
          {
            from: Type.Optional(Type.String({ format: 'date' })),
            to: Type.Optional(Type.String({ format: 'date' })),
            costKey: Type.Optional(literals(['equal', 'vacancies', 'weight'] as const)),
            amount: Type.Number({ minimum: 0, maximum: 1e9, default: 0, description: 'The costs to divide, in euros' }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            from: Type.String(),
            to: Type.String(),
            costKey: Type.String(),
            amount: Type.Number(),
            items: Type.Array(
              Type.Object({
                organisation: Type.Object({
                  id: Type.String(),
                  slug: Type.String(),
                  name: Type.String(),
                  state: Type.String(),
                }),
                memberDays: Type.Number(),
                vacanciesPublished: Type.Integer(),
                views: Type.Integer(),
                costWeight: Type.Integer(),
                costShare: Type.Number(),
              }),
            ),
            totals: Type.Object({
              vacanciesPublished: Type.Integer(),
              views: Type.Integer(),
              costShare: Type.Number(),
            }),
          }),
          400: ErrorRef,
          401: ErrorRef,
          403: ErrorRef,
        },
      },
    },
    async (request) => {
      const { from = `${thisYear()}-01-01`, to = `${thisYear()}-12-31`, costKey = 'equal', amount } = request.query;
      return allianceStats(app.db, { from, to, costKey, amount });
    },
  );
};
