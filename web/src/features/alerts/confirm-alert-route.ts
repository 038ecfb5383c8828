/**
 * /alert/bevestigen#token=… (/en/alert/confirm#token=…): the confirmation mail's link. The
 * token is in the fragment (fragment.ts); the loader sends it and the page shows the alert it
 * switched on. A reload shows the same answer without sending the token again.
 */
import type { LoaderFunctionArgs } from 'react-router';
import { confirmAlert, type Alert } from '../../api/alerts.ts';
import { ApiError } from '../../api/client.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { takeConfirmToken } from './fragment.ts';

export type ConfirmAlertData = { ok: true; alert: Alert } | { ok: false; reason: 'missing' | 'invalid' };

const CONFIRMED_KEY = 'samenwerven.alertConfirmed';

/** The answer to this token, when this tab already confirmed it. */
function confirmedBefore(token: string): Alert | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(CONFIRMED_KEY) ?? 'null') as { token: string; alert: Alert } | null;
    return saved?.token === token ? saved.alert : null;
  } catch {
    return null;
  }
}

function remember(token: string, alert: Alert): void {
  try {
    sessionStorage.setItem(CONFIRMED_KEY, JSON.stringify({ token, alert }));
  } catch {
    // storage switched off: a reload asks the server again
  }
}

export async function confirmAlertLoader({ request }: LoaderFunctionArgs): Promise<ConfirmAlertData> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const token = takeConfirmToken();
  if (!token) return { ok: false, reason: 'missing' };
  const before = confirmedBefore(token);
  if (before) return { ok: true, alert: before };
  try {
    const alert = await confirmAlert(token, { lang, signal: request.signal });
    remember(token, alert);
    return { ok: true, alert };
  } catch (error) {
    if (error instanceof ApiError && [400, 401, 404, 410].includes(error.status))
      return { ok: false, reason: 'invalid' };
    throw error;
  }
}
