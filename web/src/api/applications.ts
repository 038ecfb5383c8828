/**
 * Applying through the portal and the applications that follow (API.md, "Applications"): the
 * multipart apply call, the HR inbox per organisation and per vacancy, one application with
 * its notes, moving it on, and the job seeker's own list with withdrawing.
 *
 * The shapes are written here from the contract until the server's routes are in the OpenAPI
 * document; then they become `ResponseOf<…>` names like the other modules (types.ts).
 */
import { apiUrl } from './api-url.ts';
import { requestJson, type RequestOptions } from './client.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

export type ApplicationStatus = 'received' | 'in_review' | 'invited' | 'rejected' | 'hired';
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

/** The states an application may move to from `status` (409 `invalid_transition` otherwise). */
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

export type Consent = 'procedure' | 'pool';

/** `201 { id, status: "received" }`. */
export interface AppliedResponse {
  id: string;
  status: string;
}

/** An application in the HR inbox. */
export interface ApplicationListItem {
  id: string;
  vacancy: { id: string; title: string };
  name: string;
  email: string;
  status: string;
  createdAt: string;
  isNew: boolean;
}

export interface ApplicationList {
  items: ApplicationListItem[];
  total: number;
  page?: number;
  pageSize?: number;
}

export interface ApplicationFile {
  name: string;
  size: number;
  mediaType: string;
}

export interface ApplicationNote {
  id: string;
  /** The colleague who wrote it. */
  author: { id: string; name: string };
  text: string;
  createdAt: string;
}

/** One application as its organisation's HR staff read it. */
export interface ApplicationDetail extends ApplicationListItem {
  phone: string | null;
  motivation: string;
  consent: string;
  updatedAt: string;
  hiredAt?: string | null;
  files: { cv: ApplicationFile | null; letter: ApplicationFile | null };
  notes: ApplicationNote[];
}

/** What `PATCH /applications/{id}` takes. */
export interface ApplicationChange {
  status?: ApplicationStatus;
  note?: string;
  rejectionMessage?: string;
}

/** A job seeker's own application (`GET /me/applications`). */
export interface MyApplication {
  id: string;
  /** `organisation` is the organisation's name. */
  vacancy: { id: string; title: string; organisation: string };
  status: string;
  consent: string;
  createdAt: string;
  updatedAt: string;
}

/** The most a list answers at once (API.md, "Lists"); the inbox shows the newest this many. */
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

export function listOrganisationApplications(
  orgId: string,
  status: ApplicationStatus | null,
  options: Options,
): Promise<ApplicationList> {
  const params = new URLSearchParams({ pageSize: String(INBOX_PAGE_SIZE) });
  if (status) params.set('status', status);
  return requestJson<ApplicationList>(`/organisations/${encodeURIComponent(orgId)}/applications`, {
    ...options,
    params,
    method: 'GET',
  });
}

export function listVacancyApplications(vacancyId: string, options: Options): Promise<ApplicationList> {
  return requestJson<ApplicationList>(`/vacancies/${encodeURIComponent(vacancyId)}/applications`, {
    ...options,
    params: new URLSearchParams({ pageSize: String(INBOX_PAGE_SIZE) }),
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

/** Withdraws: the application and its files are deleted (204). */
export function withdrawApplication(id: string, options: Options): Promise<void> {
  return requestJson<undefined>(`/me/applications/${encodeURIComponent(id)}`, { ...options, method: 'DELETE' });
}
