import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.ts';

export type Database = NodePgDatabase<typeof schema> & { $client: pg.Pool };
/** A database handle or a transaction: query functions accept either, so services can compose them. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DbHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** How long a request waits for a connection before it is told the database is unavailable. */
const CONNECT_TIMEOUT_MS = 3000;
/** The longest any one query may run (a bulk reindex reads in batches well below it). */
const QUERY_TIMEOUT_MS = 60_000;

/**
 * Opens a connection pool on `url`; the caller owns it and must `close()` it.
 *
 * A server that goes away (restart, crash, network) must never end the process: pg emits
 * `error` on a client that loses its server, and a client checked out of the pool has no
 * listener of the pool's own (only idle ones do), so every client gets one here. The query
 * in flight fails, the request answers 503, and the pool makes new connections once the
 * server is back.
 */
export function createDb(url: string, options: { max?: number; queryTimeoutMs?: number } = {}): DbHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // A database host that vanishes without closing its connections (a network partition, a
    // reboot) must not pin the pool for ever: TCP keep-alive finds dead connections, and no
    // query or idle transaction outlives a minute.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    // The benchmark's own data preparation (millions of counter rows in one statement) may take longer.
    query_timeout: options.queryTimeoutMs ?? QUERY_TIMEOUT_MS,
    idle_in_transaction_session_timeout: QUERY_TIMEOUT_MS,
  });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = drizzle(pool, { schema, casing: 'snake_case' });
  return { db, pool, close: () => pool.end() };
}

/** Error codes and messages that mean "the database is not reachable now", not "the query is wrong". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '53300', // too_many_connections
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Cannot use a pool after calling end',
  'connection is closed',
  'Query read timeout',
];

/** Whether an error (however wrapped, e.g. by drizzle) means the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 10; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (UNAVAILABLE_MESSAGES.some((m) => (current as Error).message.includes(m))) return true;
    if (current instanceof AggregateError && current.errors.some((e) => isDatabaseUnavailable(e))) return true;
    current = current.cause;
  }
  return false;
}
