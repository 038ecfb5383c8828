/**
 * New vacancies on their way to the index (issue 18). A vacancy published a moment ago is in the
 * search outbox from the moment its request committed until the sync worker has applied it, which
 * takes the engine a second or more at 100,000 vacancies. Meanwhile the search finds it anyway:
 * the pending vacancies the index does not hold yet are matched in Postgres (the same filters as
 * the degraded mode, its Dutch full-text search for the words) and merged into the engine's
 * answer at the place the engine's order gives them — counted by the engine itself for a sort
 * (how many of its matches come first), first for relevance to words — with the total and the
 * facet counts raised by them. Paging stays consistent: a later page starts where the merged
 * earlier ones ended.
 *
 * What Postgres does not do as the engine does (typos, synonyms, a word's prefix) only matters
 * for these few seconds; the engine answers alone again once its index has the vacancy.
 */
import type { Meilisearch } from 'meilisearch';
import { haversineKm, type Executor } from '@samenwerven/db';
import { matchingIds } from './database-search.ts';
import { toSearchDocument, type VacancySearchDocument } from './document.ts';
import {
  buildFilter,
  buildMultiSearch,
  facetNames,
  filtersOn,
  quote,
  withSafeHighlights,
  type FacetName,
  type SearchHit,
  type VacancySearchParams,
  type VacancySearchResult,
} from './query.ts';
import { loadIndexableVacancies } from './vacancy-index.ts';

/**
 * The most new vacancies merged into one answer. A few are what publishing brings (each costs the
 * search a count in the engine); thousands at once are a bulk import, which the index takes in
 * within seconds: meanwhile the engine answers alone.
 */
const MAX_MERGED = 50;

/** Which of `ids` the index holds now. */
export async function heldByIndex(
  client: Meilisearch,
  indexName: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { results } = await client.index(indexName).getDocuments({
    filter: `id IN [${ids.map(quote).join(', ')}]`,
    fields: ['id'],
    limit: ids.length,
  });
  return new Set(results.map((document) => String(document['id'])));
}

/**
 * The filter that counts the engine's matches ordered before `document` in the search's order,
 * or undefined when it leads them all (relevance to words: a matching new vacancy comes first).
 * Without words, relevance is newest first (the last ranking rule).
 */
function beforeFilter(params: VacancySearchParams, document: VacancySearchDocument): string | undefined {
  const sort =
    params.sort === 'relevance' || params.sort === undefined ? (params.q?.trim() ? undefined : 'newest') : params.sort;
  switch (sort) {
    case 'newest':
      return `publishedAt > ${document.publishedAt}`;
    case 'closing':
      // The engine puts vacancies without a value last, whatever the direction.
      return document.closesAt === null ? 'closesAt IS NOT NULL' : `closesAt < ${document.closesAt}`;
    case 'salary':
      return document.salaryMax === null ? 'salaryMax IS NOT NULL' : `salaryMax > ${document.salaryMax}`;
    case 'distance': {
      if (!params.near) return undefined;
      const metres = haversineKm(params.near, { latitude: document._geo.lat, longitude: document._geo.lng }) * 1000;
      return `_geoRadius(${params.near.latitude}, ${params.near.longitude}, ${Math.max(0, Math.floor(metres) - 1)})`;
    }
    default:
      return undefined;
  }
}

/** The search's own order between two documents, for the new ones that share a rank. */
function inSearchOrder(params: VacancySearchParams): (a: VacancySearchDocument, b: VacancySearchDocument) => number {
  const nullsLast = (a: number | null, b: number | null, direction: 1 | -1) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : (a - b) * direction;
  const newest = (a: VacancySearchDocument, b: VacancySearchDocument) => b.publishedAt - a.publishedAt;
  switch (params.sort) {
    case 'closing':
      return (a, b) => nullsLast(a.closesAt, b.closesAt, 1) || newest(a, b);
    case 'salary':
      return (a, b) => nullsLast(a.salaryMax, b.salaryMax, -1) || newest(a, b);
    case 'distance': {
      const near = params.near;
      if (!near) return newest;
      const km = (d: VacancySearchDocument) => haversineKm(near, { latitude: d._geo.lat, longitude: d._geo.lng });
      return (a, b) => km(a) - km(b) || newest(a, b);
    }
    default:
      return newest;
  }
}

/**
 * Where the pending vacancies go on the requested page. `ranks` are the engine ranks they come at
 * (how many engine matches precede each), in order. The page asks the engine for `engineLimit`
 * hits from `engineOffset` and places the pending ones at their positions among them.
 */
export function placeOnPage<T>(pending: readonly { item: T; rank: number }[], pageStart: number, pageSize: number) {
  const positioned = pending.toSorted((a, b) => a.rank - b.rank).map((p, i) => ({ item: p.item, at: p.rank + i }));
  const before = positioned.filter((p) => p.at < pageStart).length;
  const onPage = positioned.filter((p) => p.at >= pageStart && p.at < pageStart + pageSize);
  return {
    engineOffset: pageStart - before,
    engineLimit: pageSize - onPage.length,
    assemble(engineHits: readonly T[]): T[] {
      const page: T[] = [];
      let next = 0;
      for (let at = pageStart; at < pageStart + pageSize; at++) {
        const placed = onPage.find((p) => p.at === at);
        if (placed) page.push(placed.item);
        else if (next < engineHits.length) page.push(engineHits[next++]!);
      }
      return page;
    },
  };
}

