import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { municipalityByCode, organisations, organisationKinds, vacancies, type Database } from '@samenwerven/db';
import { ErrorRef, notFound } from '../errors.ts';

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
  },
  { $id: 'PublicOrganisation' },
);

/**
 * Open public vacancies per organisation, counted the way search counts them: one grouped
 * query over a partial index (vacancies_public_by_organisation_idx), kept apart from the
 * organisations query so the planner cannot re-run it per organisation.
 */
async function openVacancyCounts(db: Database, organisationIds: string[]): Promise<Map<string, number>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db
    .select({ organisationId: vacancies.organisationId, n: sql<number>`count(*)::int` })
    .from(vacancies)
    .where(
      and(
        inArray(vacancies.organisationId, organisationIds),
        eq(vacancies.state, 'published'),
        eq(vacancies.visibility, 'public'),
        sql`(${vacancies.closingDate} IS NULL OR ${vacancies.closingDate} >= (now() AT TIME ZONE 'Europe/Amsterdam')::date)`,
      ),
    )
    .groupBy(vacancies.organisationId);
  return new Map(rows.map((row) => [row.organisationId, row.n]));
}

const columns = {
  slug: organisations.slug,
  name: organisations.name,
  kind: organisations.kind,
  municipalityCode: organisations.municipalityCode,
  website: organisations.website,
  description: organisations.description,
  offer: organisations.offer,
  logoType: organisations.logoType,
  updatedAt: organisations.updatedAt,
  id: organisations.id,
};

/** Organisation routes are a plugin; the public URL comes from its instance. */
const presenter =
  (publicUrl: string) =>
  <R extends { id: string; municipalityCode: string; slug: string; logoType: string | null; updatedAt: Date }>(
    { id, logoType, updatedAt, ...row }: R,
    openVacancies: ReadonlyMap<string, number>,
  ) => ({
    ...row,
    municipalityName: municipalityByCode(row.municipalityCode)?.name ?? row.municipalityCode,
    logoUrl: logoType ? `${publicUrl}/api/v1/organisations/${row.slug}/logo?v=${updatedAt.getTime()}` : null,
    openVacancies: openVacancies.get(id) ?? 0,
  });

/** The public face of the alliance: its active members. The coordinating body is not a member. */
export const organisationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const present = presenter(app.config.publicUrl);
  const isPublicMember = and(eq(organisations.state, 'active'), eq(organisations.isCoordinatingBody, false));

  app.get(
    '/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Active member organisations',
        response: { 200: Type.Object({ items: Type.Array(PublicOrganisation), total: Type.Integer() }) },
      },
    },
    async () => {
      const rows = await app.db
        .select(columns)
        .from(organisations)
        .where(isPublicMember)
        .orderBy(asc(organisations.name));
      const counts = await openVacancyCounts(
        app.db,
        rows.map((row) => row.id),
      );
      return { items: rows.map((row) => present(row, counts)), total: rows.length };
    },
  );

  app.get(
    '/organisations/:slug',
    {
      schema: {
        tags: ['organisations'],
        summary: 'An organisation’s public profile and its open vacancies count',
        params: Type.Object({ slug: Type.String({ maxLength: 100 }) }),
        response: { 200: PublicOrganisation, 404: ErrorRef },
      },
    },
    async (request) => {
      const [row] = await app.db
        .select(columns)
        .from(organisations)
        .where(and(isPublicMember, eq(organisations.slug, request.params.slug)));
      if (!row) throw notFound();
      return present(row, await openVacancyCounts(app.db, [row.id]));
    },
  );
};
