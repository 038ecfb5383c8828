/**
 * The database's answer while the search engine is away (degraded mode), made to hold a
 * rush. A full-text search with facets costs PostgreSQL far more than Meilisearch (the bench
 * measures how much), so:
 * - identical searches that arrive together share one query, and its answer serves the same
 *   search again for a few seconds (a rush asks the same few searches over and over: the
 *   home page, a popular word); after that it is still served (up to half a minute old)
 *   while one fresh query runs in the background, so a popular search never waits;
 * - at most a few run at once, so the database keeps serving sign-ins and edits, and the
 *   rest wait their turn in order instead of all slowing each other down.
 * Only degraded answers are kept; while the engine answers nothing here is used.
 */
import { LRUCache } from 'lru-cache';
import pLimit from 'p-limit';
import type { Database } from '@samenwerven/db';
import { searchVacanciesInDatabase, type VacancySearchParams, type VacancySearchResult } from '@samenwerven/search';

/** How long a degraded answer is reused as it is: vacancies change by the minute, not the second. */
const REUSE_MS = 5_000;
/** The oldest answer served while a fresh one is being made; older ones are waited for. */
const STALE_MS = 30_000;
/** Database searches running at once (the machine has a few cores, the database needs some for the rest). */
const CONCURRENCY = 4;

interface Answer {
  at: number;
  result: VacancySearchResult;
}

export class DegradedSearch {
  private readonly limit = pLimit(CONCURRENCY);
  private readonly answers: LRUCache<string, Answer, VacancySearchParams>;

  constructor(db: Database) {
    this.answers = new LRUCache({
      max: 500,
      ttl: REUSE_MS,
      allowStale: true,
      fetchMethod: (_key, _stale, { context }) =>
        this.limit(async () => ({ at: Date.now(), result: await searchVacanciesInDatabase(db, context) })),
    });
  }

  async search(params: VacancySearchParams): Promise<VacancySearchResult> {
    // The moment only decides which vacancies are still open: equal within the reuse time.
    const { now: _now, ...rest } = params;
    const key = JSON.stringify(rest);
    let answer = await this.answers.fetch(key, { context: params });
    if (answer && Date.now() - answer.at > STALE_MS)
      answer = await this.answers.fetch(key, { context: params, forceRefresh: true, allowStale: false });
    if (!answer) throw new Error('the database search gave no answer');
    return answer.result;
  }
}
