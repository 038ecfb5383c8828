/**
 * The calendar of the portal: a date without a time (a closing date, the day a member leaves)
 * means that day in the Netherlands, whatever time zone the server or the browser runs in.
 * One module, used by the server, the search package and the web app, so that "closes today"
 * and "leaves on 1 January" mean the same moment everywhere.
 *
 * Dates are `YYYY-MM-DD` strings; moments are `Date`s.
 */

export const TIME_ZONE = 'Europe/Amsterdam';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Is this text a real calendar date `YYYY-MM-DD` (no 31 February)? */
export function isCalendarDate(text: string): boolean {
  const match = DATE_ONLY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The Dutch day last asked for, with the moments it runs between: most moments asked for fall
 * on the same day, and formatting a date in a time zone is slow (a bulk import asks for
 * thousands).
 */
let lastDay: { date: string; from: number; until: number } | undefined;

/** The calendar date in the Netherlands at a moment, `YYYY-MM-DD`. */
export function dutchDate(moment: Date = new Date()): string {
  const time = moment.getTime();
  if (lastDay && time >= lastDay.from && time < lastDay.until) return lastDay.date;
  const date = dayFormat.format(moment);
  if (Number.isFinite(time)) {
    lastDay = { date, from: startOfDutchDay(date).getTime(), until: endOfDutchDay(date).getTime() };
  }
  return date;
}

/** Made once each: a formatter costs far more to make than to use. */
const inWords = {
  'nl-NL': new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: TIME_ZONE }),
  'en-GB': new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: TIME_ZONE }),
};

/** A moment's day in the Netherlands as a mail writes it: "3 januari 2027", "3 January 2027". */
export const dutchDayInWords = (moment: Date, locale: 'nl-NL' | 'en-GB'): string => inWords[locale].format(moment);

/** Today's date in the Netherlands, `YYYY-MM-DD`. */
export const todayInNetherlands = (now: Date = new Date()): string => dutchDate(now);

/**
 * A moment as ISO 8601 on the Dutch clock, with its offset: `2026-12-04T17:40:53+01:00`. As
 * exact as `toISOString()` to the second, and what a Dutch reader's clock said.
 */
export function dutchIsoDateTime(moment: Date): string {
  const offset = dutchOffsetMs(moment);
  const local = new Date(Math.floor(moment.getTime() / 1000) * 1000 + offset).toISOString().slice(0, 19);
  const minutes = Math.round(offset / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
  const mm = String(Math.abs(minutes) % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/** Milliseconds the Dutch clock is ahead of UTC at a moment (1 h in winter, 2 h in summer). */
export function dutchOffsetMs(moment: Date): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(moment).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(moment.getTime() / 1000) * 1000;
}

function utcMidnight(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** Days' starts worked out already: a closing date is asked for again and again (every search document has one). */
const dayStarts = new Map<string, number>();
/** And their ends (every search document has a closing moment). */
const dayEnds = new Map<string, number>();
const DAY_STARTS_KEPT = 10_000;

/** The moment a Dutch calendar day begins (00:00 in Amsterdam), also on the days the clocks change. */
export function startOfDutchDay(date: string): Date {
  let start = dayStarts.get(date);
  if (start === undefined) {
    start = dutchStartOf(utcMidnight(date));
    if (dayStarts.size >= DAY_STARTS_KEPT) dayStarts.clear();
    dayStarts.set(date, start);
  }
  return new Date(start);
}

/** The Dutch day's start (ms) whose UTC midnight is `midnight` (ms). */
function dutchStartOf(midnight: number): number {
  // Guess with the offset an hour before midnight, then correct with the offset at the guess:
  // the clocks change at 02:00/03:00, so midnight itself always has a single offset.
  const guess = midnight - dutchOffsetMs(new Date(midnight - HOUR_MS));
  return midnight - dutchOffsetMs(new Date(guess));
}

/**
 * The moment a Dutch clock shows `YYYY-MM-DDTHH:MM` (a datetime-local field's value, read as
 * Dutch time wherever the browser is); undefined when it is no such value. In the hour the clocks
 * go back, the second of the two moments (winter time); in the hour they skip, an hour later.
 */
export function momentOnDutchClock(local: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!match || !isCalendarDate(match[1]!)) return undefined;
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const asUtc = utcMidnight(match[1]!) + ((hours * 60 + minutes) * 60 + seconds) * 1000;
  const guess = asUtc - dutchOffsetMs(new Date(asUtc - HOUR_MS));
  return new Date(asUtc - dutchOffsetMs(new Date(guess)));
}

/** A moment as a datetime-local field's value on the Dutch clock: `YYYY-MM-DDTHH:MM`. */
export const dutchClockValue = (moment: Date): string => dutchIsoDateTime(moment).slice(0, 16);

/**
 * The moment a Dutch calendar day is over: the start of the next day. Worked out in
 * milliseconds, not through the next day's date: the day after 9999-12-31 has no four-digit
 * year, and a vacancy closing on 9999-12-31 stopped the search sync and the vacancy's page.
 */
export function endOfDutchDay(date: string): Date {
  let end = dayEnds.get(date);
  if (end === undefined) {
    end = dutchStartOf(utcMidnight(date) + DAY_MS);
    if (dayEnds.size >= DAY_STARTS_KEPT) dayEnds.clear();
    dayEnds.set(date, end);
  }
  return new Date(end);
}

/** A calendar date `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one calendar date to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** Whole days from today (in the Netherlands) until a calendar date; negative when past; null when no date. */
export function daysUntil(date: string, now: Date = new Date()): number | null {
  return isCalendarDate(date) ? daysBetween(dutchDate(now), date) : null;
}

/**
 * Is a closing date still open at `now`? A vacancy that closes on a day stays open through
 * that whole Dutch day (DESIGN.md invariant 1); no closing date means open.
 */
export function isOpenOn(closingDate: string | null, now: Date = new Date()): boolean {
  return closingDate === null || closingDate >= dutchDate(now);
}
