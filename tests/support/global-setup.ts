/**
 * Runs once per run of the API tier and once per run of the browser tier (vitest.config.ts):
 * starts real PostgreSQL and Meilisearch (embedded, unless DATABASE_URL / MEILI_URL point at
 * servers of your own) and prepares a migrated template database that each test file copies;
 * for the browser tier it also finds Chromium and builds the web app. Each test file then
 * works in its own database and its own index. The unit tier starts none of this.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import {
  createDb,
  ensureDatabase,
  ensureDefaultCategories,
  runMigrations,
  startEmbeddedPostgres,
  withDatabase,
} from '@samenwerven/db';
import { startEmbeddedMeilisearch } from '@samenwerven/search';
import { findChromium } from './chromium.ts';

// Per tier: the API and browser tiers of one `npm test` run one after another, each with its own servers.
const TEMPLATE = `sw_template_${process.pid}_${Date.now().toString(36)}`;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    templateDatabase: string;
    meiliUrl: string;
    meiliKey: string;
    /** Path of a Chromium executable, or '' when none was found. */
    chromiumPath: string;
    /** Where the built web app lives ('' when it could not be built). */
    webRoot: string;
  }
}

/**
 * Builds the web app into a directory of this run's own: never into web/dist, which a running
 * portal (`npm start`, the benchmark) or another test run may be serving at the same time.
 */
async function buildWeb(outDir: string): Promise<string> {
  const { build } = await import('vite');
  const root = path.join(repoRoot, 'web');
  // The app as users get it: a production build, whatever NODE_ENV the test runner set.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'production',
      logLevel: 'warn',
      configFile: path.join(root, 'vite.config.ts'),
      build: { outDir, emptyOutDir: true },
    });
    // The server-rendering module, where the server looks for it (web/package.json's build).
    await build({
      root,
      mode: 'production',
      logLevel: 'warn',
      configFile: path.join(root, 'vite.config.ts'),
      build: { ssr: 'src/entry-server.tsx', outDir: path.join(outDir, 'ssr'), emptyOutDir: false },
    });
  } finally {
    process.env.NODE_ENV = previous;
  }
  return outDir;
}

/** The API tier: servers and a template database. */
export default function setup(project: TestProject) {
  return setUpTier(project, { browser: false });
}

/** Sets a tier up; returns its teardown. */
export async function setUpTier(project: TestProject, options: { browser: boolean }) {
  const stops: (() => Promise<void>)[] = [];
  const teardown = async () => {
    for (const stop of stops) await stop().catch(() => undefined);
  };
  try {
    await prepare(project, stops, options);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

async function prepare(project: TestProject, stops: (() => Promise<void>)[], options: { browser: boolean }) {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'samenwerven-test-'));
  stops.push(() => rm(scratch, { recursive: true, force: true }));

  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const postgres = await startEmbeddedPostgres(scratch, { durable: false });
    stops.unshift(postgres.stop);
    serverUrl = postgres.url;
  }
  let meiliUrl = process.env.MEILI_URL;
  let meiliKey = process.env.MEILI_MASTER_KEY ?? '';
  if (!meiliUrl) {
    const meili = await startEmbeddedMeilisearch(scratch);
    stops.unshift(meili.stop);
    meiliUrl = meili.url;
    meiliKey = meili.masterKey;
  }

  const templateUrl = withDatabase(serverUrl, TEMPLATE);
  await ensureDatabase(templateUrl);
  const template = createDb(templateUrl, { max: 1 });
  await runMigrations(template.db);
  await ensureDefaultCategories(template.db);
  await template.close();
  stops.unshift(async () => {
    const admin = createDb(withDatabase(serverUrl, 'postgres'), { max: 1 });
    await admin.pool.query(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`).catch(() => undefined);
    await admin.close();
  });

  const chromiumPath = options.browser ? findChromium() : '';
  let webRoot = '';
  // The browser suite tests the app as built for production.
  if (chromiumPath && existsSync(path.join(repoRoot, 'web', 'vite.config.ts')))
    webRoot = await buildWeb(path.join(scratch, 'web'));

  project.provide('databaseUrl', withDatabase(serverUrl, 'postgres'));
  project.provide('templateDatabase', TEMPLATE);
  project.provide('meiliUrl', meiliUrl);
  project.provide('meiliKey', meiliKey);
  project.provide('chromiumPath', chromiumPath);
  project.provide('webRoot', webRoot);
}
