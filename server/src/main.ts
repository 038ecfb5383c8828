/**
 * The server process: configuration, services, the app, listen, and a graceful close on
 * SIGINT/SIGTERM (embedded Postgres and Meilisearch stop with it).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPortalLogger } from './logger.ts';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { withDataFolderSecret } from './data-folder-secret.ts';
import { startServices } from './services.ts';
import { isDatabaseUnavailable } from '@samenwerven/db';
import { SearchEngineUnavailableError } from '@samenwerven/search';

/** Failures of PostgreSQL, Meilisearch or the network, as opposed to defects of our own. */
function isDependencyFailure(error: unknown): boolean {
  if (isDatabaseUnavailable(error) || error instanceof SearchEngineUnavailableError) return true;
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && (code.startsWith('UND_ERR') || code.startsWith('ECONN') || code === 'EPIPE');
}

const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));
const webBuilt = () => existsSync(`${webRoot}/index.html`);

async function main() {
  let config;
  try {
    config = await withDataFolderSecret(loadConfig());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createPortalLogger({
    level: config.LOG_LEVEL,
    pretty: !config.isProduction && process.stdout.isTTY,
  });
  const services = await startServices(config, logger);
  const app = await buildApp({
    config,
    db: services.db.db,
    search: { client: services.searchClient, indexName: config.MEILI_INDEX },
    webRoot: webBuilt() ? webRoot : undefined,
    jobs: services.jobs,
    embeddedStatus: services.runtime.status,
    logger,
  }).catch(async (error: unknown) => {
    await services.close();
    throw error;
  });
  if (!webBuilt()) logger.warn('web/dist is missing: run `npm run build:web` to serve the web app');

  let closing = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (closing) return;
    closing = true;
    // First: the same signal may have stopped the embedded servers already; that is no crash.
    services.runtime.beginShutdown();
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    await app.close().catch(() => undefined);
    await services.close().catch(() => undefined);
    clearTimeout(force);
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // A server the portal depends on failing is never a reason to stop (DESIGN.md invariant 6):
  // requests answer 503 or degraded meanwhile. Anything else is a defect: stop cleanly (the
  // embedded servers with us) and let the process manager start us again.
  process.on('unhandledRejection', (reason) => {
    if (isDependencyFailure(reason)) {
      logger.error({ err: reason }, 'a server the portal depends on failed; carrying on');
      return;
    }
    logger.fatal({ err: reason }, 'unhandled promise rejection; shutting down');
    void shutdown('unhandledRejection', 1);
  });
  process.on('uncaughtException', (error) => {
    if (isDependencyFailure(error)) {
      logger.error({ err: error }, 'a server the portal depends on failed; carrying on');
      return;
    }
    logger.fatal({ err: error }, 'unexpected error; shutting down');
    void shutdown('uncaughtException', 1);
  });

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
