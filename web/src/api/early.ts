/**
 * Early requests: the first page's API calls, started by a small script of their own
 * (web/src/early-requests.ts, the entry's first import) while the app's much larger code still
 * downloads and compiles. The API client takes a matching answer from here, once, instead of
 * asking again, so the first results arrive hundreds of milliseconds sooner.
 */
import type { Lang } from '../i18n/lang.ts';
import { apiFetch, apiUrl, baseHeaders } from './api-url.ts';

/** Only for the page being opened: an answer older than this is not reused. */
const FRESH_FOR_MS = 15_000;

const started = new Map<string, { response: Promise<Response>; at: number }>();

const keyOf = (lang: Lang, url: string) => `${lang} ${url}`;

/** Starts a GET as the API client would make it (same address, headers and cookies). */
export function startEarly(lang: Lang, path: string, params?: URLSearchParams): void {
  const url = apiUrl(path, params);
  const response = apiFetch(url, { headers: baseHeaders(lang), credentials: 'same-origin' });
  response.catch(() => undefined); // unhandled here; whoever takes it sees the failure
  started.set(keyOf(lang, url), { response, at: performance.now() });
}

/** The early answer for this GET, if one was started and is fresh; each is taken once. */
export function takeEarly(lang: Lang, url: string): Promise<Response> | undefined {
  const key = keyOf(lang, url);
  const early = started.get(key);
  started.delete(key);
  return early && performance.now() - early.at < FRESH_FOR_MS ? early.response : undefined;
}
