/**
 * A page the server rendered works before any script runs (issue 17): its results, links and
 * forms are HTML. Its scripts then need not be on the page's critical path: the served page
 * loads only a small loader (web/public/load-app.js), which brings in the app — the module and
 * the chunks Vite would have preloaded — once the page has loaded, or at the first key, tap or
 * focus, whichever comes first. The app then hydrates the page as before.
 *
 * Pages the browser renders (signed-in staff, `X-Render: client`) keep Vite's tags: without
 * their scripts they would be empty.
 */

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
const LOADER_PATH = '/load-app.js';

/** index.html with the app's scripts loaded after the page; unchanged when it has no module entry. */
export function withScriptsAfterLoad(indexHtml: string): string {
  const entry = ENTRY.exec(indexHtml)?.[1];
  if (!entry) return indexHtml;
  const chunks = [...indexHtml.matchAll(PRELOAD)].map((match) => match[1]!);
  const loader = `<script defer src="${LOADER_PATH}" data-app="${entry}" data-preload="${chunks.join(' ')}"></script>\n    `;
  return indexHtml.replace(PRELOAD, () => '').replace(ENTRY, () => loader);
}
