/**
 * The query builder of the shared search. Filters are built only from typed, validated
 * values and every string is quoted and escaped, so user text can never become filter
 * syntax. Facet counts are disjunctive: each facet is counted with every filter except its
 * own, so a count says how many results choosing that value would give.
 */
import type { Meilisearch, SearchParams } from 'meilisearch';
import { RETRIEVED_ATTRIBUTES, type RetrievedDocument } from './document.ts';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, safeHighlight } from './highlight.ts';
import { experienceWords } from './settings.ts';

/**
 * Counted per value. `hoursMax` and `salaryScale` are numbers: their counts per value let a
 * client offer "at least 32 hours" or "scale 10 and up" with the number of results each gives
 * (the sum of the counts at or above it, as `hoursMin` filters on a vacancy's `hoursMax`).
 */
export const facetNames = [
  'category',
  'educationLevel',
  'employmentType',
  'organisation',
  'region',
  'hoursMax',
  'salaryScale',
] as const;
export type FacetName = (typeof facetNames)[number];
/** The facets whose filter is a list of exact values. */
type ValueFacet = Exclude<FacetName, 'hoursMax' | 'salaryScale'>;

export type VacancySort = 'relevance' | 'newest' | 'closing' | 'salary' | 'distance';

export interface VacancySearchParams {
  q?: string;
  /**
   * The words for Postgres's full-text search (the degraded search, new vacancies merged in),
   * when they differ from `q`: the engine gets a synonym as one it can match ("P&O" as "hr") and
   * widens it to its group; Postgres has no synonyms to widen it back, so it gets them as typed.
   */
  databaseQ?: string;
  category?: string[];
  educationLevel?: string[];
  employmentType?: string[];
  organisation?: string[];
  region?: string[];
  municipality?: string[];
  salaryMin?: number;
  salaryMax?: number;
  scaleMin?: number;
  scaleMax?: number;
  hoursMin?: number;
  hoursMax?: number;
  near?: { latitude: number; longitude: number };
  radiusKm?: number;
  postedWithinDays?: number;
  sort?: VacancySort;
  page: number;
  pageSize: number;
  /** The moment "open" and "recent" are judged at. */
  now: Date;
  /** Staff of member organisations also see alliance-internal vacancies (the mobility pool). */
  includeInternal?: boolean;
  /**
   * Left out although the index may still hold them: removals on their way to the index (closed
   * vacancies by id, members that left or were suspended by slug). See `pendingRemovals` in the server.
   */
  exclude?: { ids: readonly string[]; organisations: readonly string[] };
}

export type SearchHit = RetrievedDocument & {
  /** Escaped HTML whose only markup is `<mark>` around matches (see highlight.ts). */
  _formatted?: Partial<Record<'title' | 'summary' | 'description', string>>;
  _geoDistance?: number;
};

export interface VacancySearchResult {
  hits: SearchHit[];
  total: number;
  facets: Record<FacetName, Record<string, number>>;
  /**
   * Every hit of the page matched only some of the words. The engine leaves words out from the
   * end of a query no vacancy matches whole ("jurist xyzzy" answers with the jurists), and says so
   * only per hit; `countMatchingAllWords` tells whether any vacancy further on matches them all.
   */
  someWordsOnly?: true;
}

/** How many of the query's words a hit matched, of how many the engine read (per hit, see below). */
type WordsMatched = { matchingWords: number; maxMatchingWords: number };
type EngineHit = SearchHit & { _rankingScoreDetails?: { words?: WordsMatched } };

const EXPERIENCE: ReadonlySet<string> = new Set(experienceWords);

/**
 * The words of a query with the words of experience it starts with moved behind the rest
 * ("senior controller" → "controller senior"): the engine keeps the role and ranks the senior
 * ones first, where it kept "senior" and dropped the role. A phrase in quotes, or a query of only
 * such words, stays as typed.
 */
export function experienceWordsLast(q: string): string {
  if (q.includes('"')) return q;
  const words = q.trim().split(/\s+/);
  let leading = 0;
  while (leading < words.length && EXPERIENCE.has(words[leading]!.toLowerCase())) leading++;
  if (leading === 0 || leading === words.length) return q;
  return [...words.slice(leading), ...words.slice(0, leading)].join(' ');
}

