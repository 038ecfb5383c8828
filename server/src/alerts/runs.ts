/**
 * The alerts' work, run by the job queue every minute (jobs/queue.ts), each step with the clock
 * passed in so tests can move it:
 * - matching: each confirmed alert runs its search through the search page's own code path (the
 *   engine, or the database when the engine is down) and records the vacancies published since it
 *   was confirmed that it has not had yet (one row per alert and vacancy, ever);
 * - sending: alerts whose moment has come (instant: at most one mail an hour; daily and weekly at
 *   07:00, weekly on Mondays, Amsterdam time) and have unmailed matches get one mail with them. The
 *   matches are marked mailed and the mail is queued in one transaction, with the alert locked
 *   (other workers skip it): a vacancy is never mailed twice to an alert, also with two workers or
 *   a process that dies half-way (then neither happened). Matches no longer findable (closed, or
 *   of a member that left) are marked but not sent; an alert with nothing to send sends nothing.
 */
import { dutchDate, dutchOffsetMs, startOfDutchDay } from '@samenwerven/calendar';
import type { Database } from '@samenwerven/db';
import type { SearchIndex } from '../search-index.ts';
import { matchPublishedSince } from '@samenwerven/search';
import { searchParamsOf, searchPublicVacancies } from '../vacancies/service.ts';
import { alertPaths, queueMatchesMail } from './mails.ts';
import {
  anyPublishedSince,
  deleteUnconfirmedBefore,
  endBouncingAlerts,
  insertMatches,
  lockDueAlerts,
  markSent,
  selectConfirmedAlerts,
  takeUnmailedMatches,
  type AlertRow,
} from './queries.ts';
import { searchOfAlert } from './query.ts';
import { manageKey, unsubscribeToken } from './tokens.ts';

export interface AlertDeps {
  db: Database;
  search: SearchIndex;
  publicUrl: string;
  secret: string;
  log: { warn(obj: object, msg: string): void };
}

const HOUR = 3_600_000;
const PAGE = 1000;
/** Alert searches in one request to the engine. */
const BATCH = 100;
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
 * The searches go to the engine a hundred at a time, through the search page's filter; when the
 * engine is down each alert's search runs through the search page's own fallback (the database).
 */
export async function matchAlerts(
  deps: AlertDeps,
  now = new Date(),
  watermark: MatchWatermark = { until: null },
): Promise<{ alerts: number; matched: number }> {
  const windowStart = new Date(
    watermark.until ? watermark.until.getTime() - OVERLAP_MS : now.getTime() - FIRST_WINDOW_MS,
  );
  if (!(await anyPublishedSince(deps.db, windowStart, now))) {
    watermark.until = now;
    return { alerts: 0, matched: 0 };
  }
  let alerts = 0;
  let matched = 0;
  for (let after: string | null = null; ;) {
    const page: AlertRow[] = await selectConfirmedAlerts(deps.db, after, PAGE);
    if (page.length === 0) break;
    after = page.at(-1)!.id;
    for (let i = 0; i < page.length; i += BATCH) {
      matched += await matchBatch(deps, page.slice(i, i + BATCH), windowStart, now);
    }
    alerts += page.length;
  }
  watermark.until = now;
  return { alerts, matched };
}

async function matchBatch(deps: AlertDeps, alerts: AlertRow[], windowStart: Date, now: Date): Promise<number> {
  const searches = alerts.flatMap((alert) => {
    try {
      const query = searchOfAlert(alert.query);
      // The index keeps publication times to the second: one published in the second the alert
      // was confirmed counts as new (rather than risk missing it).
      const from = Math.floor((alert.matchedFrom ?? alert.confirmedAt ?? now).getTime() / 1000) * 1000;
      const since = new Date(Math.max(from, windowStart.getTime()));
      return [{ alert, query, params: searchParamsOf(query, { now }), since }];
    } catch {
      // A search the portal no longer understands (a filter removed since, an unknown place) matches nothing.
      deps.log.warn({ alertId: alert.id }, 'alert query no longer valid; not matched');
      return [];
    }
  });
  let found: string[][];
  try {
    found = await matchPublishedSince(deps.search.client, deps.search.indexName, searches);
  } catch {
    found = await Promise.all(
      searches.map(async ({ query, since }) => {
        const result = await searchPublicVacancies(deps.search, deps.db, query, deps.log, { now });
        return result.hits.filter((hit) => Date.parse(hit.publishedAt) >= since.getTime()).map((hit) => hit.id);
      }),
    );
  }
  let matched = 0;
  for (const [i, { alert }] of searches.entries())
    matched += await insertMatches(deps.db, alert.id, found[i] ?? [], now);
  return matched;
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

/** Sends every alert whose moment has come; returns how many mails were queued. */
export async function sendDueAlerts(deps: AlertDeps, now = new Date()): Promise<number> {
  const due = {
    instantBefore: new Date(now.getTime() - HOUR),
    dailyBefore: latestSevenAm(now),
    weeklyBefore: latestSevenAm(now, 1),
  };
  let queued = 0;
  for (;;) {
    const sent = await deps.db.transaction(async (tx) => {
      const alerts = await lockDueAlerts(tx, due, 200);
      let mails = 0;
      for (const alert of alerts) {
        const matches = await takeUnmailedMatches(tx, alert.id, now);
        if (matches.length === 0) continue;
        await queueMatchesMail(tx, alert, matches, linksOf(deps, alert, now));
        await markSent(tx, alert.id, now, dutchDate(now));
        mails++;
      }
      return { alerts: alerts.length, mails };
    });
    queued += sent.mails;
    if (sent.alerts === 0) return queued;
  }
}

function linksOf(deps: AlertDeps, alert: AlertRow, now: Date) {
  const lang = alert.lang === 'en' ? 'en' : 'nl';
  const base = deps.publicUrl;
  const token = unsubscribeToken(deps.secret, alert.id, now);
  return {
    base,
    unsubscribe: `${base}${alertPaths.unsubscribe[lang]}${token}`,
    oneClick: `${base}/api/v1/alerts/unsubscribe?token=${token}`,
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

/** The nightly clean-up: unconfirmed alerts go after a week, and alerts whose mail keeps bouncing end. */
export async function forgetUnconfirmedAlerts(db: Database, now = new Date()): Promise<number> {
  const unconfirmed = await deleteUnconfirmedBefore(db, new Date(now.getTime() - 7 * 24 * HOUR));
  return unconfirmed + (await endBouncingAlerts(db, now));
}
