/**
 * What the alert lists do (an address's alerts, the account's saved searches): change how
 * often, end one, end all. One action helper for both; only the calls differ.
 */
import { isSavedFrequency, type SavedFrequency } from '../api/alerts.ts';
import { alertsMessages } from '../i18n/alerts-messages.ts';
import type { Lang } from '../i18n/lang.ts';
import { failure, failureFrom, formText, type FormResult } from './form-result.ts';

export const FREQUENCY_INTENT = 'alert-frequency';
export const END_INTENT = 'alert-end';
export const END_ALL_INTENT = 'alert-end-all';
export const ALERT_INTENTS: readonly string[] = [FREQUENCY_INTENT, END_INTENT, END_ALL_INTENT];

export type AlertListResult = FormResult<{ message: string; endedAll?: boolean }>;

export interface AlertCalls {
  update(id: string, changes: { frequency: SavedFrequency }): Promise<unknown>;
  end(id: string): Promise<void>;
  endAll?(): Promise<void>;
}

/**
 * Runs the form's intent with `calls`. `onError` sees API errors first (a signed-in page sends
 * an ended session to the sign-in page); what it leaves becomes the result's message.
 */
export async function runAlertIntent(
  form: FormData,
  lang: Lang,
  calls: AlertCalls,
  onError: (error: unknown) => void = () => undefined,
): Promise<AlertListResult> {
  const m = alertsMessages[lang];
  const intent = formText(form, 'intent');
  const id = formText(form, 'id');
  const name = formText(form, 'name');
  try {
    if (intent === FREQUENCY_INTENT) {
      const frequency = formText(form, 'frequency');
      if (!isSavedFrequency(frequency)) return failure(m.list.failed);
      await calls.update(id, { frequency });
      return { ok: true, message: m.list.saved(name, m.frequency.short[frequency]) };
    }
    if (intent === END_INTENT) {
      await calls.end(id);
      return { ok: true, message: m.list.ended(name) };
    }
    if (intent === END_ALL_INTENT && calls.endAll) {
      await calls.endAll();
      return { ok: true, message: m.myAlerts.endedAll, endedAll: true };
    }
    return failure(m.list.failed);
  } catch (error) {
    onError(error);
    return failureFrom(error, m.list.failed);
  }
}
