/**
 * `npm run bench [-- --quick] [-- --web-only | --figures-only | --alerts-only | --relevance-only]`: the benchmark harness. Performance claims come
 * from here, with figures side by side, never from timed assertions in tests.
 *
 * On real PostgreSQL and Meilisearch (embedded unless DATABASE_URL / MEILI_URL are set) it
 * seeds the deterministic demo data (100k vacancies, or 10k with --quick) and measures:
 * - the same realistic query mix at 1, 8 and 32 concurrent clients, three ways: through our
 *   API, straight to Meilisearch (the floor), and as a plain Postgres full-text search (the
 *   same API with the search engine unreachable: what a simple portal would do);
 * - freshness: from a publish's 2xx until the portal's search finds the vacancy, and until the
 *   engine's index holds it, under write load;
 * - a full zero-downtime reindex, and a 10,000-vacancy bulk import until searchable;
 * - the figures for a year: the coordinator's cockpit, the cost split and a member's dashboard
 *   over a year of daily counters (`figures.ts`);
 * - alerts: 100k instant alerts and a burst of 1,000 publications matched and queued (`alerts.ts`);
 * - the job seeker's search page in Chromium against its budget (`web.ts`): initial
 *   JavaScript, time to first results (cold and warm), and whether typing blocks input. It
 *   runs first, right after the reindex, while nothing else is going on, on a fresh production build.
 * Everything runs on loopback, bounded in requests and time. Results go to
 * bench/results/latest.json and bench/results/latest.md. `--web-only` still seeds and
 * reindexes, then runs only the web phase and writes bench/results/web-latest.{json,md};
 * `--relevance-only` likewise the relevance set (tests/bench/relevance.ts) into relevance-latest;
 * `--writes-only` the freshness under write load and the bulk import into writes-latest;
 * `--search-only` the search load (API, engine, Postgres) and the rush into search-latest.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { eq } from 'drizzle-orm';
import {
  createDb,
  ensureDatabase,
  freePort,
  municipalityByCode,
  municipalityByName,
  organisations,
  postcodeArea,
  runMigrations,
  startEmbeddedPostgres,
  withDatabase,
} from '@samenwerven/db';
import { demoOrganisations, generateVacancies, seedDemo } from '@samenwerven/db/seed';
import {
  buildMultiSearch,
  createSearchClient,
  defaultSynonymGroups,
  ensureVacancyIndex,
  loadIndexableVacancies,
  reindexVacancies,
  startEmbeddedMeilisearch,
  toSearchDocument,
  type VacancySearchParams,
} from '@samenwerven/search';
import { hashPassword } from '@samenwerven/server';
import { percentile } from './stats.ts';
import { cpuBetween, cpuByProgram } from './cpu.ts';
import { prepareWebPhase, runWebPhase, webReport, webSummary, type WebResult } from './web.ts';
import { figuresReport, figuresSummary, measureFigures, prepareFigures } from './figures.ts';
import { alertsReport, alertsSummary, measureAlerts } from './alerts.ts';
import { measureRelevance, relevanceReport, relevanceSummary, type RelevanceResult } from './relevance.ts';
import { measureRush, rushReport, rushSummary, type RushResult } from './rush.ts';
import { copyVacanciesTable, measureLeanImport, type BulkItem, type LeanImport } from './lean-import.ts';

const quick = process.argv.includes('--quick');
const webOnly = process.argv.includes('--web-only');
const hungOnly = process.argv.includes('--hung-engine');
const figuresOnly = process.argv.includes('--figures-only');
const alertsOnly = process.argv.includes('--alerts-only');
const relevanceOnly = process.argv.includes('--relevance-only');
const writesOnly = process.argv.includes('--writes-only');
const searchOnly = process.argv.includes('--search-only');
/** The alerts phase: 100k instant alerts and a burst of 1,000 publications (10k alerts with --quick). */
const ALERT_SIZES = { alerts: quick ? 10_000 : 100_000, burst: 1000 };
/** Clients of the hung-engine phase: a rush, as in the attack report that asked for it. */
const HUNG_CLIENTS = 100;
const DISTINCT_WORDS = [
  'beleid',
  'jurist',
  'medewerker',
  'adviseur',
  'ict',
  'toezicht',
  'financien',
  'archief',
  'planner',
  'projectleider',
  'handhaving',
  'communicatie',
  'data',
  'inkoop',
  'zorg',
  'water',
  'milieu',
  'secretaris',
  'controller',
  'hr',
];
const DATA_SIZE = quick ? 10_000 : 100_000;
const SECONDS_PER_RUN = quick ? 4 : 8;
const CLIENTS = [1, 8, 32];
const FRESHNESS_SAMPLES = quick ? 20 : 40;
const BULK_SIZE = 10_000;
/** Twenty, so that a p95 is not simply the worst run (the 19th of 20 by nearest rank). */
const WEB_RUNS = quick ? 5 : 20;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const log = (message: string) => process.stdout.write(`[bench] ${message}\n`);

// ── The query mix ────────────────────────────────────────────────────────────

type MixQuery = Omit<VacancySearchParams, 'now' | 'near'> & { near?: string };
const mix: MixQuery[] = [
  { q: 'beleidsadviseur', page: 1, pageSize: 20 },
  { q: 'beleidsmedwerker', page: 1, pageSize: 20 }, // typo
  { q: 'archivris', page: 1, pageSize: 20 }, // typo
  { q: 'ict', category: ['ict'], page: 1, pageSize: 20 },
  { category: ['ict', 'beleid'], educationLevel: ['hbo'], page: 1, pageSize: 20 },
  { employmentType: ['permanent'], hoursMin: 32, salaryMin: 4000, page: 1, pageSize: 20 },
  { near: 'Tilburg', radiusKm: 10, sort: 'distance', page: 1, pageSize: 20 },
  { q: 'jurist', near: '5038', radiusKm: 25, page: 1, pageSize: 20 },
  { sort: 'newest', page: 40, pageSize: 20 }, // deep page
  { q: 'medewerker', region: ['Noord-Brabant'], sort: 'closing', page: 5, pageSize: 20 },
];

function queryString(query: MixQuery): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const v of value) search.append(key, String(v));
    else if (value !== undefined) search.set(key, String(value));
  }
  return `/api/v1/vacancies?${search}`;
}

function meiliParams(query: MixQuery): VacancySearchParams {
  const place = query.near
    ? /^\d{4}$/.test(query.near)
      ? postcodeArea(query.near)
      : (municipalityByCode(query.near) ?? municipalityByName(query.near))
    : undefined;
  return { ...query, near: place, now: new Date() };
}

// ── A closed-loop load generator on loopback ─────────────────────────────────

export interface LoadResult {
  clients: number;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Bytes of the answers' bodies, per request. */
  bodyBytesPerRequest: number;
  /** Answers 304 Not Modified (only when revalidating). */
  notModified: number;
}

/**
 * `clients` workers each send the next request of the mix as soon as the previous answered,
 * for `seconds` (and at most 200,000 requests). Latency is measured per request.
 */
