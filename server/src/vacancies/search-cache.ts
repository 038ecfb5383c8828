/**
 * The search engine's answers, kept for identical searches (issue 18, the rush; issue 17, the
 * served home page). A job-seeker's portal sees the same few searches over and over — the home
 * page, a field, a region — and a search over every vacancy with its facets is the engine's most
 * expensive answer. An answer is reused only while it is exactly what the engine would say now:
 *
 * - its key holds the index's version (search_sync_state.index_version), which goes up with every
 *   batch the sync worker applies, every rebuild and every synonym change: any change the index
 *   has taken in makes a new key;
 * - and the removals on their way to the index (./pending-removals.ts), read in the same snapshot
 *   as the version: a vacancy closed a moment ago is left out of a cached answer as of a fresh one;
 * - and the minute: the engine's time filters (closing moment, "posted within") are evaluated at
 *   the end of the current minute (`searchMinute`), so a vacancy leaves the results during the
 *   minute it closes — vacancies close at the end of a day, and the due-changes job then removes
 *   them for good.
 *
 * Identical searches that arrive together share one request to the engine (coalescing). An answer
 * lives at most a minute, and the cache holds a bounded number of them (least recently used out).
 */

/** How many answers are kept: a few hundred popular searches, each some tens of kilobytes. */
const MAX_ENTRIES = 300;
const MINUTE_MS = 60_000;

/** The end of the minute `now` falls in: the moment the engine's time filters are evaluated at. */
export function searchMinute(now: Date): Date {
  return new Date((Math.floor(now.getTime() / MINUTE_MS) + 1) * MINUTE_MS);
}

interface Entry<T> {
  answer: Promise<T>;
  expiresAt: number;
}

export interface CacheOutcome<T> {
  answer: T;
  /** hit: answered from the cache (or by a search already under way); miss: the engine asked. */
  source: 'hit' | 'miss';
}

export class SearchCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly maxEntries: number;

  constructor(maxEntries = MAX_ENTRIES) {
    this.maxEntries = maxEntries;
  }

  /** The answer for `key`: kept, under way, or asked for with `search` and kept. */
  async answer(key: string, now: number, search: () => Promise<T>): Promise<CacheOutcome<T>> {
    const found = this.entries.get(key);
    if (found && found.expiresAt > now) {
      // Most recently used last: the first key is the one to drop.
      this.entries.delete(key);
      this.entries.set(key, found);
      return { answer: await found.answer, source: 'hit' };
    }
    const answer = search();
    const entry: Entry<T> = { answer, expiresAt: now + MINUTE_MS };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    // A failed search is not kept: the next one asks again.
    answer.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return { answer: await answer, source: 'miss' };
  }
}
