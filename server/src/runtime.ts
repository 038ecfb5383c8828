/**
 * The services the portal runs on: the configured Postgres and Meilisearch, or embedded
 * ones started here when no URL is given (DESIGN.md "Runtime").
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ensureDatabase,
  startEmbeddedPostgres,
  withDatabase,
  type ServerLog,
  type SupervisedStatus,
} from '@samenwerven/db';
import { startEmbeddedMeilisearch } from '@samenwerven/search';
import type { Config } from './config.ts';

export interface Runtime {
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string | undefined;
  /** Which services were started here (and are stopped by `stop`). */
  embedded: { postgres: boolean; meilisearch: boolean };
  /** The supervised state of each embedded server (none for servers of your own). */
  status(): EmbeddedStatus;
  /** The portal is shutting down: the embedded servers' exits from here on are not crashes. */
  beginShutdown(): void;
  stop(): Promise<void>;
}

export interface EmbeddedStatus {
  postgres?: SupervisedStatus;
  meilisearch?: SupervisedStatus;
}

/** Names the portal process that owns a data folder's embedded servers. */
const LOCK_FILE = 'portal.pid';

/** Thrown when a live portal already owns the data folder. */
export class DataFolderInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `Another Samenwerven process (pid ${pid}) runs the embedded servers in ${dataDir}. ` +
        'Stop it first, or give this one its own DATA_DIR.',
    );
    this.name = 'DataFolderInUseError';
  }
}

/** When a process started (clock ticks since boot): with the pid, it names one process for good. */
async function startTimeOf(pid: number | 'self'): Promise<string | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // Field 22; the command name (field 2) may hold spaces, so count from its closing parenthesis.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

/**
 * Makes this process the owner of the data folder. A live owner means the servers there are
 * in use: refuse. A dead one (a portal that was killed) means any server still running there
 * is stale: the embedded starters stop it. The owner is named by pid and start time, so a
 * later process that happens to get the same pid is not mistaken for it.
 */
async function claimDataFolder(dataDir: string): Promise<void> {
  const file = path.join(dataDir, LOCK_FILE);
  const [pidText, started] = (await readFile(file, 'utf8').catch(() => '')).trim().split(/\s+/);
  const pid = Number(pidText);
  if (Number.isInteger(pid) && pid > 1 && pid !== process.pid && started && (await startTimeOf(pid)) === started)
    throw new DataFolderInUseError(dataDir, pid);
  await writeFile(file, `${process.pid} ${(await startTimeOf('self')) ?? ''}\n`);
}

export async function startRuntime(config: Config, log: ServerLog): Promise<Runtime> {
  await mkdir(config.dataDir, { recursive: true });
  const stops: (() => Promise<void>)[] = [];
  const shutdownNotices: (() => void)[] = [];
  const status: { [K in keyof EmbeddedStatus]: () => SupervisedStatus } = {};
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    if (!config.DATABASE_URL || !config.MEILI_URL) {
      await claimDataFolder(config.dataDir);
      stops.push(() => rm(path.join(config.dataDir, LOCK_FILE), { force: true }));
    }
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres(config.dataDir, { log });
      stops.push(postgres.stop);
      shutdownNotices.push(postgres.beginShutdown);
      status.postgres = postgres.status;
      databaseUrl = withDatabase(postgres.url, 'samenwerven');
      log(`embedded PostgreSQL started (data in ${config.dataDir}/postgres)`);
    }
    await ensureDatabase(databaseUrl);
    let meiliUrl = config.MEILI_URL;
    let meiliKey = config.MEILI_MASTER_KEY;
    if (!meiliUrl) {
      const meili = await startEmbeddedMeilisearch(config.dataDir, { supervise: true, log });
      stops.push(meili.stop);
      shutdownNotices.push(meili.beginShutdown);
      status.meilisearch = meili.status;
      meiliUrl = meili.url;
      meiliKey = meili.masterKey;
      log(`embedded Meilisearch started on ${meili.url} (data in ${config.dataDir}/meilisearch)`);
    }
    return {
      databaseUrl,
      meiliUrl,
      meiliKey,
      embedded: { postgres: !config.DATABASE_URL, meilisearch: !config.MEILI_URL },
      status: () => ({
        ...(status.postgres ? { postgres: status.postgres() } : {}),
        ...(status.meilisearch ? { meilisearch: status.meilisearch() } : {}),
      }),
      beginShutdown: () => shutdownNotices.forEach((notice) => notice()),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
