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

/** The member days among the days `from` through `to` (inclusive), as `YYYY-MM-DD`, in order. */
export function memberDays(periods: readonly Period[], from: string, to: string, now: Date): Set<string> {
  const days = new Set<string>();
  const today = dutchDate(now);
  const last = to < today ? to : today;
  for (let day = from; day <= last; day = addDays(day, 1)) {
    const start = startOfDutchDay(day).getTime();
    const end = endOfDutchDay(day).getTime();
    if (periods.some((p) => p.startedAt.getTime() < end && (p.endedAt === null || p.endedAt.getTime() > start)))
      days.add(day);
  }
  return days;
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
