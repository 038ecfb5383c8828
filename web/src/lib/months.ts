/**
 * Months as the figures pages write them, and the sentence that sums up a chart for those who
 * do not see it (or do not want to read it off the bars).
 */
import { todayInNetherlands } from '@samenwerven/calendar';
import type { FiguresMessages } from '../i18n/figures-messages.ts';
import { locales, type Lang } from '../i18n/lang.ts';

const cache = new Map<string, Intl.DateTimeFormat>();

function monthFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[lang], { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

const firstDay = (month: string) => new Date(`${month}-01T12:00:00Z`);

/** "januari 2026" / "January 2026". */
export const monthName = (lang: Lang, month: string) =>
  monthFormat(lang, { month: 'long', year: 'numeric' }).format(firstDay(month));

/** "jan" on a chart's axis; "jan 26" when the months span more than one year. */
export function monthTick(lang: Lang, month: string, spansYears: boolean): string {
  return monthFormat(lang, spansYears ? { month: 'short', year: '2-digit' } : { month: 'short' })
    .format(firstDay(month))
    .replace('.', '');
}

export const spansYears = (months: readonly string[]) =>
  months.length > 0 && months[0]!.slice(0, 4) !== months[months.length - 1]!.slice(0, 4);

/** The months that have begun: a summary does not end with the zeros of months still to come. */
export function pastMonths<T extends { month: string }>(rows: readonly T[], today = todayInNetherlands()): T[] {
  const current = today.slice(0, 7);
  const past = rows.filter((row) => row.month <= current);
  return past.length > 0 ? past : [...rows];
}

/**
 * "Sollicitaties: 54 in totaal, van 12 in januari 2026 naar 30 in november 2026. Het hoogst in
 * maart 2026 (41)." Over the months that have begun.
 */
export function trendSentence(
  t: FiguresMessages,
  lang: Lang,
  number: (value: number) => string,
  label: string,
  rows: readonly { month: string; value: number }[],
): string {
  const past = pastMonths(rows);
  const total = past.reduce((sum, row) => sum + row.value, 0);
  if (past.length === 0 || total === 0) return t.chart.nothing(label);
  const first = past[0]!;
  const last = past[past.length - 1]!;
  if (past.length === 1) return t.chart.single(label, number(first.value), monthName(lang, first.month));
  const peak = past.reduce((best, row) => (row.value > best.value ? row : best), first);
  const trend = t.chart.trend(
    label,
    number(total),
    number(first.value),
    monthName(lang, first.month),
    number(last.value),
    monthName(lang, last.month),
  );
  return `${trend} ${t.chart.peak(monthName(lang, peak.month), number(peak.value))}`;
}
