import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { Agent, request } from 'undici';
import { SearchEngineBreaker } from './breaker.ts';

/**
 * Keep-alive connections to Meilisearch, shared by every client of this process. Request
 * timeouts are set per request in the transport rather than in the client's `timeout`
 * option, whose abort listeners pile up on the signal of a long `waitTask`.
 */
const agent = new Agent({ keepAliveTimeout: 30_000, connections: 64, connectTimeout: 1_000 });

export interface SearchClientOptions {
  /**
   * How long a search or any other read may take before the engine counts as failing. A
   * hung engine costs a search this long once; then the breaker answers at once.
   */
  readTimeoutMs?: number;
  /** The same for writes (document batches, settings), which may carry large bodies. */
  writeTimeoutMs?: number;
}

const DEFAULT_READ_TIMEOUT_MS = 2_500;
const DEFAULT_WRITE_TIMEOUT_MS = 15_000;

/** Requests that only read, however they are sent (a search is a POST). */
const isRead = (method: string, url: string) => method === 'GET' || /\/(multi-search|search|facet-search)$/.test(url);

/** A request that took too long, as opposed to one the engine's host refused. */
const isTimeout = (error: unknown) =>
  /TIMEOUT/.test(String((error as { code?: unknown } | undefined)?.code ?? '')) ||
  (error instanceof Error && error.name === 'TimeoutError');

/** Thrown without a request while the breaker is open: the engine failed recently and has not answered a probe since. */
export class SearchEngineUnavailableError extends Error {
  constructor(cause?: string) {
    super(`search engine unavailable${cause ? ` (${cause})` : ''}`);
    this.name = 'SearchEngineUnavailableError';
  }
}

const breakers = new WeakMap<Meilisearch, SearchEngineBreaker>();

/** The circuit breaker of a client made by `createSearchClient`. */
export function searchEngineBreaker(client: Meilisearch): SearchEngineBreaker {
  const breaker = breakers.get(client);
  if (!breaker) throw new Error('not a client made by createSearchClient');
  return breaker;
}

/**
 * Asks the engine with a short timeout, outside the breaker (used to probe it): an empty
 * multi-search, with the portal's key. `/health` alone answers for any server on the port (a
 * resilience review: a stranger there, refusing the key, was reported healthy while every search
 * was degraded); `/version` needs an action that a key scoped to searching and indexing, as a
 * server of your own may give, lacks (a review: such an engine stayed "down" for good). Every key
 * the portal can work with may search, and an empty one costs the engine nothing.
 */
async function probeHealth(url: string, apiKey: string | undefined, timeoutMs: number): Promise<boolean> {
  try {
    const response = await request(`${url.replace(/\/$/, '')}/multi-search`, {
      method: 'POST',
      dispatcher: agent,
      headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
      body: '{"queries":[]}',
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body.text();
    return response.statusCode === 200;
  } catch {
    return false;
  }
}

/**
 * The HTTP transport of the Meilisearch client: undici's `request` instead of the global
 * `fetch` (measured here: Node 20's fetch ~50 ms per multi-search, `request` ~5 ms;
 * docs/decisions/0004), guarded by the breaker. An answer of the engine's own, even a 4xx,
 * is a sign of life; a refused connection opens the breaker, a timeout or a 5xx opens it when
 * a health probe fails too (see breaker.ts).
 */
function guardedTransport(breaker: SearchEngineBreaker, options: Required<SearchClientOptions>) {
  return async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<unknown> => {
    if (breaker.isOpen) throw new SearchEngineUnavailableError(breaker.lastError);
    const method = init?.method ?? 'GET';
    const url = String(input);
    const timeout = isRead(method, new URL(url).pathname) ? options.readTimeoutMs : options.writeTimeoutMs;
    let response;
    let text;
    try {
      response = await request(url, {
        method: method as 'GET',
        headers: Object.fromEntries(new Headers(init?.headers).entries()),
        body: (init?.body as string | undefined) ?? undefined,
        signal: init?.signal ?? undefined,
        dispatcher: agent,
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
      text = await response.body.text();
    } catch (error) {
      // A caller's own abort is not the engine's fault.
      if (!init?.signal?.aborted) breaker.failure(error, { certain: !isTimeout(error) });
      throw error;
    }
    if (response.statusCode >= 500) breaker.failure(new Error(`HTTP ${response.statusCode}`), { certain: false });
    else breaker.success();
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    if (response.statusCode >= 400) {
      throw new MeilisearchApiError(new Response(text, { status: response.statusCode }), parsed as never);
    }
    return parsed;
  };
}

/** The one place a Meilisearch client is made; the key is the server's and never leaves it. */
export function createSearchClient(
  url: string,
  apiKey: string | undefined,
  options: SearchClientOptions = {},
): Meilisearch {
  const timeouts = {
    readTimeoutMs: options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS,
    writeTimeoutMs: options.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS,
  };
  const breaker = new SearchEngineBreaker(() => probeHealth(url, apiKey, 800));
  const client = new Meilisearch({
    host: url,
    ...(apiKey ? { apiKey } : {}),
    httpClient: guardedTransport(breaker, timeouts),
  });
  breakers.set(client, breaker);
  return client;
}

/** The Meilisearch error code (e.g. `index_not_found`) behind an error, however it was wrapped. */
export function meilisearchErrorCode(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    if (current instanceof MeilisearchApiError) return current.cause?.code;
  }
  return undefined;
}
