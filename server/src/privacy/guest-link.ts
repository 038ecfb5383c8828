/**
 * The key a guest applicant gets in their confirmation e-mail: it proves they control the
 * address they applied with, so it opens what the portal holds for that address (their
 * applications, the mail sent to them) to view, download, withdraw and erase — the rights an
 * account holder has on their account page. Signed with the server's secret; no row is kept.
 * It lasts as long as the longest keeping time (a year of pool consent plus the procedure).
 * Its format (`e` for the address) predates the general signed-links.ts and stays as it is: keys
 * already in people's mailboxes must keep working.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const VALID_DAYS = 400;

const sign = (secret: string, payload: string) =>
  createHmac('sha256', `guest-link:${secret}`).update(payload).digest('base64url');

/** A key for `email`, valid for 400 days from `now`. */
export function guestKey(secret: string, email: string, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + VALID_DAYS * 86_400;
  const payload = Buffer.from(JSON.stringify({ e: email.trim().toLowerCase(), x: expires })).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

/** The address a key opens, or null when it is forged, damaged or expired. */
export function addressOfGuestKey(secret: string, key: string, now = new Date()): string | null {
  const [payload, signature, ...rest] = key.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { e, x } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { e?: unknown; x?: unknown };
    if (typeof e !== 'string' || typeof x !== 'number' || x * 1000 <= now.getTime()) return null;
    return e;
  } catch {
    return null;
  }
}
