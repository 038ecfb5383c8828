import { requestJson, type RequestOptions } from './client.ts';
import type { BodyOf, NewApiKey, ResponseOf } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

const base = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}/api-keys`;

type ApiKeyList = ResponseOf<'/organisations/{orgId}/api-keys', 'get'>;

export function listApiKeys(orgId: string, options: Options): Promise<ApiKeyList> {
  return requestJson<ApiKeyList>(base(orgId), { ...options, method: 'GET' });
}

/** The answer holds the secret, which the server never shows again. */
export function createApiKey(
  orgId: string,
  body: BodyOf<'/organisations/{orgId}/api-keys', 'post'>,
  options: Options,
): Promise<NewApiKey> {
  return requestJson<NewApiKey>(base(orgId), { ...options, method: 'POST', body });
}

export function revokeApiKey(orgId: string, keyId: string, options: Options): Promise<void> {
  return requestJson<void>(`${base(orgId)}/${encodeURIComponent(keyId)}`, { ...options, method: 'DELETE' });
}
