/**
 * Calendar dates as the API takes them (`YYYY-MM-DD`), from what a date field gives: the
 * ISO form from `<input type="date">`, or a typed day-month-year (31-12-2025, 31/12/2025)
 * where a browser shows a plain text field. What a date means (the Dutch day) is the
 * calendar package's, shared with the server.
 */
import { isCalendarDate } from '@samenwerven/calendar';

const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

const pad = (part: string) => part.padStart(2, '0');

/** The date as `YYYY-MM-DD`, or null when the text is no real date. */
export function parseCalendarDate(text: string): string | null {
  const value = text.trim();
  const dayFirst = DAY_FIRST.exec(value);
  const date = dayFirst ? `${dayFirst[3]}-${pad(dayFirst[2]!)}-${pad(dayFirst[1]!)}` : value;
  return isCalendarDate(date) ? date : null;
}
