/**
 * /mijn-alerts#sleutel=… (/en/my-alerts#key=…): the alerts of an address, opened with the key
 * from the link in every alert mail (fragment.ts), sent only as `X-Alert-Key`. No account is
 * needed. A missing, forged or old key is not an error page but the page's own explanation.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import {
  endAllManagedAlerts,
  endManagedAlert,
  listManagedAlerts,
  updateManagedAlert,
  type ManagedAlerts,
} from '../../api/alerts.ts';
import { ApiError } from '../../api/client.ts';
import { alertsMessages } from '../../i18n/alerts-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { failure } from '../../lib/form-result.ts';
import { runAlertIntent, type AlertListResult } from '../../lib/alert-actions.ts';
import { takeAlertKey } from './fragment.ts';

export type MyAlertsData = { ok: true; data: ManagedAlerts } | { ok: false; reason: 'missing' | 'invalid' };

export async function myAlertsLoader({ request }: LoaderFunctionArgs): Promise<MyAlertsData> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const alertKey = takeAlertKey();
  if (!alertKey) return { ok: false, reason: 'missing' };
  try {
    return { ok: true, data: await listManagedAlerts({ lang, alertKey, signal: request.signal }) };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 400 || error.status === 403))
      return { ok: false, reason: 'invalid' };
    throw error;
  }
}

export async function myAlertsAction({ request }: ActionFunctionArgs): Promise<AlertListResult> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const alertKey = takeAlertKey();
  if (!alertKey) return failure(alertsMessages[lang].myAlerts.noKeyTitle);
  const options = { lang, alertKey };
  return runAlertIntent(await request.formData(), lang, {
    update: (id, changes) => updateManagedAlert(id, changes, options),
    end: (id) => endManagedAlert(id, options),
    endAll: () => endAllManagedAlerts(options),
  });
}
