/**
 * What the pages of e-mail alerts share: the search page that runs an alert's query and its
 * frequency in words. An alert holds its search as the search page's address has it (API.md:
 * `query`, e.g. `q=beleid&category=ict`).
 */
import { isSavedFrequency } from '../api/alerts.ts';
import type { AlertsMessages } from '../i18n/alerts-messages.ts';
import type { Lang } from '../i18n/lang.ts';
import { paths } from '../i18n/paths.ts';

/** The longest name of an alert (the API's limit too). */
export const ALERT_NAME_MAX = 100;

/** The search page that runs an alert's query. */
export function searchPathFor(lang: Lang, query: string): string {
  const search = query.replace(/^\?/, '');
  return `${paths.home(lang)}${search ? `?${search}` : ''}`;
}

/** How often an alert mails, in words; a frequency the app has no words for shows as it is. */
export function frequencyName(m: Pick<AlertsMessages, 'frequency'>, frequency: string): string {
  return isSavedFrequency(frequency) ? m.frequency.short[frequency] : frequency;
}
