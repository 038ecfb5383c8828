/**
 * Optimistic locking, as the contract has it: a resource carries `version`, and a write sends
 * the one it was read at, as `If-Match` or as `version` in its body. A stale one gets 409.
 *
 * The answer of a versioned resource carries its version in its ETag as well (`W/"3-…"`), so a
 * client that does what HTTP says — send the ETag it read as `If-Match` — writes at that version.
 * The rest of the tag is the answer's own hash, so If-None-Match still sees any change of it.
 */
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { AppError } from './errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The answer is one resource with a `version`: its ETag starts with it (versionedTag). */
    versionedAnswer?: boolean;
  }
}

/**
 * The version a write was read at, as a header: a number, the ETag of the resource's answer
 * (`W/"3-…"`, quotes and all), or `*` for "whatever version it is at" (RFC 9110 13.1.1).
 */
export const IfMatch = Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 100 })) });

/** What a write expects: a version, any version (`If-Match: *`), or nothing said. */
export type ExpectedVersion = number | 'any' | undefined;

/** `3`, `"3"`, `W/"3"` or an ETag `W/"3-…"` of a versioned answer. */
const VERSION_TAG = /^(?:W\/)?("?)(\d{1,9})(?:-[^"]*)?\1$/;

/** The version to check: `If-Match` (a version, an ETag or `*`) or `version` in the body. */
export function expectedVersion(request: FastifyRequest, body?: { version?: number }): ExpectedVersion {
  const header = request.headers['if-match'];
  if (typeof header === 'string' && header.trim() !== '') {
    if (header.trim() === '*') return 'any';
    const version = Number(VERSION_TAG.exec(header.trim())?.[2]);
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

/** Whether a resource at `current` may be written by a write expecting `expected` (given). */
export const versionHolds = (current: number, expected: number | 'any') => expected === 'any' || expected === current;

/** The `version` of a versioned answer's JSON, if it has one at its top. */
function versionOf(payload: string): number | undefined {
  try {
    const version = (JSON.parse(payload) as { version?: unknown }).version;
    return Number.isInteger(version) ? (version as number) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The ETag of a versioned resource's answer: its version, then the opaque part of the tag the
 * answer had (its hash). An answer without a version keeps its tag.
 */
export function versionedTag(payload: string, answerTag: string): string {
  const version = versionOf(payload);
  if (version === undefined) return answerTag;
  const hash = answerTag.replace(/^W\//, '').replaceAll('"', '');
  return `W/"${version}-${hash}"`;
}
