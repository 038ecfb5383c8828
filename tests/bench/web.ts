/**
 * The web phase of the benchmark: the job seeker's pages in a real Chromium, against their
 * budget (issue 17): first results (or the vacancy) visible ≤ 500 ms on localhost with the full
 * data set indexed, and at most half the time the browser alone takes to render the same page
 * (`X-Render: client`, measured in the same run); no layout shift when the scripts arrive
 * (CLS < 0.1); initial JavaScript ≤ 100 KB gzipped; typing in the box never blocks input.
 *
 * Times are taken inside the page (an init script with a MutationObserver and performance
 * observers), so Playwright's own round-trips to the browser never count. The app measured
 * is a fresh production build of the current code, served by the portal as in production.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { chromiumArgs, findChromium } from '../support/chromium.ts';
import { percentile } from './stats.ts';

/** The product budget (1 KB = 1000 bytes, the stricter reading). */
export const WEB_BUDGET = {
  initialJsGzipBytes: 100_000,
  /** Server-rendered, the served page. */
  firstResultsMs: 500,
  /** Served ÷ browser-only, cold, p95. */
  servedToBrowserRatio: 0.5,
  cls: 0.1,
  /** "Never blocks input": no long task (> 50 ms) while typing, no keystroke waiting longer. */
  blockingMs: 50,
} as const;

/**
 * The search cases: the bare home page, and a typical search narrowed by a filter. The
 * category is the query's own (`beleid`, db/src/taxonomy.ts): with `ict` the seed data has
 * no match, and an empty result is not what the budget is about.
 */
const SEARCH_CASES: readonly PageCase[] = [
  { name: 'home', path: '/', mark: 'results' },
  { name: 'search + filter', path: '/?q=beleidsadviseur&category=beleid', mark: 'results' },
];

/** How a page is rendered: by the server (as served), or by the browser alone (`X-Render: client`). */
export type Rendering = 'server' | 'browser';
const RENDERINGS: readonly Rendering[] = ['server', 'browser'];

/** 20 characters, as a job seeker would type them. */
const TYPED_TEXT = 'adviseur ruimtelijke';
const KEY_DELAY_MS = 80;
/** Typing passes, each in a fresh page; the worst one is reported. */
const TYPING_PASSES = 3;
/** After the last key: long enough for a debounced request (suggestions) and its rendering. */
const SETTLE_MS = 1500;
const WAIT_MS = 30_000;

/** What the init script watches for: the first element of each kind, timed from navigation start. */
const MARKS = {
  // First: a vacancy page rendered on the server holds its similar vacancies (a result list) too,
  // and when several marks appear at once the first one listed here counts.
  vacancy: 'article.vacancy h1',
  results: 'ol.results li',
  noResults: '.no-results',
} as const;
type MarkName = keyof typeof MARKS;

const round1 = (n: number) => Math.round(n * 10) / 10;
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

// ── In-page probe ────────────────────────────────────────────────────────────
// Plain JavaScript source, not functions: tsx compiles with keepNames, and functions
// serialised into the page would call a `__name` helper that exists only in Node. And
// no waitForFunction: it compiles its predicate with eval, which the portal's CSP forbids.

/**
 * Installed in every document before the app's own scripts. The MutationObserver sees the
 * DOM insertion itself (not a later poll), resolves `ready` with the first mark and stops,
 * so it does not weigh on typing; the performance observers are buffered, so nothing
 * before them is lost.
 */
