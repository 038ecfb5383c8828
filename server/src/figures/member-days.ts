/**
 * Member days: the Dutch calendar days on which an organisation was a member, counted whole.
 * A day counts when any part of it fell in a membership period (joining or leaving during a
 * day makes it a member day), and only days up to today: the future is not a member day yet.
 * Suspension does not end membership (the member still belongs to the alliance and shares its
 * costs); leaving does.
 */
import { addDays, dutchDate, endOfDutchDay, startOfDutchDay } from '@samenwerven/calendar';

export interface Period {
  startedAt: Date;
  endedAt: Date | null;
}

/** The member days in the days `from` through `to` (inclusive), per month `YYYY-MM`. */
export function memberDaysByMonth(
  periods: readonly Period[],
  from: string,
  to: string,
  now: Date,
): Map<string, number> {
  const byMonth = new Map<string, number>();
  const today = dutchDate(now);
  const last = to < today ? to : today;
  for (let day = from; day <= last; day = addDays(day, 1)) {
    const start = startOfDutchDay(day).getTime();
    const end = endOfDutchDay(day).getTime();
    const member = periods.some(
      (p) => p.startedAt.getTime() < end && (p.endedAt === null || p.endedAt.getTime() > start),
    );
    if (member) byMonth.set(day.slice(0, 7), (byMonth.get(day.slice(0, 7)) ?? 0) + 1);
  }
  return byMonth;
}

/** The months `YYYY-MM` the days `from` through `to` touch, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}
