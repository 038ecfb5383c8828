/**
 * The server process: configuration, services, the app, listen, and a graceful close on
 * SIGINT/SIGTERM (embedded Postgres and Meilisearch stop with it).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { startServices } from './services.ts';

const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));
const webBuilt = () => existsSync(`${webRoot}/index.html`);

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = pino({
    level: config.LOG_LEVEL,
    ...(config.isProduction || !process.stdout.isTTY ? {} : { transport: { target: 'pino-pretty' } }),
  });
  const services = await startServices(config, logger);
  const app = await buildApp({
    config,
    db: services.db.db,
    search: { client: services.searchClient, indexName: config.MEILI_INDEX },
    webRoot: webBuilt() ? webRoot : undefined,
    jobs: services.jobs,
    logger,
  }).catch(async (error: unknown) => {
    await services.close();
    throw error;
  });
  if (!webBuilt()) logger.warn('web/dist is missing: run `npm run build:web` to serve the web app');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    await app.close();
    await services.close();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST }).catch(async (error: unknown) => {
    await app.close();
    await services.close();
    throw error;
  });
  logger.info(`Samenwerven runs on ${config.publicUrl}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Samenwerven could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
