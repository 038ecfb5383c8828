import { todayInNetherlands } from '@samenwerven/calendar';
import { ApiError } from '../api/client.ts';
import { accountMessages } from '../i18n/account-messages.ts';
import type { Lang } from '../i18n/lang.ts';
import { membershipMessages } from '../i18n/membership-messages.ts';
import { parseCalendarDate } from './calendar-date.ts';
import { failure, type FormFailure } from './form-result.ts';

export interface PeriodQuery {
  /** The dates as in the address (or this calendar year's first and last day). */
  from: string;
  to: string;
}

/**
 * A figures page's period from its address (`?from=&to=`): this calendar year by default.
 * `dates` are the API's (YYYY-MM-DD) when `failure` is null.
 */
export function periodFromUrl(
  url: URL,
  lang: Lang,
): { query: PeriodQuery; dates: { from: string; to: string }; failure: FormFailure | null } {
  const year = todayInNetherlands().slice(0, 4);
  const query = {
    from: url.searchParams.get('from')?.trim() || `${year}-01-01`,
    to: url.searchParams.get('to')?.trim() || `${year}-12-31`,
  };
  const m = membershipMessages[lang].dates;
  const from = parseCalendarDate(query.from);
  const to = parseCalendarDate(query.to);
  const problems: Record<string, string> = {};
  if (from === null) problems['from'] = m.invalid;
  if (to === null) problems['to'] = m.invalid;
  if (from && to && to < from) problems['to'] = m.toBeforeFrom;
  return {
    query,
    dates: { from: from ?? '', to: to ?? '' },
    failure: Object.keys(problems).length > 0 ? failure(accountMessages[lang].form.checkFields, problems) : null,
  };
}

/**
 * The API's refusal of a period the page let through (ten years or more, a year before 1900):
 * said at the date fields like the page's own checks, instead of failing the page.
 */
export function periodRefused(error: unknown): FormFailure | null {
  if (!(error instanceof ApiError && error.status === 400)) return null;
  if (!Object.keys(error.fields).some((field) => field === 'from' || field === 'to')) return null;
  return failure(error.message, { ...error.fields });
}
