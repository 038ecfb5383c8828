/**
 * /alert/bevestigen#token=… (/en/alert/confirm#token=…): the confirmation mail's link; and
 * /alert/houden#token=… (/en/alert/keep#token=…): the link in the mail a quiet alert sends to ask
 * whether it is still wanted. The token is in the fragment (fragment.ts).
 *
 * Keeping is the visit itself: the owner confirmed the alert once. Confirming is a button: anyone
 * can ask for an alert to any address, with a name and words of their choosing, so the loader only
 * shows the alert (`pending`) and the owner switches it on knowing what it is (the action). A
 * reload shows the same answer without sending the token again.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import {
  confirmAlert,
  keepAlert,
  previewAlert,
  type Alert as PreviewedAlert,
  type MailedAlert as Alert,
} from '../../api/alerts.ts';
import { ApiError } from '../../api/client.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { keepAlertKey, takeConfirmToken, takeKeepToken } from './fragment.ts';

export type AlertLinkKind = 'confirm' | 'keep';
export type ConfirmAlertData = { kind: AlertLinkKind } & (
  | { ok: true; alert: Alert }
  | { ok: true; pending: { token: string }; alert: PreviewedAlert }
  | { ok: false; reason: 'missing' | 'invalid' | 'stopped' }
);

/** The confirm button's answer: the alert switched on, or why not. */
export type ConfirmAlertResult = { ok: true; alert: Alert } | { ok: false; reason: 'invalid' | 'stopped' | 'failed' };

const links = {
  confirm: { take: takeConfirmToken, send: confirmAlert, answeredKey: 'samenwerven.alertConfirmed' },
  keep: { take: takeKeepToken, send: keepAlert, answeredKey: 'samenwerven.alertKept' },
} as const;

/** The server's answer that the link no longer works (wrong, expired, its alert gone). */
const linkGone = (error: unknown) => error instanceof ApiError && [400, 401, 404, 410].includes(error.status);
/** Why a link that did not work did not: a sound link to an alert stopped since says so (410). */
const goneReason = (error: unknown) =>
  error instanceof ApiError && error.code === 'alert_stopped' ? ('stopped' as const) : ('invalid' as const);

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
      if (kind === 'confirm') {
        const previewed = await previewAlert(token, { lang, signal: request.signal });
        if (!previewed.confirmed) return { kind, ok: true, pending: { token }, alert: previewed };
      }
      const alert = await link.send(token, { lang, signal: request.signal });
      remember(link.answeredKey, token, alert);
      return answered(kind, alert);
    } catch (error) {
      if (linkGone(error)) return { kind, ok: false, reason: goneReason(error) };
      throw error;
    }
  };

export const confirmAlertLoader = alertLinkLoader('confirm');

/** The owner switches the alert on, having seen it. */
export async function confirmAlertAction({ request }: ActionFunctionArgs): Promise<ConfirmAlertResult> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const token = String((await request.formData()).get('token') ?? '');
  try {
    const alert = await confirmAlert(token, { lang });
    remember(links.confirm.answeredKey, token, alert);
    if (alert.manageKey) keepAlertKey(alert.manageKey);
    return { ok: true, alert };
  } catch (error) {
    return { ok: false, reason: linkGone(error) ? goneReason(error) : 'failed' };
  }
}
export const keepAlertLoader = alertLinkLoader('keep');