export async function load(
  origin: string,
  clients: number,
  seconds: number,
  next: (i: number) => { path: string; method: 'GET' | 'POST'; body?: string; headers?: Record<string, string> },
  /** Sees each answer's headers (the rush counts the search cache's hits by its Server-Timing). */
  onHeaders?: (headers: Record<string, string | string[] | undefined>) => void,
  /**
   * As a browser or a cache does: each client keeps the ETag of every address it got an answer
   * for, and asks again with `If-None-Match` (a 304 has no body).
   */
  options: { revalidate?: boolean } = {},
): Promise<LoadResult> {
  // No request may outlive the run by much: a slow answer past 20 s counts as an error.
  const agent = new Agent({
    connections: clients,
    keepAliveTimeout: 10_000,
    headersTimeout: 20_000,
    bodyTimeout: 20_000,
  });
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  let bodyBytes = 0;
  let notModified = 0;
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    const etags = new Map<string, string>();
    while (performance.now() < deadline && counter < 200_000) {
      const spec = next(counter++);
      const started = performance.now();
      try {
        const etag = options.revalidate ? etags.get(spec.path) : undefined;
        const response = await request(`${origin}${spec.path}`, {
          method: spec.method,
          body: spec.body,
          headers: { 'content-type': 'application/json', ...spec.headers, ...(etag ? { 'if-none-match': etag } : {}) },
          dispatcher: agent,
        });
        bodyBytes += (await response.body.arrayBuffer()).byteLength;
        if (response.statusCode === 304) notModified++;
        const given = response.headers['etag'];
        if (options.revalidate && typeof given === 'string') etags.set(spec.path, given);
        if (response.statusCode >= 400) errors++;
        else onHeaders?.(response.headers);
      } catch {
        errors++;
      }
      latencies.push(performance.now() - started);
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsed = (performance.now() - began) / 1000;
  await agent.close();
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    clients,
    requests: latencies.length,
    errors,
    rps: round(latencies.length / elapsed),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    bodyBytesPerRequest: latencies.length > 0 ? Math.round(bodyBytes / latencies.length) : 0,
    notModified,
  };
}

// ── The run ──────────────────────────────────────────────────────────────────

/**
 * Starts the portal as its own process, as in production (`server/src/main.ts`), so the
 * load generator does not share its event loop. Returns its origin once it answers.
 */
