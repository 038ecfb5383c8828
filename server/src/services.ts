/**
 * Everything the portal needs running before it can answer: database (migrated), search
 * index (configured), demo data in development, and the sync worker. Used by the server
 * process and by the command-line tools.
 */
import { Readable } from 'node:stream';
import {
  createDb,
  ensureDefaultCategories,
  isDatabaseUnavailable,
  runMigrations,
  type DbHandle,
} from '@samenwerven/db';
import { seedDemo } from '@samenwerven/db/seed';
import {
  createSearchClient,
  ensureVacancyIndex,
  loadSynonymGroups,
  outboxBacklog,
  SearchSyncWorker,
} from '@samenwerven/search';
import type { Meilisearch } from 'meilisearch';
import type { Config } from './config.ts';
import { startJobQueue, type JobQueue } from './jobs/queue.ts';
import { applyDueChanges } from './jobs/due-changes.ts';
import { openFileStore } from './applications/open-file-store.ts';
import { forgetOldSearchTerms } from './counting/queries.ts';
import { forgetExpiredSecurityData } from './auth/expired-security-data.ts';
import { runAlerts, tidyAlerts, type MatchWatermark } from './alerts/runs.ts';
import { purgeDueApplications } from './applications/retention.ts';
import { sendConsentReminders } from './applications/consent-reminders.ts';
import { purgeUnconfirmedAccounts } from './auth/unconfirmed-accounts.ts';
import { expireUnconfirmedApplications } from './membership/applications.ts';
import { createMailer, mailDropDir } from './mail/mailer.ts';
import { MailOutboxWorker } from './mail/outbox.ts';
import { hashPassword } from './passwords.ts';
import { startRuntime, type Runtime } from './runtime.ts';

export interface Logger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
}

export interface PortalServices {
  runtime: Runtime;
  db: DbHandle;
  searchClient: Meilisearch;
  worker: SearchSyncWorker | undefined;
  jobs: JobQueue | undefined;
  mailWorker: MailOutboxWorker | undefined;
  close(): Promise<void>;
}

/**
 * A portal started on an empty database without the demo (always so in production) shows no
 * vacancies and lets nobody sign in: the log says why, and what to do.
 */
async function hintWhenEmpty(db: DbHandle, log: Logger, production: boolean): Promise<void> {
  const { rows } = await db.pool.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM organisations) AS any');
  if (rows[0]?.any) return;
  log.warn(
    { production },
    'The database holds no organisations yet, so the portal is empty. The reference data (CBS municipalities ' +
      'and postcodes, the job fields) ships with the portal and is in place. Invite the alliance office’s ' +
      'first coordinator: npm run coordinator -- --email … --name … --municipality GM…; members then apply ' +
      'at /aanmelden and the coordinator admits them. ' +
      (production
        ? 'SEED_DEMO is ignored in production: the demo alliance has published passwords.'
        : 'SEED_DEMO=true (the default outside production) fills an empty database with the demo alliance.'),
  );
}

/** How long a first start waits for the demo it just seeded to be searchable before it answers. */
const DEMO_SEARCHABLE_WAIT_MS = 60_000;

/**
 * Waits until the search index holds every change in the outbox, or `limitMs` has passed. The
 * search merges only a few vacancies still on their way into its answers, so a portal answering
 * while the seeded demo is being indexed told its first visitors there were no vacancies at all.
 */
