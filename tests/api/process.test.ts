/**
 * The two-command promise, tested as a user runs it: the server process starts the
 * embedded PostgreSQL and Meilisearch, seeds the demo alliance, answers, stops cleanly on
 * Ctrl-C, and a second start reuses the data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@samenwerven/db';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
let dataDir: string;

async function startServer(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  let output = '';
  // Only what the process needs: the test runner's own DATABASE_URL/MEILI_URL must not leak in.
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_VACANCIES: '40',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

/**
 * Polls until the condition holds, or fails after `timeoutMs` (a bound against hanging, not a
 * timing assertion: beside the rest of the suite on 2 cores a cold start can take a minute).
 */
async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not reached');
}

const stopWithCtrlC = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });

const runningServices = async () => {
  const { execFileSync } = await import('node:child_process');
  const list = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return list.split('\n').filter((line) => line.includes(dataDir) && !line.includes('ps -eo'));
};

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('runs on embedded services, stops cleanly on Ctrl-C and reuses its data next time', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'sw-start-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;

    const first = await startServer(port);
    const health = await eventually(async () => {
      const response = await fetch(`${base}/api/v1/health`);
      const body = (await response.json()) as { outboxBacklog: number };
      return body.outboxBacklog === 0 ? body : undefined;
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}; the portal said:\n${first.output()}`);
    });
    expect(health).toMatchObject({ status: 'ok', db: 'up', search: 'up', outboxBacklog: 0 });
    expect(health).toMatchObject({
      embedded: {
        postgres: { state: 'running', restarts: 0, lastExit: null },
        meilisearch: { state: 'running', restarts: 0, lastExit: null },
      },
    });
    const organisations = (await (await fetch(`${base}/api/v1/organisations`)).json()) as { total: number };
    expect(organisations.total).toBeGreaterThanOrEqual(8);
    const found = (await (await fetch(`${base}/api/v1/vacancies`)).json()) as { total: number };
    expect(found.total).toBeGreaterThan(0);

    expect(await stopWithCtrlC(first.child), first.output()).toBe(0);
    expect(await runningServices()).toEqual([]);

    const second = await startServer(port);
    const again = await eventually(async () => {
      const response = await fetch(`${base}/api/v1/vacancies`);
      return response.ok ? ((await response.json()) as { total: number }) : undefined;
    });
    expect(again.total).toBe(found.total);
    const orgsAgain = (await (await fetch(`${base}/api/v1/organisations`)).json()) as { total: number };
    expect(orgsAgain.total).toBe(organisations.total);
    expect(await stopWithCtrlC(second.child), second.output()).toBe(0);
  }, 240_000);
});
