/**
 * How the web app addresses the API: one base, and the headers every call carries (JSON, and
 * the UI language the server words its messages in). Shared by the API client, download
 * links and the early requests, so an early answer matches the client's own request exactly.
 */
import type { Lang } from '../i18n/lang.ts';

const API_BASE = '/api/v1';

export function apiUrl(path: string, params?: URLSearchParams): string {
  const search = params?.toString() ?? '';
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

export function baseHeaders(lang: Lang): Record<string, string> {
  return { Accept: 'application/json', 'Accept-Language': lang };
}
