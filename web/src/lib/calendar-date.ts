/**
 * Calendar dates as the API takes them (`YYYY-MM-DD`), from what a date field gives: the
 * ISO form from `<input type="date">`, or a typed day-month-year (31-12-2025, 31/12/2025)
 * where a browser shows a plain text field.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** The date as `YYYY-MM-DD`, or null when the text is no real date. */
export function parseCalendarDate(text: string): string | null {
  const value = text.trim();
  let year: number, month: number, day: number;
  const iso = ISO.exec(value);
  const dayFirst = iso ? null : DAY_FIRST.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Today's date in the Netherlands, `YYYY-MM-DD`. */
export function todayInNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
