/**
 * Persistent background jobs on Postgres (pg-boss): scheduled work that survives restarts
 * and runs once even with several worker processes. The database row stays the truth;
 * a job only asks "is something due?", so a lost or repeated job is harmless, and a sweep
 * every minute catches anything a job missed.
 */
import PgBoss from 'pg-boss';

export interface JobHandlers {
  /** Applies every membership change that is due (scheduled leaves). */
  applyDueMembershipChanges(): Promise<number>;
}

export interface JobQueue {
  /** Asks for the due changes to be applied at `at` (and on every sweep after it). */
  scheduleMembershipChange(organisationId: string, at: Date): Promise<void>;
  stop(): Promise<void>;
}

const MEMBERSHIP_DUE = 'membership-due';
const MEMBERSHIP_SWEEP = 'membership-sweep';

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
  for (const name of [MEMBERSHIP_DUE, MEMBERSHIP_SWEEP]) await boss.createQueue(name);
  const run = async () => {
    await options.handlers.applyDueMembershipChanges();
  };
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  await boss.work(MEMBERSHIP_DUE, { pollingIntervalSeconds }, run);
  await boss.work(MEMBERSHIP_SWEEP, { pollingIntervalSeconds }, run);
  await boss.schedule(MEMBERSHIP_SWEEP, '* * * * *');
  // Whatever came due while no worker ran (e.g. during a restart) is applied now.
  await boss.send(MEMBERSHIP_SWEEP, {});
  return {
    async scheduleMembershipChange(organisationId, at) {
      await boss.send(
        MEMBERSHIP_DUE,
        { organisationId },
        { startAfter: at, singletonKey: `${organisationId}:${at.toISOString()}` },
      );
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => undefined);
    },
  };
}
