/**
 * The degraded mode of the shared search: the same query answered from Postgres (its
 * Dutch full-text search) when Meilisearch is unreachable. Fewer features — no typo
 * tolerance, no synonyms, plainer ranking — but the same filters, facets, sorting and
 * paging, and never a failed search page because one engine is down.
 */
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { findableConditions, municipalities, organisations, vacancies, type Executor } from '@samenwerven/db';
import { toSearchDocument } from './document.ts';
import {
  facetNames,
  type FacetName,
  type SearchHit,
  type VacancySearchParams,
  type VacancySearchResult,
} from './query.ts';
import { loadIndexableVacancies } from './vacancy-index.ts';

const provinceCodes = (regions: readonly string[]) =>
  municipalities.filter((m) => regions.includes(m.province)).map((m) => m.code);

function distanceKm(near: { latitude: number; longitude: number }): SQL<number> {
  return sql<number>`(2 * 6371 * asin(sqrt(
    power(sin(radians(${vacancies.latitude} - ${near.latitude}) / 2), 2) +
    cos(radians(${near.latitude})) * cos(radians(${vacancies.latitude})) *
    power(sin(radians(${vacancies.longitude} - ${near.longitude}) / 2), 2))))`;
}

/** The WHERE clause; `without` leaves one facet's own filter out, for its disjunctive count. */
function conditions(params: VacancySearchParams, without?: FacetName): SQL[] {
  const where = findableConditions(params.now, { includeInternal: params.includeInternal ?? false });
  const q = (params.databaseQ ?? params.q)?.trim();
  if (q) where.push(sql`${vacancies.searchVector} @@ websearch_to_tsquery('dutch', ${q})`);
  const any = (
    facet: FacetName | 'municipality',
    values: string[] | undefined,
    clause: (v: string[]) => SQL | undefined,
  ) => {
    if (values && values.length > 0 && facet !== without) {
      const built = clause(values);
      if (built) where.push(built);
    }
  };
  any('category', params.category, (v) => inArray(vacancies.categoryCode, v));
  any('educationLevel', params.educationLevel, (v) => inArray(vacancies.educationLevel, v as never[]));
  any('employmentType', params.employmentType, (v) => inArray(vacancies.employmentType, v as never[]));
  any('organisation', params.organisation, (v) => inArray(organisations.slug, v));
  any('region', params.region, (v) => {
    const codes = provinceCodes(v);
    return codes.length > 0 ? inArray(vacancies.municipalityCode, codes) : sql`false`;
  });
  any('municipality', params.municipality, (v) =>
    or(
      inArray(vacancies.municipalityCode, v),
      ...v.map((code) => sql`${vacancies.additionalPlaces} @> ${JSON.stringify([{ municipalityCode: code }])}::jsonb`),
    ),
  );
  if (params.salaryMin !== undefined) where.push(sql`${vacancies.salaryMax} >= ${params.salaryMin}`);
  if (params.salaryMax !== undefined) where.push(sql`${vacancies.salaryMin} <= ${params.salaryMax}`);
  if (without !== 'salaryScale') {
    if (params.scaleMin !== undefined) where.push(sql`${vacancies.salaryScale} >= ${params.scaleMin}`);
    if (params.scaleMax !== undefined) where.push(sql`${vacancies.salaryScale} <= ${params.scaleMax}`);
  }
  if (params.hoursMin !== undefined && without !== 'hoursMax') {
    where.push(sql`${vacancies.hoursMax} >= ${params.hoursMin}`);
  }
  if (params.hoursMax !== undefined) where.push(sql`${vacancies.hoursMin} <= ${params.hoursMax}`);
  if (params.postedWithinDays !== undefined) {
    where.push(
      sql`${vacancies.publishedAt} >= ${new Date(params.now.getTime() - params.postedWithinDays * 86_400_000)}`,
    );
  }
  if (params.near && params.radiusKm !== undefined) where.push(sql`${distanceKm(params.near)} <= ${params.radiusKm}`);
  return where;
}

function orderBy(params: VacancySearchParams): SQL[] {
  const q = (params.databaseQ ?? params.q)?.trim();
  switch (params.sort) {
    case 'newest':
      return [sql`${vacancies.publishedAt} DESC`];
    case 'closing':
      return [sql`${vacancies.closingDate} ASC NULLS LAST`];
    case 'salary':
      return [sql`${vacancies.salaryMax} DESC NULLS LAST`];
    case 'distance':
      if (params.near) return [sql`${distanceKm(params.near)} ASC`];
      break;
  }
  return q
    ? [
        sql`ts_rank(${vacancies.searchVector}, websearch_to_tsquery('dutch', ${q})) DESC`,
        sql`${vacancies.publishedAt} DESC`,
      ]
    : [sql`${vacancies.publishedAt} DESC`];
}

const facetColumn: Record<FacetName, SQL> = {
  category: sql`${vacancies.categoryCode}`,
  educationLevel: sql`${vacancies.educationLevel}::text`,
  employmentType: sql`${vacancies.employmentType}::text`,
  organisation: sql`${organisations.slug}`,
  region: sql`${vacancies.municipalityCode}`,
  hoursMax: sql`${vacancies.hoursMax}::text`,
  salaryScale: sql`${vacancies.salaryScale}::text`,
};

const provinceOf = new Map(municipalities.map((m) => [m.code, m.province]));

async function facetCounts(
  db: Executor,
  params: VacancySearchParams,
  facet: FacetName,
): Promise<Record<string, number>> {
  const rows = await db
    .select({ value: facetColumn[facet], n: sql<number>`count(*)::int` })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(and(...conditions(params, facet)))
    .groupBy(facetColumn[facet]);
  const counts: Record<string, number> = {};
  for (const { value, n } of rows as { value: string | null; n: number }[]) {
    if (value === null) continue; // no scale: not a value to choose
    const key = facet === 'region' ? (provinceOf.get(value) ?? '') : value;
    counts[key] = (counts[key] ?? 0) + n;
  }
  return counts;
}

/**
 * Which of `ids` the search matches now (findable, its filters and words; `without` one facet's
 * filter, for that facet's count): the pending vacancies merged into the engine's answer.
 */
export async function matchingIds(
  db: Executor,
  params: VacancySearchParams,
  ids: readonly string[],
  without?: FacetName,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(and(inArray(vacancies.id, [...ids]), ...conditions(params, without)));
  return rows.map((row) => row.id);
}

export async function searchVacanciesInDatabase(
  db: Executor,
  params: VacancySearchParams,
): Promise<VacancySearchResult> {
  const where = and(...conditions(params));
  const page = await db
    .select({ id: vacancies.id, ...(params.near ? { distance: distanceKm(params.near) } : {}) })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(where)
    .orderBy(...orderBy(params))
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize);
  const [{ total } = { total: 0 }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(where);
  const rows = new Map(
    (
      await loadIndexableVacancies(
        db,
        page.map((p) => p.id),
      )
    ).map((v) => [v.id, v]),
  );
  const hits: SearchHit[] = page.flatMap((p) => {
    const row = rows.get(p.id);
    if (!row) return [];
    const distance = (p as { distance?: number }).distance;
    return [{ ...toSearchDocument(row), ...(distance !== undefined ? { _geoDistance: distance * 1000 } : {}) }];
  });
  const facets = Object.fromEntries(
    await Promise.all(facetNames.map(async (facet) => [facet, await facetCounts(db, params, facet)] as const)),
  ) as Record<FacetName, Record<string, number>>;
  return { hits, total, facets };
}
