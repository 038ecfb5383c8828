/**
 * Views, search impressions and search words are counted in memory and written every few
 * seconds in one statement each: a search page shows twenty vacancies, and twenty upserts per
 * search would cost more than the search. What is not yet written when the process dies is
 * lost (a few seconds of counts; documented), never anything acknowledged to a user. A flush
 * that fails (database down) keeps its counts for the next one.
 */
import { dutchDate } from '@samenwerven/calendar';
import type { Database } from '@samenwerven/db';
import { addSearchTerms, addVacancyCounts, type VacancyCounter, type VacancyCounts } from './queries.ts';

export type VisitSource = 'widget' | 'feed' | undefined;

const FLUSH_MS = 5_000;
/** Beyond this many distinct rows waiting (a long database outage), new counts are dropped. */
const MAX_PENDING = 100_000;

/**
 * Words that may say who someone is: an e-mail address, or six digits or more in a row (with
 * spaces, dots or dashes between them): a phone number, a citizen service number (BSN), an
 * account number. People paste such things into a search box; the portal keeps no search of
 * them (privacy statement: search words are counted without keeping anything about you).
 */
const PERSONAL = /[^\s@]+@[^\s@]+|\d(?:[\s.-]?\d){5,}/;

/** Search words as they are counted: lower case, single spaces, at most 100 characters; '' for words not to keep. */
export function normaliseTerm(q: string): string {
  const term = q.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 100);
  return PERSONAL.test(term) ? '' : term;
}

interface VacancyRow {
  vacancyId: string;
  day: string;
  counts: VacancyCounts;
}
interface TermRow {
  day: string;
  term: string;
  searches: number;
  zeroResults: number;
}

export class CounterBuffer {
  readonly #db: Database;
  #vacancies = new Map<string, VacancyRow>();
  #terms = new Map<string, TermRow>();
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> | undefined;

  constructor(db: Database) {
    this.#db = db;
  }

  start(): void {
    this.#timer ??= setInterval(() => void this.flush().catch(() => undefined), FLUSH_MS);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.flush().catch(() => undefined);
  }

  view(vacancyId: string, source: VisitSource, now = new Date()): void {
    this.#bump(vacancyId, dutchDate(now), 'views');
    if (source === 'widget') this.#bump(vacancyId, dutchDate(now), 'fromWidget');
    if (source === 'feed') this.#bump(vacancyId, dutchDate(now), 'fromFeed');
  }

  impressions(vacancyIds: readonly string[], now = new Date()): void {
    const day = dutchDate(now);
    for (const id of vacancyIds) this.#bump(id, day, 'impressions');
  }

  search(q: string, found: number, now = new Date()): void {
    const term = normaliseTerm(q);
    if (!term) return;
    const day = dutchDate(now);
    const key = `${day}\n${term}`;
    const row: TermRow | undefined =
      this.#terms.get(key) ?? (this.#full() ? undefined : { day, term, searches: 0, zeroResults: 0 });
    if (!row) return;
    row.searches++;
    if (found === 0) row.zeroResults++;
    this.#terms.set(key, row);
  }

  /** Writes what was counted; tests call it instead of waiting for the timer. */
  async flush(): Promise<void> {
    while (this.#flushing) await this.#flushing;
    const vacancies = [...this.#vacancies.values()];
    const terms = [...this.#terms.values()];
    if (vacancies.length === 0 && terms.length === 0) return;
    this.#vacancies = new Map();
    this.#terms = new Map();
    this.#flushing = this.#db
      .transaction(async (tx) => {
        await addVacancyCounts(tx, vacancies);
        await addSearchTerms(tx, terms);
      })
      .catch((error: unknown) => {
        this.#merge(vacancies, terms);
        throw error;
      })
      .finally(() => {
        this.#flushing = undefined;
      });
    await this.#flushing;
  }

  #full(): boolean {
    return this.#vacancies.size + this.#terms.size >= MAX_PENDING;
  }

  #bump(vacancyId: string, day: string, counter: VacancyCounter, n = 1): void {
    const key = `${vacancyId}\n${day}`;
    const row = this.#vacancies.get(key) ?? (this.#full() ? undefined : { vacancyId, day, counts: {} });
    if (!row) return;
    row.counts[counter] = (row.counts[counter] ?? 0) + n;
    this.#vacancies.set(key, row);
  }

  #merge(vacancies: readonly VacancyRow[], terms: readonly TermRow[]): void {
    for (const row of vacancies)
      for (const [counter, n] of Object.entries(row.counts) as [VacancyCounter, number][])
        this.#bump(row.vacancyId, row.day, counter, n);
    for (const row of terms) {
      const key = `${row.day}\n${row.term}`;
      const existing = this.#terms.get(key);
      if (existing) {
        existing.searches += row.searches;
        existing.zeroResults += row.zeroResults;
      } else if (!this.#full()) this.#terms.set(key, { ...row });
    }
  }
}
