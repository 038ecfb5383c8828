import type { LoaderFunctionArgs } from 'react-router';
import { listApiKeys } from '../../api/api-keys.ts';
import { getOrganisation } from '../../api/organisations.ts';
import { listStaff } from '../../api/staff.ts';
import type { ApiKey, Me, StaffMember } from '../../api/types.ts';
import { onSessionEnd, requireStaff } from '../../lib/guards.ts';
import { langFromPathname } from '../../i18n/lang.ts';

export interface ManageData {
  me: Me;
  organisation: NonNullable<Me['organisation']>;
}

/** /beheer and everything under it: HR officers and organisation admins. */
export function manageLoader({ request }: LoaderFunctionArgs): Promise<ManageData> {
  return requireStaff(request);
}

export interface StaffData extends ManageData {
  staff: StaffMember[];
}

/** /beheer/medewerkers: organisation admins only. */
export async function staffLoader({ request }: LoaderFunctionArgs): Promise<StaffData> {
  const { me, organisation } = await requireStaff(request, ['org_admin']);
  const lang = langFromPathname(new URL(request.url).pathname);
  try {
    const { items } = await listStaff(organisation.id, { lang, signal: request.signal });
    return { me, organisation, staff: items };
  } catch (error) {
    onSessionEnd(error, request);
    throw error;
  }
}

export interface ApiKeysData extends ManageData {
  keys: ApiKey[];
  /** The organisation's own municipality, for the example vacancy ('' when its public page is gone). */
  municipalityCode: string;
}

/** /beheer/api-sleutels: organisation admins only. */
export async function apiKeysLoader({ request }: LoaderFunctionArgs): Promise<ApiKeysData> {
  const { me, organisation } = await requireStaff(request, ['org_admin']);
  const lang = langFromPathname(new URL(request.url).pathname);
  try {
    const [{ items }, municipalityCode] = await Promise.all([
      listApiKeys(organisation.id, { lang, signal: request.signal }),
      getOrganisation(organisation.slug, { lang, signal: request.signal }).then(
        (o) => o.municipalityCode,
        () => '',
      ),
    ]);
    return { me, organisation, keys: items, municipalityCode };
  } catch (error) {
    onSessionEnd(error, request);
    throw error;
  }
}
