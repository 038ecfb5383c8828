import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('database migrations', () => {
  it('match the drizzle schema: generating again yields no new migration', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'sw-migrations-'));
    try {
      await cp(path.join(repoRoot, 'db/migrations'), scratch, { recursive: true });
      const before = await readdir(scratch);
      const { stdout } = await promisify(execFile)(
        path.join(repoRoot, 'node_modules/.bin/drizzle-kit'),
        [
          'generate',
          '--dialect',
          'postgresql',
          '--schema',
          'db/src/schema.ts',
          '--out',
          scratch,
          '--casing',
          'snake_case',
        ],
        { cwd: repoRoot },
      );
      expect(await readdir(scratch), stdout).toEqual(before);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
