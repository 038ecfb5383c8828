/**
 * Applying through the portal and the applications that follow (API.md, "Applications"): the
 * multipart apply call, the HR inbox per organisation and per vacancy, one application with
 * its notes, moving it on, and the job seeker's own list with withdrawing.
 *
 * The shapes are named from the generated OpenAPI types (types.ts), none written by hand.
 */
import { apiUrl } from './api-url.ts';
import { requestJson, type RequestOptions } from './client.ts';
import type { BodyOf, QueryOf, ResponseOf } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

type InboxPath = '/organisations/{orgId}/applications';

export type ApplicationStatus = NonNullable<QueryOf<InboxPath, 'get'>['status']>;
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'received',
  'in_review',
  'invited',
  'rejected',
  'hired',
];

export function isApplicationStatus(value: string | null): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly (string | null)[]).includes(value);
}

/**
 * The states an application may move to from `status` (409 `invalid_transition` otherwise):
 * received → in_review → invited → hired, and rejected from any of the first three.
 */
export function nextStatuses(status: string): ApplicationStatus[] {
  switch (status) {
    case 'received':
      return ['in_review', 'rejected'];
    case 'in_review':
      return ['invited', 'rejected'];
    case 'invited':
      return ['hired', 'rejected'];
    default:
      return [];
  }
}

export type Consent = NonNullable<ResponseOf<'/applications/{id}', 'get'>['consent']>;

/** `201 { id, status: "received" }`. */
export type AppliedResponse = ResponseOf<'/vacancies/{id}/applications', 'post'>;

/** The HR inbox: `{ items, total, page, pageSize }`, newest first. */
export type ApplicationList = ResponseOf<InboxPath, 'get'>;
/** An application in the HR inbox; `isNew` until someone of the organisation opens it. */
export type ApplicationListItem = ApplicationList['items'][number];

/** One application as its organisation's HR staff read it, with its files and notes. */
export type ApplicationDetail = ResponseOf<'/applications/{id}', 'get'>;

/** What `PATCH /applications/{id}` takes. */
export type ApplicationChange = BodyOf<'/applications/{id}', 'patch'>;

/** A job seeker's own application (`GET /me/applications`); `vacancy.organisation` is a name. */
export type MyApplication = ResponseOf<'/me/applications', 'get'>['items'][number];

/**
 * The most a list answers at once (API.md, "Lists"): a page of the organisation's inbox, and
 * the newest of one vacancy's applications.
 */
export const INBOX_PAGE_SIZE = 100;

const applicationPath = (id: string) => `/applications/${encodeURIComponent(id)}`;

/** Sends the apply form as it is (`multipart/form-data`: its fields and files). */
export function applyToVacancy(vacancyId: string, form: FormData, options: Options): Promise<AppliedResponse> {
  return requestJson<AppliedResponse>(`/vacancies/${encodeURIComponent(vacancyId)}/applications`, {
    ...options,
    method: 'POST',
    form,
  });
}

/** Which page of an inbox, and of which status (null: every status). */
export interface InboxQuery {
  status: ApplicationStatus | null;
  page: number;
  /** How many to a page; the inbox's own by default (1 when only the counts are wanted). */
  pageSize?: number;
}

/** The statuses of an application still in its procedure: not decided yet. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['received', 'in_review', 'invited'];

/** How many applications of a list's counts are still in their procedure. */
export const openApplicationsIn = (list: ApplicationList) =>
  OPEN_STATUSES.reduce((sum, status) => sum + (list.counts[status] ?? 0), 0);

function inboxParams(query: InboxQuery): URLSearchParams {
  const params = new URLSearchParams({
    page: String(query.page),
    pageSize: String(query.pageSize ?? INBOX_PAGE_SIZE),
  });
  if (query.status) params.set('status', query.status);
  return params;
}

export function listOrganisationApplications(
  orgId: string,
  query: InboxQuery,
  options: Options,
): Promise<ApplicationList> {
  return requestJson<ApplicationList>(`/organisations/${encodeURIComponent(orgId)}/applications`, {
    ...options,
    params: inboxParams(query),
    method: 'GET',
  });
}

export function listVacancyApplications(
  vacancyId: string,
  query: InboxQuery,
  options: Options,
): Promise<ApplicationList> {
  return requestJson<ApplicationList>(`/vacancies/${encodeURIComponent(vacancyId)}/applications`, {
    ...options,
    params: inboxParams(query),
    method: 'GET',
  });
}

/** One application with its files and notes; reading it marks it seen. */
export function getApplication(id: string, options: Options): Promise<ApplicationDetail> {
  return requestJson<ApplicationDetail>(applicationPath(id), { ...options, method: 'GET' });
}

export function changeApplication(id: string, body: ApplicationChange, options: Options): Promise<ApplicationDetail> {
  return requestJson<ApplicationDetail>(applicationPath(id), { ...options, method: 'PATCH', body });
}

/** The address of an application's CV or letter, a download for the browser to save. */
export function applicationFileUrl(id: string, file: 'cv' | 'letter'): string {
  return apiUrl(`${applicationPath(id)}/${file}`);
}

export function listMyApplications(options: Options): Promise<{ items: MyApplication[] }> {
  return requestJson<{ items: MyApplication[] }>('/me/applications', { ...options, method: 'GET' });
}

/** Takes back the talent-pool consent: the application stays for its procedure only (204). */
export function endPoolConsent(id: string, options: Options): Promise<void> {
  return requestJson<undefined>(`/me/applications/${encodeURIComponent(id)}/pool-consent`, {
    ...options,
    method: 'DELETE',
  });
}

/** Withdraws: the application and its files are deleted (204). */
export function withdrawApplication(id: string, options: Options): Promise<void> {
  return requestJson<undefined>(`/me/applications/${encodeURIComponent(id)}`, { ...options, method: 'DELETE' });
}
