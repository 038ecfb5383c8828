/**
 * /alert/bevestigen#token=… (/en/alert/confirm#token=…): the confirmation mail's link; and
 * /alert/houden#token=… (/en/alert/keep#token=…): the link in the mail a quiet alert sends to ask
 * whether it is still wanted. The token is in the fragment (fragment.ts); the loader sends it and
 * the page shows the alert it switched on or kept. A reload shows the same answer without sending
 * the token again.
 */
import type { LoaderFunctionArgs } from 'react-router';
import { confirmAlert, keepAlert, type MailedAlert as Alert } from '../../api/alerts.ts';
import { ApiError } from '../../api/client.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { keepAlertKey, takeConfirmToken, takeKeepToken } from './fragment.ts';

export type AlertLinkKind = 'confirm' | 'keep';
export type ConfirmAlertData = { kind: AlertLinkKind } & (
  { ok: true; alert: Alert } | { ok: false; reason: 'missing' | 'invalid' }
);

const links = {
  confirm: { take: takeConfirmToken, send: confirmAlert, answeredKey: 'samenwerven.alertConfirmed' },
  keep: { take: takeKeepToken, send: keepAlert, answeredKey: 'samenwerven.alertKept' },
} as const;

/** The answer to this token, when this tab already sent it. */
function answeredBefore(key: string, token: string): Alert | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as { token: string; alert: Alert } | null;
    return saved?.token === token ? saved.alert : null;
  } catch {
    return null;
  }
}

function remember(key: string, token: string, alert: Alert): void {
  try {
    sessionStorage.setItem(key, JSON.stringify({ token, alert }));
  } catch {
    // storage switched off: a reload asks the server again
  }
}

/** The answer; a guest's key to their alerts is kept for the page that manages them. */
function answered(kind: AlertLinkKind, alert: Alert): ConfirmAlertData {
  if (alert.manageKey) keepAlertKey(alert.manageKey);
  return { kind, ok: true, alert };
}

const alertLinkLoader =
  (kind: AlertLinkKind) =>
  async ({ request }: LoaderFunctionArgs): Promise<ConfirmAlertData> => {
    const link = links[kind];
    const lang = langFromPathname(new URL(request.url).pathname);
    const token = link.take();
    if (!token) return { kind, ok: false, reason: 'missing' };
    const before = answeredBefore(link.answeredKey, token);
    if (before) return answered(kind, before);
    try {
      const alert = await link.send(token, { lang, signal: request.signal });
      remember(link.answeredKey, token, alert);
      return answered(kind, alert);
    } catch (error) {
      if (error instanceof ApiError && [400, 401, 404, 410].includes(error.status))
        return { kind, ok: false, reason: 'invalid' };
      throw error;
    }
  };

export const confirmAlertLoader = alertLinkLoader('confirm');
export const keepAlertLoader = alertLinkLoader('keep');
