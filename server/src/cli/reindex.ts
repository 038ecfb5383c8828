/** `npm run reindex`: rebuilds the search index from the database with zero downtime. */
import pino from 'pino';
import { loadSynonymGroups, reindexVacancies } from '@samenwerven/search';
import { loadConfig } from '../config.ts';
import { startServices } from '../services.ts';

const logger = pino({ level: 'info' });
const config = loadConfig();
const services = await startServices(config, logger, { worker: false, seed: false });
try {
  const started = Date.now();
  const result = await reindexVacancies(services.db.db, services.searchClient, config.MEILI_INDEX, {
    synonymGroups: await loadSynonymGroups(services.db.db),
  });
  logger.info({ ...result, seconds: (Date.now() - started) / 1000 }, 'reindex done');
} finally {
  await services.close();
}
