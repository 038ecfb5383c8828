/**
 * The portal as a real process, for the fault suite and the start-up test: started as `npm start` would run it
 * (embedded PostgreSQL and Meilisearch in a data folder of its own), so the tests can kill,
 * hang and restart each piece the way a machine failure would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '@samenwerven/db';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface PortalProcess {
  child: ChildProcess;
  base: string;
  port: number;
  output(): string;
  /** Ctrl-C, and the exit code. */
  stop(): Promise<number | null>;
  /** The process dies at once (SIGKILL), as in a crash or an OOM kill. */
  kill(): Promise<void>;
  exited(): boolean;
}

/**
 * Starts the server process directly (node with tsx's loader), so its pid is the portal's own.
 * The port is free when chosen but only taken once the portal listens, half a minute later:
 * if another process (another file's embedded servers, or this portal's own) took it meanwhile,
 * the portal says EADDRINUSE and exits, and it is started again on another port.
 */
export async function startPortal(dataDir: string, env: Record<string, string> = {}): Promise<PortalProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPortalOnce(dataDir, env);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error && /EADDRINUSE/.test(error.message))) throw error;
    }
  }
}

async function startPortalOnce(dataDir: string, env: Record<string, string>): Promise<PortalProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_VACANCIES: '40',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const portal: PortalProcess = {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    async stop() {
      if (!portal.exited()) child.kill('SIGINT');
      return exit;
    },
    async kill() {
      if (!portal.exited()) child.kill('SIGKILL');
      await exit;
    },
  };
  await eventually(async () => {
    if (portal.exited()) throw new Error(`the portal exited while starting:\n${output}`);
    const response = await fetch(`${portal.base}/api/v1/health`);
    return response.ok ? true : undefined;
  }, 120_000).catch(async (error: unknown) => {
    await portal.kill();
    throw error;
  });
  return portal;
}

/** Polls until `probe` gives a value (not undefined, no error), or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('the portal exited')) throw error;
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `condition not reached within ${timeoutMs} ms${lastError ? ` (last error: ${String(lastError)})` : ''}`,
  );
}

const firstLine = async (file: string) => Number((await readFile(file, 'utf8')).split('\n')[0]?.trim());

/** The postmaster's pid and port, from its lock file. */
export async function postgresServer(dataDir: string): Promise<{ pid: number; port: number }> {
  const lines = (await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

export const meilisearchPid = (dataDir: string) => firstLine(path.join(dataDir, 'meilisearch', 'meilisearch.pid'));

/** A direct connection to the portal's database, to check what was really stored. */
export async function connectDatabase(dataDir: string): Promise<pg.Client> {
  const { port } = await postgresServer(dataDir);
  const client = new pg.Client({
    connectionString: `postgres://samenwerven:samenwerven@127.0.0.1:${port}/samenwerven`,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Processes whose command line mentions the data folder (the servers left running, if any). */
export async function processesOn(dataDir: string): Promise<string[]> {
  const { execFileSync } = await import('node:child_process');
  const list = execFileSync('ps', ['-eo', 'stat,args'], { encoding: 'utf8' });
  return list
    .split('\n')
    .filter((line) => line.includes(dataDir) && !line.includes('ps -eo') && !line.trim().startsWith('Z'));
}

/** Whether the process runs (a zombie waiting for a parent that is gone does not). */
export const isAlive = (pid: number) => {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

// ── The API as a client uses it ─────────────────────────────────────────────

export interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
  ms: number;
}

export async function call(base: string, pathAndQuery: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${base}${pathAndQuery}`, { ...init, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body, headers: response.headers, ms: performance.now() - started };
}

export const DEMO_PASSWORD = 'samenwerven-demo';

/** Signs in a demo account; returns the bearer header and the organisation id. */
export async function signInDemo(base: string, email: string) {
  const login = await call(base, '/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
  const headers = { authorization: `Bearer ${login.body.token}`, 'content-type': 'application/json' };
  const me = await call(base, '/api/v1/me', { headers });
  return { headers, organisationId: me.body.organisation.id as string };
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Creates a draft vacancy; the answer says whether it was acknowledged. */
export function createVacancy(
  base: string,
  session: { headers: Record<string, string>; organisationId: string },
  title: string,
) {
  return call(base, `/api/v1/organisations/${session.organisationId}/vacancies`, {
    method: 'POST',
    headers: session.headers,
    body: JSON.stringify({
      title,
      category: 'techniek',
      educationLevel: 'mbo',
      employmentType: 'permanent',
      hoursMin: 32,
      hoursMax: 36,
      municipalityCode: 'GM0855',
      closingDate: inDays(20),
    }),
  });
}

export function publishVacancy(base: string, session: { headers: Record<string, string> }, id: string) {
  return call(base, `/api/v1/vacancies/${id}/publish`, { method: 'POST', headers: session.headers, body: '{}' });
}
