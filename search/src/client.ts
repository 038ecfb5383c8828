import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { Agent, request } from 'undici';

/**
 * Keep-alive connections to Meilisearch, shared by every client of this process. The
 * request timeout lives here rather than in the client's `timeout` option, whose abort
 * listeners pile up on the signal of a long `waitTask`.
 */
const agent = new Agent({
  keepAliveTimeout: 30_000,
  connections: 64,
  headersTimeout: 5_000,
  bodyTimeout: 10_000,
  connectTimeout: 2_000,
});

/**
 * The HTTP transport of the Meilisearch client: undici's `request` instead of the global
 * `fetch`. Measured on this machine against the same server and body, Node 20's fetch
 * took a steady ~50 ms per multi-search where `request` took ~5 ms (docs/decisions/0004).
 */
async function undiciTransport(input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<unknown> {
  const headers = Object.fromEntries(new Headers(init?.headers).entries());
  const response = await request(String(input), {
    method: (init?.method ?? 'GET') as 'GET',
    headers,
    body: (init?.body as string | undefined) ?? undefined,
    signal: init?.signal ?? undefined,
    dispatcher: agent,
  });
  const text = await response.body.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  if (response.statusCode >= 400) {
    throw new MeilisearchApiError(new Response(text, { status: response.statusCode }), parsed as never);
  }
  return parsed;
}

/** The one place a Meilisearch client is made; the key is the server's and never leaves it. */
export function createSearchClient(url: string, apiKey: string | undefined): Meilisearch {
  return new Meilisearch({ host: url, ...(apiKey ? { apiKey } : {}), httpClient: undiciTransport });
}

/** The Meilisearch error code (e.g. `index_not_found`) behind an error, however it was wrapped. */
export function meilisearchErrorCode(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    if (current instanceof MeilisearchApiError) return current.cause?.code;
  }
  return undefined;
}
