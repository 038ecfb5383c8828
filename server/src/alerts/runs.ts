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
import pLimit from 'p-limit';
import { dutchDate, dutchOffsetMs, startOfDutchDay } from '@samenwerven/calendar';
import type { Database } from '@samenwerven/db';
import type { SearchIndex } from '../search-index.ts';
import { searchPublicVacancies } from '../vacancies/service.ts';
import { alertPaths, queueMatchesMail } from './mails.ts';
import {
  deleteUnconfirmedBefore,
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
const PAGE = 500;
/** Searches at once: the engine is shared with the people searching. */
const SEARCHES_AT_ONCE = 4;

/** Records each confirmed alert's new matches; returns how many alerts ran and matches were added. */
export async function matchAlerts(deps: AlertDeps, now = new Date()): Promise<{ alerts: number; matched: number }> {
  const limit = pLimit(SEARCHES_AT_ONCE);
  let alerts = 0;
  let matched = 0;
  for (let after: string | null = null; ;) {
    const page: AlertRow[] = await selectConfirmedAlerts(deps.db, after, PAGE);
    if (page.length === 0) break;
    after = page.at(-1)!.id;
    const counts = await Promise.all(page.map((alert) => limit(() => matchOne(deps, alert, now))));
    alerts += page.length;
    matched += counts.reduce((a, b) => a + b, 0);
  }
  return { alerts, matched };
}

async function matchOne(deps: AlertDeps, alert: AlertRow, now: Date): Promise<number> {
  let query;
  try {
    query = searchOfAlert(alert.query);
  } catch {
    // A search the portal no longer understands (a filter removed since) matches nothing.
    deps.log.warn({ alertId: alert.id }, 'alert query no longer valid; not matched');
    return 0;
  }
  const result = await searchPublicVacancies(deps.search, deps.db, query, deps.log, { now });
  // The index keeps publication times to the second: one published in the second the alert was
  // confirmed counts as new (rather than risk missing it).
  const from = Math.floor((alert.matchedFrom ?? alert.confirmedAt ?? now).getTime() / 1000) * 1000;
  const fresh = result.hits.filter((hit) => Date.parse(hit.publishedAt) >= from).map((hit) => hit.id);
  return insertMatches(deps.db, alert.id, fresh, now);
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
      const alerts = await lockDueAlerts(tx, due, 50);
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
export async function runAlerts(deps: AlertDeps, now = new Date()) {
  const matched = await matchAlerts(deps, now);
  const mails = await sendDueAlerts(deps, now);
  return { ...matched, mails };
}

/** Unconfirmed alerts go after a week (the nightly job). */
export const forgetUnconfirmedAlerts = (db: Database, now = new Date()) =>
  deleteUnconfirmedBefore(db, new Date(now.getTime() - 7 * 24 * HOUR));