const PROBE_SCRIPT = `(() => {
  if (window !== window.top) return;
  const selectors = ${JSON.stringify(MARKS)};
  let markReady;
  const probe = { marks: {}, longTasks: [], events: [], lcp: 0, cls: 0, ready: new Promise((resolve) => (markReady = resolve)) };
  Object.defineProperty(window, '__benchProbe', { value: probe });
  const observer = new MutationObserver(() => {
    const at = performance.now();
    for (const [name, selector] of Object.entries(selectors))
      if (document.querySelector(selector)) probe.marks[name] = at;
    const first = Object.keys(probe.marks)[0];
    if (first === undefined) return;
    observer.disconnect();
    markReady({ name: first, at });
  });
  observer.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.events.push({
        name: e.name,
        start: e.startTime,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
        duration: e.duration,
      });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) probe.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

interface ProbeSnapshot {
  now: number;
  marks: Partial<Record<MarkName, number>>;
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; processingStart: number; processingEnd: number; duration: number }[];
  resources: { name: string; start: number; end: number }[];
  /** Largest contentful paint so far, from navigation start (0: none yet). */
  lcp: number;
  /** Cumulative layout shift so far (shifts right after input excluded). */
  cls: number;
}

const SNAPSHOT_SCRIPT = `({
  now: performance.now(),
  marks: { ...window.__benchProbe.marks },
  longTasks: [...window.__benchProbe.longTasks],
  events: [...window.__benchProbe.events],
  lcp: window.__benchProbe.lcp,
  cls: window.__benchProbe.cls,
  resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd })),
})`;

const snapshot = async (page: Page) => (await page.evaluate(SNAPSHOT_SCRIPT)) as ProbeSnapshot;

/**
 * The page's first mark and its in-page time. It awaits the probe's own promise, so the
 * wait costs the page nothing (no polling) and its round-trip is not part of the figure.
 */
async function waitForMark(page: Page): Promise<{ name: MarkName; at: number }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no mark on ${page.url()} within ${WAIT_MS} ms`)), WAIT_MS);
  });
  try {
    return (await Promise.race([page.evaluate('window.__benchProbe.ready'), timeout])) as {
      name: MarkName;
      at: number;
    };
  } catch (error) {
    // Say what the page showed instead (an error, a spinner), so a failed run explains itself.
    const shown = await page
      .evaluate(`(document.querySelector('main') ?? document.body)?.innerText.slice(0, 300) ?? ''`)
      .catch(() => '');
    const failures = problems.get(page)?.slice(0, 5).join(', ') || 'none';
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}; the page showed: "${String(shown)}"; failures: ${failures}`,
    );
  } finally {
    clearTimeout(timer);
  }
}

/** The time until the case's element is in the DOM; a search without results is a failed run, not a fast one. */
async function waitForShown(page: Page, pageCase: Pick<PageCase, 'path' | 'mark'>): Promise<number> {
  const mark = await waitForMark(page);
  if (mark.name === 'noResults')
    throw new Error(`${pageCase.path} shows no results: choose a query the seed data matches`);
  if (mark.name !== pageCase.mark) throw new Error(`${pageCase.path} showed ${mark.name}, not ${pageCase.mark}`);
  return mark.at;
}

// ── Browser ──────────────────────────────────────────────────────────────────

/** Failed responses and script errors per page, to explain a page that never showed its mark. */
const problems = new WeakMap<Page, string[]>();

async function freshPage(
  browser: Browser,
  rendering: Rendering = 'server',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(
    rendering === 'browser' ? { extraHTTPHeaders: { 'x-render': 'client' } } : {},
  );
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  const seen: string[] = [];
  problems.set(page, seen);
  page.on('pageerror', (error) => seen.push(`script error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) seen.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return { context, page };
}

