/**
 * The one way the web app talks to the API: JSON in, JSON out, the UI language in
 * `Accept-Language` (the server words its messages in it), and every failure turned into an
 * `ApiError` so pages can tell "not found" from "try again later".
 */
import type { Lang } from '../i18n/lang.ts';

const API_BASE = '/api/v1';

/** A failed API call. `status` 0 means the server could not be reached at all. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fields: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
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
  );
}

/** GET a JSON resource under /api/v1. Aborts quietly with the loader's signal. */
export async function getJson<T>(path: string, { lang, params, signal }: RequestOptions): Promise<T> {
  const search = params?.toString() ?? '';
  const query = search ? `?${search}` : '';
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${query}`, {
      headers: { Accept: 'application/json', 'Accept-Language': lang },
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : 'Network error');
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}
