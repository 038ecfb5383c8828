/**
 * Serves the web app. Public pages are rendered on the server (./server-rendering.ts), with
 * the status they deserve (404 for an unknown vacancy or address, 410 for a closed one, 301
 * to a page's canonical address), and load their scripts after the page (./later-scripts.ts);
 * pages for signed-in users and those that read a key from the address's fragment get
 * index.html, and the client router takes over. Unknown API paths and files keep their JSON 404.
 */
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import pLimit from 'p-limit';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '@samenwerven/db';
import { ACCESS_COOKIE, CSRF_COOKIE, REFRESH_COOKIE } from '../auth/plugin.ts';
import { acceptsHtml, AppError, methodNotAllowed, notFoundHandler, UNAVAILABLE_RETRY_SECONDS } from '../errors.ts';
import { multipartParts, textPartsNotUtf8 } from '../contract/multipart-text.ts';
import { hourlyLimitPerAddress } from '../hourly-limit.ts';
import { unstorableTextError } from '../storable-text.ts';
import { limitedNetwork } from '../network-address.ts';
import { isMultipart, mediaType } from '../media-type.ts';
import {
  browserPageHtml,
  notFoundHead,
  pageHead,
  renderPage,
  unavailableHead,
  withFeedsOfPage,
  type PageHead,
} from '../pages/head.ts';
import { loadServerRenderer, type ApiCall, type RenderedPage, type ServerRenderer } from './server-rendering.ts';
import { withScriptsAfterLoad } from './later-scripts.ts';
import { PUBLIC_ANSWER_CACHE } from '../http-caching.ts';
import { pageLanguage } from '../i18n.ts';
import { UNVERIFIED_SESSION, vacancyViewer } from '../vacancies/viewer.ts';

export interface WebApp {
  plugin: FastifyPluginAsync;
  /** The app-wide not-found handler: the page for page addresses, the JSON 404 otherwise. */
  notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply | Promise<FastifyReply>;
}

/**
 * Asks for the page as the browser alone renders it (`X-Render: client`): the benchmark
 * compares both ways in one run. `SERVER_RENDERING=false` does so for every page.
 */
const RENDER_HEADER = 'x-render';
/** How a page is asked for: a form posted to one that takes none is a 405 that says so. */
const PAGE_METHODS = ['GET', 'HEAD'] as const;

/**
 * Server-rendered public pages may be kept by a shared cache for a few seconds, no longer than
 * the search takes to drop a closed vacancy; browsers ask again every time.
 */
/** A served page made for this visitor: its way back follows the search it was opened from. */
const PERSONAL_PAGE_CACHE = 'private, max-age=0';

/** The search pages, whose address (the search) a vacancy opened from them learns as its way back. */
const isSearchPage = (pathname: string) => pathname === '/' || pathname === '/en' || pathname === '/en/';
/**
 * Whether the page may differ by the address it was opened from: a vacancy opened from a search
 * links back to it (vacancy-loader.ts), so no shared cache may hand it to anyone else.
 */
const followsReferer = (request: FastifyRequest) => request.headers.referer !== undefined;

/**
 * Where a served page's time went, for the browser's developer tools and the benchmark: the
 * loaders' data, the render, and each API request the loaders made (with the search cache's
 * verdict), so a slow answer is told from a slow render.
 */
function serverTiming(dataMs: number, renderMs: number, calls: readonly ApiCall[]): string {
  const api = calls.map(
    (call) =>
      `api;dur=${call.ms.toFixed(1)};desc="${call.path.replace(/[^\w/.-]/g, '')}${call.search ? ` ${call.search}` : ''}"`,
  );
  return [`data;dur=${dataMs.toFixed(1)}`, `render;dur=${renderMs.toFixed(1)}`, ...api].join(', ');
}

/**
 * The fields of a posted form whose bytes are no UTF-8 (`name=ab%ED%A0%80cd`, `Org%FFName`): the
 * page's action read them as "�" and stored that (an attacker's review), where the API refuses such
 * text by its field's name (contract/json-body.ts). A browser never sends them.
 */
