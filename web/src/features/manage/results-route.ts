import type { LoaderFunctionArgs } from 'react-router';
import { getDashboard, type Dashboard } from '../../api/figures.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { onSessionEnd, requireStaff } from '../../lib/guards.ts';
import type { FormFailure } from '../../lib/form-result.ts';
import { periodFromUrl, periodRefused, type PeriodQuery } from '../../lib/figures-period.ts';
import type { ManageData } from './manage-route.ts';

export interface ResultsData extends ManageData {
  query: PeriodQuery;
  /** The period as sent to the API, for the CSV link. */
  dates: { from: string; to: string };
  dashboard: Dashboard | null;
  failure: FormFailure | null;
}

/** /beheer/resultaten?from=&to=: the organisation's figures, this calendar year by default. */
export async function resultsLoader({ request }: LoaderFunctionArgs): Promise<ResultsData> {
  const { me, organisation } = await requireStaff(request);
  const url = new URL(request.url);
  const lang = langFromPathname(url.pathname);
  const { query, dates, failure } = periodFromUrl(url, lang);
  if (failure) return { me, organisation, query, dates, dashboard: null, failure };
  try {
    const dashboard = await getDashboard(organisation.id, dates, { lang, signal: request.signal });
    return { me, organisation, query, dates, dashboard, failure: null };
  } catch (error) {
    const refused = periodRefused(error);
    if (refused) return { me, organisation, query, dates, dashboard: null, failure: refused };
    onSessionEnd(error, request);
    throw error;
  }
}
