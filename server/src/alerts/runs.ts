/**
 * The alerts' work, run by the job queue every minute (jobs/queue.ts), each step with the clock
 * passed in so tests can move it:
 * - matching: each search of the confirmed alerts runs once, through the search page's own code
 *   path (the engine, or the database when the engine is down), and each alert with that search
 *   records the vacancies published since it was confirmed that it has not had yet (one row per
 *   alert and vacancy, ever);
 * - sending: alerts whose moment has come (instant: at most one mail an hour; daily and weekly at
 *   07:00, weekly on Mondays, Amsterdam time) and have unmailed matches get one mail with them. The
 *   matches are marked mailed and the mail is queued in one transaction, with the alerts locked
 *   (other workers skip it): a vacancy is never mailed twice to an alert, also with two workers or
 *   a process that dies half-way (then neither happened). Matches no longer findable (closed, or
 *   of a member that left) are marked but not sent; an alert with nothing to send sends nothing.
 */
import { dutchDate, dutchOffsetMs, startOfDutchDay } from '@samenwerven/calendar';
import type { Database } from '@samenwerven/db';
import type { SearchIndex } from '../search-index.ts';
import { matchPublishedSince, type PublishedMatch } from '@samenwerven/search';
import { enqueueMails } from '../mail/outbox.ts';
import { queryWordsFor, searchParamsOf, searchPublicVacancies } from '../vacancies/service.ts';
import { alertEndedMail, alertPaths, keepQuestionMail, matchesMail } from './mails.ts';
import {
  anyPublishedSince,
  askQuietAlerts,
  deleteUnconfirmedBefore,
  deleteUnkeptAlerts,
  endBouncingAlerts,
  insertMatchesOfSearches,
  lockDueAlerts,
  markSent,
  selectAlertSearches,
  takeUnmailedMatches,
  type AlertRow,
  type AlertSearch,
} from './queries.ts';
import { searchOfAlert } from './query.ts';
import { keepToken, manageKey, unsubscribeToken } from './tokens.ts';

export interface AlertDeps {
  db: Database;
  search: SearchIndex;
  publicUrl: string;
  secret: string;
  log: { warn(obj: object, msg: string): void };
}

const HOUR = 3_600_000;
/** Distinct alert searches read at a time. */
const PAGE = 1000;
/** Alert searches in one request to the engine. */
const BATCH = 100;
/** Requests to the engine at once: on a small machine one waits on the network while the other searches. */
const IN_FLIGHT = 2;
/** Alerts mailed in one transaction. */
const SEND_BATCH = 500;
/**
 * How far back a run looks again: a vacancy reaches the index a moment after it is published,
 * so the window overlaps the last run (a match found twice is recorded once).
 */
const OVERLAP_MS = 2 * 60_000;
/** Without a previous run (a fresh process, a test): the last day. */
const FIRST_WINDOW_MS = 24 * HOUR;

/** Where the last run of this process got to; the next looks from there (minus the overlap). */
export interface MatchWatermark {
  until: Date | null;
}

/**
 * Records each confirmed alert's new matches: the vacancies published since the last run (and
 * since the alert was confirmed) that its search finds. Nothing published since: nothing to do.
 * Alerts made from the same search share one run of it; the searches go to the engine a hundred
 * at a time, two requests in flight, through the search page's filter. When the engine is down
 * each search runs through the search page's own fallback (the database).
 */
