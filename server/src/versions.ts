/**
 * Optimistic locking, as the contract has it: a resource carries `version`, and a write sends
 * the one it was read at, as `If-Match` or as `version` in its body. A stale one gets 409.
 */
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { AppError } from './errors.ts';

/** The version a write was read at, as a header: a number, or ETag-like `"3"` / `W/"3"` (the upsert also takes `*`). */
export const IfMatch = Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 20 })) });

/** The version to check: `If-Match` (quotes allowed) or `version` in the body. */
export function expectedVersion(request: FastifyRequest, body?: { version?: number }): number | undefined {
  const header = request.headers['if-match'];
  if (typeof header === 'string' && header.trim() !== '') {
    const version = Number(header.replace(/^W\//, '').replaceAll('"', ''));
    if (!Number.isInteger(version) || version < 1) {
      throw new AppError(400, 'validation_failed', 'error.validation_failed', {
        // Named as the header's schema names it (Fastify's headers are in lower case).
        fields: { 'if-match': 'validation.if_match' },
      });
    }
    return version;
  }
  return body?.version;
}
