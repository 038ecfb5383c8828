import { requestJson, type RequestOptions } from './client.ts';
import type { BodyOf, ResponseOf, StaffMember, StaffRole } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

const base = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}/users`;

type StaffList = ResponseOf<'/organisations/{orgId}/users', 'get'>;

export function listStaff(orgId: string, options: Options): Promise<StaffList> {
  return requestJson<StaffList>(base(orgId), { ...options, method: 'GET' });
}

/** Creates the account and e-mails the invitation link. */
export function inviteStaff(
  orgId: string,
  body: BodyOf<'/organisations/{orgId}/users', 'post'>,
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
