/**
 * Runs the web build's server-rendering module (web/src/entry-server.tsx, built into
 * `<webRoot>/ssr/`): the public pages as complete HTML from the same routes and loaders the
 * browser uses. The loaders' API requests never leave the process: they are handed to this app
 * with `inject`, without the visitor's cookies (a page shows what an anonymous visitor may see)
 * but from the visitor's address, so rate limits count them as theirs.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** What the module renders a page to (its `RenderResult`). */
export type RenderedPage =
  | { kind: 'client' }
  | { kind: 'redirect'; status: number; location: string }
  | {
      kind: 'page';
      status: number;
      html: string;
      data: string;
      title?: string;
      /** The page's feeds as it shows them, relative to the portal (a search's, its words as searched). */
      feeds?: { rss: string; atom: string };
      timings: { dataMs: number; renderMs: number };
      /** Seconds to wait, for a 429 or 503 (Retry-After). */
      retryAfter?: number;
      /** The API requests the page made, in order of answer (added by this side, not the module). */
      apiCalls?: ApiCall[];
    };

/** One in-process API request of a page: for its Server-Timing, to tell a slow answer from a slow render. */
export interface ApiCall {
  path: string;
  ms: number;
  /** The search cache's verdict (`server-timing: search;desc=…` of the API answer), when it had one. */
  search?: string;
}

interface ServerEntry {
  render(request: Request): Promise<RenderedPage>;
  rendersOnServer(pathname: string): boolean;
  setServerTransport(transport: (url: string, init?: RequestInit) => Promise<Response>): void;
}

export interface ServerRenderer {
  /** Whether the page at `pathname` is one the server renders (a public page, or the 404). */
  rendersOnServer(pathname: string): boolean;
  /**
   * The page at the request's address, as the module renders it: a GET or HEAD, or a form posted
   * without scripts (its raw body a Buffer), which the page's own action handles.
   */
  render(request: FastifyRequest, origin: string): Promise<RenderedPage>;
}

/** Whose page is being rendered: the API requests it makes are theirs. */
interface Visit {
  server: FastifyInstance;
  ip: string;
  /**
   * The visitor's headers that decide whether a view or a search is counted for the members'
   * figures (counting/visitors.ts: no bots, no prefetches): never a credential.
   */
  counting: Record<string, string>;
  calls: ApiCall[];
}

/**
 * Said instead when the request is no visit (a HEAD, from a link checker) or names no agent:
 * `inject` would otherwise send its own User-Agent, which counts as a browser. Counting reads
 * any agent starting with "node" as a program, not a person (counting/visitors.ts).
 */
const NOT_A_VISIT = 'node (a page rendered on the server; not a visit)';

/** What counting reads of a request: whose view or search it is, and whether it counts at all. */
function countingHeaders(request: FastifyRequest): Record<string, string> {
  const agent = request.headers['user-agent'];
  const found: Record<string, string> = {
    'user-agent': request.method !== 'HEAD' && agent ? agent : NOT_A_VISIT,
  };
  for (const name of ['purpose', 'sec-purpose']) {
    const value = request.headers[name];
    if (typeof value === 'string') found[name] = value;
  }
  return found;
}

const visits = new AsyncLocalStorage<Visit>();

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** `fetch` for the rendering module: into this app, in process, as the visitor without cookies. */
async function injectTransport(url: string, init?: RequestInit): Promise<Response> {
  const visit = visits.getStore();
  if (!visit) throw new Error(`API request outside a page render: ${url}`);
  // A Request serialises any body (JSON, a form with files) the way fetch would send it.
  const request = new Request(new URL(url, 'http://in-process'), init);
  const payload = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
  const headers: Record<string, string> = { ...visit.counting };
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const started = performance.now();
  const answer = await visit.server.inject({
    method: request.method as 'GET',
    url,
    headers,
    ...(payload ? { payload } : {}),
    remoteAddress: visit.ip,
  });
  const search = /search;desc=(\w+)/.exec(String(answer.headers['server-timing'] ?? ''))?.[1];
  visit.calls.push({
    path: new URL(url, 'http://in-process').pathname,
    ms: performance.now() - started,
    ...(search ? { search } : {}),
  });
  const responseHeaders = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : String(value));
  }
  const body = NULL_BODY_STATUSES.has(answer.statusCode) ? null : new Uint8Array(answer.rawPayload);
  return new Response(body, { status: answer.statusCode, headers: responseHeaders });
}

/** The renderer of the web build at `webRoot`, or undefined when the build has none. */
export async function loadServerRenderer(webRoot: string): Promise<ServerRenderer | undefined> {
  const entryPath = path.join(webRoot, 'ssr', 'entry-server.js');
  if (!existsSync(entryPath)) return undefined;
  const entry = (await import(pathToFileURL(entryPath).href)) as ServerEntry;
  entry.setServerTransport(injectTransport);
  return {
    rendersOnServer: (pathname) => entry.rendersOnServer(pathname),
    render: async (request, origin) => {
      const posted = request.method === 'POST' && Buffer.isBuffer(request.body);
      const referer = request.headers.referer;
      const page = new Request(`${origin}${request.url}`, {
        headers: {
          accept: 'text/html',
          // The page the visitor came from (sent within the portal only): a vacancy's way back to the search.
          ...(referer ? { referer } : {}),
          ...(posted ? { 'content-type': request.headers['content-type'] ?? 'application/octet-stream' } : {}),
        },
        ...(posted ? { method: 'POST', body: new Uint8Array(request.body as Buffer) } : {}),
      });
      const visit: Visit = { server: request.server, ip: request.ip, counting: countingHeaders(request), calls: [] };
      const rendered = await visits.run(visit, () => entry.render(page));
      return rendered.kind === 'page' ? { ...rendered, apiCalls: visit.calls } : rendered;
    },
  };
}
