/**
 * The signed links of alert mails (signed-links.ts): a confirmation link (an alert, 7 days), an
 * unsubscribe link (an alert, as long as it exists) and a manage key (an address's alerts, 400 days).
 */
import { readLink, signLink } from '../signed-links.ts';

export const confirmToken = (secret: string, alertId: string, now = new Date()) =>
  signLink(secret, 'alert-confirm', alertId, 7, now);
export const alertOfConfirmToken = (secret: string, token: string, now = new Date()) =>
  readLink(secret, 'alert-confirm', token, now);
export const unsubscribeToken = (secret: string, alertId: string, now = new Date()) =>
  signLink(secret, 'alert-unsubscribe', alertId, null, now);
export const alertOfUnsubscribeToken = (secret: string, token: string, now = new Date()) =>
  readLink(secret, 'alert-unsubscribe', token, now);
export const manageKey = (secret: string, email: string, now = new Date()) =>
  signLink(secret, 'alert-manage', email.trim().toLowerCase(), 400, now);
export const addressOfManageKey = (secret: string, key: string, now = new Date()) =>
  readLink(secret, 'alert-manage', key, now);
