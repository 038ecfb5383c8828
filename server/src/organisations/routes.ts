import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { municipalityByCode, organisations, organisationKinds } from '@samenwerven/db';
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

/** Open vacancies per organisation, counted the way search counts them. */
const openVacancyCount = sql<number>`(
  SELECT count(*)::int FROM vacancies v
  WHERE v.organisation_id = ${organisations}.id
    AND v.state = 'published' AND v.visibility = 'public'
    AND (v.closing_date IS NULL OR v.closing_date >= (now() AT TIME ZONE 'Europe/Amsterdam')::date)
)`;

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
  openVacancies: openVacancyCount,
};

/** Organisation routes are a plugin; the public URL comes from its instance. */
const presenter =
  (publicUrl: string) =>
  <R extends { municipalityCode: string; slug: string; logoType: string | null; updatedAt: Date }>({
    logoType,
    updatedAt,
    ...row
  }: R) => ({
    ...row,
    municipalityName: municipalityByCode(row.municipalityCode)?.name ?? row.municipalityCode,
    logoUrl: logoType ? `${publicUrl}/api/v1/organisations/${row.slug}/logo?v=${updatedAt.getTime()}` : null,
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
      const [{ n } = { n: 0 }] = await app.db.select({ n: count() }).from(organisations).where(isPublicMember);
      return { items: rows.map(present), total: n };
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
      return present(row);
    },
  );
};