/** Quotes a value for a Meilisearch filter expression. */
export function quote(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

const anyOf = (attribute: string, values: readonly string[] | undefined): string[] | undefined =>
  values && values.length > 0 ? values.map((v) => `${attribute} = ${quote(v)}`) : undefined;

/**
 * What the caller may find at all, whatever they search for: public vacancies (or also the
 * alliance-internal ones) that are still open. The index holds only indexable vacancies, but a
 * document outlives its closing day until the due-changes job closes the vacancy: so the "open"
 * half of the findable rule (db isOpen) is checked here too, on the document's `closesAt`.
 */
export function audienceFilter(audience: { now: Date; includeInternal?: boolean }): (string | string[])[] {
  const nowSeconds = Math.floor(audience.now.getTime() / 1000);
  const open = [`closesAt IS NULL`, `closesAt > ${nowSeconds}`];
  return audience.includeInternal ? [open] : [`visibility = "public"`, open];
}

/** The filter as Meilisearch's array form: the outer array is AND, an inner array is OR. */
export function buildFilter(params: VacancySearchParams, without?: FacetName): (string | string[])[] {
  const nowSeconds = Math.floor(params.now.getTime() / 1000);
  const filter = audienceFilter(params);
  const facetFilters: Record<ValueFacet | 'municipality', string[] | undefined> = {
    category: anyOf('category', params.category),
    educationLevel: anyOf('educationLevel', params.educationLevel),
    employmentType: anyOf('employmentType', params.employmentType),
    organisation: anyOf('organisation', params.organisation),
    region: anyOf('region', params.region),
    municipality: anyOf('municipality', params.municipality),
  };
  for (const [name, clause] of Object.entries(facetFilters)) {
    if (clause && name !== without) filter.push(clause);
  }
  // Ranges overlap: a vacancy paying 3,000–4,000 matches "at least 3,500".
  const num = (n: number) => String(Math.trunc(n));
  if (params.salaryMin !== undefined) filter.push(`salaryMax >= ${num(params.salaryMin)}`);
  if (params.salaryMax !== undefined) filter.push(`salaryMin <= ${num(params.salaryMax)}`);
  if (without !== 'salaryScale') {
    if (params.scaleMin !== undefined) filter.push(`salaryScale >= ${num(params.scaleMin)}`);
    if (params.scaleMax !== undefined) filter.push(`salaryScale <= ${num(params.scaleMax)}`);
  }
  if (params.hoursMin !== undefined && without !== 'hoursMax') filter.push(`hoursMax >= ${num(params.hoursMin)}`);
  if (params.hoursMax !== undefined) filter.push(`hoursMin <= ${num(params.hoursMax)}`);
  if (params.postedWithinDays !== undefined) {
    filter.push(`publishedAt >= ${nowSeconds - Math.trunc(params.postedWithinDays) * 86_400}`);
  }
  if (params.near && params.radiusKm !== undefined) {
    const { latitude, longitude } = params.near;
    filter.push(`_geoRadius(${latitude}, ${longitude}, ${Math.round(params.radiusKm * 1000)})`);
  }
  const { ids = [], organisations = [] } = params.exclude ?? {};
  if (ids.length > 0) filter.push(`NOT id IN [${ids.map(quote).join(', ')}]`);
  if (organisations.length > 0) filter.push(`NOT organisation IN [${organisations.map(quote).join(', ')}]`);
  return filter;
}

export function buildSort(params: VacancySearchParams): string[] | undefined {
  switch (params.sort) {
    case 'newest':
      return ['publishedAt:desc'];
    case 'closing':
      return ['closesAt:asc'];
    case 'salary':
      return ['salaryMax:desc'];
    case 'distance':
      return params.near ? [`_geoPoint(${params.near.latitude}, ${params.near.longitude}):asc`] : undefined;
    default:
      return undefined;
  }
}

/** Does the search filter on this facet? Then its counts need a query without that filter. */
export function filtersOn(params: VacancySearchParams, facet: FacetName): boolean {
  switch (facet) {
    case 'hoursMax':
      return params.hoursMin !== undefined;
    case 'salaryScale':
      return params.scaleMin !== undefined || params.scaleMax !== undefined;
    default:
      return (params[facet]?.length ?? 0) > 0;
  }
}

/** The multi-search request of one search: the page with its facets, plus one query per selected facet. */
export function buildMultiSearch(
  indexName: string,
  params: VacancySearchParams,
): (SearchParams & { indexUid: string })[] {
  const q = params.q?.trim() ?? '';
  const main: SearchParams & { indexUid: string } = {
    indexUid: indexName,
    q,
    filter: buildFilter(params),
    sort: buildSort(params),
    facets: [...facetNames],
    hitsPerPage: params.pageSize,
    page: params.page,
    attributesToRetrieve: RETRIEVED_ATTRIBUTES,
    attributesToHighlight: ['title', 'summary'],
    attributesToCrop: ['description'],
    cropLength: 30,
    // Markers no stored text is made of; `searchVacancies` turns them into escaped HTML.
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
    // With more than one word, each hit says how many it matched (`someWordsOnly`).
    ...(q.includes(' ') ? { showRankingScoreDetails: true } : {}),
  };
  return [
    main,
    ...facetNames
      .filter((facet) => filtersOn(params, facet))
      .map((facet) => ({ indexUid: indexName, q, filter: buildFilter(params, facet), facets: [facet], limit: 0 })),
  ];
}

/**
 * The hit with its highlights as escaped HTML marked only by the engine (highlight.ts), and
 * without the engine's ranking details (read by `searchVacancies` before).
 */
export function withSafeHighlights(engineHit: EngineHit): SearchHit {
  const { _rankingScoreDetails: _details, ...hit } = engineHit;
  if (!hit._formatted) return hit;
  const formatted: NonNullable<SearchHit['_formatted']> = {};
  for (const field of ['title', 'summary'] as const) {
    const text = hit._formatted[field];
    if (typeof text === 'string') formatted[field] = safeHighlight(text, hit[field] ?? '');
  }
  // The index's description holds no markers of its own (withoutMarkers in document.ts).
  if (typeof hit._formatted.description === 'string')
    formatted.description = safeHighlight(hit._formatted.description, '');
  return { ...hit, _formatted: formatted };
}

/** Runs the search: the page of hits plus disjunctive facet counts, in one round trip. */
export async function searchVacancies(
  client: Meilisearch,
  indexName: string,
  params: VacancySearchParams,
): Promise<VacancySearchResult> {
  const queries = buildMultiSearch(indexName, params);
  const disjunctive = facetNames.filter((facet) => filtersOn(params, facet));
  const { results } = await client.multiSearch({ queries });
  const [first, ...rest] = results;
  const facets = Object.fromEntries(
    facetNames.map((facet) => [facet, first?.facetDistribution?.[facet] ?? {}]),
  ) as Record<FacetName, Record<string, number>>;
  disjunctive.forEach((facet, i) => {
    facets[facet] = rest[i]?.facetDistribution?.[facet] ?? {};
  });
  const hits = (first?.hits ?? []) as EngineHit[];
  const matched = hits.flatMap((hit) => hit._rankingScoreDetails?.words ?? []);
  const someWordsOnly = matched.length > 0 && matched.every((m) => m.matchingWords < m.maxMatchingWords);
  return {
    hits: hits.map(withSafeHighlights),
    total: first?.totalHits ?? first?.estimatedTotalHits ?? 0,
    facets,
    ...(someWordsOnly ? { someWordsOnly: true as const } : {}),
  };
}

/**
 * For each search, how many vacancies match all of its words (none left out, as the engine does
 * for the page) with its filters: the first that finds any says which words were left out.
 */
export async function countMatchingAllWords(
  client: Meilisearch,
  indexName: string,
  searches: readonly VacancySearchParams[],
): Promise<number[]> {
  if (searches.length === 0) return [];
  const queries = searches.map((params) => ({
    indexUid: indexName,
    q: params.q?.trim() ?? '',
    filter: buildFilter(params),
    matchingStrategy: 'all' as const,
    limit: 0,
  }));
  const { results } = await client.multiSearch({ queries });
  return results.map((result) => result.estimatedTotalHits ?? result.totalHits ?? 0);
}

/** A vacancy a search found, with its publication time as the index keeps it (whole seconds). */
export interface PublishedMatch {
  id: string;
  publishedAt: number;
}

/**
 * For each search, the vacancies it finds that were published at or after its `since`, newest
 * first: the alerts' matching. The same filter, words and order as the search page
 * (`buildFilter`, `buildSort`), without facets or highlights, many searches in one request.
 */
export async function matchPublishedSince(
  client: Meilisearch,
  indexName: string,
  searches: readonly { params: VacancySearchParams; since: Date }[],
  limit = 100,
): Promise<PublishedMatch[][]> {
  if (searches.length === 0) return [];
  const queries = searches.map(({ params, since }) => ({
    indexUid: indexName,
    q: params.q?.trim() ?? '',
    filter: [...buildFilter(params), `publishedAt >= ${Math.floor(since.getTime() / 1000)}`],
    sort: buildSort(params),
    limit,
    attributesToRetrieve: ['id', 'publishedAt'],
  }));
  const { results } = await client.multiSearch({ queries });
  return results.map((result) => result.hits as PublishedMatch[]);
}
