import type { LoaderFunctionArgs } from 'react-router';
import { loadOrganisationNames } from '../../api/organisations.ts';
import type { SearchResponse } from '../../api/types.ts';
import { searchVacancies } from '../../api/vacancies.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { PAGE_SIZE, toApiParams } from './search-params.ts';

export interface SearchData {
  result: SearchResponse;
  /** Names for the organisation filter, whose facet counts come by slug. */
  organisationNames: ReadonlyMap<string, string>;
}

/** Runs the search the address describes. */
export async function searchLoader({ request }: LoaderFunctionArgs): Promise<SearchData> {
  const url = new URL(request.url);
  const lang = langFromPathname(url.pathname);
  const params = toApiParams(url.searchParams);
  params.set('pageSize', String(PAGE_SIZE));
  const [result, organisationNames] = await Promise.all([
    searchVacancies(params, { lang, signal: request.signal }),
    loadOrganisationNames({ lang }).catch(() => new Map<string, string>()),
  ]);
  return { result, organisationNames };
}
