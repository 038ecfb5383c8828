/**
 * /alert/afmelden?token=… (/en/alert/unsubscribe?token=…): the link under every alert mail.
 * Opening it changes nothing (mail scanners open links); the one button posts the token, as the
 * one-click unsubscribe of the mail's header does. No sign-in.
 */
import type { ActionFunctionArgs } from 'react-router';
import { unsubscribeAlert } from '../../api/alerts.ts';
import { ApiError } from '../../api/client.ts';
import { alertsMessages } from '../../i18n/alerts-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { failure, failureFrom, type FormResult } from '../../lib/form-result.ts';

export type UnsubscribeResult = FormResult<{ ended: true }>;

export async function unsubscribeAction({ request }: ActionFunctionArgs): Promise<UnsubscribeResult> {
  const url = new URL(request.url);
  const lang = langFromPathname(url.pathname);
  const m = alertsMessages[lang].unsubscribe;
  const token = url.searchParams.get('token');
  if (!token) return failure(m.noToken, {}, 'invalid_token');
  try {
    await unsubscribeAlert(token, { lang });
    return { ok: true, ended: true };
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) return failure(m.noToken, {}, error);
    return failureFrom(error, m.failed);
  }
}
