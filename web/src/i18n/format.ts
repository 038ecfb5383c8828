/**
 * Numbers, money, dates and ranges written the way each language writes them (Intl with
 * nl-NL or en-GB): "€ 3.700 – € 5.400 per maand" and "€3,700 – €5,400 per month".
 */
import { daysUntil, isCalendarDate, startOfDutchDay, TIME_ZONE } from '@samenwerven/calendar';
import { locales, type Lang } from './lang.ts';
import { messagesFor, type Messages } from './messages.ts';

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
  /** A file's size in bytes, as "312 kB" or "1,5 MB" (at least 1 kB: a tiny file is not "0 kB"). */
  fileSize: (bytes: number) => string;
  /** Items as the language lists them: "rijbewijs, vergunning en wabo". */
  list: (items: readonly string[]) => string;
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
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
  const megabytes = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });

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
      // A calendar date is a Dutch day: shown in Dutch time, its first moment is that day.
      if (isCalendarDate(value)) return instant.format(startOfDutchDay(value));
      const parsed = new Date(value);
      return Number.isNaN(parsed.getTime()) ? value : instant.format(parsed);
    },
    fileSize: (bytes) =>
      bytes < 1024 * 1024
        ? `${number.format(Math.max(1, Math.round(bytes / 1024)))} kB`
        : `${megabytes.format(bytes / (1024 * 1024))} MB`,
    list: (items) => list.format(items),
  };
  cache.set(messages, result);
  return result;
}

const momentFormats = new Map<Lang, Intl.DateTimeFormat>();

/** "30 november 2026 om 10:32", in Dutch time. */
export function formatMoment(lang: Lang, iso: string): string {
  let format = momentFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[lang], {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    });
    momentFormats.set(lang, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
