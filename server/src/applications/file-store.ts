/**
 * Where applicants' files live: `${dataDir}/files/`, outside the web root, each under a random
 * name that says nothing about the upload (its original name is only in the database). Files
 * are never served from here directly: the application routes check who asks, then stream.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open as fsOpen, rm, statfs } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, notFound } from '../errors.ts';
import type { ZipEntry } from '../zip-stream.ts';

/** A stream was longer than the limit; nothing of it is kept. */
export class FileTooLargeError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`file larger than ${limit} bytes`);
    this.limit = limit;
    this.name = 'FileTooLargeError';
  }
}

export interface FileStore {
  /** Writes the stream under a new random key; refuses (and removes) more than `maxBytes`. */
  write(source: Readable, maxBytes: number): Promise<{ key: string; size: number }>;
  /** The file's bytes; a missing file is a 404, a store that cannot be reached a 503. */
  open(key: string): Promise<Readable>;
  /** Removes the file; a missing one is no error (deleting twice is fine). */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The disk is (nearly) full: nothing is stored. A clear 503, not the 500 of a failed write, and
 * before the disk PostgreSQL may share is full.
 */
export const storageFull = (cause?: unknown) =>
  new AppError(503, 'storage_full', 'error.storage_full', { retryAfterSeconds: 300 }, cause);

/** Refuses a write that could leave less than `minFreeBytes` free on the store's disk, with `writing` bytes under way. */
async function assertRoomFor(root: string, writing: number, minFreeBytes: number): Promise<void> {
  if (minFreeBytes <= 0) return;
  const disk = await statfs(root);
  if (disk.bavail * disk.bsize < minFreeBytes + writing) throw storageFull();
}

/**
 * The store in a folder of the data directory; `pathOf` is where a key's bytes are on disk.
 * `minFreeBytes` is kept free on its disk (FILES_MIN_FREE_MB).
 */
export function localFileStore(
  dataDir: string,
  { minFreeBytes = 0 }: { minFreeBytes?: number } = {},
): FileStore & { pathOf(key: string): string } {
  const root = path.join(dataDir, 'files');
  // Keys are ours (random UUIDs); anything else never becomes a path.
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error('not a file-store key');
    return path.join(root, key);
  };
  /** Copies `source` into a new file under a random key, refusing (and removing) more than `maxBytes`. */
  const copyInto = async (source: Readable, maxBytes: number) => {
    const key = randomUUID();
    const target = pathOf(key);
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(size > maxBytes ? new FileTooLargeError(maxBytes) : null, chunk);
      },
    });
    // Opened before the copy starts: a stream that opens its own file may still create it
    // after a refused copy has failed and been cleaned up, leaving part of an upload behind.
    const file = await fsOpen(target, 'wx', 0o600).catch((error: unknown) => {
      throw (error as NodeJS.ErrnoException).code === 'ENOSPC' ? storageFull(error) : error;
    });
    try {
      await pipeline(source, limit, file.createWriteStream());
    } catch (error) {
      await file.close().catch(() => undefined);
      await rm(target, { force: true });
      throw (error as NodeJS.ErrnoException).code === 'ENOSPC' ? storageFull(error) : error;
    }
    return { key, size };
  };
  // The most the writes under way may still add: each is counted at its limit from before its
  // check, so uploads sent at once cannot each find the same free space (an attacker's review).
  let writing = 0;
  return {
    async write(source, maxBytes) {
      writing += maxBytes;
      try {
        await mkdir(root, { recursive: true, mode: 0o700 });
        await assertRoomFor(root, writing, minFreeBytes);
        return await copyInto(source, maxBytes);
      } finally {
        writing -= maxBytes;
      }
    },
    pathOf,
    async open(key) {
      try {
        return (await fsOpen(pathOf(key), 'r')).createReadStream();
      } catch (error) {
        throw (error as NodeJS.ErrnoException).code === 'ENOENT' ? notFound() : error;
      }
    },
    remove: (key) => rm(pathOf(key), { force: true }),
  };
}

/** What an export needs of a stored file: whose it is, which one, and where its bytes are. */
export interface ExportedFile {
  applicationId: string;
  kind: string;
  mediaType: string;
  storageKey: string;
  size: number;
}

/**
 * The most the files of one zip may hold: the streamed zip (fflate) writes no ZIP64, and past
 * 4 GiB its offsets no longer fit. Refused with a clear answer rather than sent broken (a review).
 */
const ZIP_FILES_LIMIT = 4 * 1024 ** 3 - 64 * 1024 ** 2;

/**
 * The files as zip entries `${folder}/{applicationId}/{kind}.pdf|docx` for an export's stream
 * (zip-stream.ts), each opened when its turn comes and stored as it is: a PDF or DOCX is
 * compressed already, and compressing 60 MB of them again took the request's thread for seconds
 * (an attacker pass: three exports at once held the server up 10 s).
 */
export function zipEntriesOfFiles(store: FileStore, files: readonly ExportedFile[], folder: string): ZipEntry[] {
  if (files.reduce((sum, file) => sum + file.size, 0) > ZIP_FILES_LIMIT)
    throw new AppError(413, 'export_too_large', 'error.export_too_large');
  return files.map((file) => ({
    name: `${folder}/${file.applicationId}/${file.kind}.${file.mediaType === 'application/pdf' ? 'pdf' : 'docx'}`,
    open: () => store.open(file.storageKey),
  }));
}
