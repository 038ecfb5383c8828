import type { LoaderFunctionArgs } from 'react-router';
import { getOrganisations } from '../../api/organisations.ts';
import type { OrganisationList } from '../../api/types.ts';
import { langFromPathname } from '../../i18n/lang.ts';

export function membersLoader({ request }: LoaderFunctionArgs): Promise<OrganisationList> {
  return getOrganisations({ lang: langFromPathname(new URL(request.url).pathname), signal: request.signal });
}