/** Builds the web app as users get it (production mode), so the figures are of the current code. */
export async function buildWebApp(repoRoot: string): Promise<void> {
  const child = spawn('npm', ['run', 'build:web'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`npm run build:web exited with ${code}:\n${output.slice(-2000)}`);
}

// ── Initial JavaScript ───────────────────────────────────────────────────────

export interface JsFile {
  path: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface InitialJs {
  page: string;
  rendering: Rendering;
  files: number;
  rawBytes: number;
  /** Each body gzipped on its own by node:zlib at level 9 ("gzip -9"). */
  gzipBytes: number;
  list: JsFile[];
  /**
   * Every script the browser asked for before the page's load event: what loads with the page,
   * the budget's "initial JavaScript". A served page's app scripts come after it (load-app.js).
   */
  withPage: JsTotal;
  /**
   * Every script the page loaded until the network was idle after it showed: what it takes to
   * become interactive (hydrated), though no longer in the way of the page.
   */
  untilInteractive: JsTotal;
}

export interface JsTotal {
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

const total = (files: JsFile[]): JsTotal => ({
  files: files.length,
  rawBytes: files.reduce((sum, f) => sum + f.rawBytes, 0),
  gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
});

const isJavaScript = (response: Response) =>
  response.request().resourceType() === 'script' || /javascript/.test(response.headers()['content-type'] ?? '');

/**
 * Every JavaScript file the browser asked for before `ready` was in the DOM, in a fresh
 * context (empty cache). "Before" is judged by the page's own resource timing, so a chunk
 * fetched after the first results (a lazy route, a prefetch) does not count.
 */
async function measureInitialJs(
  browser: Browser,
  origin: string,
  path: string,
  ready: MarkName,
  rendering: Rendering,
): Promise<InitialJs> {
  const { context, page } = await freshPage(browser, rendering);
  try {
    const bodies = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (isJavaScript(response)) bodies.set(response.url(), response.body());
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
    const mark = await waitForMark(page);
    if (mark.name !== ready) throw new Error(`${path} did not show ${MARKS[ready]}`);
    const { resources } = await snapshot(page);
    const needed = new Set(resources.filter((r) => r.start <= mark.at).map((r) => r.name));
    await page.waitForLoadState('networkidle');
    const withPage = (await page.evaluate(`(() => {
      const load = performance.getEntriesByType('navigation')[0].loadEventStart;
      return performance.getEntriesByType('resource').filter((r) => r.startTime < load).map((r) => r.name);
    })()`)) as string[];
    const all: (JsFile & { url: string })[] = [];
    for (const [url, body] of bodies) {
      const raw = await body;
      all.push({
        url,
        path: new URL(url).pathname,
        rawBytes: raw.length,
        gzipBytes: gzipSync(raw, { level: 9 }).length,
      });
    }
    const list: JsFile[] = all
      .filter((f) => needed.has(f.url))
      .map(({ path: file, rawBytes, gzipBytes }) => ({ path: file, rawBytes, gzipBytes }));
    list.sort((a, b) => b.gzipBytes - a.gzipBytes);
    const loadedWithPage = new Set(withPage);
    return {
      page: path,
      rendering,
      withPage: total(all.filter((f) => loadedWithPage.has(f.url))),
      untilInteractive: total(all),
      files: list.length,
      rawBytes: list.reduce((sum, f) => sum + f.rawBytes, 0),
      gzipBytes: list.reduce((sum, f) => sum + f.gzipBytes, 0),
      list,
    };
  } finally {
    await context.close();
  }
}

// ── Bytes per page view ──────────────────────────────────────────────────────

/** What one view of a page moved over the wire, and what it would have without compression and validators. */
export interface ViewBytes {
  requests: number;
  /** Headers and bodies as transferred (compressed, 304s without a body). */
  transferred: number;
  /**
   * The same requests before issue 19: the built files compressed as now (they always were),
   * every answer the server generates (the page, the API) sent whole and uncompressed.
   */
  before: number;
}

export interface PageViewBytes {
  path: string;
  /** An empty cache. */
  first: ViewBytes;
  /** The same page opened again in the same browser: the page revalidated, the built files cached. */
  repeat: ViewBytes;
}

/** Answers the server makes per request: the page and the API; the rest are built files. */
const isGenerated = (response: Response) => {
  const type = response.request().resourceType();
  return type === 'document' || type === 'fetch' || type === 'xhr';
};

/** One view of `path` in `page` until the network is idle: bytes as sent, and as they were before. */
async function viewBytes(
  page: Page,
  origin: string,
  path: string,
  wholeSizes: Map<string, number>,
): Promise<ViewBytes> {
  const measured: Promise<{ transferred: number; before: number }>[] = [];
  const onResponse = (response: Response) => {
    measured.push(
      (async () => {
        const sizes = await response.request().sizes();
        const transferred = sizes.responseHeadersSize + sizes.responseBodySize;
        if (!isGenerated(response)) return { transferred, before: transferred };
        // Without validators an answer came whole every time: its size as first seen.
        const body = response.status() === 304 ? undefined : await response.body().catch(() => undefined);
        if (body) wholeSizes.set(response.url(), body.length);
        return { transferred, before: sizes.responseHeadersSize + (wholeSizes.get(response.url()) ?? 0) };
      })(),
    );
  };
  page.on('response', onResponse);
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  const all = await Promise.all(measured);
  return {
    requests: all.length,
    transferred: all.reduce((sum, one) => sum + one.transferred, 0),
    before: all.reduce((sum, one) => sum + one.before, 0),
  };
}

/** Bytes of a view of `path` with an empty cache, then of a second view in the same browser. */
async function measurePageViewBytes(browser: Browser, origin: string, path: string): Promise<PageViewBytes> {
  const { context, page } = await freshPage(browser);
  try {
    const wholeSizes = new Map<string, number>();
    const first = await viewBytes(page, origin, path, wholeSizes);
    // A page may be kept 0 s by a browser (max-age=0): it asks again, with the ETag it has.
    const repeat = await viewBytes(page, origin, path, wholeSizes);
    return { path, first, repeat };
  } finally {
    await context.close();
  }
}

/** The address of the first vacancy the search page links to, as a job seeker would open it. */
async function firstVacancyPath(browser: Browser, origin: string): Promise<string> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await waitForShown(page, { path: '/', mark: 'results' });
    const href = await page.locator('ol.results li a').first().getAttribute('href');
    if (!href) throw new Error('the first result has no link');
    return href;
  } finally {
    await context.close();
  }
}

// ── First results visible ────────────────────────────────────────────────────

export interface VisibleCase {
  name: string;
  path: string;
  rendering: Rendering;
  /** cold: a fresh context per run (empty cache); warm: one context, reloaded. */
  cache: 'cold' | 'warm';
  /** Navigation start → the first result (or the vacancy's heading) in the DOM, per run. */
  samplesMs: number[];
  /** Navigation start → the last API answer the page had before its first result, per run. */
  apiDoneMs: number[];
  /** Navigation start → the document's first byte, per run: how long the server took to answer. */
  firstByteMs: number[];
  /** The server's Server-Timing per run: the page's data (its API requests), and rendering it. */
  serverDataMs: number[];
  serverRenderMs: number[];
  /** Per run, the API requests the server made for the page: "path (search cache verdict) ms". */
  serverApi: string[][];
  /** Largest contentful paint, per run, once the page's scripts were loaded and the network idle. */
  lcpMs: number[];
  /** Cumulative layout shift up to then, per run: what the arriving scripts moved. */
  cls: number[];
  p50: number;
  p95: number;
  max: number;
  lcpP95: number;
  clsMax: number;
}

interface PageCase {
  name: string;
  path: string;
  mark: MarkName;
}

interface VisibleRun {
  visible: number;
  apiDone: number;
  lcp: number;
  cls: number;
  /** Navigation start → the document's first byte: the server's part of the wait. */
  firstByte: number;
  /** The server's own account (Server-Timing): loading the page's data, rendering it. 0 when not rendered. */
  server: { data: number; render: number; api: string[] };
}

/** Reads one run's figures: the first result, then LCP and CLS once the scripts have arrived. */
async function visibleRun(page: Page, pageCase: PageCase): Promise<VisibleRun> {
  const visible = await waitForShown(page, pageCase);
  await page.waitForLoadState('networkidle');
  const { resources, lcp, cls } = await snapshot(page);
  const api = resources.filter((r) => new URL(r.name).pathname.startsWith('/api/') && r.start <= visible);
  const { firstByte, serverData, serverRender, serverApi } = (await page.evaluate(`(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const timings = navigation?.serverTiming ?? [];
    const timing = (name) => timings.find((t) => t.name === name)?.duration ?? 0;
    return {
      firstByte: navigation?.responseStart ?? 0,
      serverData: timing('data'),
      serverRender: timing('render'),
      serverApi: timings.filter((t) => t.name === 'api').map((t) => t.description + ' ' + t.duration.toFixed(1)),
    };
  })()`)) as { firstByte: number; serverData: number; serverRender: number; serverApi: string[] };
  return {
    visible,
    apiDone: Math.max(0, ...api.map((r) => r.end)),
    lcp,
    cls,
    firstByte,
    server: { data: serverData, render: serverRender, api: serverApi },
  };
}

function visibleCase(
  pageCase: PageCase,
  rendering: Rendering,
  cache: VisibleCase['cache'],
  runs: VisibleRun[],
): VisibleCase {
  const sorted = runs.map((r) => r.visible).sort((a, b) => a - b);
  const lcps = runs.map((r) => r.lcp).sort((a, b) => a - b);
  return {
    name: pageCase.name,
    path: pageCase.path,
    rendering,
    cache,
    samplesMs: runs.map((r) => round1(r.visible)),
    apiDoneMs: runs.map((r) => round1(r.apiDone)),
    firstByteMs: runs.map((r) => round1(r.firstByte)),
    serverDataMs: runs.map((r) => round1(r.server.data)),
    serverRenderMs: runs.map((r) => round1(r.server.render)),
    serverApi: runs.map((r) => r.server.api),
    lcpMs: runs.map((r) => round1(r.lcp)),
    cls: runs.map((r) => Math.round(r.cls * 10_000) / 10_000),
    p50: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    max: round1(sorted.at(-1) ?? 0),
    lcpP95: round1(percentile(lcps, 95)),
    clsMax: Math.round(Math.max(0, ...runs.map((r) => r.cls)) * 10_000) / 10_000,
  };
}

/**
 * Cold means the browser's cache: each run in a fresh context. The portal has served the page
 * once before (a visit not counted), as a portal in use has: otherwise whichever rendering is
 * measured first would pay alone for the search engine's first answer, which the portal then
 * keeps for both (server/src/vacancies/search-cache.ts).
 */
async function measureCold(browser: Browser, origin: string, pageCase: PageCase, rendering: Rendering, runs: number) {
  const warmUp = await freshPage(browser, rendering);
  try {
    await warmUp.page.goto(`${origin}${pageCase.path}`, { waitUntil: 'commit' });
    await waitForShown(warmUp.page, pageCase);
  } finally {
    await warmUp.context.close();
  }
  const results: VisibleRun[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await freshPage(browser, rendering);
    try {
      await page.goto(`${origin}${pageCase.path}`, { waitUntil: 'commit' });
      results.push(await visibleRun(page, pageCase));
    } finally {
      await context.close();
    }
  }
  return visibleCase(pageCase, rendering, 'cold', results);
}

/** One visit fills the cache (not counted); each reload is then a returning visitor. */
async function measureWarm(browser: Browser, origin: string, pageCase: PageCase, rendering: Rendering, runs: number) {
  const { context, page } = await freshPage(browser, rendering);
  try {
    await page.goto(`${origin}${pageCase.path}`, { waitUntil: 'commit' });
    await waitForShown(page, pageCase);
    await page.waitForLoadState('networkidle');
    const results: VisibleRun[] = [];
    for (let i = 0; i < runs; i++) {
      await page.reload({ waitUntil: 'commit' });
      results.push(await visibleRun(page, pageCase));
    }
    return visibleCase(pageCase, rendering, 'warm', results);
  } finally {
    await context.close();
  }
}

// ── Typing ───────────────────────────────────────────────────────────────────

export interface TypingPass {
  longTasksMs: number[];
  /** Keyboard and input events of ≥ 16 ms (the Event Timing API's lowest threshold). */
  keyEvents: { name: string; inputDelayMs: number; processingMs: number; durationMs: number }[];
  /** What the box held after the last key: the typed text unless a key was lost (or the box rewrote it). */
  boxValue: string;
}

export interface TypingResult {
  text: string;
  keyDelayMs: number;
  passes: TypingPass[];
  maxLongTaskMs: number;
  /** Over all passes. */
  longTasksOver50: number;
  maxInputDelayMs: number;
  maxProcessingMs: number;
  maxEventDurationMs: number;
}

const KEYBOARD_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input']);

/**
 * Types into the search box of a loaded, idle page and keeps what the main thread did from
 * the first key until the page settled after the last. It only observes, so it holds
 * whatever the box does (plain field, suggestions as you type, search as you type).
 */
async function typingPass(browser: Browser, origin: string): Promise<TypingPass> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await waitForShown(page, { path: '/', mark: 'results' });
    await page.waitForLoadState('networkidle'); // typing, not loading, is measured
    const box = page.locator('#search-q');
    await box.focus();
    const started = (await page.evaluate('performance.now()')) as number;
    await box.pressSequentially(TYPED_TEXT, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(SETTLE_MS);
    const { longTasks, events } = await snapshot(page);
    return {
      longTasksMs: longTasks.filter((t) => t.start >= started).map((t) => round1(t.duration)),
      keyEvents: events
        .filter((e) => e.start >= started && KEYBOARD_EVENTS.has(e.name))
        .map((e) => ({
          name: e.name,
          inputDelayMs: round1(e.processingStart - e.start),
          processingMs: round1(e.processingEnd - e.processingStart),
          durationMs: e.duration,
        })),
      boxValue: await box.inputValue(),
    };
  } finally {
    await context.close();
  }
}

