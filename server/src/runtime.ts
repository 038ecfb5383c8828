/**
 * The services the portal runs on: the configured Postgres and Meilisearch, or embedded
 * ones started here when no URL is given (DESIGN.md "Runtime").
 */
import { mkdir } from 'node:fs/promises';
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from '@samenwerven/db';
import { startEmbeddedMeilisearch } from '@samenwerven/search';
import type { Config } from './config.ts';

export interface Runtime {
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string | undefined;
  /** Which services were started here (and are stopped by `stop`). */
  embedded: { postgres: boolean; meilisearch: boolean };
  stop(): Promise<void>;
}

export async function startRuntime(config: Config, log: (message: string) => void): Promise<Runtime> {
  await mkdir(config.dataDir, { recursive: true });
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres(config.dataDir);
      stops.push(postgres.stop);
      databaseUrl = withDatabase(postgres.url, 'samenwerven');
      log(`embedded PostgreSQL started (data in ${config.dataDir}/postgres)`);
    }
    await ensureDatabase(databaseUrl);
    let meiliUrl = config.MEILI_URL;
    let meiliKey = config.MEILI_MASTER_KEY;
    if (!meiliUrl) {
      const meili = await startEmbeddedMeilisearch(config.dataDir);
      stops.push(meili.stop);
      meiliUrl = meili.url;
      meiliKey = meili.masterKey;
      log(`embedded Meilisearch started on ${meili.url} (data in ${config.dataDir}/meilisearch)`);
    }
    return {
      databaseUrl,
      meiliUrl,
      meiliKey,
      embedded: { postgres: !config.DATABASE_URL, meilisearch: !config.MEILI_URL },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
