/**
 * Numbers, money, dates and ranges written the way each language writes them (Intl with
 * nl-NL or en-GB): "€ 3.700 – € 5.400 per maand" and "€3,700 – €5,400 per month".
 */
import { locales, type Lang } from './lang.ts';
import { messagesFor, type Messages } from './messages.ts';

const TIME_ZONE = 'Europe/Amsterdam';
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since the epoch of a `YYYY-MM-DD` calendar date, or null when it is not one. */
function epochDay(date: string): number | null {
  const match = DATE_ONLY.exec(date);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** Today's calendar date in the Netherlands, `YYYY-MM-DD`. */
function todayInNetherlands(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whole days from today (in the Netherlands) until a calendar date; negative when past. */
export function daysUntil(date: string, now = new Date()): number | null {
  const target = epochDay(date);
  const today = epochDay(todayInNetherlands(now));
  return target === null || today === null ? null : target - today;
}

/** Within this many days a closing date is called out ("sluit over 3 dagen"). */
export const CLOSING_SOON_DAYS = 14;

/** Days left when a vacancy closes within two weeks (0 = today), otherwise null. */
export function closingSoon(closingDate: string | null, now = new Date()): number | null {
  const days = closingDate ? daysUntil(closingDate, now) : null;
  return days !== null && days >= 0 && days <= CLOSING_SOON_DAYS ? days : null;
}

export interface Formatters {
  number: (value: number) => string;
  money: (euros: number) => string;
  /** A salary range per month, or null when the vacancy names no amounts. */
  salaryRange: (min: number | null, max: number | null) => string | null;
  /** "32–36 uur per week", or "36 uur per week" when both ends agree. */
  hoursRange: (min: number, max: number) => string;
  /** A calendar date (`YYYY-MM-DD`) or a timestamp, as a long date. */
  date: (value: string) => string;
}

/** Per set of texts: formatters made while a language was still loading are not kept. */
const cache = new Map<Messages, Formatters>();

export function formatters(lang: Lang): Formatters {
  const messages = messagesFor(lang);
  const cached = cache.get(messages);
  if (cached) return cached;
  const locale = locales[lang];
  const t = messages.vacancy;
  const number = new Intl.NumberFormat(locale);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const calendarDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });

  const result: Formatters = {
    number: (value) => number.format(value),
    money: (euros) => money.format(euros),
    salaryRange: (min, max) => {
      let range: string;
      if (min !== null && max !== null)
        range = min === max ? money.format(min) : `${money.format(min)} – ${money.format(max)}`;
      else if (min !== null) range = t.salaryFrom(money.format(min));
      else if (max !== null) range = t.salaryUpTo(money.format(max));
      else return null;
      return `${range} ${t.perMonth}`;
    },
    hoursRange: (min, max) =>
      t.hoursRange(min === max ? number.format(min) : `${number.format(min)}–${number.format(max)}`),
    date: (value) => {
      const day = epochDay(value);
      if (day !== null) return calendarDate.format(new Date(day * 86_400_000));
      const parsed = new Date(value);
      return Number.isNaN(parsed.getTime()) ? value : instant.format(parsed);
    },
  };
  cache.set(messages, result);
  return result;
}
