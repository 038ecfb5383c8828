import { getJson, type RequestOptions } from './client.ts';
import type { AllianceContact } from './types.ts';

let cache: Promise<AllianceContact> | null = null;

/**
 * The alliance office's contact details. They are the server's configuration and change only
 * with a restart, so they are fetched once per visit and shared; a failed fetch is forgotten so
 * the next caller retries. No abort signal: one navigation being cancelled must not cancel the
 * shared request.
 */
export function loadContact(options: Omit<RequestOptions, 'params' | 'signal'>): Promise<AllianceContact> {
  cache ??= getJson<AllianceContact>('/contact', options).catch((error: unknown) => {
    cache = null;
    throw error;
  });
  return cache;
}
