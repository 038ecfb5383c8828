import { getJson, type RequestOptions } from './client.ts';
import type { SearchResponse, VacancyDetail } from './types.ts';

/** The shared search. `params` are passed as they are: callers decide which ones to send. */
export function searchVacancies(
  params: URLSearchParams,
  options: Omit<RequestOptions, 'params'>,
): Promise<SearchResponse> {
  return getJson<SearchResponse>('/vacancies', { ...options, params });
}

export function getVacancy(id: string, options: Omit<RequestOptions, 'params'>): Promise<VacancyDetail> {
  return getJson<VacancyDetail>(`/vacancies/${encodeURIComponent(id)}`, options);
}
