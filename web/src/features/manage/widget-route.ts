import type { LoaderFunctionArgs } from 'react-router';
import { requireStaff } from '../../lib/guards.ts';
import type { ManageData } from './manage-route.ts';

/** /beheer/widget: organisation admins only; the page needs nothing but the organisation. */
export function widgetLoader({ request }: LoaderFunctionArgs): Promise<ManageData> {
  return requireStaff(request, ['org_admin']);
}
