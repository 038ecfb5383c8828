/**
 * Without a JWT_SECRET of its own, the portal signs sessions and links (guest keys, alert links)
 * with a secret made once per data folder and kept there, as the embedded search engine's master
 * key is. Not with the development secret in the source: anyone who read it could sign a session
 * for any user of a demo left running, or a guest key for any applicant's address.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEV_JWT_SECRET, type Config } from './config.ts';

const FILE = 'session-secret';

/** The config with the data folder's secret in place of the development one (itself otherwise). */
export async function withDataFolderSecret(config: Config): Promise<Config> {
  if (config.JWT_SECRET !== DEV_JWT_SECRET) return config;
  return { ...config, JWT_SECRET: await secretIn(config.dataDir) };
}

async function secretIn(dataDir: string): Promise<string> {
  const file = path.join(dataDir, FILE);
  const kept = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (kept.length >= 32) return kept;
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  // Readable by this user only. A new one with `wx`: should two processes start at once, the
  // first one's is kept. A damaged one (too short) is replaced.
  await writeFile(file, secret, { mode: 0o600, flag: kept === '' ? 'wx' : 'w' }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  return (await readFile(file, 'utf8')).trim();
}
