/**
 * The coordinator's grip on the shared search (the search admin routes): the index's health
 * against the database, a rebuild, and the synonym groups. The search engine's circuit
 * breaker is per process and only the public health check reports it, so it is read there.
 */
import { requestJson, type RequestOptions } from './client.ts';
import type { BodyOf, ResponseOf } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

/**
 * Documents in the index against searchable vacancies in the database, the outbox backlog and
 * the sync worker's last error. `documentsInIndex` is null when the engine did not answer.
 */
export type SearchHealth = ResponseOf<'/search/health', 'get'>;

export function getSearchHealth(options: Options): Promise<SearchHealth> {
  return requestJson('/search/health', { ...options, method: 'GET' });
}

/** `open`: the engine failed and has not answered a probe since; searches come from the database. */
export type SearchBreaker = ResponseOf<'/health', 'get'>['searchBreaker'];

/**
 * The breaker as the public health check reports it. Null when that check could not be read:
 * it answers 503 while the database is down, and the page must still show what it can.
 */
export async function getSearchBreaker(options: Options): Promise<SearchBreaker | null> {
  try {
    const health = await requestJson<ResponseOf<'/health', 'get'>>('/health', { ...options, method: 'GET' });
    return health.searchBreaker;
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return null;
  }
}

/** How many documents the rebuilt index holds and how long the rebuild took. */
export type Reindexed = ResponseOf<'/search/reindex', 'post'>;

/** Rebuilds the index from the database and swaps it in; 503 when the engine cannot be reached. */
export function reindex(options: Options): Promise<Reindexed> {
  return requestJson('/search/reindex', { ...options, method: 'POST' });
}

/** The built-in groups (`builtIn`, each on or switched off) and the coordinator's own (`custom`, removable). */
export type SynonymGroups = ResponseOf<'/search/synonyms', 'get'>;
export type SynonymGroup = SynonymGroups['custom'][number];
export type BuiltInSynonymGroup = SynonymGroups['builtIn'][number];

export function listSynonymGroups(options: Options): Promise<SynonymGroups> {
  return requestJson('/search/synonyms', { ...options, method: 'GET' });
}

/** Adds a group; the index takes it before the answer comes (the server waits for the engine). */
export function addSynonymGroup(
  body: BodyOf<'/search/synonyms', 'post'>,
  options: Options,
): Promise<ResponseOf<'/search/synonyms', 'post'>> {
  return requestJson('/search/synonyms', { ...options, method: 'POST', body });
}

export function removeSynonymGroup(id: string, options: Options): Promise<void> {
  return requestJson(`/search/synonyms/${encodeURIComponent(id)}`, { ...options, method: 'DELETE' });
}

/** Switches a built-in group off or on again; the index takes it before the answer comes. */
export function setBuiltInSynonymGroup(id: string, active: boolean, options: Options): Promise<BuiltInSynonymGroup> {
  return requestJson(`/search/synonyms/built-in/${encodeURIComponent(id)}`, {
    ...options,
    method: 'PUT',
    body: { active },
  });
}
