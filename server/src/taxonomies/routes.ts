import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { asc } from 'drizzle-orm';
import {
  categories,
  educationLevels,
  employmentTypes,
  municipalities,
  organisationKinds,
  workModes,
} from '@samenwerven/db';

const Label = Type.Object({ nl: Type.String(), en: Type.String() });
const Entry = Type.Object({ code: Type.String(), label: Label });

const entries = (labels: Record<string, { nl: string; en: string }>) =>
  Object.entries(labels).map(([code, label]) => ({ code, label }));

const regions = [...new Set(municipalities.map((m) => m.province))].sort((a, b) => a.localeCompare(b, 'nl'));

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
      const rows = await app.db.select().from(categories).orderBy(asc(categories.nameNl));
      reply.header('cache-control', 'public, max-age=300');
      return {
        categories: rows.map((c) => ({ code: c.code, label: { nl: c.nameNl, en: c.nameEn } })),
        educationLevels: entries(educationLevels),
        employmentTypes: entries(employmentTypes),
        workModes: entries(workModes),
        organisationKinds: entries(organisationKinds),
        salaryScales: Array.from({ length: 18 }, (_, i) => i + 1),
        regions,
        municipalities: municipalities.map((m) => ({ code: m.code, name: m.name, region: m.province })),
      };
    },
  );
};