function fieldsNotUtf8(body: Buffer): string[] {
  const decoded = (text: string) => {
    try {
      return decodeURIComponent(text.replaceAll('+', ' '));
    } catch {
      return undefined;
    }
  };
  const found: string[] = [];
  for (const pair of body.toString('latin1').split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const rawName = at === -1 ? pair : pair.slice(0, at);
    const name = decoded(rawName);
    const value = at === -1 ? '' : decoded(pair.slice(at + 1));
    // Raw bytes past ASCII (no browser sends them unescaped) are read as the Latin-1 characters
    // they are: decodeURIComponent takes them, so they are checked as UTF-8 bytes apart.
    if (name === undefined || value === undefined || !isUtf8(Buffer.from(pair, 'latin1'))) found.push(name ?? '(body)');
  }
  return [...new Set(found)];
}

/** A posted application carries at most two files of 10 MB each, and its text. */
const POSTED_FORM_LIMIT = 21 * 1024 * 1024;
/**
 * A form without files (joining, an alert, signing in) is text a person typed: a few kB.
 * Taking 21 MB of `a&a&…` and handing it to the page's action, which reads it at once, held the
 * whole server up for seconds per request (an attacker pass).
 */
const POSTED_TEXT_FORM_LIMIT = 128 * 1024;
/** The parts of the largest form posted with files, the application (8), with room to spare. */
const POSTED_FORM_PARTS = 20;
/**
 * Forms with files posted without scripts are read one at a time: each is held whole in memory
 * and read three times (here, by the page's action, and as the API's request), some 0.3 s of the
 * one thread for 20 MB. Twenty sent at once held every request of the portal for 12 s (an
 * attacker's review). The next few wait their turn, their bodies unread; past them, a 503 says
 * to send the form again in a few seconds.
 */
const POSTED_FILE_FORMS_AT_ONCE = 1;
const POSTED_FILE_FORMS_WAITING = 8;
/** The longest one form's turn lasts. */
const TURN_MS = 30_000;
/** Forms with files posted from one network an hour, counted before they are read (as the API's attempts). */
const POSTED_FILE_FORMS_PER_HOUR = 150;
const BUSY_RETRY_SECONDS = 5;

interface PageAddress {
  pathname: string;
  query: string;
}

function pageAddress(url: string): PageAddress {
  const queryAt = url.indexOf('?');
  const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
  try {
    return { pathname: decodeURIComponent(rawPath || '/'), query: queryAt === -1 ? '' : url.slice(queryAt + 1) };
  } catch {
    throw new AppError(400, 'bad_request', 'error.bad_request');
  }
}

/** Someone signed in (or with a session to refresh): their pages are rendered by the browser. */
const holdsSession = (request: FastifyRequest) =>
  [ACCESS_COOKIE, REFRESH_COOKIE, CSRF_COOKIE].some((name) => request.cookies[name] !== undefined);

/**
 * The canonical address of a public page when the request used another one (a trailing
 * slash, a vacancy's outdated or missing title in its address); undefined when it is canonical.
 */
function canonicalRedirect(head: PageHead | undefined, address: PageAddress): string | undefined {
  if (head?.status !== 200 || head.personal) return undefined;
  const canonical = decodeURIComponent(new URL(head.canonical).pathname);
  if (canonical === address.pathname) return undefined;
  return `${encodeURI(canonical)}${address.query ? `?${address.query}` : ''}`;
}

