/**
 * Persistent background jobs on Postgres (pg-boss): scheduled work that survives restarts
 * and runs once even with several worker processes. The database row stays the truth;
 * a job only asks "is something due?", so a lost or repeated job is harmless, and a sweep
 * every minute catches anything a job missed.
 */
import PgBoss from 'pg-boss';

export interface JobHandlers {
  /** Applies every time-driven change that is due: scheduled leaves, publications, closing dates. */
  applyDueChanges(): Promise<number>;
  /** Deletes the applications whose keeping time is over (applications/retention.ts). */
  purgeApplications?(): Promise<number>;
  /** Reminds candidates whose talent-pool consent ends soon (applications/consent-reminders.ts). */
  remindPoolConsents?(): Promise<number>;
  /** Forgets search words older than 13 months (counting/queries.ts). */
  forgetOldSearchTerms?(): Promise<number>;
  /** Deletes alerts never confirmed within a week, ends bouncing and unanswered quiet ones (alerts/runs.ts). */
  tidyAlerts?(): Promise<number>;
  /** Deletes accounts, and rejects applications to join, whose address was never confirmed (auth/unconfirmed-accounts.ts). */
  forgetUnconfirmed?(): Promise<number>;
  /** Deletes expired sessions and e-mailed links and old failed sign-ins (auth/expired-security-data.ts). */
  forgetExpiredSecurityData?(): Promise<number>;
  /** Matches alerts to new vacancies and queues the mails that are due (alerts/runs.ts). */
  runAlerts?(): Promise<unknown>;
}

export interface JobQueue {
  /** Asks for the due changes to be applied at `at` (the minute sweep covers it too). */
  scheduleDueCheck(key: string, at: Date): Promise<void>;
  stop(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The persistent job queue, where this process runs one (absent in most tests). */
    jobs: JobQueue | undefined;
  }
}

const DUE_CHECK = 'due-check';
const SWEEP = 'due-sweep';
const RETENTION = 'retention-purge';
const ALERTS = 'alerts';

/** Error code Postgres sends when the server ends a connection during shutdown. */
const ADMIN_SHUTDOWN = '57P01';

export async function startJobQueue(options: {
  databaseUrl: string;
  handlers: JobHandlers;
  log: { warn(obj: object, msg?: string): void };
  pollingIntervalSeconds?: number;
}): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: 'pgboss', max: 3 });
  boss.on('error', (error: Error & { code?: string }) => {
    if (error.code !== ADMIN_SHUTDOWN) options.log.warn({ error: error.message }, 'job queue error');
  });
  await boss.start();
  for (const name of [DUE_CHECK, SWEEP]) await boss.createQueue(name);
  const run = async () => {
    await options.handlers.applyDueChanges();
  };
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  await boss.work(DUE_CHECK, { pollingIntervalSeconds }, run);
  await boss.work(SWEEP, { pollingIntervalSeconds }, run);
  await boss.schedule(SWEEP, '* * * * *');
  // Whatever came due while no worker ran (e.g. during a restart) is applied now.
  await boss.send(SWEEP, {});
  const purge = options.handlers.purgeApplications;
  if (purge) {
    await boss.createQueue(RETENTION);
    const remind = options.handlers.remindPoolConsents;
    const { forgetOldSearchTerms, tidyAlerts, forgetUnconfirmed, forgetExpiredSecurityData } = options.handlers;
    await boss.work(RETENTION, { pollingIntervalSeconds }, async () => {
      // One after the other (the reminders after the purge), each on its own: one that fails
      // (and is tried again) does not hold the others up.
      const failures: unknown[] = [];
      const steps = [purge, remind, forgetOldSearchTerms, tidyAlerts, forgetUnconfirmed, forgetExpiredSecurityData];
      for (const step of steps) {
        try {
          await step?.();
        } catch (error) {
          failures.push(error);
          options.log.warn({ error: String(error) }, 'a retention step failed');
        }
      }
      if (failures.length > 0) throw failures[0];
    });
    // Daily at night, and once now for whatever came due while no worker ran.
    await boss.schedule(RETENTION, '17 3 * * *', {}, { tz: 'Europe/Amsterdam' });
    await boss.send(RETENTION, {});
  }
  const alerts = options.handlers.runAlerts;
  if (alerts) {
    // Every minute; a run that finds the previous one still busy waits (the queue keeps one).
    await boss.createQueue(ALERTS, { name: ALERTS, policy: 'singleton' });
    await boss.work(ALERTS, { pollingIntervalSeconds }, async () => {
      await alerts();
    });
    await boss.schedule(ALERTS, '* * * * *');
  }
  return {
    async scheduleDueCheck(key, at) {
      await boss.send(DUE_CHECK, { key }, { startAfter: at, singletonKey: `${key}:${at.toISOString()}` });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => undefined);
    },
  };
}
