/**
 * Server rendering of the public pages (issue 17): the same route table, loaders and components
 * as in the browser, run by react-router's static handler and rendered by React on the server,
 * so search results, a vacancy's text and every link arrive as HTML before any script runs.
 * The browser then hydrates the page from the loader data sent along (app/boot.tsx).
 *
 * Built by Vite as a Node module of its own (`vite build --ssr`, web/package.json) and loaded by
 * the server (server/src/web/server-rendering.ts), which hands it a transport that passes the
 * loaders' API requests to the API in the same process, as an anonymous visitor: a page never
 * shows more than anyone could see.
 *
 * Which pages: those whose route carries `handle: SERVER_RENDERED` (app/router.tsx). Pages for
 * signed-in users, and those that read a key from the address's fragment (which never reaches
 * a server), stay rendered by the browser.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  isRouteErrorResponse,
  matchRoutes,
  StaticRouterProvider,
  type StaticHandlerContext,
} from 'react-router';
import { answerOf } from './app/page-status.ts';
import { setServerTransport } from './api/api-url.ts';
import { DocumentTitleCollector } from './hooks/use-document-title.ts';
import { FeedAlternatesCollector } from './hooks/use-feed-alternates.ts';
import type { FeedAddresses } from './lib/feed-address.ts';
import { ROUTER_DATA_ID } from './app/router-data.ts';
import { isServerRendered, routes } from './app/router.tsx';
import { loadMessages } from './i18n/messages.ts';

export { setServerTransport };

export type RenderResult =
  /** Not a page the server renders: the browser renders it from the bare app. */
  | { kind: 'client' }
  /** A loader redirected: to `location`, with `status`. */
  | { kind: 'redirect'; status: number; location: string }
  /**
   * The page: `html` goes inside #root, `data` (a script element with the loader data) after it;
   * `status` is the page's own (404 for an unknown vacancy); `title` the one the page sets, which
   * the browser keeps.
   */
  | {
      kind: 'page';
      status: number;
      html: string;
      data: string;
      title?: string;
      /** The page's feeds, as it shows them (a search's: without the words it left out). */
      feeds?: FeedAddresses;
      timings: RenderTimings;
      /** Seconds to wait, for a 429 or 503: what the API said to the page's loader (Retry-After). */
      retryAfter?: number;
    };

/** Milliseconds spent loading the page's data (its loaders' API requests) and rendering it to HTML. */
export interface RenderTimings {
  dataMs: number;
  renderMs: number;
}

const handler = createStaticHandler(routes);

/** English texts are a chunk of their own in the browser; the server has them ready from the start. */
export const ready: Promise<void> = loadMessages('en');

/** Whether the server renders the page at `pathname`: a public page, or an address no page has (the 404). */
export function rendersOnServer(pathname: string): boolean {
  const matches = matchRoutes(routes, pathname);
  const leaf = matches?.at(-1)?.route;
  return leaf !== undefined && isServerRendered(leaf);
}

/** Renders the page `request` asks for (GET), or says why not. */
export async function render(request: Request): Promise<RenderResult> {
  await ready;
  if (!rendersOnServer(new URL(request.url).pathname)) return { kind: 'client' };
  const started = performance.now();
  const context = await handler.query(request);
  if (context instanceof Response) {
    const location = context.headers.get('Location');
    if (location && context.status >= 300 && context.status < 400)
      return { kind: 'redirect', status: context.status, location };
    return { kind: 'client' };
  }
  await settleDeferred(context);
  const loaded = performance.now();
  const router = createStaticRouter(handler.dataRoutes, context);
  const collected: { title?: string; feeds?: FeedAddresses } = {};
  const collectTitle = (text: string) => {
    collected.title = text;
  };
  const collectFeeds = (feeds: FeedAddresses) => {
    collected.feeds = feeds;
  };
  const app = renderToString(
    <StrictMode>
      <DocumentTitleCollector value={collectTitle}>
        <FeedAlternatesCollector value={collectFeeds}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </FeedAlternatesCollector>
      </DocumentTitleCollector>
    </StrictMode>,
  );
  const data = routerData(context);
  const timings = { dataMs: loaded - started, renderMs: performance.now() - loaded };
  return { kind: 'page', html: app, data, timings, ...collected, ...answerOf(context) };
}

/**
 * Lists a loader hands over as promises (a vacancy's similar ones) are awaited here: the page
 * arrives complete, also for those without scripts, and the browser gets their values, which
 * `<Await>` renders at once. The loaders catch their own failures; should one not, the list is
 * left out.
 */
async function settleDeferred(context: StaticHandlerContext): Promise<void> {
  await Promise.all(
    Object.values(context.loaderData).map(async (data: unknown) => {
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
      const record = data as Record<string, unknown>;
      await Promise.all(
        Object.entries(record).map(async ([key, value]) => {
          if (value instanceof Promise) record[key] = await value.catch(() => null);
        }),
      );
    }),
  );
}

/**
 * The loader data as JSON in a script element the browser reads but never runs (the pages'
 * content security policy allows no inline scripts). Errors in react-router's own serialised
 * form, which `createBrowserRouter` turns back into errors. `<` is escaped so no text in the
 * data can end the element.
 */
function routerData(context: StaticHandlerContext): string {
  const errors = context.errors
    ? Object.fromEntries(
        Object.entries(context.errors).map(([id, error]: [string, unknown]) => [
          id,
          isRouteErrorResponse(error)
            ? { ...error, __type: 'RouteErrorResponse' }
            : { message: error instanceof Error ? error.message : String(error), __type: 'Error' },
        ]),
      )
    : null;
  const json = JSON.stringify({ loaderData: context.loaderData, actionData: context.actionData, errors });
  return `<script type="application/json" id="${ROUTER_DATA_ID}">${json.replaceAll('<', '\\u003c')}</script>`;
}
