import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { notFound } from './errors.ts';
import { zipStream } from './zip-stream.ts';

/** A file of `size` bytes, read in chunks of 64 kB, that counts how many chunks were read. */
function chunkedFile(size: number, fill: number) {
  const reads = { count: 0 };
  const chunk = Buffer.alloc(64 * 1024, fill);
  let left = size;
  const stream = new Readable({
    read() {
      if (left <= 0) return this.push(null);
      reads.count += 1;
      const part = chunk.subarray(0, Math.min(chunk.length, left));
      left -= part.length;
      this.push(part);
    },
  });
  return { stream, reads };
}

describe('a zip made as it is sent', () => {
  it('holds the entries in hand and the files, byte for byte, and leaves out a file gone from the store', async () => {
    const file = chunkedFile(300_000, 0x41);
    const zip = zipStream([
      { name: 'applications.json', data: strToU8('[{"id":"a"}]') },
      { name: 'files/a/cv.pdf', open: async () => file.stream },
      {
        name: 'files/b/cv.pdf',
        open: async () => {
          throw notFound();
        },
      },
    ]);
    const entries = unzipSync(new Uint8Array(await buffer(zip)));
    expect(Object.keys(entries)).toEqual(['applications.json', 'files/a/cv.pdf']);
    expect(strFromU8(entries['applications.json']!)).toBe('[{"id":"a"}]');
    expect(Buffer.from(entries['files/a/cv.pdf']!).equals(Buffer.alloc(300_000, 0x41))).toBe(true);
  });

  it('reads a file only as fast as the zip is taken, and stops when the download is abandoned', async () => {
    const file = chunkedFile(64 * 1024 * 1024, 0x42);
    const zip = zipStream([{ name: 'files/a/cv.pdf', open: async () => file.stream }]);
    // Nobody reads the zip: the file is read no further than the streams' buffers.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(file.reads.count).toBeLessThan(10);
    zip.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(file.stream.destroyed).toBe(true);
  });

  it('fails the download when the store fails otherwise', async () => {
    const zip = zipStream([
      {
        name: 'files/a/cv.pdf',
        open: async () => {
          throw new Error('store unreachable');
        },
      },
    ]);
    await expect(buffer(zip)).rejects.toThrow('store unreachable');
  });
});