function typingResult(passes: TypingPass[]): TypingResult {
  const longTasks = passes.flatMap((p) => p.longTasksMs);
  const events = passes.flatMap((p) => p.keyEvents);
  const max = (values: number[]) => Math.max(0, ...values);
  return {
    text: TYPED_TEXT,
    keyDelayMs: KEY_DELAY_MS,
    passes,
    maxLongTaskMs: max(longTasks),
    longTasksOver50: longTasks.filter((d) => d > 50).length,
    maxInputDelayMs: max(events.map((e) => e.inputDelayMs)),
    maxProcessingMs: max(events.map((e) => e.processingMs)),
    maxEventDurationMs: max(events.map((e) => e.durationMs)),
  };
}

// ── The phase ────────────────────────────────────────────────────────────────

export interface WebMeasured {
  chromium: string;
  /** The machine's 1-minute load average when the phase began: others' work skews browser figures. */
  loadAverage: number;
  runs: number;
  initialJs: InitialJs[];
  firstResults: VisibleCase[];
  typing: TypingResult;
  /** The search pages (SEARCH_CASES), each viewed twice. */
  pageViewBytes: PageViewBytes[];
}

/** `notMeasured` says why nothing was measured (no Chromium, a failed build or a failed run). */
export type WebResult = WebMeasured | { notMeasured: string };

