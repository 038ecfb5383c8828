/**
 * A guest applicant's own data (API.md, "Applications"): the key from their confirmation
 * e-mail opens it when sent as the `X-Guest-Key` header, never in the address.
 *
 * `GET /my-data` has no response schema on the server yet, so the generated types do not
 * name its shape; the part the page uses is written here (see server/src/privacy/queries.ts,
 * `selectApplicationsOfPerson`). Give the route a schema and derive this type from it.
 */
import type { ApplicationStatus } from './applications.ts';
import { requestFile, requestJson, type RequestOptions } from './client.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'> & { guestKey: string };

export interface GuestApplication {
  id: string;
  vacancy: { id: string; title: string };
  status: ApplicationStatus;
  consent: 'procedure' | 'pool';
  /** With pool consent: until when they are in the talent pool. */
  poolConsentUntil: string | null;
  createdAt: string;
}

export interface GuestData {
  email: string;
  applications: GuestApplication[];
}

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

/** Erases everything held for the address: applications, files, the mail sent (204). */
export function eraseMyData(options: Options): Promise<void> {
  return requestJson<undefined>('/my-data', { ...options, method: 'DELETE' });
}

/** Everything held for the address as a zip, with the server's file name. */
export function exportMyData(options: Options): Promise<{ blob: Blob; filename: string | null }> {
  return requestFile('/my-data/export', options);
}