/** The facet counts raised by the pending vacancies each facet's count would include. */
function addFacetCounts(
  facets: VacancySearchResult['facets'],
  counted: Record<FacetName, readonly VacancySearchDocument[]>,
): VacancySearchResult['facets'] {
  const raised = structuredClone(facets);
  for (const facet of facetNames) {
    for (const document of counted[facet]) {
      const value = document[facet];
      if (value === null || value === undefined) continue;
      const key = String(value);
      raised[facet][key] = (raised[facet][key] ?? 0) + 1;
    }
  }
  return raised;
}

/**
 * The engine's answer with the pending vacancies the index does not hold yet (`newIds`, findable
 * now) merged in. Answers the engine's own when none of them matches the search.
 */
export async function mergePendingAdditions(
  db: Executor,
  client: Meilisearch,
  indexName: string,
  params: VacancySearchParams,
  engine: VacancySearchResult,
  newIds: readonly string[],
): Promise<VacancySearchResult> {
  if (newIds.length === 0 || newIds.length > MAX_MERGED) return engine;
  const matched = await matchingIds(db, params, newIds);
  const disjunctive = facetNames.filter((facet) => filtersOn(params, facet));
  const matchedWithout = Object.fromEntries(
    await Promise.all(disjunctive.map(async (facet) => [facet, await matchingIds(db, params, newIds, facet)] as const)),
  ) as Partial<Record<FacetName, string[]>>;
  const everyMatch = [...new Set([...matched, ...Object.values(matchedWithout).flat()])];
  if (everyMatch.length === 0) return engine;
  // One the engine answered with after all (indexed since it was found new) is the engine's.
  const answered = new Set(engine.hits.map((hit) => hit.id));
  const documents = new Map(
    (await loadIndexableVacancies(db, everyMatch))
      .filter((row) => !answered.has(row.id))
      .map((row) => [row.id, toSearchDocument(row)]),
  );
  const counted = Object.fromEntries(
    facetNames.map((facet) => [facet, (matchedWithout[facet] ?? matched).flatMap((id) => documents.get(id) ?? [])]),
  ) as Record<FacetName, VacancySearchDocument[]>;
  const pending = matched.flatMap((id) => documents.get(id) ?? []).toSorted(inSearchOrder(params));
  const facets = addFacetCounts(engine.facets, counted);
  if (pending.length === 0) return { ...engine, facets };

  const ranks = await engineRanks(client, indexName, params, pending);
  const placement = placeOnPage(
    pending.map((document, i) => ({ item: document as SearchHit, rank: ranks[i]! })),
    (params.page - 1) * params.pageSize,
    params.pageSize,
  );
  const unchanged =
    placement.engineOffset === (params.page - 1) * params.pageSize && placement.engineLimit === params.pageSize;
  const engineHits = unchanged
    ? engine.hits
    : await engineWindow(client, indexName, params, placement.engineOffset, placement.engineLimit);
  const pendingIds = new Set(pending.map((d) => d.id));
  return {
    hits: placement.assemble(engineHits.filter((hit) => !pendingIds.has(hit.id))),
    total: engine.total + pending.length,
    facets,
  };
}

/** For each document, how many of the engine's matches come before it in the search's order. */
async function engineRanks(
  client: Meilisearch,
  indexName: string,
  params: VacancySearchParams,
  documents: readonly VacancySearchDocument[],
): Promise<number[]> {
  const filters = documents.map((document) => beforeFilter(params, document));
  const queries = filters.flatMap((filter) =>
    filter === undefined
      ? []
      : [
          {
            indexUid: indexName,
            q: params.q?.trim() ?? '',
            filter: [...buildFilter(params), filter],
            hitsPerPage: 0,
            page: 1,
          },
        ],
  );
  const { results } = queries.length > 0 ? await client.multiSearch({ queries }) : { results: [] };
  let next = 0;
  return filters.map((filter) => (filter === undefined ? 0 : (results[next++]?.totalHits ?? 0)));
}

/** The engine's hits from `offset`, `limit` of them, in the search's order. */
async function engineWindow(
  client: Meilisearch,
  indexName: string,
  params: VacancySearchParams,
  offset: number,
  limit: number,
): Promise<SearchHit[]> {
  if (limit <= 0) return [];
  const { page: _page, hitsPerPage: _hitsPerPage, facets: _facets, ...main } = buildMultiSearch(indexName, params)[0]!;
  const { results } = await client.multiSearch({ queries: [{ ...main, offset, limit }] });
  return ((results[0]?.hits ?? []) as SearchHit[]).map(withSafeHighlights);
}
