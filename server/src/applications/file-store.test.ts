import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, localFileStore, zipEntriesOfFiles } from './file-store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'file-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the local file store', () => {
  it('keeps a file under a random name in files/ and gives it back', async () => {
    const store = localFileStore(dir);
    const { key, size } = await store.write(Readable.from([Buffer.from('hallo '), Buffer.from('wereld')]), 100);
    expect(size).toBe(12);
    expect(await readdir(path.join(dir, 'files'))).toEqual([key]);
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(await text(await store.open(key))).toBe('hallo wereld');
    await store.remove(key);
    expect(await readdir(path.join(dir, 'files'))).toEqual([]);
    await store.remove(key);
  });

  it('refuses a stream over the limit and keeps nothing of it', async () => {
    const store = localFileStore(dir);
    await expect(store.write(Readable.from([Buffer.alloc(10), Buffer.alloc(1)]), 10)).rejects.toBeInstanceOf(
      FileTooLargeError,
    );
    expect(await readdir(path.join(dir, 'files'))).toEqual([]);
    expect((await store.write(Readable.from([Buffer.alloc(10)]), 10)).size).toBe(10);
  });

  it('never turns a key that is not its own into a path', async () => {
    const store = localFileStore(dir);
    await expect(store.open('../../etc/passwd')).rejects.toThrow('not a file-store key');
  });

  it('answers a key it does not hold with a 404, not a stream that fails later', async () => {
    const store = localFileStore(dir);
    await expect(store.open('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ statusCode: 404 });
  });
});

describe('the files of an export', () => {
  const file = (size: number) => ({
    applicationId: 'a',
    kind: 'cv',
    mediaType: 'application/pdf',
    storageKey: '00000000-0000-4000-8000-000000000000',
    size,
  });
  const store = localFileStore('/nonexistent');

  it('are zip entries by application and kind, opened only when read', () => {
    expect(zipEntriesOfFiles(store, [file(10)], 'files').map((entry) => entry.name)).toEqual(['files/a/cv.pdf']);
  });

  it('are refused past what a zip without ZIP64 holds, before anything is sent', () => {
    const tooMuch = Array.from({ length: 5 }, () => file(1024 ** 3));
    expect(() => zipEntriesOfFiles(store, tooMuch, 'files')).toThrow(
      expect.objectContaining({ statusCode: 413, code: 'export_too_large' }),
    );
  });
});
