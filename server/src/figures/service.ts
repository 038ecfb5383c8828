/**
 * The alliance's figures, from one source: per member organisation and Dutch calendar month,
 * its member days, publications, views (and those from its widget and feeds), appearances in
 * search results, applications, hires and times to fill. The cost split (`/stats`), each
 * member's dashboard, the coordinator's cockpit and their CSV files are all sums of these rows.
 */
import type { Database } from '@samenwerven/db';
import { dutchDaysUpToToday, memberDays, monthsOf } from './member-days.ts';
import {
  countFilledByDay,
  countPublishedByDay,
  listMemberOrganisations,
  listMembershipPeriods,
  sumCountersByDay,
} from './queries.ts';

export interface MonthFigures {
  memberDays: number;
  vacanciesPublished: number;
  views: number;
  fromWidget: number;
  fromFeed: number;
  impressions: number;
  applications: number;
  hires: number;
  /** Vacancies filled (first hire) and the sum of their times to fill, in days. */
  filled: number;
  daysToFill: number;
}

export interface MemberFigures {
  organisation: { id: string; slug: string; name: string; state: string };
  costWeight: number;
  months: Map<string, MonthFigures>;
  totals: MonthFigures;
}

export interface PeriodFigures {
  from: string;
  to: string;
  months: string[];
  /** Every organisation that was a member on at least one day of the period (up to today). */
  members: MemberFigures[];
}

export const emptyMonth = (): MonthFigures => ({
  memberDays: 0,
  vacanciesPublished: 0,
  views: 0,
  fromWidget: 0,
  fromFeed: 0,
  impressions: 0,
  applications: 0,
  hires: 0,
  filled: 0,
  daysToFill: 0,
});

export function addFigures(into: MonthFigures, add: Partial<MonthFigures>): MonthFigures {
  for (const key of Object.keys(into) as (keyof MonthFigures)[]) into[key] += add[key] ?? 0;
  return into;
}

/** Average days to fill, one decimal; null when nothing was filled. */
export const averageDaysToFill = (f: Pick<MonthFigures, 'filled' | 'daysToFill'>): number | null =>
  f.filled > 0 ? Math.round((f.daysToFill / f.filled) * 10) / 10 : null;

export async function periodFigures(
  db: Database,
  input: { from: string; to: string; now?: Date; organisationId?: string },
): Promise<PeriodFigures> {
  const now = input.now ?? new Date();
  const { from, to, organisationId } = input;
  const [orgs, periods, counters, published, filled] = await Promise.all([
    listMemberOrganisations(db),
    listMembershipPeriods(db),
    sumCountersByDay(db, from, to, organisationId),
    countPublishedByDay(db, from, to, organisationId),
    countFilledByDay(db, from, to, organisationId),
  ]);
  const members = new Map<string, MemberFigures>();
  const daysOf = new Map<string, Set<string>>();
  const calendar = dutchDaysUpToToday(from, to, now);
  for (const org of orgs) {
    if (organisationId && org.id !== organisationId) continue;
    const days = memberDays(
      periods.filter((p) => p.organisationId === org.id),
      calendar,
    );
    if (days.size === 0) continue;
    daysOf.set(org.id, days);
    const months = new Map<string, MonthFigures>();
    for (const day of days) {
      const month = months.get(day.slice(0, 7)) ?? emptyMonth();
      month.memberDays++;
      months.set(day.slice(0, 7), month);
    }
    members.set(org.id, {
      organisation: { id: org.id, slug: org.slug, name: org.name, state: org.state },
      costWeight: org.costWeight,
      months,
      totals: emptyMonth(),
    });
  }
  // Activity on a day the organisation was no member (a vacancy viewed after it left) is not
  // the alliance's: only member days count.
  const add = (row: { organisationId: string; day: string }, figures: Partial<MonthFigures>) => {
    if (!daysOf.get(row.organisationId)?.has(row.day)) return;
    addFigures(members.get(row.organisationId)!.months.get(row.day.slice(0, 7))!, figures);
  };
  for (const row of counters) add(row, row);
  for (const row of published) add(row, { vacanciesPublished: row.published });
  for (const row of filled) add(row, { filled: row.filled, daysToFill: row.daysToFill });
  for (const member of members.values()) for (const month of member.months.values()) addFigures(member.totals, month);
  return { from, to, months: monthsOf(from, to), members: [...members.values()] };
}