export async function loadWebApp(root: string, options: { serverRendering?: boolean } = {}): Promise<WebApp> {
  const indexHtml = await readFile(path.join(root, 'index.html'), 'utf8');
  /** For pages rendered on the server: they work as they are, so their scripts come after them. */
  const servedHtml = withScriptsAfterLoad(indexHtml);
  const renderer: ServerRenderer | undefined =
    options.serverRendering === false ? undefined : await loadServerRenderer(root);

  const render = async (request: FastifyRequest): Promise<RenderedPage> => {
    if (!renderer || holdsSession(request) || request.headers[RENDER_HEADER] === 'client') return { kind: 'client' };
    const { config } = request.server;
    // Links meant to be shared name the address the page was opened at; in production only the
    // public one, so no Host header a visitor sends ends up in a page a cache may keep.
    const origin = config.isProduction ? config.publicUrl : `${request.protocol}://${request.host}`;
    return renderer.render(request, origin).catch((error: unknown) => {
      request.log.error({ err: error }, 'server rendering failed; serving the bare app');
      return { kind: 'client' } as const;
    });
  };

  const sendApp = async (request: FastifyRequest, reply: FastifyReply) => {
    const address = pageAddress(request.url);
    // A search passes its address on within the portal (else no page does: app.ts), so the
    // vacancy opened from it knows the way back, also without scripts.
    if (isSearchPage(address.pathname)) reply.header('referrer-policy', 'same-origin');
    let unavailable = false;
    // The page is rendered while its head is looked up: neither waits for the other.
    const rendering = render(request);
    const head = await pageHead(
      request.server.db,
      request.server.config.publicUrl,
      address.pathname,
      new URLSearchParams(address.query),
      // A signed-in member's page of their own draft is theirs to see: its status says so too.
      request.principal || !holdsSession(request) ? vacancyViewer(request.principal) : UNVERIFIED_SESSION,
    ).catch((error: unknown) => {
      request.log.warn({ err: error }, 'page head failed; serving the bare app');
      unavailable = isDatabaseUnavailable(error);
      return undefined;
    });
    // The database is away: crawlers and caches are told to come back rather than that the page
    // is gone or fine. The rendering asked the API too, which said the same: its page says so in
    // words, and a form sent without scripts (an application) gets an answer instead of a blank
    // app (a no-script user's review). Without a rendered page the app loads and says so itself.
    if (unavailable) {
      const page = await rendering.catch(() => undefined);
      reply
        .status(503)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('retry-after', String(UNAVAILABLE_RETRY_SECONDS));
      if (page?.kind !== 'page') return reply.send(indexHtml);
      const said = unavailableHead(request.server.config.publicUrl, pageLanguage(address.pathname), address.pathname);
      return reply.send(renderPage(servedHtml, said, page));
    }
    const canonical = request.method === 'POST' ? undefined : canonicalRedirect(head, address);
    if (canonical) return reply.header('cache-control', 'public, max-age=3600').redirect(canonical, 301);

    const page = await rendering;
    if (page.kind === 'redirect') return reply.header('cache-control', 'no-store').redirect(page.location, page.status);
    if (page.kind === 'page') {
      // The router knows best what became of the page (a closed vacancy: 410); the head what it is.
      const status = page.status !== 200 ? page.status : (head?.status ?? 200);
      const lang = pageLanguage(address.pathname);
      const addressed = head ?? notFoundHead(request.server.config.publicUrl, lang, address.pathname);
      const found = await withFeedsOfPage(
        request.server.db,
        request.server.config.publicUrl,
        addressed,
        page.feeds,
      ).catch(() => addressed);
      // The title the page itself sets (a search's words, its page number): the one the browser keeps.
      const pageHeadFound = page.title ? { ...found, title: page.title } : found;
      const { dataMs, renderMs } = page.timings;
      if (page.retryAfter !== undefined) reply.header('retry-after', String(page.retryAfter));
      // A form posted to a page that takes none: its page says so, and Allow how it is asked.
      if (status === 405) reply.header('allow', PAGE_METHODS.join(', '));
      return (
        reply
          .status(status)
          .type('text/html; charset=utf-8')
          .header(
            'cache-control',
            status >= 400 || request.method === 'POST'
              ? 'no-store'
              : followsReferer(request)
                ? PERSONAL_PAGE_CACHE
                : PUBLIC_ANSWER_CACHE,
          )
          // Where the time went, for the browser's developer tools and the benchmark.
          .header('server-timing', serverTiming(dataMs, renderMs, page.apiCalls ?? []))
          .header('vary', 'Cookie, X-Render')
          .send(renderPage(servedHtml, pageHeadFound, page))
      );
    }
    // A page the browser renders. A signed-in user's page is never kept; a page that does not
    // exist is an error answer, never kept in any cache either.
    const status = head?.status ?? 200;
    return reply
      .status(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', status >= 400 || holdsSession(request) || head?.personal ? 'no-store' : 'no-cache')
      .send(head ? renderPage(indexHtml, head) : browserPageHtml(indexHtml, address.pathname));
  };
  /**
   * A form posted to a page only the browser renders (signing in): the page, as a 405 with Allow.
   * A browser gets the app, which shows the page asked for; an API client the JSON 405 (it was a
   * JSON answer for browsers too, where a page rendered on the server answered its HTML: a review).
   */
  const pageTakesNoForm = (request: FastifyRequest, reply: FastifyReply, pathname: string) => {
    if (!acceptsHtml(request)) return methodNotAllowed(request, reply, PAGE_METHODS);
    return reply
      .status(405)
      .type('text/html; charset=utf-8')
      .header('allow', PAGE_METHODS.join(', '))
      .header('cache-control', 'no-store')
      .send(browserPageHtml(indexHtml, pathname));
  };
  // HEAD too: link checkers and feed readers ask that way, and must get what GET gets.
  /** An address that names a file (`/favicon.ico`); a trailing full stop does not. */
  const looksLikeFile = (path: string) => /\.[a-z0-9]+$/i.test(path);
  // A link pasted at the end of a sentence ends in a full stop; a browser asking for `/over.html`
  // wants a page too: both get the app (its 404 page when nothing is there), never the API's JSON.
  const isPage = (request: FastifyRequest) =>
    (request.method === 'GET' || request.method === 'HEAD') &&
    !request.url.startsWith('/api/') &&
    (!looksLikeFile(request.url.split('?')[0] ?? '') || acceptsHtml(request));
  return {
    notFound: (request, reply) => (isPage(request) ? sendApp(request, reply) : notFoundHandler(request, reply)),
    plugin: async (app) => {
      await app.register(fastifyStatic, {
        root,
        wildcard: false,
        index: false,
        // The server-rendering module is read from disk by the server, never sent.
        allowedPath: (pathName) => !pathName.startsWith('/ssr/'),
        // The build writes .br and .gz copies (web/vite.config.ts): sent as the browser accepts.
        preCompressed: true,
        setHeaders: (res, file) => {
          if (file.includes(`${path.sep}assets${path.sep}`))
            res.header('cache-control', 'public, max-age=31536000, immutable');
        },
      });
      app.get('/', { schema: { hide: true } }, (request, reply) => sendApp(request, reply));
      // Every other page as a route of its own, not only as the not-found handler: routes get the
      // hooks registered before them (compression above all: a vacancy page is 60 kB of HTML).
      app.get('/*', { schema: { hide: true } }, (request, reply) =>
        isPage(request) ? sendApp(request, reply) : notFoundHandler(request, reply),
      );
      // Forms posted without scripts (applying, joining): the page's own action handles them on
      // the server, as the browser's router would. Their body is handed over as it came.
      app.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'buffer', bodyLimit: POSTED_TEXT_FORM_LIMIT },
        (_request, body, done) => {
          const unreadable = fieldsNotUtf8(body as Buffer);
          done(unreadable.length > 0 ? unstorableTextError(unreadable) : null, body);
        },
      );
      app.addContentTypeParser(
        'multipart/form-data',
        { parseAs: 'buffer', bodyLimit: POSTED_FORM_LIMIT },
        (request, body, done) => {
          const contentType = request.headers['content-type'];
          if (multipartParts(body as Buffer, contentType) > POSTED_FORM_PARTS) {
            done(new AppError(413, 'payload_too_large', 'error.payload_too_large'));
            return;
          }
          // Read once here as the page's action will read it: a cut-off or malformed body was a
          // 500 from the action, unlogged (a tester's review), where it is the sender's error.
          const bytes = body as Buffer;
          const view = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length);
          new Response(view, { headers: { 'content-type': contentType ?? '' } }).formData().then(
            () => {
              const unreadable = textPartsNotUtf8(bytes, contentType);
              done(unreadable.length > 0 ? unstorableTextError(unreadable) : null, body);
            },
            () => done(new AppError(400, 'bad_request', 'error.bad_request')),
          );
        },
      );
      // A form posted to a page. An address a route of its own answers (a feed, the sitemap, the
      // widget) is no page: a POST there is the 405 its other methods say (a contract review: it
      // was the app's 404 page). The home page's GET above is the app's own.
      const answeredElsewhere = (path: string) => path !== '/' && app.allowedMethods(path).length > 0;
      /** The page a form was posted to: its path, or undefined when the address is no page. */
      const pageOf = (request: FastifyRequest) =>
        renderer !== undefined && !request.url.startsWith('/api/') && !answeredElsewhere(request.url.split('?')[0]!)
          ? pageAddress(request.url).pathname
          : undefined;
      const limitHourly = hourlyLimitPerAddress(app, 'posted-file-form', POSTED_FILE_FORMS_PER_HOUR);
      const reading = pLimit(POSTED_FILE_FORMS_AT_ONCE);
      // One turn per network, running or waiting: one network's nine connections that sent headers
      // and no body held the whole queue, and every other applicant without scripts got a 503 for
      // as long as it kept that up (an attacker's review). Its second form is told to send again
      // in a few seconds, as when the queue is full.
      const networksHolding = new Set<string>();
      const busy = () => new AppError(503, 'busy', 'error.busy', { retryAfterSeconds: BUSY_RETRY_SECONDS });
      const takeTurn = async (request: FastifyRequest, reply: FastifyReply) => {
        if (!isMultipart(request)) return;
        await limitHourly(request);
        if (reading.pendingCount >= POSTED_FILE_FORMS_WAITING) throw busy();
        const network = limitedNetwork(request.ip);
        if (networksHolding.has(network)) throw busy();
        networksHolding.add(network);
        // The turn lasts until the connection closes, however the request ended (a client that
        // sent its whole body and left before the answer ran neither onResponse nor onRequestAbort,
        // and kept it for ever: a review), and never longer than TURN_MS (a sender of a byte a minute).
        let endTurn = () => undefined as void;
        let gone = false;
        // The network's hold ends with the turn, not with the connection: a form that went away
        // while waiting keeps its place (and its network's) until its turn comes and ends at once.
        // Freed on close, one network could leave eight dead places in the queue (a review).
        reply.raw.once('close', () => {
          gone = true;
          endTurn();
        });
        await new Promise<void>((started) => {
          void reading(
            () =>
              new Promise<void>((ended) => {
                // Once: ended by its time limit and then by the connection's close, the second
                // would free a later turn of the same network.
                let over = false;
                const end = () => {
                  if (over) return;
                  over = true;
                  networksHolding.delete(network);
                  ended();
                };
                endTurn = end;
                setTimeout(end, TURN_MS).unref();
                if (gone) end();
                started();
              }),
          );
        });
      };
      // A page takes a form: JSON or text sent to it was answered with the page (an attacker's
      // review), where the contract says 415 for a body of another type than the address takes.
      const isForm = (request: FastifyRequest) => {
        const type = request.headers['content-type'];
        return (
          type === undefined || ['application/x-www-form-urlencoded', 'multipart/form-data'].includes(mediaType(type))
        );
      };
      app.post('/*', { schema: { hide: true }, onRequest: takeTurn }, (request, reply) => {
        // A page only the browser renders (signing in, registering) takes no form here: its form
        // is the web app's, sent to the API. Posted to anyway, it is the 405 a page without a form is.
        const page = pageOf(request);
        if (page === undefined) return notFoundHandler(request, reply);
        if (!renderer?.rendersOnServer(page)) return pageTakesNoForm(request, reply, page);
        if (!isForm(request)) throw new AppError(415, 'unsupported_media_type', 'error.unsupported_media_type');
        return sendApp(request, reply);
      });
    },
  };
}
