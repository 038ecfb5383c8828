/**
 * Early requests: the first page's API calls, started by a small script of their own
 * (web/src/early-requests.ts, first in index.html) while the app's much larger code still
 * downloads and compiles. The API client takes a matching answer from here, once, instead of
 * asking again, so the first results arrive hundreds of milliseconds sooner.
 */
import type { Lang } from '../i18n/lang.ts';

/** Only for the page being opened: an answer older than this is not reused. */
const FRESH_FOR_MS = 15_000;

const started = new Map<string, { response: Promise<Response>; at: number }>();

const keyOf = (lang: Lang, url: string) => `${lang} ${url}`;

/** The request exactly as the API client makes a GET, so the answers are interchangeable. */
export function requestInit(lang: Lang, signal?: AbortSignal): RequestInit {
  return {
    method: 'GET',
    headers: { Accept: 'application/json', 'Accept-Language': lang },
    credentials: 'same-origin',
    signal: signal ?? null,
  };
}

export function startEarly(lang: Lang, url: string): void {
  const response = fetch(url, requestInit(lang));
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