async function startPortal(env: Record<string, string>, stops: (() => Promise<void>)[]): Promise<string> {
  const port = await freePort();
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      // The alerts phase runs the alerts' job steps itself, timed.
      RUN_ALERTS: 'false',
      // The bench measures search, not the limiter: all its clients come from 127.0.0.1.
      RATE_LIMIT_PER_MINUTE: '100000000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  stops.unshift(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}`);
    const healthy = await fetch(`${origin}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return origin;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the portal did not start');
}

type Db = ReturnType<typeof createDb>;
type SearchClient = ReturnType<typeof createSearchClient>;
/**
 * api: our API with every search asking the engine (SEARCH_CACHE=false): what the API adds to the
 * engine. apiCached: the same API as served, identical searches answered from the cache
 * (server/src/vacancies/search-cache.ts). meili: the engine direct. pgfts: Postgres alone.
 */
type SearchLoad = Record<'api' | 'apiCached' | 'meili' | 'pgfts', LoadResult[]>;

async function main() {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'samenwerven-bench-'));
  const stops: (() => Promise<void>)[] = [() => rm(scratch, { recursive: true, force: true })];
  try {
    log(
      `data size ${DATA_SIZE.toLocaleString('en')}${quick ? ' (quick)' : ''}${webOnly ? ', web phase only' : ''}; machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    );
    // First, because the portal reads web/dist once when it starts.
    // (The figures phase alone needs neither the web app nor a search index.)
    const web =
      figuresOnly || alertsOnly || relevanceOnly || searchOnly ? undefined : await prepareWebPhase(repoRoot, log);
    let serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) {
      const pg = await startEmbeddedPostgres(scratch);
      stops.unshift(pg.stop);
      serverUrl = pg.url;
    }
    let meiliUrl = process.env.MEILI_URL;
    let meiliKey = process.env.MEILI_MASTER_KEY ?? '';
    if (!meiliUrl) {
      const meili = await startEmbeddedMeilisearch(scratch);
      stops.unshift(meili.stop);
      meiliUrl = meili.url;
      meiliKey = meili.masterKey;
    }
    const databaseUrl = withDatabase(serverUrl, `bench_${process.pid}`);
    await ensureDatabase(databaseUrl);
    // Preparing a year of figures writes 3 million counter rows in one statement: longer than the
    // portal's one-minute query timeout on this machine (the full run of 2026-12-02 failed on it).
    const db = createDb(databaseUrl, { max: 20, queryTimeoutMs: 30 * 60_000 });
    stops.unshift(() => db.close());
    await runMigrations(db.db);
    const indexName = `bench_${process.pid}`;
    const client = createSearchClient(meiliUrl, meiliKey);
    stops.unshift(async () => {
      await client
        .deleteIndex(indexName)
        .waitTask()
        .catch(() => undefined);
    });

    let started = performance.now();
    await seedDemo(db.db, { vacancyCount: DATA_SIZE, hashPassword });
    await db.pool.query('TRUNCATE search_outbox');
    // Vacuumed, with statistics for the planner, as a database in use is: autovacuum would do both
    // within a minute or so, in the middle of the first phase — competing for the two cores, and
    // until it has, every read of a fresh row pays for its hint bits (the served home page's
    // member counts took 90–150 ms instead of 25).
    await db.pool.query('VACUUM ANALYZE');
    log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    started = performance.now();
    await ensureVacancyIndex(client, indexName, defaultSynonymGroups);
    const reindexed = figuresOnly
      ? { documents: 0 }
      : await reindexVacancies(db.db, client, indexName, { synonymGroups: defaultSynonymGroups });
    const reindexSeconds = (performance.now() - started) / 1000;
    log(`reindex of ${reindexed.documents} documents: ${reindexSeconds.toFixed(1)} s`);

    const portalEnv = { DATABASE_URL: databaseUrl, MEILI_INDEX: indexName, DATA_DIR: scratch };
    const apiOrigin = await startPortal({ ...portalEnv, MEILI_URL: meiliUrl, MEILI_MASTER_KEY: meiliKey }, stops);

    // The API with every search asking the engine (SEARCH_CACHE=false): compared with the engine
    // direct, and frozen with it (kept answers would hide both).
    const startUncached = () =>
      startPortal(
        { ...portalEnv, MEILI_URL: meiliUrl, MEILI_MASTER_KEY: meiliKey, SEARCH_CACHE: 'false', RUN_WORKERS: 'false' },
        stops,
      );
    if (hungOnly) {
      const hung = await measureHungEngine(await startUncached(), scratch, apiPathsOf());
      const results = { ...hungSummary(hung), ...runInfo(), detail: { hung } };
      await writeResults('hung-latest', results, [...reportHeading(results), ...hungReport(hung)]);
      return;
    }

    const figureIds = async () => {
      const [office] = await db.db.select().from(organisations).where(eq(organisations.isCoordinatingBody, true));
      const [member] = await db.db.select().from(organisations).where(eq(organisations.slug, 'gemeente-tilburg'));
      return { office: office!.id, member: member!.id };
    };
    if (alertsOnly) {
      const alerts = await measureAlerts(db, client, indexName, ALERT_SIZES, log);
      const results = { ...alertsSummary(alerts), ...runInfo(), detail: { alerts } };
      await writeResults('alerts-latest', results, [...reportHeading(results), ...alertsReport(alerts)]);
      return;
    }
    if (relevanceOnly) {
      const relevance = await measureRelevance(apiOrigin, db);
      log(`relevance: ${relevance.queries} queries, recall@5 ${relevance.recallAt5}, nDCG@10 ${relevance.ndcgAt10}`);
      const results = { ...relevanceSummary(relevance), ...runInfo(), detail: { relevance } };
      await writeResults('relevance-latest', results, [...reportHeading(results), ...relevanceReport(relevance)]);
      return;
    }
    if (writesOnly) {
      const [member] = await db.db.select().from(organisations).where(eq(organisations.slug, 'gemeente-tilburg'));
      const freshness = await measureFreshness(apiOrigin, db, client, indexName, member!.id);
      const bulk = await measureBulkImport(apiOrigin, db, client, indexName, member!.id);
      const results = {
        'freshness.p95': freshness.p95,
        'freshness.engineP95': freshness.engineP95,
        'bulkImport.seconds': Math.round(bulk.seconds * 10) / 10,
        'bulkImport.acceptedSeconds': Math.round(bulk.acceptedSeconds * 10) / 10,
        'bulkImport.floorSeconds': Math.round(bulk.floorSeconds * 10) / 10,
        'reindex.seconds': Math.round(reindexSeconds * 10) / 10,
        ...runInfo(),
        detail: {
          freshnessMs: freshness.samplesMs,
          engineFreshnessMs: freshness.engineSamplesMs,
          indexingTask: freshness.indexingTask,
          bulkImport: bulk,
        },
      };
      await writeResults('writes-latest', results, [
        ...reportHeading(results),
        '## Writes: freshness under write load and the bulk import',
        '',
        '| measure | value | target |',
        '| --- | --- | --- |',
        `| freshness p95: publish → found by the portal's search | ${freshness.p95} ms | < 1000 ms |`,
        `| freshness p95: publish → in the engine's index | ${freshness.engineP95} ms | — |`,
        `| Meilisearch indexing task (p50 / p95) | ${freshness.indexingTask.p50} / ${freshness.indexingTask.p95} ms | — |`,
        `| bulk import of 10,000: all answered | ${results['bulkImport.acceptedSeconds']} s | — |`,
        `| bulk import of 10,000 until searchable | ${results['bulkImport.seconds']} s | < 60 s |`,
        `| the floor: the same 10,000 documents to Meilisearch direct | ${results['bulkImport.floorSeconds']} s | — |`,
        ...bulkCpuReport(bulk),
        '',
      ]);
      return;
    }
    if (figuresOnly) {
      const prepared = await prepareFigures(db, log);
      const figures = await measureFigures(apiOrigin, db, await figureIds(), prepared);
      const results = { ...figuresSummary(figures), ...runInfo(), detail: { figures } };
      await writeResults('figures-latest', results, [...reportHeading(results), ...figuresReport(figures)]);
      return;
    }

    if (webOnly) {
      const webResult = await runWebPhase(web!, apiOrigin, WEB_RUNS, log);
      const results = { ...webSummary(webResult), ...runInfo(), detail: { web: webResult } };
      await writeResults('web-latest', results, [...reportHeading(results), ...webReport(webResult, DATA_SIZE)]);
      return;
    }

    // The search page first, while nothing else runs: no load yet, and no query of the
    // Postgres baseline still running after its client gave up.
    const webResult = searchOnly ? undefined : await runWebPhase(web!, apiOrigin, WEB_RUNS, log);
    const relevance: RelevanceResult | { notMeasured: string } = searchOnly
      ? { notMeasured: 'not part of --search-only' }
      : await measureRelevance(apiOrigin, db).catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          log(`\n!!! RELEVANCE PHASE FAILED: ${message} !!!\n`);
          return { notMeasured: `failed: ${message}` };
        });
    if (!('notMeasured' in relevance)) {
      log(`relevance: ${relevance.queries} queries, recall@5 ${relevance.recallAt5}, nDCG@10 ${relevance.ndcgAt10}`);
    }

    // The plain Postgres implementation: the same API with no search engine to reach, and no
    // answer shared or reused (DEGRADED_SHARING=false: the degraded mode's few seconds of reuse
    // would make this a measure of that cache, as it was in runs before 2026-12-03's afternoon).
    const pgOrigin = await startPortal(
      {
        ...portalEnv,
        MEILI_URL: `http://127.0.0.1:${await freePort()}`,
        DEGRADED_SHARING: 'false',
        RUN_WORKERS: 'false',
      },
      stops,
    );
    const uncachedOrigin = await startUncached();
    const { search, apiPaths } = await measureSearchLoad(
      db,
      { cached: apiOrigin, uncached: uncachedOrigin },
      pgOrigin,
      meiliUrl,
      meiliKey,
      indexName,
    );
    // The baseline's abandoned queries would slow the next phases: let them finish first.
    await waitForIdleDatabase(db);
    // A new phase: should it fail, the run goes on and the report says so.
    const rush = await measureRush(
      load,
      db,
      apiOrigin,
      { url: meiliUrl, key: meiliKey, indexName },
      SECONDS_PER_RUN * 2,
      log,
    ).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      log(`\n!!! RUSH PHASE FAILED: ${message} !!!\n`);
      return { notMeasured: `failed: ${message}` } as const;
    });
    if (searchOnly) {
      const results = {
        ...searchSummary(search),
        ...('notMeasured' in rush ? { 'search.rush.notMeasured': rush.notMeasured } : rushSummary(rush)),
        'reindex.seconds': Math.round(reindexSeconds * 10) / 10,
        ...runInfo(),
        detail: { search, mix: apiPaths, rush },
      };
      await writeResults('search-latest', results, [
        ...reportHeading(results),
        ...searchReport(results, search),
        '',
        ...('notMeasured' in rush ? ['## The rush', '', rush.notMeasured, ''] : rushReport(rush)),
      ]);
      return;
    }

    const [member] = await db.db.select().from(organisations).where(eq(organisations.slug, 'gemeente-tilburg'));
    const freshness = await measureFreshness(apiOrigin, db, client, indexName, member!.id);
    const bulk = await measureBulkImport(apiOrigin, db, client, indexName, member!.id);
    const figures = await measureFigures(apiOrigin, db, await figureIds(), await prepareFigures(db, log));
    const alerts = await measureAlerts(db, client, indexName, ALERT_SIZES, log);
    // Last: it freezes the engine, and the Postgres fallback loads the database.
    const hung = process.env.MEILI_URL ? undefined : await measureHungEngine(uncachedOrigin, scratch, apiPaths);

    const results = {
      ...searchSummary(search),
      'freshness.p95': freshness.p95,
      'freshness.engineP95': freshness.engineP95,
      'reindex.seconds': Math.round(reindexSeconds * 10) / 10,
      'bulkImport.seconds': Math.round(bulk.seconds * 10) / 10,
      'bulkImport.floorSeconds': Math.round(bulk.floorSeconds * 10) / 10,
      ...('notMeasured' in rush ? { 'search.rush.notMeasured': rush.notMeasured } : rushSummary(rush)),
      ...('notMeasured' in relevance
        ? { 'relevance.notMeasured': relevance.notMeasured }
        : relevanceSummary(relevance)),
      ...webSummary(webResult!),
      ...figuresSummary(figures),
      ...alertsSummary(alerts),
      ...(hung ? hungSummary(hung) : {}),
      ...runInfo(),
      detail: {
        hung,
        search,
        freshnessSamples: FRESHNESS_SAMPLES,
        freshnessMs: freshness.samplesMs,
        engineFreshnessMs: freshness.engineSamplesMs,
        indexingTask: freshness.indexingTask,
        bulkAccepted: bulk.accepted,
        bulkImport: bulk,
        mix: apiPaths,
        rush,
        relevance,
        web: webResult!,
        figures,
        alerts,
      },
    };
    await writeResults('latest', results, [
      ...report(results, search, rush, webResult!, bulk),
      ...('notMeasured' in relevance ? ['## Relevance', '', relevance.notMeasured, ''] : relevanceReport(relevance)),
      ...figuresReport(figures),
      ...alertsReport(alerts),
      ...(hung ? hungReport(hung) : []),
    ]);
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

