/**
 * Links that carry their own proof: a subject (an alert's id, an address) and, where it has one,
 * an expiry, signed with the server's secret for one purpose. No row is kept for them; a link
 * made for one purpose is worthless for another.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const sign = (secret: string, purpose: string, payload: string) =>
  createHmac('sha256', `${purpose}:${secret}`).update(payload).digest('base64url');

/** A token naming `subject` for `purpose`, valid `days` from `now` (or as long as the secret, when null). */
export function signLink(secret: string, purpose: string, subject: string, days: number | null, now: Date): string {
  const body = { s: subject, ...(days === null ? {} : { x: Math.floor(now.getTime() / 1000) + days * 86_400 }) };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${sign(secret, purpose, payload)}`;
}

/** What a token names, or null when it is forged, damaged, for another purpose or expired. */
export function readLink(secret: string, purpose: string, token: string, now: Date): string | null {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(secret, purpose, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { s, x } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { s?: unknown; x?: unknown };
    if (typeof s !== 'string') return null;
    if (x !== undefined && (typeof x !== 'number' || x * 1000 <= now.getTime())) return null;
    return s;
  } catch {
    return null;
  }
}
