import type { MembershipMessages } from '../../i18n/membership-messages.ts';
import { parseCalendarDate } from '../../lib/calendar-date.ts';

/**
 * A period's `from` and `to` as typed: the dates as the API takes them, or what is wrong
 * with them, by field name. Either end may be empty.
 */
export function periodProblems(
  from: string,
  to: string,
  m: MembershipMessages,
): { dates: { from: string; to: string }; problems: Record<string, string> | null } {
  const problems: Record<string, string> = {};
  const fromDate = from ? parseCalendarDate(from) : '';
  const toDate = to ? parseCalendarDate(to) : '';
  if (fromDate === null) problems['from'] = m.dates.invalid;
  if (toDate === null) problems['to'] = m.dates.invalid;
  if (fromDate && toDate && toDate < fromDate) problems['to'] = m.dates.toBeforeFrom;
  return {
    dates: { from: fromDate ?? '', to: toDate ?? '' },
    problems: Object.keys(problems).length > 0 ? problems : null,
  };
}
