/**
 * The rush (issue 18): many job seekers at once on a realistic mix of searches, through the API as
 * served (identical searches answered from its cache, server/src/vacancies/search-cache.ts) and
 * straight to Meilisearch, at the same number of clients.
 *
 * The mix, derived from the demo data: a ranked list of distinct searches — the home page (no
 * search at all) first, then each field of work on its own (most vacancies first), then the
 * searches job seekers make (the alerts phase's generator: title words, fields, places, hours;
 * common choices far more often) — and every request draws one of them with Zipf's law over that
 * rank, so the home page and the big fields come up most, and thousands of searches come up
 * rarely. The report gives the number of distinct searches drawn and the cache's hit rate (from
 * each answer's `server-timing: search;desc=hit|miss`).
 */
import { municipalityByCode, type createDb } from '@samenwerven/db';
import { buildMultiSearch, type VacancySearchParams } from '@samenwerven/search';
import { alertQueries, randomSource, zipf } from './alerts.ts';
import type { load, LoadResult } from './run.ts';

type Db = ReturnType<typeof createDb>;
type Load = typeof load;

/** Distinct searches in the ranked list, and requests drawn from it. */
const DISTINCT = 3000;
const DRAWS = 200_000;
export const RUSH_CLIENTS = 32;

export interface RushResult {
  clients: number;
  distinctSearches: number;
  /** Distinct searches among the requests the API answered. */
  distinctDrawn: number;
  api: LoadResult;
  /** The same, each client asking again with the ETag it got (as browsers and caches do). */
  apiRevalidating: LoadResult;
  meili: LoadResult;
  /** Share of the API's answers that came from its cache. */
  hitRate: number;
}

/** The ranked searches as query strings ('' is the home page). */
async function rankedSearches(db: Db): Promise<string[]> {
  const categories = (
    await db.pool.query<{ code: string }>(
      `SELECT category_code AS code FROM vacancies WHERE category_code IS NOT NULL AND state = 'published'
        GROUP BY 1 ORDER BY count(*) DESC, 1`,
    )
  ).rows.map((r) => `category=${encodeURIComponent(r.code)}`);
  const ranked = new Set<string>(['', ...categories]);
  for (const query of await alertQueries(db, DISTINCT * 4, 18)) {
    if (ranked.size >= DISTINCT) break;
    ranked.add(query);
  }
  return [...ranked];
}

/** The engine's parameters of a search as the API reads it: page 1, 20 per page, the API's default order. */
function engineParams(query: string): VacancySearchParams {
  const params = new URLSearchParams(query);
  const near = params.get('near');
  const place = near ? municipalityByCode(near) : undefined;
  const hoursMin = params.get('hoursMin');
  return {
    ...(params.get('q') ? { q: params.get('q')! } : {}),
    ...(params.getAll('category').length > 0 ? { category: params.getAll('category') } : {}),
    ...(place ? { near: place, radiusKm: Number(params.get('radiusKm') ?? 25) } : {}),
    ...(hoursMin ? { hoursMin: Number(hoursMin) } : {}),
    page: 1,
    pageSize: 20,
    now: new Date(),
  };
}

