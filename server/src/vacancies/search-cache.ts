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
 * - and the moment the engine's time filters are evaluated at (`searchMoment`): one that gives
 *   exactly the results `now` would.
 *
 * Identical searches that arrive together share one request to the engine (coalescing). The key
 * makes an answer exact, so its age only guards against what the key cannot see (an index
 * changed behind the portal's back): a popular answer older than a minute is still given, while a
 * fresh one is asked for in the background, so the searches people repeat never wait for the
 * engine; none is given past five minutes. The cache holds a bounded number of answers (least
 * recently used out).
 */
import { startOfDutchDay, dutchDate } from '@samenwerven/calendar';

/**
 * How many answers are kept. A page of 20 hits with its facets takes about 28 KB of memory as kept
 * (measured on the demo data), so 2,000 answers take some 56 MB. A job seekers' portal sees a long
 * tail of searches: in the bench's rush over 3,000 distinct searches, 300 kept answers served 60%
 * of the requests.
 */
const MAX_ENTRIES = 2000;
const MINUTE_MS = 60_000;
/** An answer this old is renewed in the background when it is asked for again. */
const RENEW_AFTER_MS = MINUTE_MS;
/** An answer this old is never given. */
const MAX_AGE_MS = 5 * MINUTE_MS;
/** After a renewal failed (the engine away), the next try waits this long: one search, not one per request. */
const RETRY_RENEWAL_MS = 10_000;

/** The end of the minute `now` falls in. */
function searchMinute(now: Date): Date {
  return new Date((Math.floor(now.getTime() / MINUTE_MS) + 1) * MINUTE_MS);
}

/**
 * The moment a kept answer's time filters are evaluated at, chosen so that the results are
 * exactly those at `now` and as many searches as possible share it:
 * - "open" (`closesAt > now`) changes only at Dutch midnights, since every vacancy closes at the
 *   end of a Dutch day: the start of today gives the same results all day;
 * - "posted within N days" changes whenever a vacancy's publishing moment drops out of the
 *   window: it is evaluated at the end of the current minute, so a vacancy leaves that filter
 *   within the minute it turns N days old.
 */
export function searchMoment(now: Date, postedWithinDays: number | undefined): Date {
  return postedWithinDays === undefined ? startOfDutchDay(dutchDate(now)) : searchMinute(now);
}

interface Entry<T> {
  answer: Promise<T>;
  askedAt: number;
  /** From when a request renews the answer (Infinity while a renewal is under way). */
  renewFrom: number;
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
    if (found && now - found.askedAt < MAX_AGE_MS) {
      // Most recently used last: the first key is the one to drop.
      this.entries.delete(key);
      this.entries.set(key, found);
      if (now >= found.renewFrom) this.renew(key, found, now, search);
      return { answer: await found.answer, source: 'hit' };
    }
    const entry = this.keep(key, search(), now);
    return { answer: await entry.answer, source: 'miss' };
  }

  /**
   * Asks for a newer answer; the kept one serves until it is there, and stays if the search
   * fails — tried again some seconds later, not by every request meanwhile.
   */
  private renew(key: string, old: Entry<T>, now: number, search: () => Promise<T>): void {
    old.renewFrom = Infinity;
    const answer = search();
    answer.then(
      () => {
        if (this.entries.get(key) === old) this.keep(key, answer, now);
      },
      () => {
        old.renewFrom = now + RETRY_RENEWAL_MS;
      },
    );
  }

  private keep(key: string, answer: Promise<T>, now: number): Entry<T> {
    const entry: Entry<T> = { answer, askedAt: now, renewFrom: now + RENEW_AFTER_MS };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    // A failed search is not kept: the next one asks again.
    answer.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry;
  }
}