export async function matchAlerts(
  deps: AlertDeps,
  now = new Date(),
  watermark: MatchWatermark = { until: null },
): Promise<{ alerts: number; searches: number; matched: number }> {
  const windowStart = new Date(
    watermark.until ? watermark.until.getTime() - OVERLAP_MS : now.getTime() - FIRST_WINDOW_MS,
  );
  const totals = { alerts: 0, searches: 0, matched: 0 };
  if (!(await anyPublishedSince(deps.db, windowStart, now))) {
    watermark.until = now;
    return totals;
  }
  for (let after: string | null = null; ;) {
    const page: AlertSearch[] = await selectAlertSearches(deps.db, after, PAGE);
    if (page.length === 0) break;
    after = page.at(-1)!.query;
    const batches = Array.from({ length: Math.ceil(page.length / BATCH) }, (_, i) =>
      page.slice(i * BATCH, (i + 1) * BATCH),
    );
    const counts = await inParallel(batches, IN_FLIGHT, (batch) => matchBatch(deps, batch, windowStart, now));
    totals.matched += counts.reduce((sum, n) => sum + n, 0);
    totals.alerts += page.reduce((sum, search) => sum + search.alerts, 0);
    totals.searches += page.length;
  }
  watermark.until = now;
  return totals;
}

/** Runs `work` over the items with at most `width` running at once; the results in item order. */
async function inParallel<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return results;
}

async function matchBatch(deps: AlertDeps, batch: AlertSearch[], windowStart: Date, now: Date): Promise<number> {
  const words = await queryWordsFor(deps.db);
  const searches = batch.flatMap(({ query, from }) => {
    try {
      const search = searchOfAlert(query);
      // The index keeps publication times to the second: one published in the second the alert
      // was confirmed counts as new (rather than risk missing it).
      const since = new Date(Math.max(Math.floor(from.getTime() / 1000) * 1000, windowStart.getTime()));
      return [{ query, search, params: searchParamsOf(search, { now, words }), since }];
    } catch {
      // A search the portal no longer understands (a filter removed since, an unknown place) matches nothing.
      // Not the query itself: search words stay out of the log (logger.ts).
      deps.log.warn({}, 'an alert query is no longer valid; not matched');
      return [];
    }
  });
  let found: PublishedMatch[][];
  try {
    found = await matchPublishedSince(deps.search.client, deps.search.indexName, searches);
  } catch {
    found = [];
    for (const { search, since } of searches) {
      const result = await searchPublicVacancies(deps.search, deps.db, search, deps.log, { now });
      found.push(
        result.hits
          .map((hit) => ({ id: hit.id, publishedAt: Math.floor(Date.parse(hit.publishedAt) / 1000) }))
          .filter((hit) => hit.publishedAt * 1000 >= since.getTime()),
      );
    }
  }
  // Each alert of a search keeps only what was published from its own moment on (the statement's join).
  const matches = searches.flatMap(({ query }, i) =>
    (found[i] ?? []).map((hit) => ({ query, vacancyId: hit.id, publishedAt: hit.publishedAt })),
  );
  return insertMatchesOfSearches(deps.db, matches, now);
}

/** The latest 07:00 in Amsterdam at or before `now` (on `weekday` only, 1 = Monday, when given). */
export function latestSevenAm(now: Date, weekday?: number): Date {
  for (let back = 0; back < 8; back++) {
    const day = dutchDate(new Date(now.getTime() - back * 24 * HOUR));
    const start = startOfDutchDay(day);
    const guess = new Date(start.getTime() + 7 * HOUR);
    const at = new Date(guess.getTime() + dutchOffsetMs(start) - dutchOffsetMs(guess));
    const isWeekday = weekday === undefined || new Date(`${day}T12:00:00Z`).getUTCDay() === weekday % 7;
    if (at.getTime() <= now.getTime() && isWeekday) return at;
  }
  throw new Error('no 07:00 in the last week');
}

/**
 * Sends every alert whose moment has come, a batch of alerts per transaction: their matches
 * marked mailed, their mails queued and their last mail noted in a few statements for the lot.
 * Returns how many mails were queued.
 */
