export * from './schema.ts';
export { createDb, isDatabaseUnavailable, type Database, type DbHandle, type Executor } from './client.ts';
export { runMigrations } from './migrate.ts';
export {
  startEmbeddedPostgres,
  ensureDatabase,
  withDatabase,
  freePort,
  launchOnFreePort,
  type EmbeddedPostgresHandle,
} from './embedded.ts';
export { Supervisor, stopStaleServer, type ServerLog, type SupervisedStatus } from './supervise.ts';
export { Sleeper } from './sleeper.ts';
export * from './reference-data.ts';
export * from './taxonomy.ts';
export { containsText } from './text-match.ts';
export { insertRowsAsJson, type JsonInsertOptions } from './json-rows.ts';
export { lockForTransaction } from './transaction-lock.ts';
export {
  findableConditions,
  indexableConditions,
  isFindable,
  isIndexable,
  isOpen,
  MEMBER_STAFF,
  openCondition,
  PUBLIC,
  type Audience,
  type FindableFacts,
} from './findable.ts';
export { rebuildOrganisationDays } from './counters.ts';
