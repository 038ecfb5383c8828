/**
 * The signed links of alert mails (signed-links.ts): a confirmation link (an alert, 7 days), an
 * unsubscribe link (an alert, as long as it exists), a manage key (an address's alerts, 400 days)
 * and a keep link (an alert that was quiet for half a year, 60 days).
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
/** "Keep this alert": the answer to the question a quiet alert gets before it ends (60 days). */
export const keepToken = (secret: string, alertId: string, now = new Date()) =>
  signLink(secret, 'alert-keep', alertId, 60, now);
export const alertOfKeepToken = (secret: string, token: string, now = new Date()) =>
  readLink(secret, 'alert-keep', token, now);
