/**
 * Vacancies as their organisation's staff manage them (API.md, "Vacancy management"): the
 * list in every state, create, edit with the version that was loaded, the state changes,
 * duplicating and the history.
 */
import { requestJson, type RequestOptions } from './client.ts';
import type { ApplyMethod, EducationLevel, VacancyDetail, WorkMode } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

export type VacancyState = 'draft' | 'scheduled' | 'published' | 'closed' | 'withdrawn';
export const VACANCY_STATES: readonly VacancyState[] = ['draft', 'scheduled', 'published', 'closed', 'withdrawn'];

export function isVacancyState(value: string | null): value is VacancyState {
  return (VACANCY_STATES as readonly (string | null)[]).includes(value);
}

export interface ManagedVacancyRow {
  id: string;
  title: string;
  state: VacancyState;
  version: number;
  externalId: string | null;
  publishAt: string | null;
  publishedAt: string | null;
  /** A calendar date, `YYYY-MM-DD`. */
  closingDate: string | null;
  updatedAt: string;
  views: number;
  applications: number;
}

export interface ManagedVacancyList {
  items: ManagedVacancyRow[];
  total: number;
  page: number;
  pageSize: number;
  /** Per state, for the whole organisation; states without vacancies are left out. */
  counts: Partial<Record<VacancyState, number>>;
}

export interface Workplace {
  municipalityCode: string;
  postcode: string | null;
}

/** A vacancy as its own organisation's staff see it: any state, with what they can edit. */
export interface ManagedVacancy extends VacancyDetail {
  state: VacancyState;
  version: number;
  municipalityCode: string;
  postcode: string | null;
  additionalPlaces: Workplace[];
  publishAt: string | null;
  visibility: 'public' | 'internal';
  publicFrom: string | null;
  externalId?: string | null;
  withdrawnReason?: string | null;
}

/** What the form sends: the writable fields (empty optional ones as null). */
export interface VacancyInput {
  title: string;
  department: string | null;
  summary: string;
  description: string;
  category: string;
  educationLevel: EducationLevel;
  orEquivalent: boolean;
  employmentType: string;
  hoursMin: number;
  hoursMax: number;
  salaryScale: number | null;
  salaryMin: number | null;
  salaryMax: number | null;
  municipalityCode: string;
  postcode: string | null;
  additionalPlaces: Workplace[];
  workMode: WorkMode;
  publishAt: string | null;
  closingDate: string | null;
  applyMethod: ApplyMethod;
  applyUrl: string | null;
  applyEmail: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  visibility: 'public' | 'internal';
  publicFrom: string | null;
  language: 'nl' | 'en';
  externalId: string | null;
}

export interface HistoryEntry {
  version: number;
  at: string;
  action: string;
  actor: { kind: 'user' | 'api_key'; id: string } | null;
  /** Per changed column: [before, after]. */
  changes: Record<string, [unknown, unknown] | unknown>;
}

export type Lifecycle = 'publish' | 'close' | 'reopen';

const vacancyPath = (id: string) => `/vacancies/${encodeURIComponent(id)}`;

export function listManagedVacancies(
  orgId: string,
  query: { state: VacancyState | null; page: number; pageSize: number },
  options: Options,
): Promise<ManagedVacancyList> {
  const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
  if (query.state) params.set('state', query.state);
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
  body: Partial<VacancyInput> & { version: number },
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

/** A new draft with the same fields, titled "… (kopie)". */
export function duplicateVacancy(id: string, options: Options): Promise<ManagedVacancy> {
  return requestJson<ManagedVacancy>(`${vacancyPath(id)}/duplicate`, { ...options, method: 'POST' });
}

export function getVacancyHistory(id: string, options: Options): Promise<{ items: HistoryEntry[] }> {
  return requestJson<{ items: HistoryEntry[] }>(`${vacancyPath(id)}/history`, { ...options, method: 'GET' });
}
