/**
 * A job seeker's saved searches on the account page: loaded with the page, and changed or
 * ended through the account page's action (intents from alert-actions.ts).
 */
import { endMyAlert, listMyAlerts, updateMyAlert, type SavedSearch } from '../../api/alerts.ts';
import type { Lang } from '../../i18n/lang.ts';
import { onSessionEnd } from '../../lib/guards.ts';
import { runAlertIntent, type AlertListResult } from '../../lib/alert-actions.ts';

export interface SavedSearchesData {
  /** null when they could not be loaded: the rest of the account page still works. */
  items: SavedSearch[] | null;
}

export async function loadSavedSearches(request: Request, lang: Lang): Promise<SavedSearchesData> {
  // An ended session is the applications' to notice (the account loader): here it is just no list.
  const items = await listMyAlerts({ lang, signal: request.signal }).then(
    (list) => list.items,
    () => null,
  );
  return { items };
}

export function savedSearchAction(request: Request, form: FormData, lang: Lang): Promise<AlertListResult> {
  const options = { lang };
  return runAlertIntent(
    form,
    lang,
    { update: (id, changes) => updateMyAlert(id, changes, options), end: (id) => endMyAlert(id, options) },
    (error) => onSessionEnd(error, request),
  );
}
