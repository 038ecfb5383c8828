import { inBrowser } from './api-url.ts';
import { getJson, type RequestOptions } from './client.ts';
import type { Taxonomies } from './types.ts';

let cache: Promise<Taxonomies> | null = null;

/**
 * The code lists with their Dutch and English labels. They change rarely, so they are
 * fetched once per visit and shared; a failed fetch is forgotten so the next caller retries.
 * No abort signal: one navigation being cancelled must not cancel the shared request.
 */
export function loadTaxonomies(options: Omit<RequestOptions, 'params' | 'signal'>): Promise<Taxonomies> {
  // Only a browser keeps them for the visit; the server asks afresh for every page it renders.
  if (!inBrowser()) return getJson<Taxonomies>('/taxonomies', options);
  cache ??= getJson<Taxonomies>('/taxonomies', options).catch((error: unknown) => {
    cache = null;
    throw error;
  });
  return cache;
}
