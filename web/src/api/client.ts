/**
 * The one way the web app talks to the API: JSON in, JSON out, the UI language in
 * `Accept-Language` (the server words its messages in it), the session in same-origin
 * cookies, and every failure turned into an `ApiError` so pages can tell "not found" from
 * "try again later".
 */
import type { Lang } from '../i18n/lang.ts';
import { apiFetch, apiUrl, baseHeaders, inBrowser } from './api-url.ts';
import { takeEarly } from './early.ts';

/** A failed API call. `status` 0 means the server could not be reached at all. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fields: Readonly<Record<string, string>>;
  /** Seconds to wait before trying again, from a 429's or 503's `Retry-After`; null when not said. */
  readonly retryAfter: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: Record<string, string> = {},
    retryAfter: number | null = null,
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfter = retryAfter;
  }
}

export interface RequestOptions {
  lang: Lang;
  params?: URLSearchParams;
  signal?: AbortSignal;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; fields?: unknown };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody | null = null;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall back to the status alone.
  }
  const error = body?.error;
  return new ApiError(
    response.status,
    typeof error?.code === 'string' ? error.code : 'http_error',
    typeof error?.message === 'string' ? error.message : response.statusText || `HTTP ${response.status}`,
    isStringRecord(error?.fields) ? error.fields : {},
    retryAfterSeconds(response.headers.get('Retry-After')),
  );
}

/** `Retry-After` in seconds: given as seconds or as an HTTP date. */
function retryAfterSeconds(header: string | null): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** The double-submit CSRF cookie the server sets with a session; readable on purpose. */
const CSRF_COOKIE = 'sw_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function readCookie(name: string): string | null {
  // Rendered on the server: an anonymous visitor, who holds no cookies.
  if (!inBrowser()) return null;
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/**
 * Whether this browser holds a session. The session cookies themselves are httpOnly, but the
 * CSRF cookie is set and cleared with them, so without it there is nothing to refresh.
 */
export function hasSessionCookie(): boolean {
  return readCookie(CSRF_COOKIE) !== null;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface SendOptions extends RequestOptions {
  method?: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, with its own Content-Type (a file upload); instead of `body`. */
  file?: { data: Blob; type: string };
  /**
   * Sent as `multipart/form-data` (fields and files); instead of `body`. The browser writes the
   * Content-Type itself, with the boundary, so none is set here.
   */
  form?: FormData;
  /**
   * A guest applicant's key from their e-mail, sent as `X-Guest-Key` (API.md, "Applications").
   * A 401 then means the key is not (or no longer) valid, so no session refresh is tried.
   */
  guestKey?: string;
  /** The key of an address's alerts, from the link in every alert mail, sent as `X-Alert-Key`; like `guestKey`. */
  alertKey?: string;
}

async function send(
  path: string,
  { lang, params, signal, method = 'GET', body, file, form, guestKey, alertKey }: SendOptions,
): Promise<Response> {
  const url = apiUrl(path, params);
  const early = method === 'GET' && !guestKey && !alertKey ? takeEarly(lang, url) : undefined;
  if (early) return early.catch((cause: unknown) => networkError(cause));
  const headers = baseHeaders(lang);
  if (file) headers['Content-Type'] = file.type;
  // A form's Content-Type (multipart, with its boundary) is the browser's to write.
  else if (!form && body !== undefined) headers['Content-Type'] = 'application/json';
  // Read at the moment of sending: signing in, refreshing or changing the password renews it.
  const csrf = SAFE_METHODS.has(method) ? null : readCookie(CSRF_COOKIE);
  if (csrf) headers['X-CSRF-Token'] = csrf;
  if (guestKey) headers['X-Guest-Key'] = guestKey;
  if (alertKey) headers['X-Alert-Key'] = alertKey;
  try {
    return await apiFetch(url, {
      method,
      headers,
      body: file ? file.data : (form ?? (body === undefined ? null : JSON.stringify(body))),
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    return networkError(cause);
  }
}

function networkError(cause: unknown): never {
  throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : 'Network error');
}

let refreshing: Promise<boolean> | null = null;

/**
 * Renews the 15-minute access cookie from the refresh cookie. Calls that fail at the same
 * moment share one refresh: the server rotates the refresh token, so a second one would fail.
 */
function refreshAccess(lang: RequestOptions['lang']): Promise<boolean> {
  refreshing ??= send('/auth/refresh', { lang, method: 'POST' })
    .then((response) => response.ok)
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/**
 * Calls the API with the browser's session cookies (and the CSRF echo on writes). A 401 from
 * anything but the sign-in endpoints is answered by one refresh and one retry; a second 401
 * means the session is over and reaches the caller. Empty answers (202, 204) give undefined.
 */
export async function requestJson<T>(path: string, options: SendOptions): Promise<T> {
  let response = await send(path, options);
  if (
    response.status === 401 &&
    !path.startsWith('/auth/') &&
    !options.guestKey &&
    !options.alertKey &&
    hasSessionCookie()
  ) {
    if (await refreshAccess(options.lang)) response = await send(path, options);
  }
  if (!response.ok) throw await toApiError(response);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** GET a JSON resource under /api/v1. Aborts quietly with the loader's signal. */
export function getJson<T>(path: string, options: RequestOptions): Promise<T> {
  return requestJson<T>(path, { ...options, method: 'GET' });
}

/**
 * GET a file (a zip export) as a Blob, for downloads that need a header a plain link cannot
 * send (`X-Guest-Key`). The name is the server's, from `Content-Disposition`.
 */
export async function requestFile(
  path: string,
  options: SendOptions,
): Promise<{ blob: Blob; filename: string | null }> {
  const response = await send(path, { ...options, method: 'GET' });
  if (!response.ok) throw await toApiError(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
  return { blob: await response.blob(), filename };
}
