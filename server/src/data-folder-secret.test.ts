import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET, loadConfig } from './config.ts';
import { withDataFolderSecret } from './data-folder-secret.ts';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});
const folder = async () => {
  const made = await mkdtemp(path.join(os.tmpdir(), 'sw-secret-'));
  folders.push(made);
  return made;
};

describe('the session secret without JWT_SECRET', () => {
  it('is made once per data folder, kept there for this user only, and never the one in the source', async () => {
    const dir = await folder();
    const first = await withDataFolderSecret(loadConfig({ DATA_DIR: dir }));
    expect(first.JWT_SECRET).not.toBe(DEV_JWT_SECRET);
    expect(first.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(await readFile(path.join(dir, 'session-secret'), 'utf8')).toBe(first.JWT_SECRET);
    expect((await stat(path.join(dir, 'session-secret'))).mode & 0o777).toBe(0o600);
    // A restart keeps the sessions and links it signed.
    expect((await withDataFolderSecret(loadConfig({ DATA_DIR: dir }))).JWT_SECRET).toBe(first.JWT_SECRET);
    // Another data folder, another secret.
    const other = await withDataFolderSecret(loadConfig({ DATA_DIR: await folder() }));
    expect(other.JWT_SECRET).not.toBe(first.JWT_SECRET);
  });

  it('replaces a damaged one, and leaves a secret of your own alone', async () => {
    const dir = await folder();
    await writeFile(path.join(dir, 'session-secret'), 'kort');
    const replaced = await withDataFolderSecret(loadConfig({ DATA_DIR: dir }));
    expect(replaced.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    const own = 'mijn-eigen-geheim-van-minstens-32-tekens-lang';
    expect((await withDataFolderSecret(loadConfig({ DATA_DIR: dir, JWT_SECRET: own }))).JWT_SECRET).toBe(own);
  });
});
