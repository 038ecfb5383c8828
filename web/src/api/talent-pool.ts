/**
 * The alliance's shared talent pool (API.md, "The shared talent pool"): candidates who agreed
 * that every member may approach them, searched by HR staff of active members. The shapes are
 * named from the generated OpenAPI types (types.ts), none written by hand.
 */
import { requestJson, type RequestOptions } from './client.ts';
import type { QueryOf, ResponseOf } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;
type PoolPath = '/organisations/{orgId}/talent-pool';

/** `{ items, total }`: one entry per candidate, newest consent first. */
export type TalentPool = ResponseOf<PoolPath, 'get'>;
/** A candidate, with why they are in the pool and until when they may be approached. */
export type TalentPoolCandidate = TalentPool['items'][number];
export type TalentPoolQuery = QueryOf<PoolPath, 'get'>;

/** The most the API gives in one page. */
export const TALENT_POOL_PAGE_SIZE = 50;

export function searchTalentPool(
  orgId: string,
  query: Omit<TalentPoolQuery, 'pageSize'>,
  options: Options,
): Promise<TalentPool> {
  const params = new URLSearchParams({ pageSize: String(TALENT_POOL_PAGE_SIZE) });
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return requestJson<TalentPool>(`/organisations/${encodeURIComponent(orgId)}/talent-pool`, {
    ...options,
    params,
    method: 'GET',
  });
}
