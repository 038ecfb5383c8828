/** `npm run seed`: seeds the demo alliance into an empty database (development only). */
import pino from 'pino';
import { loadConfig } from '../config.ts';
import { startServices } from '../services.ts';

const logger = pino({ level: 'info' });
const config = loadConfig();
if (config.isProduction) {
  logger.error('Refusing to seed demo data in production.');
  process.exit(2);
}
const services = await startServices({ ...config, SEED_DEMO: true }, logger, { worker: false });
await services.close();
