/**
 * Vacancies as their organisation's staff manage them (API.md, "Vacancy management"): the
 * list in every state, create, edit with the version that was loaded, the state changes,
 * duplicating and the history.
 */
import { apiUrl, type CsvSeparator } from './api-url.ts';
import { requestJson, type RequestOptions } from './client.ts';
import type { BodyOf, QueryOf, ResponseOf, VacancyDetail } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

type ManagedListPath = '/organisations/{orgId}/vacancies';

export type VacancyState = NonNullable<QueryOf<ManagedListPath, 'get'>['state']>;
export const VACANCY_STATES: readonly VacancyState[] = ['draft', 'scheduled', 'published', 'closed', 'withdrawn'];

export function isVacancyState(value: string | null): value is VacancyState {
  return (VACANCY_STATES as readonly (string | null)[]).includes(value);
}

/** The orders of the list; `updated` (last changed first) is the default. */
export type ManagedListSort = NonNullable<QueryOf<ManagedListPath, 'get'>['sort']>;
export const MANAGED_LIST_SORTS: readonly ManagedListSort[] = ['updated', 'newest', 'closing', 'title', 'state'];

/** `counts` holds, per state, the whole organisation's vacancies; states without any are left out. */
export type ManagedVacancyList = ResponseOf<ManagedListPath, 'get'>;

/** A vacancy as its own organisation's staff see it: any state, with what they can edit. */
export type ManagedVacancy = VacancyDetail;
/** An extra workplace as written (the answer adds its municipality's name). */
export type Workplace = Pick<ManagedVacancy['additionalPlaces'][number], 'municipalityCode' | 'postcode'>;

type VacancyBody = BodyOf<ManagedListPath, 'post'>;
/**
 * The fields a vacancy's staff write, by the names the API uses: the body's own fields, not
 * the read-only ones it accepts back unchanged (typed `unknown`: a vacancy as it was read).
 */
export type VacancyFieldName = {
  [K in keyof VacancyBody]-?: unknown extends VacancyBody[K] ? never : K;
}[keyof VacancyBody];
/** What the form sends: every writable field (empty optional ones as null). */
export type VacancyInput = Required<Pick<VacancyBody, VacancyFieldName>>;

/** Per changed column: [before, after]. */
export type HistoryEntry = ResponseOf<'/vacancies/{id}/history', 'get'>['items'][number];

export type Lifecycle = 'publish' | 'close' | 'reopen' | 'unschedule';

const vacancyPath = (id: string) => `/vacancies/${encodeURIComponent(id)}`;

/** One page of the list; `q` finds a part of the title or reference (the server checks it and the order). */
export function listManagedVacancies(
  orgId: string,
  query: { state: VacancyState | null; q: string; sort: string; page: number; pageSize: number },
  options: Options,
): Promise<ManagedVacancyList> {
  const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
  if (query.state) params.set('state', query.state);
  if (query.q) params.set('q', query.q);
  if (query.sort) params.set('sort', query.sort);
  return requestJson<ManagedVacancyList>(`/organisations/${encodeURIComponent(orgId)}/vacancies`, {
    ...options,
    params,
    method: 'GET',
  });
}

/** Any state for the organisation's own staff; a published vacancy of another organisation too (check it). */
export function getManagedVacancy(id: string, options: Options): Promise<ManagedVacancy> {
  return requestJson<ManagedVacancy>(vacancyPath(id), { ...options, method: 'GET' });
}

export function createVacancy(orgId: string, body: VacancyInput, options: Options): Promise<ManagedVacancy> {
  return requestJson<ManagedVacancy>(`/organisations/${encodeURIComponent(orgId)}/vacancies`, {
    ...options,
    method: 'POST',
    body,
  });
}

/** Edits; a `version` that is no longer current is answered 409 `stale_version`. */
export function updateVacancy(
  id: string,
  body: BodyOf<'/vacancies/{id}', 'patch'> & { version: number },
  options: Options,
): Promise<ManagedVacancy> {
  return requestJson<ManagedVacancy>(vacancyPath(id), { ...options, method: 'PATCH', body });
}

export function changeVacancyState(
  id: string,
  kind: Lifecycle,
  version: number,
  options: Options,
): Promise<ManagedVacancy> {
  return requestJson<ManagedVacancy>(`${vacancyPath(id)}/${kind}`, { ...options, method: 'POST', body: { version } });
}

/** A new draft with the same fields, titled "… (kopie)" (an English vacancy: "… (copy)"). */
export function duplicateVacancy(id: string, options: Options): Promise<ManagedVacancy> {
  return requestJson<ManagedVacancy>(`${vacancyPath(id)}/duplicate`, { ...options, method: 'POST' });
}

export function getVacancyHistory(id: string, options: Options): Promise<{ items: HistoryEntry[] }> {
  return requestJson<ResponseOf<'/vacancies/{id}/history', 'get'>>(`${vacancyPath(id)}/history`, {
    ...options,
    method: 'GET',
  });
}

type UploadPath = '/organisations/{orgId}/vacancies/upload';
/** The answer to a CSV upload: per row its line in the file, kenmerk, title and outcome, problems by column. */
export type UploadReport = ResponseOf<UploadPath, 'post'>;
export type UploadRow = UploadReport['rows'][number];

/** A spreadsheet saved as CSV, sent as it is: the server reads it and upserts each row by its kenmerk. */
export function uploadVacancies(orgId: string, file: Blob, options: Options): Promise<UploadReport> {
  return requestJson<UploadReport>(`/organisations/${encodeURIComponent(orgId)}/vacancies/upload`, {
    ...options,
    method: 'POST',
    file: { data: file, type: 'text/csv' },
  });
}

/** The CSV template (the columns and one example row), as a download. */
export function uploadTemplateUrl(orgId: string, separator: CsvSeparator = 'comma'): string {
  const params = separator === 'semicolon' ? new URLSearchParams({ separator }) : undefined;
  return apiUrl(`/organisations/${encodeURIComponent(orgId)}/vacancies/upload-template`, params);
}