/**
 * The Postgres baseline's slowest queries run on after their requests timed out; the web
 * phase waits them out (at most a minute) so that it has the machine to itself.
 */
async function waitForIdleDatabase(db: Db): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE state = 'active' AND pid <> pg_backend_pid() AND datname = current_database()`,
    );
    if (rows[0]!.n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Where and how a run happened: part of every results file. */
function runInfo() {
  return {
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    dataSize: DATA_SIZE,
    quick,
    at: new Date().toISOString(),
  };
}

async function writeResults(name: string, results: object, markdown: string[]): Promise<void> {
  const out = path.join(repoRoot, 'bench', 'results');
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(out, `${name}.md`), markdown.join('\n'));
  log(`wrote bench/results/${name}.json and ${name}.md`);
}

/** The same query mix at each client count: through our API, to Meilisearch direct, and to the Postgres baseline. */
async function measureSearchLoad(
  db: Db,
  apiOrigins: { cached: string; uncached: string },
  pgOrigin: string,
  meiliUrl: string,
  meiliKey: string,
  indexName: string,
): Promise<{ search: SearchLoad; apiPaths: string[] }> {
  const apiPaths = apiPathsOf();
  const meiliBodies = mix.map((q) => JSON.stringify({ queries: buildMultiSearch(indexName, meiliParams(q)) }));
  const auth = { authorization: `Bearer ${meiliKey}` };
  const check = (await (await fetch(`${pgOrigin}${apiPaths[0]}`)).json()) as { degraded: boolean };
  if (!check.degraded) throw new Error('the Postgres baseline did not run degraded');

  const search: SearchLoad = { api: [], apiCached: [], meili: [], pgfts: [] };
  for (const clients of CLIENTS) {
    const apiRequest = (i: number) => ({ method: 'GET' as const, path: apiPaths[i % apiPaths.length]! });
    search.api.push(await load(apiOrigins.uncached, clients, SECONDS_PER_RUN, apiRequest));
    search.apiCached.push(await load(apiOrigins.cached, clients, SECONDS_PER_RUN, apiRequest));
    search.meili.push(
      await load(meiliUrl, clients, SECONDS_PER_RUN, (i) => ({
        method: 'POST',
        path: '/multi-search',
        body: meiliBodies[i % meiliBodies.length]!,
        headers: auth,
      })),
    );
    search.pgfts.push(
      await load(pgOrigin, clients, SECONDS_PER_RUN, (i) => ({
        method: 'GET',
        path: apiPaths[i % apiPaths.length]!,
      })),
    );
    // The next phase measures the API: none of the baseline's work may still run beside it. (Until
    // 2026-12-03 the degraded mode's background refreshes did, for about a second: the API's p99 at
    // 8 clients was about 700 ms in every run, against 160-185 ms with nothing before it.)
    await waitForIdleDatabase(db);
    log(
      `${clients} clients: api p95 ${search.api.at(-1)!.p95} ms (cached ${search.apiCached.at(-1)!.p95} ms), meili p95 ${search.meili.at(-1)!.p95} ms, pgfts p95 ${search.pgfts.at(-1)!.p95} ms`,
    );
  }
  return { search, apiPaths };
}

const apiPathsOf = () => mix.map(queryString);

interface HungEngineResult {
  clients: number;
  healthy: LoadResult;
  hung: LoadResult;
  /** The same, with no two searches alike (nothing to share between them). */
  distinct: LoadResult;
  /** Share of answers during the hang that came from the database (`degraded: true`). */
  degradedShare: number;
  /** Health's time while the engine was frozen, as the client saw it and inside the portal. */
  healthMs: number[];
  healthServerMs: number[];
  /** From SIGCONT until the API answers from the engine again. */
  recoveryMs: number;
}

/**
 * A hung search engine (SIGSTOP of the embedded Meilisearch, as a stuck process or a full
 * disk would look): the same mix with a rush of clients, first with the engine healthy,
 * then frozen; then how long until searches come from the engine again after SIGCONT.
 */
async function measureHungEngine(apiOrigin: string, dataDir: string, apiPaths: string[]): Promise<HungEngineResult> {
  const pid = Number((await readFile(path.join(dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8')).trim());
  const next = (i: number) => ({ method: 'GET' as const, path: apiPaths[i % apiPaths.length]! });
  const healthy = await load(apiOrigin, HUNG_CLIENTS, SECONDS_PER_RUN, next);
  log(`hung engine: healthy ${HUNG_CLIENTS} clients p50 ${healthy.p50} / p95 ${healthy.p95} ms, ${healthy.rps} req/s`);
  process.kill(pid, 'SIGSTOP');
  let degraded = 0;
  let answered = 0;
  const healthMs: number[] = [];
  const healthServerMs: number[] = [];
  let resumedAt = 0;
  try {
    const probe = setInterval(() => {
      const started = performance.now();
      void fetch(`${apiOrigin}/api/v1/health`).then(
        (response) => {
          healthMs.push(Math.round(performance.now() - started));
          const inPortal = /dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1];
          if (inPortal) healthServerMs.push(Math.round(Number(inPortal)));
        },
        () => undefined,
      );
    }, 1000);
    const hung = await load(apiOrigin, HUNG_CLIENTS, SECONDS_PER_RUN, (i) => {
      if (i % 50 === 0) {
        void fetch(`${apiOrigin}${apiPaths[0]}`)
          .then((r) => r.json() as Promise<{ degraded: boolean }>)
          .then(
            (b) => {
              answered++;
              if (b.degraded) degraded++;
            },
            () => undefined,
          );
      }
      return next(i);
    });
    log(`hung engine: frozen ${HUNG_CLIENTS} clients p50 ${hung.p50} / p95 ${hung.p95} ms, ${hung.rps} req/s`);
    // The worst case for the degraded mode: no two searches alike, so none can be shared.
    const distinct = await load(apiOrigin, HUNG_CLIENTS, SECONDS_PER_RUN, (i) => ({
      method: 'GET',
      path: `/api/v1/vacancies?q=${DISTINCT_WORDS[i % DISTINCT_WORDS.length]}&page=${1 + Math.floor(i / DISTINCT_WORDS.length)}`,
    }));
    clearInterval(probe);
    log(
      `hung engine: frozen, every search different: p50 ${distinct.p50} / p95 ${distinct.p95} ms, ${distinct.rps} req/s`,
    );
    process.kill(pid, 'SIGCONT');
    resumedAt = performance.now();
    for (let attempt = 0; attempt < 600; attempt++) {
      const body = (await (await fetch(`${apiOrigin}${apiPaths[0]}`)).json()) as { degraded: boolean };
      if (!body.degraded) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const recoveryMs = Math.round(performance.now() - resumedAt);
    log(`hung engine: answering from the engine again ${recoveryMs} ms after it resumed`);
    return {
      clients: HUNG_CLIENTS,
      healthy,
      hung,
      distinct,
      degradedShare: answered ? Math.round((degraded / answered) * 100) / 100 : 0,
      healthMs,
      healthServerMs,
      recoveryMs,
    };
  } finally {
    if (!resumedAt) process.kill(pid, 'SIGCONT');
  }
}

function hungSummary(hung: HungEngineResult) {
  return {
    'hungEngine.healthy.p95': hung.healthy.p95,
    'hungEngine.hung.p95': hung.hung.p95,
    'hungEngine.hung.rps': hung.hung.rps,
    'hungEngine.distinct.p95': hung.distinct.p95,
    'hungEngine.recoveryMs': hung.recoveryMs,
  };
}

function hungReport(hung: HungEngineResult): string[] {
  const row = (name: string, r: LoadResult) =>
    `| ${name} | ${r.p50} / ${r.p95} / ${r.p99} ms | ${r.rps} req/s | ${r.errors} |`;
  return [
    '',
    `## Search with a hung engine (${hung.clients} clients, Meilisearch frozen with SIGSTOP)`,
    '',
    '| engine | p50 / p95 / p99 | throughput | errors |',
    '| --- | --- | --- | --- |',
    row('healthy', hung.healthy),
    row('hung, the same mix (answers from Postgres after one short timeout)', hung.hung),
    row('hung, every search different (nothing to share)', hung.distinct),
    '',
    `Degraded answers during the hang: ${Math.round(hung.degradedShare * 100)} % of samples. ` +
      `Health while frozen: ${hung.healthMs.length ? `max ${Math.max(...hung.healthMs)} ms over ${hung.healthMs.length} calls as the load generator saw it, max ${Math.max(...hung.healthServerMs)} ms inside the portal (its server-timing)` : 'no samples'}. ` +
      `Searches came from the engine again ${hung.recoveryMs} ms after it resumed.`,
    '',
  ];
}

