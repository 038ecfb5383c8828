/**
 * E-mail alerts (API.md, "E-mail alerts (saved searches)"): making one from a search,
 * confirming and ending it from the links in its mails, an address's alerts through the key in
 * every alert mail (sent as `X-Alert-Key`, never in the address), a job seeker's saved searches,
 * and the coordinator's counts.
 *
 * TODO(issue 15): hand-written after API.md while the routes are being built; switch to
 * ResponseOf/BodyOf once `npm run api:types` knows them.
 */
import { requestJson, type RequestOptions } from './client.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;
type KeyOptions = Options & { alertKey: string };

export const FREQUENCIES = ['instant', 'daily', 'weekly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const isFrequency = (value: string): value is Frequency => (FREQUENCIES as readonly string[]).includes(value);

export interface NewAlert {
  email: string;
  /** The search page's query string, as its address has it (`q=beleid&category=ict`). */
  query: string;
  frequency: Frequency;
  name?: string;
  lang?: 'nl' | 'en';
  /** The honeypot: sent as it was filled in (people leave it empty). */
  website?: string;
}

/** 201: saved for the signed-in job seeker; 202: a confirmation mail went out (whether or not the address is known). */
export type AlertCreated = { status: 'active'; id: string } | { status: 'confirmation_sent' };

/** An alert as confirming it and an address's list answer it. */
export interface Alert {
  id: string;
  name: string;
  query: string;
  frequency: Frequency;
  lang: string;
}

export interface ManagedAlerts {
  email: string;
  items: Alert[];
}

/** A job seeker's saved search; `newMatches` counts the vacancies matched since their last visit. */
export interface SavedSearch extends Alert {
  createdAt: string;
  lastSentAt: string | null;
  newMatches: number;
}

export interface AlertCounts {
  active: number;
  unconfirmed: number;
  perDay: { day: string; sent: number }[];
}

export function createAlert(alert: NewAlert, options: Options): Promise<AlertCreated> {
  return requestJson<AlertCreated>('/alerts', { ...options, method: 'POST', body: alert });
}

/** The token from the confirmation link; a wrong or expired one is a 400 `invalid_token`. */
export function confirmAlert(token: string, options: Options): Promise<Alert> {
  return requestJson<Alert>('/alerts/confirm', { ...options, method: 'POST', body: { token } });
}

/** Ends the alert the token names, without signing in (also when it had ended already). */
export function unsubscribeAlert(token: string, options: Options): Promise<{ ended: boolean }> {
  return requestJson<{ ended: boolean }>('/alerts/unsubscribe', {
    ...options,
    method: 'POST',
    params: new URLSearchParams({ token }),
  });
}

export function listManagedAlerts(options: KeyOptions): Promise<ManagedAlerts> {
  return requestJson<ManagedAlerts>('/alerts/manage', { ...options, method: 'GET' });
}

export function updateManagedAlert(
  id: string,
  changes: { frequency?: Frequency; name?: string },
  options: KeyOptions,
): Promise<unknown> {
  return requestJson<unknown>(`/alerts/manage/${encodeURIComponent(id)}`, {
    ...options,
    method: 'PATCH',
    body: changes,
  });
}

export function endManagedAlert(id: string, options: KeyOptions): Promise<void> {
  return requestJson<undefined>(`/alerts/manage/${encodeURIComponent(id)}`, { ...options, method: 'DELETE' });
}

export function endAllManagedAlerts(options: KeyOptions): Promise<void> {
  return requestJson<undefined>('/alerts/manage', { ...options, method: 'DELETE' });
}

export function listMyAlerts(options: Options): Promise<{ items: SavedSearch[] }> {
  return requestJson<{ items: SavedSearch[] }>('/me/alerts', { ...options, method: 'GET' });
}

export function updateMyAlert(
  id: string,
  changes: { frequency?: Frequency; name?: string },
  options: Options,
): Promise<unknown> {
  return requestJson<unknown>(`/me/alerts/${encodeURIComponent(id)}`, { ...options, method: 'PATCH', body: changes });
}

export function endMyAlert(id: string, options: Options): Promise<void> {
  return requestJson<undefined>(`/me/alerts/${encodeURIComponent(id)}`, { ...options, method: 'DELETE' });
}

/** The job seeker ran the saved search: its new matches count from 0 again. */
export function visitMyAlert(id: string, options: Options): Promise<void> {
  return requestJson<undefined>(`/me/alerts/${encodeURIComponent(id)}/visit`, { ...options, method: 'POST' });
}

export function getAlertCounts(period: { from: string; to: string }, options: Options): Promise<AlertCounts> {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  return requestJson<AlertCounts>('/coordination/alerts', { ...options, method: 'GET', params });
}
