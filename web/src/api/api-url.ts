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

/**
 * How requests reach the API: the browser's own `fetch`, or — when the server renders a page —
 * a function that hands them to the API in the same process, as an anonymous visitor
 * (web/src/entry-server.tsx). Relative addresses either way.
 */
type Transport = (url: string, init?: RequestInit) => Promise<Response>;
let transport: Transport = (url, init) => fetch(url, init);

export function apiFetch(url: string, init?: RequestInit): Promise<Response> {
  return transport(url, init);
}

/** Server rendering only: every API request of this process goes through `serverTransport`. */
export function setServerTransport(serverTransport: Transport): void {
  transport = serverTransport;
}

/**
 * False while the server renders a page: module-level answers kept "for the visit" (code lists,
 * member names) are then not kept, and there are no cookies to read.
 */
export const inBrowser = (): boolean => typeof document !== 'undefined';

export function baseHeaders(lang: Lang): Record<string, string> {
  return { Accept: 'application/json', 'Accept-Language': lang };
}

/** How a CSV download separates its cells: `semicolon` also writes decimal commas (Dutch Excel). */
export type CsvSeparator = 'comma' | 'semicolon';

/**
 * The address of a CSV download: `format=csv`, the separator when it is not the default comma,
 * and the page's language where the download names things in it (a link sends the browser's
 * language, not the page's).
 */
export function csvUrl(path: string, params: URLSearchParams, separator: CsvSeparator, lang?: Lang): string {
  params.set('format', 'csv');
  if (separator === 'semicolon') params.set('separator', separator);
  if (lang) params.set('lang', lang);
  return apiUrl(path, params);
}
