/**
 * The signed links of alert mails: no row is kept for them, the server's secret signs what they
 * name. A confirmation link (an alert, 7 days), an unsubscribe link (an alert, as long as it
 * exists) and a manage key (an address's alerts, 400 days).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

type Purpose = 'alert-confirm' | 'alert-unsubscribe' | 'alert-manage';
const DAY_S = 86_400;
const VALID_DAYS: Record<Purpose, number | null> = {
  'alert-confirm': 7,
  'alert-unsubscribe': null,
  'alert-manage': 400,
};

const sign = (secret: string, purpose: Purpose, payload: string) =>
  createHmac('sha256', `${purpose}:${secret}`).update(payload).digest('base64url');

function issue(secret: string, purpose: Purpose, subject: string, now: Date): string {
  const days = VALID_DAYS[purpose];
  const body = { s: subject, ...(days === null ? {} : { x: Math.floor(now.getTime() / 1000) + days * DAY_S }) };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${sign(secret, purpose, payload)}`;
}

/** What a token names, or null when it is forged, damaged, for another purpose or expired. */
function read(secret: string, purpose: Purpose, token: string, now: Date): string | null {
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

export const confirmToken = (secret: string, alertId: string, now = new Date()) =>
  issue(secret, 'alert-confirm', alertId, now);
export const alertOfConfirmToken = (secret: string, token: string, now = new Date()) =>
  read(secret, 'alert-confirm', token, now);
export const unsubscribeToken = (secret: string, alertId: string, now = new Date()) =>
  issue(secret, 'alert-unsubscribe', alertId, now);
export const alertOfUnsubscribeToken = (secret: string, token: string, now = new Date()) =>
  read(secret, 'alert-unsubscribe', token, now);
export const manageKey = (secret: string, email: string, now = new Date()) =>
  issue(secret, 'alert-manage', email.trim().toLowerCase(), now);
export const addressOfManageKey = (secret: string, key: string, now = new Date()) =>
  read(secret, 'alert-manage', key, now);
