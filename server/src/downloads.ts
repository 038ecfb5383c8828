/** A generated zip sent as a download that no cache keeps (exports hold personal data). */
import type { FastifyReply } from 'fastify';

export function sendZipDownload(reply: FastifyReply, { filename, zip }: { filename: string; zip: Uint8Array }) {
  return reply
    .type('application/zip')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(zip));
}
