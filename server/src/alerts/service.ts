/**
 * Making, confirming, changing and ending alerts. An alert made by a signed-in job seeker for
 * their own address is active at once; any other waits for the link in its confirmation mail,
 * and the answer is the same whether or not the address is known.
 */
import type { Database } from '@samenwerven/db';
import { AppError, notFound } from '../errors.ts';
import type { Locale } from '../i18n.ts';
import { alertPaths, queueConfirmationMail } from './mails.ts';
import {
  alertCounts,
  confirmAlert,
  deleteAlert,
  deleteAlertOf,
  deleteAlertsOfAddress,
  insertAlert,
  keepAlert,
  selectAlert,
  selectAlertsOfAddress,
  selectAlertsOfUser,
  updateAlert,
  type AlertRow,
  type Frequency,
} from './queries.ts';
import { normaliseAlertQuery, searchOfAlert } from './query.ts';
import {
  addressOfManageKey,
  alertOfConfirmToken,
  alertOfKeepToken,
  alertOfUnsubscribeToken,
  confirmToken,
  manageKey,
} from './tokens.ts';
import { cutText, isSameAddress, oneLineOrNull, shownOrNull } from '../text.ts';

export interface AlertServiceDeps {
  db: Database;
  publicUrl: string;
  secret: string;
}

export interface NewAlert {
  email: string;
  query: string;
  frequency: Frequency;
  name?: string | undefined;
  lang: 'nl' | 'en';
}

/** The alert as the API shows it. */
export const presentAlert = (row: AlertRow) => ({
  id: row.id,
  name: row.name,
  query: row.query,
  frequency: row.frequency,
  lang: row.lang === 'en' ? ('en' as const) : ('nl' as const),
  createdAt: row.createdAt.toISOString(),
  lastSentAt: row.lastSentAt?.toISOString() ?? null,
});

const invalidToken = () => new AppError(400, 'invalid_token', 'error.invalid_token');

/**
 * The alert a link from its mail confirmed or kept. A guest's comes with the key to all alerts
 * of the address (as under every alert mail): the link proved the address is theirs, and
 * there is no account page to change the alert on.
 */
const presentMailedAlert = (deps: AlertServiceDeps, row: AlertRow, now: Date) => ({
  ...presentAlert(row),
  ...(row.userId === null ? { manageKey: manageKey(deps.secret, row.email, now) } : {}),
});

/** A name for an alert that was given none: its words, or what it is for. */
function defaultName(query: string, lang: 'nl' | 'en'): string {
  const q = shownOrNull(new URLSearchParams(query).get('q'));
  if (q) return cutText(q, 100);
  return lang === 'nl' ? 'Alle vacatures van mijn zoekopdracht' : 'All vacancies of my search';
}

export async function createAlert(
  deps: AlertServiceDeps,
  input: NewAlert,
  account: { userId: string; email: string } | null,
  locale: Locale,
  now = new Date(),
): Promise<{ status: 'active'; id: string } | { status: 'confirmation_sent' }> {
  const query = normaliseAlertQuery(input.query);
  searchOfAlert(query, locale);
  const email = input.email.trim();
  const name = oneLineOrNull(input.name) ?? defaultName(query, input.lang);
  const own = account !== null && isSameAddress(account.email, email);
  // Made with an address (not an account), an alert exists to mail: `none` is an account's only
  // (the route of an address's alerts takes no `none`; this keeps it so whoever calls).
  const mailFrequency = input.frequency === 'none' ? undefined : input.frequency;
  if (!own && mailFrequency === undefined) throw new AppError(400, 'bad_request', 'error.bad_request');
  return deps.db.transaction(async (tx) => {
    const alert = await insertAlert(tx, {
      email,
      name,
      query,
      frequency: input.frequency,
      lang: input.lang,
      userId: own ? account.userId : null,
      confirmedAt: own ? now : null,
      matchedFrom: own ? now : null,
      createdAt: now,
    });
    if (own || mailFrequency === undefined) return { status: 'active' as const, id: alert.id };
    await queueConfirmationMail(
      tx,
      { ...alert, frequency: mailFrequency, lang: input.lang },
      {
        confirm: `${deps.publicUrl}${alertPaths.confirm[input.lang]}${confirmToken(deps.secret, alert.id, now)}`,
      },
    );
    return { status: 'confirmation_sent' as const };
  });
}

/**
 * 410: the link is sound, but its alert was stopped (or erased) since. It said the link had
 * expired or was not copied whole, of a link minutes old (a job seeker's walk).
 */
const alertStopped = () => new AppError(410, 'alert_stopped', 'error.alert_stopped');

/** The alert a sound link names, or why there is none. */
function linkedAlert<T>(id: string | null, alert: T | undefined): T {
  if (!id) throw invalidToken();
  if (!alert) throw alertStopped();
  return alert;
}

