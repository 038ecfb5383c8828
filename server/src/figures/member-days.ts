/**
 * Member days: the Dutch calendar days on which an organisation was a member, counted whole.
 * A day counts when any part of it fell in a membership period (joining or leaving during a
 * day makes it a member day), and only days up to today: the future is not a member day yet.
 * Suspension does not end membership (the member still belongs to the alliance and shares its
 * costs); leaving does.
 */
import { addDays, dutchDate, startOfDutchDay } from '@samenwerven/calendar';

export interface Period {
  startedAt: Date;
  endedAt: Date | null;
}

export interface DutchDay {
  day: string;
  /** Its first moment and the first moment of the next day, in ms. */
  start: number;
  end: number;
}

/** When each Dutch day begins, remembered: it never changes, and a year of figures asks for 366. */
const starts = new Map<string, number>();
function startOf(day: string): number {
  let start = starts.get(day);
  if (start === undefined) {
    start = startOfDutchDay(day).getTime();
    if (starts.size > 20_000) starts.clear();
    starts.set(day, start);
  }
  return start;
}

/** The days `from` through `to` (inclusive) up to today, with their bounds: computed once per period. */
export function dutchDaysUpToToday(from: string, to: string, now: Date): DutchDay[] {
  const today = dutchDate(now);
  const last = to < today ? to : today;
  const days: DutchDay[] = [];
  for (let day = from; day <= last; day = addDays(day, 1)) {
    // The end of a day is the start of the next (endOfDutchDay).
    days.push({ day, start: startOf(day), end: startOf(addDays(day, 1)) });
  }
  return days;
}

/** The member days among `days`, as `YYYY-MM-DD`. */
export function memberDays(periods: readonly Period[], days: readonly DutchDay[]): Set<string> {
  const spans = periods.map((p) => [p.startedAt.getTime(), p.endedAt?.getTime() ?? Infinity] as const);
  const member = new Set<string>();
  for (const { day, start, end } of days) {
    if (spans.some(([from, until]) => from < end && until > start)) member.add(day);
  }
  return member;
}

/** The months `YYYY-MM` the days `from` through `to` touch, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = to.split('-').map(Number) as [number, number];
  // Compared as numbers: as text, "10000-01" comes before "9999-12" (a period ending in December
  // 9999 ran on to the year 99989, a million months, blocking the process for twenty seconds).
  const last = lastYear * 12 + lastMonth;
  for (;;) {
    if (year * 12 + month > last) return months;
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}