/** What the phase needs before the portal starts: a Chromium and a fresh build (and when it was made). */
export type WebSetup = { chromiumPath: string; indexHtml: string; builtAt: number } | { notMeasured: string };

/** When web/dist was last written: the build's index.html is written last. */
const builtAt = (indexHtml: string) => statSync(indexHtml, { throwIfNoEntry: false })?.mtimeMs ?? 0;

const shout = (log: (message: string) => void, message: string) => log(`\n!!! WEB PHASE SKIPPED: ${message} !!!\n`);

/**
 * Finds Chromium and builds the web app. Runs before the portal starts, because the portal
 * reads web/dist once at start. A missing browser or a failed build skips only this phase.
 */
export async function prepareWebPhase(repoRoot: string, log: (message: string) => void): Promise<WebSetup> {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    shout(log, 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
    return { notMeasured: 'skipped: no Chromium' };
  }
  const started = performance.now();
  try {
    await buildWebApp(repoRoot);
  } catch (error) {
    shout(log, `the web app did not build: ${error instanceof Error ? error.message : String(error)}`);
    return { notMeasured: 'skipped: the web app did not build' };
  }
  log(`built the web app (production) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const indexHtml = join(repoRoot, 'web', 'dist', 'index.html');
  return { chromiumPath, indexHtml, builtAt: builtAt(indexHtml) };
}

/** Runs every web measurement against the portal at `origin`, `runs` times per timed case. */
export async function runWebPhase(
  setup: WebSetup,
  origin: string,
  runs: number,
  log: (message: string) => void,
): Promise<WebResult> {
  if ('notMeasured' in setup) return setup;
  const browser = await chromium.launch({
    executablePath: setup.chromiumPath,
    headless: true,
    args: [...chromiumArgs],
  });
  try {
    const loadAverage = round1(os.loadavg()[0]!);
    const vacancyPath = await firstVacancyPath(browser, origin);
    const initialJs: InitialJs[] = [];
    for (const rendering of RENDERINGS) {
      initialJs.push(await measureInitialJs(browser, origin, '/', 'results', rendering));
      initialJs.push(await measureInitialJs(browser, origin, vacancyPath, 'vacancy', rendering));
    }
    const [search] = initialJs as [InitialJs];
    log(
      `initial JavaScript (search, served): ${kb(search.withPage.gzipBytes)} KB gzip -9 with the page (${search.withPage.files} files), ${kb(search.gzipBytes)} KB before the first result; ${kb(search.untilInteractive.gzipBytes)} KB until interactive`,
    );
    const cases = [...SEARCH_CASES, { name: 'vacancy', path: vacancyPath, mark: 'vacancy' as const }];
    const firstResults: VisibleCase[] = [];
    for (const pageCase of cases) {
      for (const rendering of RENDERINGS) {
        firstResults.push(await measureCold(browser, origin, pageCase, rendering, runs));
        firstResults.push(await measureWarm(browser, origin, pageCase, rendering, runs));
        const [cold, warm] = firstResults.slice(-2) as [VisibleCase, VisibleCase];
        log(
          `first results (${pageCase.name}, rendered by the ${rendering}): cold p95 ${cold.p95} ms, warm p95 ${warm.p95} ms, LCP p95 ${cold.lcpP95} ms, CLS max ${cold.clsMax}`,
        );
      }
    }
    const passes: TypingPass[] = [];
    for (let i = 0; i < TYPING_PASSES; i++) passes.push(await typingPass(browser, origin));
    const typing = typingResult(passes);
    log(
      `typing: longest task ${typing.maxLongTaskMs} ms (${typing.longTasksOver50} > 50 ms), max input delay ${typing.maxInputDelayMs} ms`,
    );
    const pageViewBytes: PageViewBytes[] = [];
    for (const pageCase of SEARCH_CASES) {
      const bytes = await measurePageViewBytes(browser, origin, pageCase.path);
      pageViewBytes.push(bytes);
      log(
        `bytes per page view (${pageCase.name}): ${kb(bytes.first.transferred)} KB (before: ${kb(bytes.first.before)} KB); again: ${kb(bytes.repeat.transferred)} KB (before: ${kb(bytes.repeat.before)} KB)`,
      );
    }
    return { chromium: browser.version(), loadAverage, runs, initialJs, firstResults, typing, pageViewBytes };
  } catch (error) {
    let message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    // The portal serves web/dist as it found it at start; a build by anyone else (a test
    // run's global setup) replaces the files under it, and the pages break mid-run.
    if (builtAt(setup.indexHtml) !== setup.builtAt)
      message +=
        ' (web/dist was rebuilt by something else during the run: run the bench while nothing builds the web app)';
    log(`\n!!! WEB PHASE FAILED: ${message} !!!\n`);
    return { notMeasured: `failed: ${message}` };
  } finally {
    await browser.close();
  }
}

// ── Reporting ────────────────────────────────────────────────────────────────

const met = (ok: boolean) => (ok ? 'yes' : 'no');

/** A case's figures: by name, rendering and cache. */
const caseOf = (result: WebMeasured, name: string, rendering: Rendering, cache: VisibleCase['cache']) =>
  result.firstResults.find((c) => c.name === name && c.rendering === rendering && c.cache === cache)!;

/** The summary's short names for the cases. */
const SUMMARY_NAMES: Record<string, string> = { home: 'home', 'search + filter': 'search', vacancy: 'vacancy' };

/**
 * The headline figures, flat, for latest.json next to the other phases' keys. The served page
 * (rendered by the server) under the plain names, the browser-only path under `.csr`.
 */
export function webSummary(result: WebResult): Record<string, number | string> {
  if ('notMeasured' in result) return { 'web.notMeasured': result.notMeasured };
  const served = result.initialJs.find((js) => js.rendering === 'server' && js.page === '/')!;
  const browserOnly = result.initialJs.find((js) => js.rendering === 'browser' && js.page === '/')!;
  const summary: Record<string, number | string> = {
    // What the served page loads with it (before its load event); the app's scripts that come
    // after it, until it is interactive, and those requested before the first result, beside it.
    'web.initialJs.gzipBytes': served.withPage.gzipBytes,
    'web.initialJs.rawBytes': served.withPage.rawBytes,
    'web.initialJs.untilInteractive.gzipBytes': served.untilInteractive.gzipBytes,
    'web.initialJs.beforeFirstResult.gzipBytes': served.gzipBytes,
    'web.initialJs.csr.gzipBytes': browserOnly.withPage.gzipBytes,
  };
  for (const [name, key] of Object.entries(SUMMARY_NAMES)) {
    for (const cache of ['cold', 'warm'] as const) {
      const server = caseOf(result, name, 'server', cache);
      const browser = caseOf(result, name, 'browser', cache);
      summary[`web.firstResults.${key}.${cache}.p95`] = server.p95;
      summary[`web.firstResults.${key}.${cache}.csr.p95`] = browser.p95;
      summary[`web.lcp.${key}.${cache}.p95`] = server.lcpP95;
      summary[`web.lcp.${key}.${cache}.csr.p95`] = browser.lcpP95;
    }
  }
  const cls = (rendering: Rendering) =>
    Math.max(0, ...result.firstResults.filter((c) => c.rendering === rendering).map((c) => c.clsMax));
  summary['web.cls'] = cls('server');
  summary['web.cls.csr'] = cls('browser');
  for (const [index, bytes] of result.pageViewBytes.entries()) {
    const key = SUMMARY_NAMES[SEARCH_CASES[index]!.name]!;
    for (const view of ['first', 'repeat'] as const) {
      summary[`web.bytesPerView.${key}.${view}`] = bytes[view].transferred;
      summary[`web.bytesPerView.${key}.${view}.before`] = bytes[view].before;
    }
  }
  summary['web.typing.maxLongTaskMs'] = result.typing.maxLongTaskMs;
  summary['web.typing.maxInputDelayMs'] = result.typing.maxInputDelayMs;
  return summary;
}

/** The markdown section: every figure next to its budget. */
export function webReport(result: WebResult, dataSize: number): string[] {
  const heading = `## Web: the job seeker's pages against their budget (${dataSize.toLocaleString('en')} vacancies indexed)`;
  if ('notMeasured' in result) return [heading, '', result.notMeasured, ''];
  const { typing } = result;
  const jsRows = result.initialJs.map(
    (js) =>
      `| ${js.page === '/' ? 'search page' : 'vacancy page'} \`${js.page}\` | ${js.rendering} | ${js.withPage.files} files, ${kb(js.withPage.rawBytes)} KB | ${kb(js.withPage.gzipBytes)} KB | ≤ ${kb(WEB_BUDGET.initialJsGzipBytes)} KB | ${met(js.withPage.gzipBytes <= WEB_BUDGET.initialJsGzipBytes)} | ${js.files} files, ${kb(js.gzipBytes)} KB | ${js.untilInteractive.files} files, ${kb(js.untilInteractive.gzipBytes)} KB |`,
  );
  const visibleRows = result.firstResults
    .filter((c) => c.rendering === 'server')
    .map((served) => {
      const alone = caseOf(result, served.name, 'browser', served.cache);
      const ratio = alone.p95 > 0 ? Math.round((served.p95 / alone.p95) * 100) / 100 : 0;
      const apiDone = percentile(
        alone.apiDoneMs.toSorted((a, b) => a - b),
        50,
      );
      const ok =
        served.p95 <= WEB_BUDGET.firstResultsMs &&
        (served.cache === 'warm' || ratio <= WEB_BUDGET.servedToBrowserRatio) &&
        served.clsMax < WEB_BUDGET.cls;
      return `| ${served.name} \`${served.path}\` | ${served.cache} | ${served.p50} / ${served.p95} / ${served.max} ms | ${alone.p50} / ${alone.p95} / ${alone.max} ms (API done ${apiDone} ms) | ${ratio} | ${served.lcpP95} / ${alone.lcpP95} ms | ${served.clsMax} / ${alone.clsMax} | ${met(ok)} |`;
    });
  const intact = typing.passes.filter((p) => p.boxValue === typing.text).length;
  return [
    heading,
    '',
    `Chromium ${result.chromium}, headless, on loopback; load average ${result.loadAverage} when the phase began. ` +
      'Times are taken inside the page, from navigation start.',
    '',
    '### Initial JavaScript: every script requested before the page’s load event, empty cache',
    '',
    'A page rendered by the server works before any script runs, and loads the app’s scripts after it has loaded (or at the first key, tap or focus: web/public/load-app.js); the browser alone needs them all before it shows anything. Beside it, gzip -9 too: what was requested before the first result (or the vacancy) was in the DOM, and every script until the network was idle (hydrated, interactive).',
    '',
    '| page | rendered by | with the page (raw) | gzip -9 | budget | met | before the first result | until interactive |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...jsRows,
    '',
    `### First results visible: navigation start → first \`ol.results li\` (the vacancy: its \`h1\`) in the DOM (${result.runs} runs each), served vs. rendered by the browser alone in the same run`,
    '',
    `Budget: served p95 ≤ ${WEB_BUDGET.firstResultsMs} ms; cold, at most ${WEB_BUDGET.servedToBrowserRatio}× the browser-only p95; CLS < ${WEB_BUDGET.cls}. LCP and CLS are read once the scripts have arrived and the network is idle.`,
    '',
    '| case | cache | served p50 / p95 / max | browser only p50 / p95 / max | ratio (p95) | LCP p95 served / browser only | CLS max served / browser only | met |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...visibleRows,
    '',
    '### Bytes per search page view: everything the browser fetched until the network was idle, headers included',
    '',
    'Before: the same requests as the server answered them before issue 19 — the built scripts and styles compressed as now, the page and every API answer whole and uncompressed, and no validators, so a second view fetched them whole again. Now: generated answers compressed (brotli, as Chromium accepts it), and a second view revalidates the page with its ETag (304 when unchanged).',
    '',
    '| page | first view, empty cache: now / before | second view, same browser: now / before | requests (first / second) |',
    '| --- | --- | --- | --- |',
    ...result.pageViewBytes.map(
      (bytes) =>
        `| \`${bytes.path}\` | ${kb(bytes.first.transferred)} / ${kb(bytes.first.before)} KB | ${kb(bytes.repeat.transferred)} / ${kb(bytes.repeat.before)} KB | ${bytes.first.requests} / ${bytes.repeat.requests} |`,
    ),
    '',
    `### Typing: "${typing.text}" into \`#search-q\`, ${typing.keyDelayMs} ms between keys (${typing.passes.length} passes, each in a fresh page; worst shown)`,
    '',
    '| measure | value | budget | met |',
    '| --- | --- | --- | --- |',
    `| longest task while typing | ${typing.maxLongTaskMs} ms | ≤ ${WEB_BUDGET.blockingMs} ms (no long task) | ${met(typing.longTasksOver50 === 0)} |`,
    `| long tasks > 50 ms | ${typing.longTasksOver50} | 0 | ${met(typing.longTasksOver50 === 0)} |`,
    `| max key event input delay | ${typing.maxInputDelayMs} ms | ≤ ${WEB_BUDGET.blockingMs} ms | ${met(typing.maxInputDelayMs <= WEB_BUDGET.blockingMs)} |`,
    `| max key event processing / duration | ${typing.maxProcessingMs} / ${typing.maxEventDurationMs} ms | — | — |`,
    `| typed text arrived intact | ${intact} of ${typing.passes.length} passes | all | ${met(intact === typing.passes.length)} |`,
    '',
    'Key events are those the Event Timing API reports (≥ 16 ms); 0 means none reached 16 ms.',
    '',
  ];
}