export async function confirmAlertByToken(deps: AlertServiceDeps, token: string, now = new Date()) {
  const id = alertOfConfirmToken(deps.secret, token, now);
  const alert = linkedAlert(id, id ? await confirmAlert(deps.db, id, now) : undefined);
  return presentMailedAlert(deps, alert, now);
}

/**
 * The alert a confirmation link is for, shown before it is confirmed: anyone can ask for an alert
 * to any address, with a name and words of their choosing, and its mails would carry them. The
 * address's owner sees what they would switch on and confirms it with a button, not by opening
 * the link. Changes nothing; no manage key (that comes with the confirmation).
 */
export async function previewAlertByToken(deps: AlertServiceDeps, token: string, now = new Date()) {
  const id = alertOfConfirmToken(deps.secret, token, now);
  const alert = linkedAlert(id, id ? await selectAlert(deps.db, id) : undefined);
  return { ...presentAlert(alert), confirmed: alert.confirmedAt !== null };
}

/** Keeps the alert a quiet alert's question mail named: it goes on as before. */
export async function keepAlertByToken(deps: AlertServiceDeps, token: string, now = new Date()) {
  const id = alertOfKeepToken(deps.secret, token, now);
  const alert = linkedAlert(id, id ? await keepAlert(deps.db, id, now) : undefined);
  return presentMailedAlert(deps, alert, now);
}

/** Ends the alert the token names; ending one that has ended already is no error. */
export async function unsubscribeByToken(deps: AlertServiceDeps, token: string) {
  const id = alertOfUnsubscribeToken(deps.secret, token);
  if (!id) throw invalidToken();
  await deleteAlert(deps.db, id);
  return { ended: true as const };
}

/** The address a manage key opens; 401 when the key is wrong or old. */
export function addressOfKey(deps: AlertServiceDeps, key: string | undefined): string {
  const email = key ? addressOfManageKey(deps.secret, key) : null;
  if (!email) throw new AppError(401, 'invalid_token', 'error.invalid_token');
  return email;
}

export async function alertsOfAddress(deps: AlertServiceDeps, email: string) {
  return { email, items: (await selectAlertsOfAddress(deps.db, email)).map(presentAlert) };
}

export async function changeAlert(
  deps: AlertServiceDeps,
  id: string,
  owner: { userId: string } | { email: string },
  changes: { name?: string | undefined; frequency?: Frequency | undefined; query?: string | undefined },
  locale: Locale = 'nl',
) {
  const name = oneLineOrNull(changes.name);
  const query = changes.query === undefined ? undefined : normaliseAlertQuery(changes.query);
  // A changed search is checked as a new one is (a wrong filter is a 400 with its field).
  if (query !== undefined) searchOfAlert(query, locale);
  const row = await updateAlert(deps.db, id, owner, {
    ...(name ? { name } : {}),
    ...(changes.frequency ? { frequency: changes.frequency } : {}),
    ...(query !== undefined ? { query } : {}),
  });
  if (!row) throw notFound();
  return presentAlert(row);
}

export async function endAlert(deps: AlertServiceDeps, id: string, owner: { userId: string } | { email: string }) {
  if (!(await deleteAlertOf(deps.db, id, owner))) throw notFound();
}

export const endAlertsOfAddress = (deps: AlertServiceDeps, email: string) => deleteAlertsOfAddress(deps.db, email);

export async function alertsOfUser(deps: AlertServiceDeps, userId: string) {
  return {
    items: (await selectAlertsOfUser(deps.db, userId)).map(({ alert, newMatches }) => ({
      ...presentAlert(alert),
      newMatches,
    })),
  };
}

/** One saved search of the account, with its new matches; 404 when it is not theirs. */
export async function savedSearchOfUser(deps: AlertServiceDeps, id: string, userId: string) {
  const found = (await alertsOfUser(deps, userId)).items.find((item) => item.id === id);
  if (!found) throw notFound();
  return found;
}

/**
 * A signed-in job seeker saves a search (API.md `POST /me/saved-searches`): on the account's own
 * address, so active at once, without a confirmation mail; `none` keeps it without mailing.
 */
export async function saveSearchOfUser(
  deps: AlertServiceDeps,
  account: { userId: string; email: string },
  input: { query: string; frequency: Frequency; name?: string | undefined },
  locale: Locale,
) {
  const created = await createAlert(deps, { ...input, email: account.email, lang: locale }, account, locale);
  if (created.status !== 'active') throw new AppError(500, 'internal', 'error.internal');
  return savedSearchOfUser(deps, created.id, account.userId);
}

export async function markVisited(deps: AlertServiceDeps, id: string, userId: string, now = new Date()) {
  if (!(await updateAlert(deps.db, id, { userId }, { lastVisitAt: now }))) throw notFound();
}

export const alertFigures = (deps: AlertServiceDeps, fromDay: string, toDay: string) =>
  alertCounts(deps.db, fromDay, toDay);