export async function sendDueAlerts(deps: AlertDeps, now = new Date()): Promise<number> {
  const due = {
    instantBefore: new Date(now.getTime() - HOUR),
    dailyBefore: latestSevenAm(now),
    weeklyBefore: latestSevenAm(now, 1),
  };
  let queued = 0;
  for (;;) {
    const sent = await deps.db.transaction(async (tx) => {
      const alerts = await lockDueAlerts(tx, due, SEND_BATCH);
      const matches = await takeUnmailedMatches(
        tx,
        alerts.map((alert) => alert.id),
        now,
      );
      const mailed = alerts.filter((alert) => matches.has(alert.id));
      await enqueueMails(
        tx,
        mailed.map((alert) => matchesMail(alert, matches.get(alert.id)!, linksOf(deps, alert, now))),
      );
      await markSent(
        tx,
        mailed.map((alert) => alert.id),
        now,
        dutchDate(now),
      );
      return { alerts: alerts.length, mails: mailed.length };
    });
    queued += sent.mails;
    if (sent.alerts === 0) return queued;
  }
}

function linksOf(deps: Pick<AlertDeps, 'publicUrl' | 'secret'>, alert: AlertRow, now: Date) {
  const lang = alert.lang === 'en' ? 'en' : 'nl';
  const base = deps.publicUrl;
  const token = unsubscribeToken(deps.secret, alert.id, now);
  return {
    base,
    unsubscribe: `${base}${alertPaths.unsubscribe[lang]}${token}`,
    oneClick: `${base}/api/v1/alerts/unsubscribe?token=${token}&lang=${lang}`,
    manage: `${base}${alertPaths.manage[lang]}${manageKey(deps.secret, alert.email, now)}`,
    search: `${base}${alertPaths.search[lang]}${alert.query}`,
  };
}

/** The minute's work: match, then send. */
export async function runAlerts(deps: AlertDeps, now = new Date(), watermark?: MatchWatermark) {
  const matched = await matchAlerts(deps, now, watermark);
  const mails = await sendDueAlerts(deps, now);
  return { ...matched, mails };
}

/** No sign of life for this long (confirmed, kept, changed or run from the account page): the alert asks. */
const QUIET_MS = 182 * 24 * HOUR;
/** Asked this long ago without an answer: the alert ends. */
const ANSWER_MS = 30 * 24 * HOUR;

/**
 * The nightly clean-up: unconfirmed alerts go after a week; alerts whose mail keeps bouncing end;
 * and since whether mail is opened is not tracked (no pixels or counted links), an alert with no
 * sign of life for half a year asks its owner whether to keep it, and ends politely (with a last
 * mail saying how to make it again) when 30 days pass without an answer. Returns how many ended.
 */
export async function tidyAlerts(deps: Omit<AlertDeps, 'search' | 'log'>, now = new Date()): Promise<number> {
  const unconfirmed = await deleteUnconfirmedBefore(deps.db, new Date(now.getTime() - 7 * 24 * HOUR));
  const bouncing = await endBouncingAlerts(deps.db, now);
  for (;;) {
    const asked = await deps.db.transaction(async (tx) => {
      const quiet = await askQuietAlerts(tx, new Date(now.getTime() - QUIET_MS), now, SEND_BATCH);
      await enqueueMails(
        tx,
        quiet.map((alert) => {
          const links = linksOf(deps, alert, now);
          return keepQuestionMail(alert, { ...links, keep: keepLink(deps, alert, now) });
        }),
      );
      return quiet.length;
    });
    if (asked < SEND_BATCH) break;
  }
  const unkept = await deps.db.transaction(async (tx) => {
    const ended = await deleteUnkeptAlerts(tx, new Date(now.getTime() - ANSWER_MS));
    await enqueueMails(
      tx,
      ended.map((alert) => alertEndedMail(alert, linksOf(deps, alert, now).search)),
    );
    return ended.length;
  });
  return unconfirmed + bouncing + unkept;
}

function keepLink(deps: Pick<AlertDeps, 'publicUrl' | 'secret'>, alert: AlertRow, now: Date) {
  const lang = alert.lang === 'en' ? 'en' : 'nl';
  return `${deps.publicUrl}${alertPaths.keep[lang]}${keepToken(deps.secret, alert.id, now)}`;
}
