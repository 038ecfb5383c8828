export * from './schema.ts';
export { createDb, type Database, type DbHandle, type Executor } from './client.ts';
export { runMigrations } from './migrate.ts';
export {
  startEmbeddedPostgres,
  ensureDatabase,
  withDatabase,
  freePort,
  type EmbeddedPostgresHandle,
} from './embedded.ts';
export * from './reference-data.ts';
export * from './taxonomy.ts';
export { containsText } from './text-match.ts';
