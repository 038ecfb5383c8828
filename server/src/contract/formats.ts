/**
 * The `date` and `date-time` formats, stricter than ajv-formats' (which the validator compiler
 * adds first and these replace): a date or moment that exists, in the years 1900–9999.
 *
 * - ajv-formats takes a leap second ("23:59:60Z"); JavaScript has none, so the value passed
 *   validation and failed when stored (a 500).
 * - A year below 100 was stored a century or more off ("0001-01-01" became 2001), and the
 *   calendar refused it in the figures (a 500); no date of a vacancy, a membership or a period
 *   of figures lies before 1900.
 * - An offset may carry a moment into the year 10000 ("9999-12-31T23:59:59-23:59"), which
 *   PostgreSQL refuses.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9999;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The offset as ajv-formats took it: "+01:00", "+0100" or "+01" (PHP's and Java's ISO 8601).
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2})(?::?(\d{2}))?)$/;

const inYears = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;

/** A day of the calendar, YYYY-MM-DD, in the years allowed. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return inYears(year) && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "+0100" and "+01" as "+01:00", which is the form JavaScript parses. */
const withColonOffset = (text: string) =>
  text.replace(
    /([+-])(\d{2}):?(\d{2})?$/,
    (_, sign: string, hours: string, minutes?: string) => `${sign}${hours}:${minutes ?? '00'}`,
  );

/** The most the Netherlands' clock is ahead of UTC (summer time). */
const DUTCH_OFFSET_MS = 2 * 3_600_000;

/**
 * An RFC 3339 moment with its offset, that exists, in the years allowed (in UTC and in the
 * Netherlands, too: "9999-12-31T23:00:00Z" is a day of the year 10000 there, which the calendar
 * refused in the rules of a vacancy's dates, a 500; an attacker's review).
 */
export function isMoment(text: string): boolean {
  const match = DATE_TIME.exec(text);
  if (!match || !isCalendarDate(match[1]!)) return false;
  const [hours, minutes, seconds, offsetHours = 0, offsetMinutes = 0] = match.slice(2).map((n) => Number(n ?? 0));
  if (hours! > 23 || minutes! > 59 || seconds! > 59 || offsetHours > 23 || offsetMinutes > 59) return false;
  const moment = Date.parse(withColonOffset(text.replace(' ', 'T')));
  return (
    Number.isFinite(moment) &&
    inYears(new Date(moment).getUTCFullYear()) &&
    inYears(new Date(moment + DUTCH_OFFSET_MS).getUTCFullYear())
  );
}

/** The part of ajv these formats need. */
interface FormatRegistry {
  addFormat(name: string, format: { type: 'string'; validate: (text: string) => boolean }): unknown;
}

/** Puts these formats in place of ajv-formats' (the compiler's `onCreate`). */
export function useStrictDates(ajv: FormatRegistry): void {
  ajv.addFormat('date', { type: 'string', validate: isCalendarDate });
  ajv.addFormat('date-time', { type: 'string', validate: isMoment });
}
