import { requestJson, type RequestOptions } from './client.ts';
import type { ItemList, StaffMember, StaffRole } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

const base = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}/users`;

export function listStaff(orgId: string, options: Options): Promise<ItemList<StaffMember>> {
  return requestJson<ItemList<StaffMember>>(base(orgId), { ...options, method: 'GET' });
}

/** Creates the account and e-mails the invitation link. */
export function inviteStaff(
  orgId: string,
  body: { email: string; name: string; role: StaffRole; locale: 'nl' | 'en' },
  options: Options,
): Promise<StaffMember> {
  return requestJson<StaffMember>(base(orgId), { ...options, method: 'POST', body });
}

export function changeStaffRole(
  orgId: string,
  userId: string,
  role: StaffRole,
  options: Options,
): Promise<StaffMember> {
  return requestJson<StaffMember>(`${base(orgId)}/${encodeURIComponent(userId)}`, {
    ...options,
    method: 'PATCH',
    body: { role },
  });
}

export function removeStaff(orgId: string, userId: string, options: Options): Promise<void> {
  return requestJson<void>(`${base(orgId)}/${encodeURIComponent(userId)}`, { ...options, method: 'DELETE' });
}
