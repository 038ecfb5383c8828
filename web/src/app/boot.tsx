/**
 * The app itself: React and the router. A page the server rendered (web/src/entry-server.tsx)
 * is hydrated from the loader data it sent along, so nothing is fetched or painted again; any
 * other page is rendered here, once the page's language is loaded.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createPath, matchRoutes, RouterProvider, type HydrationState, type RouteObject } from 'react-router';
import { hasSessionCookie } from '../api/client.ts';
import { langFromPathname } from '../i18n/lang.ts';
import { loadMessages } from '../i18n/messages.ts';
import { ROUTER_DATA_ID } from './router-data.ts';
import { createRouter, routes } from './router.tsx';

declare global {
  interface Window {
    /** Read by `createBrowserRouter` (react-router's name), which turns serialised errors back into errors. */
    __staticRouterHydrationData?: HydrationState;
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/**
 * The routes of the opened page that load their code on first visit (`lazy`) are loaded before
 * hydrating: until they are, the router would render its loading state, not the server's page.
 */
async function loadLazyRoutes(): Promise<void> {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }: { route: RouteObject }) => {
      const lazy = route.lazy;
      if (!lazy || typeof lazy === 'function') return;
      const entries = await Promise.all(
        Object.entries(lazy).map(async ([key, load]) => [key, await (load as () => Promise<unknown>)()] as const),
      );
      Object.assign(route, Object.fromEntries(entries), { lazy: undefined });
    }),
  );
}

async function hydrate(routerData: HTMLElement): Promise<void> {
  window.__staticRouterHydrationData = JSON.parse(routerData.textContent ?? '{}') as HydrationState;
  // Should the English texts fail to load, the page is hydrated all the same (and then shows Dutch).
  const messages = loadMessages(langFromPathname(window.location.pathname)).catch(() => undefined);
  await Promise.all([loadLazyRoutes(), messages]);
  const router = createRouter();
  loadAgainAfterDeploy(router);
  hydrateRoot(
    container!,
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  // The server renders as an anonymous visitor; someone signed in (a page from a cache) gets
  // the header and the page as they see them.
  if (hasSessionCookie()) void router.revalidate();
}

const render = () => {
  const router = createRouter();
  loadAgainAfterDeploy(router);
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
};

const RELOADED_AT = 'samenwerven:reloaded-after-deploy';
/** Not again within this time: a server that is down would have the page load itself in a loop. */
const RELOAD_PAUSE_MS = 30_000;

/**
 * A new version of the portal replaced the scripts this page was loaded with: the code of the
 * next page opened is gone (404), and the page could not go on (a job seeker's walk, during a
 * deploy). The page opened is loaded anew from the server instead, with the new scripts.
 */
function loadAgainAfterDeploy(router: ReturnType<typeof createRouter>): void {
  window.addEventListener('vite:preloadError', (event) => {
    try {
      const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
      if (Date.now() - last < RELOAD_PAUSE_MS) return; // the route's own error page says to try again
      sessionStorage.setItem(RELOADED_AT, String(Date.now()));
    } catch {
      return; // storage turned off: without a memory of the last time, no reload (it could loop)
    }
    event.preventDefault();
    const opening = router.state.navigation.location;
    window.location.assign(opening ? createPath(opening) : window.location.href);
  });
}

const routerData = document.getElementById(ROUTER_DATA_ID);
if (routerData) void hydrate(routerData);
// A first visit to an English page fetches the English texts first (Dutch ones are built in);
// should that fail, the page still renders, in Dutch, rather than not at all.
else void loadMessages(langFromPathname(window.location.pathname)).finally(render);
