/** The employer profile an organisation keeps: description, offer, website and logo. */
import { requestJson, type RequestOptions } from './client.ts';
import type { BodyOf, ResponseOf } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

/** `description` and `offer` are sanitised HTML. */
export type EmployerProfile = ResponseOf<'/organisations/{orgId}/profile', 'get'>;

export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

export function isLogoType(type: string): type is LogoType {
  return (LOGO_TYPES as readonly string[]).includes(type);
}

const base = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}`;

export function getEmployerProfile(orgId: string, options: Options): Promise<EmployerProfile> {
  return requestJson<EmployerProfile>(`${base(orgId)}/profile`, { ...options, method: 'GET' });
}

export function updateEmployerProfile(
  orgId: string,
  body: BodyOf<'/organisations/{orgId}/profile', 'patch'>,
  options: Options,
): Promise<EmployerProfile> {
  return requestJson<EmployerProfile>(`${base(orgId)}/profile`, { ...options, method: 'PATCH', body });
}

/** The file's own bytes as the body, with its type; the server checks both. */
export function uploadLogo(orgId: string, data: Blob, type: LogoType, options: Options): Promise<void> {
  return requestJson<void>(`${base(orgId)}/logo`, { ...options, method: 'PUT', file: { data, type } });
}

export function removeLogo(orgId: string, options: Options): Promise<void> {
  return requestJson<void>(`${base(orgId)}/logo`, { ...options, method: 'DELETE' });
}