async function untilSearchable(db: DbHandle, log: Logger, limitMs: number): Promise<void> {
  const started = performance.now();
  for (;;) {
    const backlog = await outboxBacklog(db.db).catch(() => null);
    if (backlog === 0) return;
    if (performance.now() - started > limitMs) {
      log.warn({ backlog }, 'the demo is not yet all searchable; answering meanwhile');
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A server of your own that is not up yet (a container starting, a failover) is waited for
 * with back-off instead of ending the process; a wrong password or database name is not.
 */
async function waitForDatabase(db: DbHandle, log: Logger): Promise<void> {
  for (let delay = 500; ; delay = Math.min(10_000, delay * 2)) {
    try {
      await db.pool.query('SELECT 1');
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      log.warn(
        { error: error instanceof Error ? error.message : String(error), retryInMs: delay },
        'database not reachable yet; waiting',
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export async function startServices(
  config: Config,
  log: Logger,
  options: { worker?: boolean; seed?: boolean } = {},
): Promise<PortalServices> {
  const runtime = await startRuntime(config, (m, level = 'info') => log[level](m));
  const db = createDb(runtime.databaseUrl);
  let worker: SearchSyncWorker | undefined;
  let jobs: JobQueue | undefined;
  let mailWorker: MailOutboxWorker | undefined;
  const close = async () => {
    await mailWorker?.stop();
    await jobs?.stop();
    await worker?.stop();
    await db.close();
    await runtime.stop();
  };
  try {
    await waitForDatabase(db, log);
    await runMigrations(db.db);
    await ensureDefaultCategories(db.db);
    const searchClient = createSearchClient(runtime.meiliUrl, runtime.meiliKey);
    const prepareIndex = async () =>
      ensureVacancyIndex(searchClient, config.MEILI_INDEX, await loadSynonymGroups(db.db));
    // A search engine that is down at start must not keep the portal down: search then
    // answers from the database and the worker applies the settings once it is back.
    const indexReady = await prepareIndex().then(
      () => true,
      (error: unknown) => {
        log.warn(
          { error: error instanceof Error ? error.message : String(error) },
          'search engine not ready; starting degraded',
        );
        return false;
      },
    );
    let demoSeededNow = false;
    if ((options.seed ?? true) && config.SEED_DEMO) {
      const started = performance.now();
      // With a year of history for the figures, and a few applications whose CVs go to the file store.
      const files = openFileStore(config);
      const seeded = await seedDemo(db.db, {
        vacancyCount: config.DEMO_VACANCIES,
        hashPassword,
        history: true,
        storeFile: (bytes) => files.write(Readable.from([Buffer.from(bytes)]), bytes.length),
      });
      // Vacuumed with statistics for the planner at once, rather than when autovacuum comes round
      // (until then every read of a fresh row also writes its hint bits).
      if (seeded.seeded) await db.pool.query('VACUUM ANALYZE');
      const ms = Math.round(performance.now() - started);
      if (seeded.seeded) log.info({ ...seeded, ms }, 'demo alliance seeded (development only; accounts in README)');
      demoSeededNow = seeded.seeded;
    }
    if ((options.seed ?? true) && !config.SEED_DEMO) await hintWhenEmpty(db, log, config.isProduction);
    if ((options.worker ?? true) && config.RUN_WORKERS) {
      worker = new SearchSyncWorker({
        db: db.db,
        databaseUrl: runtime.databaseUrl,
        client: searchClient,
        indexName: config.MEILI_INDEX,
        logger: log,
        ...(indexReady ? {} : { prepare: prepareIndex }),
      });
      await worker.start();
      // Where this process's alert matching got to (a restart looks back a day; matches are recorded once).
      const alertWatermark: MatchWatermark = { until: null };
      jobs = await startJobQueue({
        databaseUrl: runtime.databaseUrl,
        handlers: {
          applyDueChanges: () => applyDueChanges(db.db, config),
          purgeApplications: () => purgeDueApplications(db.db, openFileStore(config)),
          forgetOldSearchTerms: () => forgetOldSearchTerms(db.db),
          forgetExpiredSecurityData: () => forgetExpiredSecurityData(db.db),
          tidyAlerts: () => tidyAlerts({ db: db.db, publicUrl: config.publicUrl, secret: config.JWT_SECRET }),
          forgetUnconfirmed: async () => {
            const membership = {
              db: db.db,
              jobs,
              publicUrl: config.publicUrl,
              allianceContact: config.allianceContact,
            };
            // Each on its own: one that fails does not keep the other from running.
            const [accounts, applications] = await Promise.allSettled([
              purgeUnconfirmedAccounts(db.db),
              expireUnconfirmedApplications(membership),
            ]);
            if (accounts.status === 'rejected') throw accounts.reason;
            if (applications.status === 'rejected') throw applications.reason;
            return accounts.value + applications.value;
          },
          runAlerts: !config.RUN_ALERTS
            ? undefined
            : () =>
                runAlerts(
                  {
                    db: db.db,
                    search: { client: searchClient, indexName: config.MEILI_INDEX },
                    publicUrl: config.publicUrl,
                    secret: config.JWT_SECRET,
                    log,
                  },
                  new Date(),
                  alertWatermark,
                ),
          remindPoolConsents: () =>
            sendConsentReminders(db.db, { publicUrl: config.publicUrl, guestKeySecret: config.JWT_SECRET }),
        },
        log,
      });
      // E-mail written to the outbox by requests goes out from here (at most ~1 s later).
      if (!config.SMTP_URL && config.NODE_ENV === 'production') {
        log.warn(
          `no SMTP_URL: mail is not sent but written to ${config.dataDir}/mail (each file kept 30 days); set SMTP_URL to send it`,
        );
      }
      mailWorker = new MailOutboxWorker({
        db: db.db,
        mailer: createMailer({
          smtpUrl: config.SMTP_URL,
          from: config.MAIL_FROM,
          dropDir: mailDropDir(config.dataDir),
          log: (message) => log.info(message),
        }),
        logger: log,
      });
      mailWorker.start();
      if (demoSeededNow && indexReady) await untilSearchable(db, log, DEMO_SEARCHABLE_WAIT_MS);
    }
    return { runtime, db, searchClient, worker, jobs, mailWorker, close };
  } catch (error) {
    await close();
    throw error;
  }
}
