/** A generated zip sent as a download that no cache keeps (exports hold personal data). */
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';

/** `zip` whole, or as a stream (zip-stream.ts: the exports with files). */
export function sendZipDownload(
  reply: FastifyReply,
  { filename, zip }: { filename: string; zip: Uint8Array | Readable },
) {
  return reply
    .type('application/zip')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(zip instanceof Uint8Array ? Buffer.from(zip) : zip);
}
