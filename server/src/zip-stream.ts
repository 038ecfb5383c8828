/**
 * A zip made as it is sent: the exports' JSON and CSV are small and compressed in memory; the
 * applicants' files are read from the store chunk by chunk and stored as they are (a PDF or DOCX
 * is compressed already). Built whole in memory, an export of 400 MB of files took 0.8 GB and held
 * the portal's thread for 3 s; three at once, 1.7 GB (an attacker's review). Here a file's chunk
 * at a time is in memory, and the download's pace sets the reading's (backpressure).
 */
import { PassThrough, type Readable } from 'node:stream';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { AppError } from './errors.ts';

/** An entry: bytes in hand, or a file opened when its turn comes. */
export type ZipEntry = { name: string; data: Uint8Array } | { name: string; open: () => Promise<Readable> };

/** A file gone from the store since its row was read (removed meanwhile): left out, not a broken download. */
const isGone = (error: unknown) => error instanceof AppError && error.statusCode === 404;

export function zipStream(entries: readonly ZipEntry[]): Readable {
  const output = new PassThrough();
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      output.destroy(error);
      return;
    }
    output.write(chunk);
    if (final) output.end();
  });
  /** Waits while the reader is behind, so no more than a chunk or two is held (or until it has gone). */
  const paced = async () => {
    if (!output.writableNeedDrain || output.destroyed) return;
    // One listener of each, removed again: `once` left the losing one behind at every wait (a review).
    await new Promise<void>((resume) => {
      const done = () => {
        output.off('drain', done);
        output.off('close', done);
        resume();
      };
      output.once('drain', done);
      output.once('close', done);
    });
  };
  const write = async () => {
    for (const entry of entries) {
      if (output.destroyed) return;
      if ('data' in entry) {
        const file = new ZipDeflate(entry.name, { level: 6 });
        zip.add(file);
        file.push(entry.data, true);
        await paced();
        continue;
      }
      let source: Readable;
      try {
        source = await entry.open();
      } catch (error) {
        if (isGone(error)) continue;
        throw error;
      }
      const file = new ZipPassThrough(entry.name);
      zip.add(file);
      for await (const chunk of source) {
        file.push(chunk as Uint8Array);
        await paced();
        if (output.destroyed) {
          source.destroy();
          return;
        }
      }
      file.push(new Uint8Array(0), true);
    }
    zip.end();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}
