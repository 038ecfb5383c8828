import { getJson, type RequestOptions } from './client.ts';
import type { ClosedVacancy, ResponseOf, SearchResponse, Suggestion, VacancyDetail } from './types.ts';

/** The shared search. `params` are passed as they are: callers decide which ones to send. */
export function searchVacancies(
  params: URLSearchParams,
  options: Omit<RequestOptions, 'params'>,
): Promise<SearchResponse> {
  return getJson<SearchResponse>('/vacancies', { ...options, params });
}

/** Where a visitor came from, passed on from the page's `?bron=` for the member's figures. */
export type VisitSource = 'widget' | 'feed';

export function getVacancy(
  id: string,
  options: Omit<RequestOptions, 'params'>,
  source?: VisitSource,
): Promise<VacancyDetail> {
  const params = source ? new URLSearchParams({ source }) : undefined;
  return getJson<VacancyDetail>(`/vacancies/${encodeURIComponent(id)}`, { ...options, ...(params ? { params } : {}) });
}

/** What stays public of a vacancy that was open once and no longer is; 404 for anything else. */
export function getClosedVacancy(id: string, options: Omit<RequestOptions, 'params'>): Promise<ClosedVacancy> {
  return getJson<ClosedVacancy>(`/vacancies/${encodeURIComponent(id)}/closed`, options);
}

/** Suggestions for what has been typed so far (at least 2 characters). */
export async function getSuggestions(q: string, options: Omit<RequestOptions, 'params'>): Promise<Suggestion[]> {
  const params = new URLSearchParams({ q });
  return (await getJson<ResponseOf<'/suggestions', 'get'>>('/suggestions', { ...options, params })).suggestions;
}
