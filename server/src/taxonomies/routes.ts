import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { allTaxonomies } from './service.ts';

const Label = Type.Object({ nl: Type.String(), en: Type.String() });
const Entry = Type.Object({ code: Type.String(), label: Label });

/** The value lists a client needs to build filters and forms, in both languages. */
export const taxonomyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/taxonomies',
    {
      schema: {
        tags: ['taxonomies'],
        summary: 'Categories, education levels, employment types, salary scales, regions and municipalities',
        response: {
          200: Type.Object({
            categories: Type.Array(Entry),
            educationLevels: Type.Array(Entry),
            employmentTypes: Type.Array(Entry),
            workModes: Type.Array(Entry),
            organisationKinds: Type.Array(Entry),
            salaryScales: Type.Array(Type.Integer()),
            regions: Type.Array(Type.String()),
            municipalities: Type.Array(
              Type.Object({ code: Type.String(), name: Type.String(), region: Type.String() }),
            ),
          }),
        },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return allTaxonomies(app.db);
    },
  );
};
