import { data, type LoaderFunctionArgs } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { getOrganisation } from '../../api/organisations.ts';
import type { PublicOrganisation, SearchResponse } from '../../api/types.ts';
import { searchVacancies } from '../../api/vacancies.ts';
import { langFromPathname } from '../../i18n/lang.ts';

export const ORGANISATION_VACANCIES_PAGE_SIZE = 20;

export interface OrganisationData {
  organisation: PublicOrganisation;
  /** Its open vacancies, as the shared search finds them (newest first). */
  vacancies: SearchResponse;
}

export async function organisationLoader({ request, params }: LoaderFunctionArgs): Promise<OrganisationData> {
  const slug = params['slug'] ?? '';
  // No organisation has an address the API would refuse (its slugs are at most 100 characters).
  if (slug.length > 100 || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) throw data(null, { status: 404 });
  const options = { lang: langFromPathname(new URL(request.url).pathname), signal: request.signal };
  const query = new URLSearchParams({
    organisation: slug,
    sort: 'newest',
    pageSize: String(ORGANISATION_VACANCIES_PAGE_SIZE),
  });
  try {
    const [organisation, vacancies] = await Promise.all([
      getOrganisation(slug, options),
      searchVacancies(query, options),
    ]);
    return { organisation, vacancies };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw data(null, { status: 404 });
    throw error;
  }
}