/**
 * Freshness under write load: from a publish's commit until the portal's search finds the vacancy
 * (what a job seeker sees: the API merges a new vacancy the index does not hold yet, issue 18),
 * and until the engine's index holds it (the portal's own sync worker keeps it in step).
 */
async function measureFreshness(
  apiOrigin: string,
  db: Db,
  client: SearchClient,
  indexName: string,
  memberId: string,
): Promise<{
  samplesMs: number[];
  p95: number;
  engineSamplesMs: number[];
  engineP95: number;
  indexingTask: { p50: number; p95: number; count: number };
}> {
  const tilburg = demoOrganisations().find((o) => o.slug === 'gemeente-tilburg')!;
  const writes = generateVacancies({ count: 2000, organisations: [tilburg], seed: 7 }).map((v) => ({
    ...v,
    id: undefined,
  }));
  let writing = true;
  let written = 0;
  const writer = (async () => {
    // Background load: a steady stream of edits to published vacancies, about 50 a second.
    const ids = (
      await db.pool.query<{ id: string }>(`SELECT id FROM vacancies WHERE state = 'published' LIMIT 500`)
    ).rows.map((r) => r.id);
    while (writing) {
      await db.pool.query(`UPDATE vacancies SET summary = summary || '.', version = version + 1 WHERE id = $1`, [
        ids[written++ % ids.length],
      ]);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const freshness: number[] = [];
  const engineFreshness: number[] = [];
  const foundByApi = async (id: string) => {
    const response = await fetch(`${apiOrigin}/api/v1/vacancies?q=versheid&sort=newest&pageSize=100`);
    const body = (await response.json()) as { hits?: { id: string }[] };
    return (body.hits ?? []).some((hit) => hit.id === id);
  };
  const inEngine = (id: string) =>
    client
      .index(indexName)
      .getDocument(id, { fields: ['id'] })
      .then(
        () => true,
        () => false,
      );
  try {
    for (let i = 0; i < FRESHNESS_SAMPLES; i++) {
      const row = writes[i]!;
      const [{ id }] = (
        await db.pool.query<{ id: string }>(
          `INSERT INTO vacancies (organisation_id, title, summary, description, category_code, education_level, employment_type, hours_min, hours_max, municipality_code, latitude, longitude, closing_date, state)
         VALUES ($1, $2, '', '', $3, $4, $5, $6, $7, $8, $9, $10, $11, 'draft') RETURNING id`,
          [
            memberId,
            `Versheid ${i} ${row.title}`,
            row.categoryCode,
            row.educationLevel,
            row.employmentType,
            row.hoursMin,
            row.hoursMax,
            row.municipalityCode,
            row.latitude,
            row.longitude,
            // Open: a generated closing date may have passed (publish 37 of seed 7 closed on
            // 2026-12-01), and a closed vacancy is never found: the wait ran out at 46 s.
            '2099-01-01',
          ],
        )
      ).rows as [{ id: string }];
      // The publish commits (its 2xx), then we watch the search engine for the vacancy.
      const publishedAt = performance.now();
      await db.pool.query(
        `UPDATE vacancies SET state = 'published', published_at = now(), version = version + 1 WHERE id = $1`,
        [id],
      );
      let apiAt: number | undefined;
      let engineAt: number | undefined;
      for (let attempt = 0; attempt < 2000 && (apiAt === undefined || engineAt === undefined); attempt++) {
        if (apiAt === undefined && (await foundByApi(id))) apiAt = performance.now();
        if (engineAt === undefined && (await inEngine(id))) engineAt = performance.now();
        await new Promise((r) => setTimeout(r, 5));
      }
      freshness.push((apiAt ?? performance.now()) - publishedAt);
      engineFreshness.push((engineAt ?? performance.now()) - publishedAt);
    }
  } finally {
    writing = false;
    await writer;
  }
  freshness.sort((a, b) => a - b);
  engineFreshness.sort((a, b) => a - b);
  const freshnessP95 = Math.round(percentile(freshness, 95));
  const engineP95 = Math.round(percentile(engineFreshness, 95));
  // Where the time goes: how long Meilisearch took per indexing task during that phase.
  const tasks = await client.tasks.getTasks({
    indexUids: [indexName],
    types: ['documentAdditionOrUpdate'],
    statuses: ['succeeded'],
    limit: 200,
  });
  const taskMs = tasks.results
    .map((t) => {
      const m = /PT(?:(\d+)M)?([\d.]+)S/.exec(t.duration ?? '');
      return m ? (Number(m[1] ?? 0) * 60 + Number(m[2])) * 1000 : 0;
    })
    .sort((a, b) => a - b);
  const indexingTask = {
    p50: Math.round(percentile(taskMs, 50)),
    p95: Math.round(percentile(taskMs, 95)),
    count: taskMs.length,
  };
  log(`meilisearch indexing task p50 ${indexingTask.p50} ms, p95 ${indexingTask.p95} ms (${indexingTask.count} tasks)`);
  log(
    `freshness p95 ${freshnessP95} ms found by the portal's search, ${engineP95} ms in the engine's index (${FRESHNESS_SAMPLES} publishes, ${written} concurrent edits)`,
  );
  return {
    samplesMs: freshness.map(Math.round),
    p95: freshnessP95,
    engineSamplesMs: engineFreshness.map(Math.round),
    engineP95,
    indexingTask,
  };
}

/** Bulk import: 10,000 vacancies through the ATS bulk endpoint, until all are searchable. */
async function measureBulkImport(
  apiOrigin: string,
  db: Db,
  client: SearchClient,
  indexName: string,
  memberId: string,
): Promise<BulkImport> {
  const tilburg = demoOrganisations().find((o) => o.slug === 'gemeente-tilburg')!;
  const apiKey = await createBulkKey(apiOrigin, db, memberId);
  const bulkRows = generateVacancies({ count: BULK_SIZE, organisations: [tilburg], seed: 99 });
  const cpuAtStart = await cpuByProgram();
  const started = performance.now();
  const allItems: BulkItem[] = bulkRows.map((v, i) => ({
    externalId: `BULK-${i}`,
    title: v.title,
    summary: v.summary,
    description: v.description,
    category: v.categoryCode,
    educationLevel: v.educationLevel,
    employmentType: v.employmentType,
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    salaryScale: v.salaryScale,
    salaryMin: v.salaryMin,
    salaryMax: v.salaryMax,
    municipalityCode: v.municipalityCode,
    postcode: v.postcode,
    closingDate: '2099-12-31',
    state: 'published',
  }));
  let accepted = 0;
  for (let i = 0; i < allItems.length; i += 1000) {
    const items = allItems.slice(i, i + 1000);
    const response = await fetch(`${apiOrigin}/api/v1/organisations/${memberId}/vacancies/bulk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ items }),
    });
    accepted += ((await response.json()) as { succeeded: number }).succeeded;
  }
  const acceptedSeconds = (performance.now() - started) / 1000;
  const cpuAtAnswer = await cpuByProgram();
  log(`bulk import: all ${accepted} items answered after ${acceptedSeconds.toFixed(1)} s`);
  for (let attempt = 0; attempt < 6000; attempt++) {
    const found = await client
      .index(indexName)
      .search('', { filter: ['organisation = "gemeente-tilburg"'], q: '', limit: 0 });
    const backlog = (await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM search_outbox')).rows[0]!.n;
    if (backlog === 0 && (found.estimatedTotalHits ?? 0) > 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const bulkSeconds = (performance.now() - started) / 1000;
  const cpu = {
    untilAnswered: cpuBetween(cpuAtStart, cpuAtAnswer),
    afterAnswered: cpuBetween(cpuAtAnswer, await cpuByProgram()),
  };
  log(`bulk import of ${accepted} vacancies searchable after ${bulkSeconds.toFixed(1)} s`);
  log(
    `bulk import CPU seconds until answered ${JSON.stringify(cpu.untilAnswered)}, after ${JSON.stringify(cpu.afterAnswered)}`,
  );
  // Measured three times, the median kept: on a shared 2-core machine one measurement of it
  // varied from 3.6 to 7.9 s between runs of the same code.
  const textVectorSeconds = await measureTextVectors(db);
  log(`PostgreSQL's Dutch text vectors of the imported vacancies alone: ${textVectorSeconds.toFixed(2)} s`);
  const storage = await measureStorage(db);
  log(`PostgreSQL alone storing the imported rows: ${JSON.stringify(storage)} s`);
  const lean = await measureLeanImport(
    db.pool,
    client,
    indexName,
    memberId,
    allItems,
    await loadIndexableVacancies(db.db, await bulkIds(db)),
  );
  log(`the leanest import of the same vacancies, seconds in each order of the work: ${JSON.stringify(lean)}`);
  const floors: number[] = [];
  const cpuBeforeFloors = await cpuByProgram();
  for (let run = 0; run < FLOOR_RUNS; run++) {
    // Should it fail, the run goes on without it.
    floors.push(
      await measureBulkFloor(db, client, indexName).catch((error: unknown) => {
        log(`!!! the bulk import's floor was not measured: ${error instanceof Error ? error.message : String(error)}`);
        return Number.NaN;
      }),
    );
  }
  const floorCpu = perRun(cpuBetween(cpuBeforeFloors, await cpuByProgram()), FLOOR_RUNS);
  log(`the floor's CPU seconds per run ${JSON.stringify(floorCpu)}`);
  const floorSeconds = floors.some(Number.isNaN)
    ? Number.NaN
    : floors.toSorted((a, b) => a - b)[Math.floor(FLOOR_RUNS / 2)]!;
  log(
    `the floor: Meilisearch indexing the same ${BULK_SIZE} documents sent to it directly, median ${floorSeconds.toFixed(1)} s of ${floors.map((f) => f.toFixed(1)).join(', ')} s`,
  );
  return {
    accepted,
    acceptedSeconds,
    seconds: bulkSeconds,
    floorSeconds,
    floorRuns: floors,
    cpu: { ...cpu, floorPerRun: floorCpu },
    textVectorSeconds,
    storage,
    lean,
  };
}

/** What the bulk import measured: times in seconds, and the CPU seconds each program spent. */
interface BulkImport {
  accepted: number;
  acceptedSeconds: number;
  seconds: number;
  floorSeconds: number;
  floorRuns: number[];
  /** The floor's: per run, its removal of the documents included (the engine's work once the imported vacancies are in). */
  cpu: Record<'untilAnswered' | 'afterAnswered' | 'floorPerRun', ReturnType<typeof cpuBetween>>;
  /** What PostgreSQL alone takes to compute the imported vacancies' Dutch text vectors (degraded-mode search). */
  textVectorSeconds: number;
  /** What PostgreSQL alone takes to store the imported rows, in seconds (`measureStorage`). */
  storage: StorageCost;
  /** The leanest import's seconds, in two orders of its work (`measureLeanImport`). */
  lean: LeanImport;
}

/** CPU seconds per run, to a tenth. */
function perRun(cpu: ReturnType<typeof cpuBetween>, runs: number): ReturnType<typeof cpuBetween> {
  const each = (seconds: number) => Math.round((seconds / runs) * 10) / 10;
  return { portal: each(cpu.portal), postgres: each(cpu.postgres), meilisearch: each(cpu.meilisearch) };
}

/**
 * One part of the import's writes that no code change in the portal can remove: PostgreSQL
 * computing the imported vacancies' Dutch text vectors (the generated column behind the search
 * when the engine is down), timed by the database itself on a query that computes only them.
 */
async function measureTextVectors(db: Db): Promise<number> {
  const plan = await db.pool.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, TIMING OFF) SELECT setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(summary, '')), 'B') || setweight(to_tsvector('dutch', coalesce(description, '')), 'C') FROM vacancies WHERE external_id LIKE 'BULK-%'`,
  );
  const line = plan.rows.map((row) => row['QUERY PLAN']).find((text) => text.startsWith('Execution Time'));
  return Number(/([\d.]+) ms/.exec(line ?? '')?.[1] ?? Number.NaN) / 1000;
}

/** PostgreSQL storing the 10,000 rows with nothing in between, in seconds: as the table is, and with less. */
interface StorageCost {
  asTheTableIs: number;
  withoutTheTextIndex: number;
  withoutTheTextVector: number;
}

/**
 * What PostgreSQL alone spends storing the imported rows, with no portal in between: one
 * INSERT … SELECT of the same 10,000 rows into a copy of the table (its columns, the generated
 * Dutch text vector, checks, foreign keys and indexes; not the outbox trigger), timed as it runs; then
 * again without the text vector's GIN index, and without the text vector. The least any import
 * of these rows costs the database, and how much of it the search for when the engine is down
 * takes.
 */
async function measureStorage(db: Db): Promise<StorageCost> {
  const client = await db.pool.connect();
  try {
    const columns = (
      await client.query<{ list: string }>(
        `SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS list
           FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = 'vacancies' AND is_generated = 'NEVER' AND column_name <> 'id'`,
      )
    ).rows[0]!.list;
    const storing = async (...without: string[]) => {
      await copyVacanciesTable(client, 'bench_storage');
      for (const statement of without) await client.query(statement);
      const started = performance.now();
      await client.query(
        `INSERT INTO bench_storage (${columns}) SELECT ${columns} FROM vacancies WHERE external_id LIKE 'BULK-%'`,
      );
      return Math.round((performance.now() - started) / 10) / 100;
    };
    const withoutIndex = 'DROP INDEX bench_storage_search_vector_idx';
    const withoutVector = [withoutIndex, 'ALTER TABLE bench_storage DROP COLUMN search_vector'];
    // Once first, not counted: the rows read and the dictionaries loaded, each measure starts alike.
    await storing();
    // Each the median of three, taken in turns: one insert alone varied by a third between runs.
    const runs: Record<keyof StorageCost, number[]> = {
      asTheTableIs: [],
      withoutTheTextIndex: [],
      withoutTheTextVector: [],
    };
    for (let round = 0; round < 3; round++) {
      runs.asTheTableIs.push(await storing());
      runs.withoutTheTextIndex.push(await storing(withoutIndex));
      runs.withoutTheTextVector.push(await storing(...withoutVector));
    }
    const median = (values: number[]) =>
      percentile(
        values.toSorted((a, b) => a - b),
        50,
      );
    return {
      asTheTableIs: median(runs.asTheTableIs),
      withoutTheTextIndex: median(runs.withoutTheTextIndex),
      withoutTheTextVector: median(runs.withoutTheTextVector),
    };
  } finally {
    await client.query('DROP TABLE IF EXISTS bench_storage').catch(() => undefined);
    client.release();
  }
}

const FLOOR_RUNS = 3;

/** The report's lines on where the bulk import's CPU went. */
function bulkCpuReport(bulk: BulkImport): string[] {
  const row = (phase: string, cpu: ReturnType<typeof cpuBetween>) =>
    `| ${phase} | ${cpu.portal} s | ${cpu.postgres} s | ${cpu.meilisearch} s |`;
  return [
    '',
    `The floor is the median of ${bulk.floorRuns.length} measurements: ${bulk.floorRuns.map((f) => f.toFixed(1)).join(', ')} s.`,
    '',
    'CPU seconds spent during the bulk import, per program (2 cores: at most 2 CPU seconds per second):',
    '',
    '| phase | the portal (node) | PostgreSQL | Meilisearch |',
    '| --- | --- | --- | --- |',
    row(`until all answered (${bulk.acceptedSeconds.toFixed(1)} s)`, bulk.cpu.untilAnswered),
    row(`from then until searchable (${(bulk.seconds - bulk.acceptedSeconds).toFixed(1)} s)`, bulk.cpu.afterAnswered),
    row(`the floor, per run (${bulk.floorSeconds.toFixed(1)} s)`, bulk.cpu.floorPerRun),
    '',
    ...bulkBudget(bulk),
  ];
}

/**
 * Why the import is where it is against the floor, in CPU seconds: within 1.5× the floor, two
 * cores give 3 floors' worth; what the engine spends on the floor is taken; the rest is what
 * receiving, checking, storing and reading back the 10,000 may cost. Against it, what the
 * import's writes (the portal and PostgreSQL) spent, and one part of them no code change removes.
 */
function bulkBudget(bulk: BulkImport): string[] {
  const cores = os.cpus().length;
  const available = 1.5 * bulk.floorSeconds * cores;
  const engine = bulk.cpu.floorPerRun.meilisearch;
  const writes = ['untilAnswered', 'afterAnswered'] as const;
  const spent = writes.reduce((sum, phase) => sum + bulk.cpu[phase].portal + bulk.cpu[phase].postgres, 0);
  return [
    `The budget within 1.5× the floor on ${cores} cores: ${available.toFixed(1)} CPU seconds. The engine's part,`,
    `as it spent on the floor: ${engine.toFixed(1)}. What is left for the writes: ${(available - engine).toFixed(1)}.`,
    `The import's writes spent ${spent.toFixed(1)} (the portal and PostgreSQL); of that, PostgreSQL's Dutch text`,
    `vectors alone (the search when the engine is down) ${bulk.textVectorSeconds.toFixed(2)}.`,
    '',
    `PostgreSQL alone storing the same ${BULK_SIZE.toLocaleString('en')} rows (one INSERT … SELECT into a copy of the table, no portal, no outbox; medians of 3):`,
    `${bulk.storage.asTheTableIs} s as the table is, ${bulk.storage.withoutTheTextIndex} s without the text vector's GIN index,`,
    `${bulk.storage.withoutTheTextVector} s without the text vector.`,
    '',
    `The leanest import of the same ${BULK_SIZE.toLocaleString('en')} (\`lean-import.ts\`: JSON, sanitising, one insert and the documents per 1,000;`,
    'no HTTP, no validation, no rules, no history, no outbox; medians of 3):',
    '',
    '| order of the work | as the table is | without the text vector |',
    '| --- | --- | --- |',
    leanRow(
      'each 1,000 sent to the engine once stored',
      bulk.lean.pipelined,
      bulk.lean.pipelinedWithoutTheTextVector,
      bulk.floorSeconds,
    ),
    leanRow(
      'all stored, then one task',
      bulk.lean.storedThenIndexed,
      bulk.lean.storedThenIndexedWithoutTheTextVector,
      bulk.floorSeconds,
    ),
  ];
}

/** A row of the leanest import's table: seconds, and times the floor. */
function leanRow(order: string, asTheTableIs: number, withoutTheTextVector: number, floor: number): string {
  const cell = (seconds: number) => `${seconds} s (${(seconds / floor).toFixed(2)}× the floor)`;
  return `| ${order} | ${cell(asTheTableIs)} | ${cell(withoutTheTextVector)} |`;
}

/**
 * The floor of the bulk import (issue 18): the imported vacancies' documents taken out of the
 * live index and sent back to Meilisearch directly, in one request, timed until indexed. The
 * index ends as it was.
 */
async function measureBulkFloor(db: Db, client: SearchClient, indexName: string): Promise<number> {
  const ids = await bulkIds(db);
  const documents = (await loadIndexableVacancies(db.db, ids)).map(toSearchDocument);
  const index = client.index(indexName);
  const wait = { timeout: 30 * 60_000, interval: 50 };
  await index.deleteDocuments(ids).waitTask(wait);
  const started = performance.now();
  const task = await index.addDocuments(documents).waitTask(wait);
  if (task.status !== 'succeeded')
    throw new Error(`the floor's indexing failed: ${task.error?.message ?? task.status}`);
  return (performance.now() - started) / 1000;
}

/** The ids of the vacancies the bulk import made. */
async function bulkIds(db: Db): Promise<string[]> {
  const found = await db.pool.query<{ id: string }>(`SELECT id FROM vacancies WHERE external_id LIKE 'BULK-%'`);
  return found.rows.map((r) => r.id);
}

async function createBulkKey(origin: string, db: ReturnType<typeof createDb>, organisationId: string): Promise<string> {
  const email = `bench-admin-${process.pid}@example.nl`;
  await db.pool.query(
    `INSERT INTO users (email, name, role, organisation_id, password_hash) VALUES ($1, 'Bench', 'org_admin', $2, $3)`,
    [email, organisationId, await hashPassword('bench-wachtwoord-lang')],
  );
  const post = async (url: string, body: object, token?: string) =>
    (await (
      await fetch(`${origin}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      })
    ).json()) as { token: string; key: string };
  const { token } = await post('/api/v1/auth/login', { email, password: 'bench-wachtwoord-lang' });
  return (await post(`/api/v1/organisations/${organisationId}/api-keys`, { name: 'bench' }, token)).key;
}

/** The title and the run line every report starts with. */
function reportHeading(results: ReturnType<typeof runInfo>): string[] {
  return [
    `# Samenwerven benchmark${webOnly ? ': web phase only' : ''} (${results.quick ? 'quick, ' : ''}${results.dataSize.toLocaleString('en')} vacancies)`,
    '',
    `Run at ${results.at} on ${results.machine}. Loopback only.`,
    '',
  ];
}

/** The search load's figures at 8 clients. */
function searchSummary(search: SearchLoad) {
  const at8 = (which: keyof SearchLoad) => search[which].find((r) => r.clients === 8)!;
  return {
    'search.api.p95': at8('api').p95,
    'search.meili.p95': at8('meili').p95,
    'search.pgfts.p95': at8('pgfts').p95,
    'search.api.rps': at8('api').rps,
    'search.apiCached.p95': at8('apiCached').p95,
    'search.apiCached.rps': at8('apiCached').rps,
    'search.meili.rps': at8('meili').rps,
  };
}

/** The search load at each client count, and the API's ratios to the engine and to Postgres at 8 clients. */
function searchReport(results: Record<string, unknown>, search: SearchLoad): string[] {
  const rows = CLIENTS.map((clients) => {
    const cell = (which: keyof SearchLoad) => {
      const r = search[which].find((x) => x.clients === clients)!;
      return `${r.p50} / ${r.p95} / ${r.p99} ms, ${r.rps} req/s${r.errors ? `, ${r.errors} errors` : ''}`;
    };
    return `| ${clients} | ${cell('api')} | ${cell('apiCached')} | ${cell('meili')} | ${cell('pgfts')} |`;
  });
  const api = results['search.api.p95'] as number;
  const meili = results['search.meili.p95'] as number;
  const pg = results['search.pgfts.p95'] as number;
  return [
    '## Search: the same query mix three ways (p50 / p95 / p99, throughput; one closed-loop client per connection)',
    '',
    '| clients | our API, every search to the engine | our API as served (answers kept) | Meilisearch direct (floor) | plain Postgres full-text |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Against the targets (8 clients)',
    '',
    `| measure | value | target | met |`,
    `| --- | --- | --- | --- |`,
    `| API p95 / Meilisearch p95 | ${(api / meili).toFixed(2)}× | ≤ 1.25× | ${api / meili <= 1.25 ? 'yes' : 'no'} |`,
    `| Postgres p95 / API p95 | ${(pg / api).toFixed(1)}× | ≥ 5× | ${pg / api >= 5 ? 'yes' : 'no'} |`,
  ];
}

function report(
  results: Record<string, unknown> & ReturnType<typeof runInfo>,
  search: SearchLoad,
  rush: RushResult | { notMeasured: string },
  web: WebResult,
  bulk: BulkImport,
): string[] {
  return [
    ...reportHeading(results),
    ...searchReport(results, search),
    `| freshness p95: publish → found by the portal's search | ${results['freshness.p95']} ms | < 1000 ms | ${(results['freshness.p95'] as number) < 1000 ? 'yes' : 'no'} |`,
    `| freshness p95: publish → in the engine's index | ${results['freshness.engineP95']} ms | — | — |`,
    `| Meilisearch indexing task (p50 / p95, during freshness) | ${(results.detail as { indexingTask: { p50: number; p95: number } }).indexingTask.p50} / ${(results.detail as { indexingTask: { p50: number; p95: number } }).indexingTask.p95} ms | — | — |`,
    `| reindex | ${results['reindex.seconds']} s | — | — |`,
    `| bulk import of 10,000 until searchable | ${results['bulkImport.seconds']} s | < 60 s | ${(results['bulkImport.seconds'] as number) < 60 ? 'yes' : 'no'} |`,
    `| the floor: the same 10,000 documents to Meilisearch direct | ${results['bulkImport.floorSeconds']} s | — | — |`,
    `| bulk import / floor | ${((results['bulkImport.seconds'] as number) / (results['bulkImport.floorSeconds'] as number)).toFixed(2)}× | ≤ 1.5× | ${(results['bulkImport.seconds'] as number) / (results['bulkImport.floorSeconds'] as number) <= 1.5 ? 'yes' : 'no'} |`,
    ...bulkCpuReport(bulk),
    '',
    `The API as served keeps the engine's answer for identical searches while the index is unchanged: with this mix of ${(results.detail as { mix: string[] }).mix.length} searches nearly every request after the first of each is answered from the cache; it is not yet the Zipf-like rush mix of issue 18.`,
    '',
    'Query mix: ' +
      (results.detail as { mix: string[] }).mix.map((m) => `\`${m.replace('/api/v1/vacancies', '')}\``).join(', '),
    '',
    ...('notMeasured' in rush ? ['## The rush', '', rush.notMeasured, ''] : rushReport(rush)),
    ...webReport(web, results.dataSize),
  ];
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
