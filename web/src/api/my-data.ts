/**
 * A guest applicant's own data (API.md, "Applications"): the key from their confirmation
 * e-mail opens it when sent as the `X-Guest-Key` header, never in the address.
 */
import type { ResponseOf } from './types.ts';
import { requestFile, requestJson, type RequestOptions } from './client.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'> & { guestKey: string };

export type GuestData = ResponseOf<'/my-data', 'get'>;
export type GuestApplication = GuestData['applications'][number];

/** The address the key is for and the applications made with it; a bad or old key is a 401. */
export function getMyData(options: Options): Promise<GuestData> {
  return requestJson<GuestData>('/my-data', { ...options, method: 'GET' });
}

/** Withdraws one application: it is deleted with its files (204). */
export function withdrawMyApplication(id: string, options: Options): Promise<void> {
  return requestJson<undefined>(`/my-data/applications/${encodeURIComponent(id)}`, { ...options, method: 'DELETE' });
}

/** Renews talent-pool consent for a year from now (the reminder e-mail leads here). */
export function renewMyPoolConsent(id: string, options: Options): Promise<{ poolConsentUntil: string }> {
  return requestJson<{ poolConsentUntil: string }>(`/my-data/applications/${encodeURIComponent(id)}/renew-consent`, {
    ...options,
    method: 'POST',
  });
}

/** Takes back the talent-pool consent: the application stays for its procedure only (204). */
export function endMyPoolConsent(id: string, options: Options): Promise<void> {
  return requestJson<undefined>(`/my-data/applications/${encodeURIComponent(id)}/pool-consent`, {
    ...options,
    method: 'DELETE',
  });
}

/** Erases everything held for the address: applications, files, the mail sent (204). */
export function eraseMyData(options: Options): Promise<void> {
  return requestJson<undefined>('/my-data', { ...options, method: 'DELETE' });
}

/** Everything held for the address as a zip, with the server's file name. */
export function exportMyData(options: Options): Promise<{ blob: Blob; filename: string | null }> {
  return requestFile('/my-data/export', options);
}
