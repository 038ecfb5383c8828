/**
 * A test file's own world: its own database (a copy of the migrated template), its own
 * search index, and optionally the app and the sync worker on top. Nothing is shared
 * with other files, so they run in parallel.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createDb, withDatabase, type DbHandle } from '@samenwerven/db';
import { createSearchClient, defaultSynonymGroups, ensureVacancyIndex, SearchSyncWorker } from '@samenwerven/search';
import {
  applyDueChanges,
  buildApp,
  type AppOptions,
  createMailer,
  loadConfig,
  openFileStore,
  MailOutboxWorker,
  purgeDueApplications,
  startJobQueue,
  type App,
  type JobQueue,
} from '@samenwerven/server';
import type { Meilisearch } from 'meilisearch';

export interface TestContext {
  db: DbHandle['db'];
  pool: DbHandle['pool'];
  databaseUrl: string;
  search: Meilisearch;
  indexName: string;
  app: App;
  worker: SearchSyncWorker;
  /** The app's configuration (its `dataDir` is a temporary folder of this context's own). */
  config: ReturnType<typeof loadConfig>;
  /** The persistent job queue, when the context was made with `jobs: true`. */
  jobs: JobQueue | undefined;
  /** Stops the app and its job queue and starts them again on the same database: a server restart. */
  restart(): Promise<void>;
  /** Drains the outbox into the index now: tests wait for this instead of sleeping. */
  sync(): Promise<number>;
  /**
   * The mail worker of this context. With SMTP_URL in `env` it runs (polling briefly), so
   * tests read mail from their catcher as before; without, mail stays in the outbox until
   * `deliverMail()`.
   */
  mailWorker: MailOutboxWorker;
  /** Sends every message due in the mail outbox now; returns how many were sent. */
  deliverMail(): Promise<number>;
  close(): Promise<void>;
}

async function createDatabase(name: string): Promise<void> {
  const admin = createDb(inject('databaseUrl'), { max: 1 });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.pool.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('templateDatabase')}"`);
        return;
      } catch (error) {
        // Two copies of one template at the same instant can collide; a retry settles it.
        if (attempt >= 10 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.close();
  }
}

async function dropDatabase(name: string): Promise<void> {
  const admin = createDb(inject('databaseUrl'), { max: 1 });
  await admin.pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  await admin.close();
}

export async function createTestContext(
  options: {
    webRoot?: string;
    env?: Record<string, string>;
    jobs?: boolean;
    /** A Meilisearch of the test's own (e.g. one it stops and starts), instead of the shared one. */
    meili?: { url: string; key: string };
    /** The app's logger (the portal's own, writing where the test reads); none when left out. */
    logger?: AppOptions['logger'];
  } = {},
): Promise<TestContext> {
  const id = `t_${randomBytes(5).toString('hex')}`;
  await createDatabase(id);
  const databaseUrl = withDatabase(inject('databaseUrl'), id);
  const handle = createDb(databaseUrl, { max: 5 });
  const search = options.meili
    ? createSearchClient(options.meili.url, options.meili.key)
    : createSearchClient(inject('meiliUrl'), inject('meiliKey') || undefined);
  const indexName = `${id}_vacancies`;
  // A fresh database: no built-in group switched off, none of the coordinator's own.
  await ensureVacancyIndex(search, indexName, defaultSynonymGroups);
  // A data folder of the context's own (uploaded files, dropped mail), never the repository's .data.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `samenwerven-${id}-`));
  const config = loadConfig({
    NODE_ENV: 'test',
    MEILI_INDEX: indexName,
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    ...options.env,
  });
  const start = async () => {
    const jobs = options.jobs
      ? await startJobQueue({
          databaseUrl,
          handlers: {
            applyDueChanges: () => applyDueChanges(handle.db, config),
            purgeApplications: () => purgeDueApplications(handle.db, openFileStore(config)),
          },
          log: { warn: () => undefined },
          pollingIntervalSeconds: 0.5,
        })
      : undefined;
    const app = await buildApp({
      config,
      db: handle.db,
      search: { client: search, indexName },
      webRoot: options.webRoot,
      jobs,
      logger: options.logger,
    });
    await app.ready();
    return { app, jobs };
  };
  const worker = new SearchSyncWorker({ db: handle.db, databaseUrl, client: search, indexName });
  const mailWorker = new MailOutboxWorker({
    db: handle.db,
    mailer: createMailer({
      smtpUrl: config.SMTP_URL,
      from: config.MAIL_FROM,
      dropDir: `${config.dataDir}/mail`,
      log: () => undefined,
    }),
    pollIntervalMs: 50,
  });
  if (config.SMTP_URL) mailWorker.start();
  const context: TestContext = {
    db: handle.db,
    pool: handle.pool,
    databaseUrl,
    search,
    indexName,
    config,
    ...(await start()),
    worker,
    sync: () => worker.drainAll(),
    mailWorker,
    deliverMail: () => mailWorker.drainAll(),
    async restart() {
      await context.jobs?.stop();
      await context.app.close();
      Object.assign(context, await start());
    },
    async close() {
      await mailWorker.stop();
      await worker.stop();
      await context.jobs?.stop();
      await context.app.close();
      await handle.close();
      await search
        .deleteIndex(indexName)
        .waitTask()
        .catch(() => undefined);
      await dropDatabase(id);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return context;
}
