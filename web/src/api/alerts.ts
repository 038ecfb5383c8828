/**
 * E-mail alerts (API.md, "E-mail alerts (saved searches)"): making one from a search,
 * confirming and ending it from the links in its mails, an address's alerts through the key in
 * every alert mail (sent as `X-Alert-Key`, never in the address), a job seeker's saved searches,
 * and the coordinator's counts.
 */
import { requestFile, requestJson, type RequestOptions } from './client.ts';
import type { BodyOf, ResponseOf } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;
type KeyOptions = Options & { alertKey: string };

export const FREQUENCIES = ['instant', 'daily', 'weekly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const isFrequency = (value: string): value is Frequency => (FREQUENCIES as readonly string[]).includes(value);

/** An account's saved search may also mail nothing: kept to run again, its new matches counted. */
export const SAVED_FREQUENCIES = [...FREQUENCIES, 'none'] as const;
export type SavedFrequency = (typeof SAVED_FREQUENCIES)[number];

export const isSavedFrequency = (value: string): value is SavedFrequency =>
  (SAVED_FREQUENCIES as readonly string[]).includes(value);

/** `query` is the search page's query string (`q=beleid&category=ict`); `website` the honeypot, sent as filled in. */
export type NewAlert = BodyOf<'/alerts', 'post'>;

/** 201: saved for the signed-in job seeker; 202: a confirmation mail went out (whether or not the address is known). */
export type AlertCreated = ResponseOf<'/alerts', 'post'> | { status: 'confirmation_sent' };

/** An alert as confirming it and an address's list answer it. */
/** An alert a link from its mail confirmed or kept: a guest's comes with the key to their alerts. */
export type MailedAlert = ResponseOf<'/alerts/confirm', 'post'>;
export type Alert = Omit<MailedAlert, 'manageKey'>;
export type ManagedAlerts = ResponseOf<'/alerts/manage', 'get'>;
export type AlertChanges = BodyOf<'/me/alerts/{id}', 'patch'>;

/** A job seeker's saved search; `newMatches` counts the vacancies matched since their last visit. */
export type SavedSearch = ResponseOf<'/me/alerts', 'get'>['items'][number];

export type AlertCounts = ResponseOf<'/coordination/alerts', 'get'>;

export function createAlert(alert: NewAlert, options: Options): Promise<AlertCreated> {
  return requestJson<AlertCreated>('/alerts', { ...options, method: 'POST', body: alert });
}

/** The token from the confirmation link; a wrong or expired one is a 400 `invalid_token`. */
export function confirmAlert(token: string, options: Options): Promise<MailedAlert> {
  return requestJson<MailedAlert>('/alerts/confirm', { ...options, method: 'POST', body: { token } });
}

/** The alert a confirmation token is for, without confirming it; `confirmed` when it is already on. */
export function previewAlert(token: string, options: Options): Promise<ResponseOf<'/alerts/confirm/preview', 'post'>> {
  return requestJson<ResponseOf<'/alerts/confirm/preview', 'post'>>('/alerts/confirm/preview', {
    ...options,
    method: 'POST',
    body: { token },
  });
}

/** Keeps an alert that asked whether it is still wanted, with the token from that mail. */
export function keepAlert(token: string, options: Options): Promise<MailedAlert> {
  return requestJson<MailedAlert>('/alerts/keep', { ...options, method: 'POST', body: { token } });
}

/** Ends the alert the token names, without signing in (also when it had ended already). */
export function unsubscribeAlert(token: string, options: Options): Promise<ResponseOf<'/alerts/unsubscribe', 'post'>> {
  return requestJson<ResponseOf<'/alerts/unsubscribe', 'post'>>('/alerts/unsubscribe', {
    ...options,
    method: 'POST',
    params: new URLSearchParams({ token }),
  });
}

export function listManagedAlerts(options: KeyOptions): Promise<ManagedAlerts> {
  return requestJson<ManagedAlerts>('/alerts/manage', { ...options, method: 'GET' });
}

/** The address's alerts and what they found, as a zip to save (the right of access). */
export function exportManagedAlerts(options: KeyOptions): Promise<{ blob: Blob; filename: string | null }> {
  return requestFile('/alerts/manage/export', options);
}

export function updateManagedAlert(id: string, changes: AlertChanges, options: KeyOptions): Promise<Alert> {
  return requestJson<Alert>(`/alerts/manage/${encodeURIComponent(id)}`, {
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

export function listMyAlerts(options: Options): Promise<ResponseOf<'/me/alerts', 'get'>> {
  return requestJson<ResponseOf<'/me/alerts', 'get'>>('/me/alerts', { ...options, method: 'GET' });
}

export function updateMyAlert(id: string, changes: AlertChanges, options: Options): Promise<Alert> {
  return requestJson<Alert>(`/me/alerts/${encodeURIComponent(id)}`, { ...options, method: 'PATCH', body: changes });
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