export async function measureRush(
  load: Load,
  db: Db,
  apiOrigin: string,
  meili: { url: string; key: string; indexName: string },
  seconds: number,
  log: (message: string) => void,
): Promise<RushResult> {
  const searches = await rankedSearches(db);
  const random = randomSource(42);
  const draws = Array.from({ length: DRAWS }, () => zipf(random, searches));
  const apiPaths = draws.map((query) => `/api/v1/vacancies${query ? `?${query}` : ''}`);
  const bodies = new Map(
    searches.map((query) => [
      query,
      JSON.stringify({ queries: buildMultiSearch(meili.indexName, engineParams(query)) }),
    ]),
  );
  // Both measured runs start with the answers the mix keeps warm: a warm-up of the same draws
  // first, so the second run does not profit from the first one's cache.
  await load(apiOrigin, RUSH_CLIENTS, seconds / 2, (i) => ({ method: 'GET', path: apiPaths[i % DRAWS]! }));
  let hits = 0;
  let answered = 0;
  const api = await load(
    apiOrigin,
    RUSH_CLIENTS,
    seconds,
    (i) => ({ method: 'GET', path: apiPaths[i % DRAWS]! }),
    (headers) => {
      answered += 1;
      if (/search;desc=hit/.test(String(headers['server-timing'] ?? ''))) hits += 1;
    },
  );
  // Each client a browser that asks again with what it has: the same draws, in the same order.
  const apiRevalidating = await load(
    apiOrigin,
    RUSH_CLIENTS,
    seconds,
    (i) => ({ method: 'GET', path: apiPaths[i % DRAWS]! }),
    undefined,
    { revalidate: true },
  );
  const meiliResult = await load(meili.url, RUSH_CLIENTS, seconds, (i) => ({
    method: 'POST',
    path: '/multi-search',
    body: bodies.get(draws[i % DRAWS]!)!,
    headers: { authorization: `Bearer ${meili.key}` },
  }));
  const result: RushResult = {
    clients: RUSH_CLIENTS,
    distinctSearches: searches.length,
    distinctDrawn: new Set(draws.slice(0, api.requests)).size,
    api,
    apiRevalidating,
    meili: meiliResult,
    hitRate: answered > 0 ? Math.round((hits / answered) * 1000) / 1000 : 0,
  };
  log(
    `rush (${RUSH_CLIENTS} clients, ${result.distinctDrawn} distinct searches drawn): api ${api.rps} req/s p95 ${api.p95} ms (hit rate ${result.hitRate}); revalidating ${apiRevalidating.rps} req/s p95 ${apiRevalidating.p95} ms, ${apiRevalidating.notModified} answered 304; meili ${meiliResult.rps} req/s p95 ${meiliResult.p95} ms`,
  );
  return result;
}

export const rushSummary = (rush: RushResult) => ({
  'search.rush.api.rps': rush.api.rps,
  'search.rush.api.p95': rush.api.p95,
  'search.rush.api.bodyBytesPerRequest': rush.api.bodyBytesPerRequest,
  'search.rush.apiRevalidating.rps': rush.apiRevalidating.rps,
  'search.rush.apiRevalidating.p95': rush.apiRevalidating.p95,
  'search.rush.apiRevalidating.bodyBytesPerRequest': rush.apiRevalidating.bodyBytesPerRequest,
  'search.rush.apiRevalidating.notModified': rush.apiRevalidating.notModified,
  'search.rush.meili.rps': rush.meili.rps,
  'search.rush.meili.p95': rush.meili.p95,
  'search.rush.hitRate': rush.hitRate,
  'search.rush.distinctDrawn': rush.distinctDrawn,
});

export function rushReport(rush: RushResult): string[] {
  const ratio = rush.meili.rps > 0 ? Math.round((rush.api.rps / rush.meili.rps) * 100) / 100 : 0;
  const row = (name: string, r: LoadResult) =>
    `| ${name} | ${r.rps} req/s | ${r.p50} / ${r.p95} / ${r.p99} ms | ${r.requests}${r.errors ? `, ${r.errors} errors` : ''}${r.notModified ? `, ${r.notModified} answered 304` : ''} | ${(r.bodyBytesPerRequest / 1000).toFixed(1)} KB |`;
  return [
    `## The rush: ${rush.clients} clients on a Zipf-like mix of ${rush.distinctSearches.toLocaleString('en')} distinct searches`,
    '',
    'The home page first, then each field of work on its own, then job seekers’ searches (title words, fields, places, hours) from the demo data; each request draws one by Zipf’s law over that rank (`tests/bench/rush.ts`). Both API runs come after a warm-up of half a run on the same draws; the second, revalidating one, has each client keep the ETag of every address it got an answer for and ask again with `If-None-Match`.',
    '',
    '| path | throughput | p50 / p95 / p99 | requests | body per answer |',
    '| --- | --- | --- | --- | --- |',
    row('our API as served (answers kept)', rush.api),
    row('the same, clients revalidating (If-None-Match)', rush.apiRevalidating),
    row('Meilisearch direct', rush.meili),
    '',
    `Distinct searches drawn: ${rush.distinctDrawn.toLocaleString('en')}; answered from the cache: ${Math.round(rush.hitRate * 1000) / 10}%. Target: the API at least 2× Meilisearch's throughput at no worse p95 — ${ratio}× at p95 ${rush.api.p95} vs ${rush.meili.p95} ms: ${ratio >= 2 && rush.api.p95 <= rush.meili.p95 ? 'met' : 'not met'}.`,
    '',
  ];
}
