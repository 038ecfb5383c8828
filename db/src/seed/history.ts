/**
 * A year of history for the demo alliance, so the figures (cost split, members' dashboards,
 * the coordinator's cockpit) have something to show: membership that began about fourteen
 * months ago (two members joined later), closed vacancies published month by month, the daily
 * counters of every published vacancy, what job seekers searched for, and the yearly budgets.
 * Deterministic and pure like generator.ts: the same alliance, vacancies and `now` give the
 * same rows; nothing is written here.
 */
import { addDays, dutchDate, endOfDutchDay, startOfDutchDay } from '@samenwerven/calendar';
import type { allianceBudgets, membershipPeriods, NewVacancy, searchTerms, vacancyViews } from '../schema.ts';
import { generateVacancies, type DemoOrganisation } from './generator.ts';
import { Random } from './random.ts';

type Vacancy = NewVacancy & { id: string };
export type CounterRow = typeof vacancyViews.$inferInsert & { vacancyId: string; day: string };
export type SearchTermRow = typeof searchTerms.$inferInsert;

/** Members that joined during the year (months before `now`); every other member is a founder. */
export const LATE_JOINERS: Readonly<Record<string, number>> = {
  'gemeente-heusden': 5,
  'omgevingsdienst-midden-west-brabant': 9,
};
/** The alliance began on the first of the month this many months before `now`. */
export const FOUNDED_MONTHS_AGO = 14;
/** The oldest history vacancy is published at most this many days ago (the twelve months before this one are whole). */
export const HISTORY_DAYS = 400;
/** The youngest history vacancy is this many days old, so it can have run its course. */
const YOUNGEST_DAYS = 15;

const DAY = 86_400_000;

/** The first day of the month `months` before the month of `day` (`YYYY-MM-DD`). */
export function firstOfMonthBefore(day: string, months: number): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 - months, 1)).toISOString().slice(0, 10);
}

/** A moment on a Dutch day between `fromHour` and `toHour` o'clock. */
const momentOn = (random: Random, day: string, fromHour = 8, toHour = 17) =>
  new Date(startOfDutchDay(day).getTime() + random.int(fromHour * 3600, toHour * 3600 - 1) * 1000);

/**
 * When each organisation's membership began. Without history, at `now` (the demo as tests
 * know it); with history, on the first of the month fourteen months ago, or for the late
 * joiners on the first of their month. Every period is still open: every member is active today.
 */
export function demoMembershipPeriods(
  organisations: readonly DemoOrganisation[],
  now: Date,
  history: boolean,
): (typeof membershipPeriods.$inferInsert)[] {
  const today = dutchDate(now);
  return organisations.map((o) => {
    if (!history) return { organisationId: o.id, startedAt: now };
    const monthsAgo = (!o.isCoordinatingBody && LATE_JOINERS[o.slug]) || FOUNDED_MONTHS_AGO;
    return { organisationId: o.id, startedAt: startOfDutchDay(firstOfMonthBefore(today, monthsAgo)) };
  });
}

export interface HistoryOptions {
  organisations: readonly DemoOrganisation[];
  /** The vacancies of today's demo (generateVacancies): their counters are made too. */
  current: readonly Vacancy[];
  now: Date;
  seed?: number;
  /** Applications made in the demo itself (demo-applications.ts), counted on their day. */
  applications?: readonly { vacancyId: string; createdAt: Date }[];
}

export interface DemoHistory {
  membershipPeriods: (typeof membershipPeriods.$inferInsert)[];
  /** Closed vacancies published over the past year, some filled. */
  vacancies: Vacancy[];
  counters: CounterRow[];
  searchTerms: SearchTermRow[];
  budgets: (typeof allianceBudgets.$inferInsert)[];
}

/**
 * Closed vacancies published over the past year: 2–5 per member per month (none before it
 * joined), each open 3–8 weeks, about 60 % filled 2–8 weeks after publication. The job content
 * comes from generateVacancies (with seeds of their own), so the texts are as realistic as today's.
 */
export function generateHistoricVacancies(options: {
  organisations: readonly DemoOrganisation[];
  now: Date;
  seed?: number;
}): Vacancy[] {
  const random = new Random(options.seed ?? 2024);
  const { now } = options;
  const today = dutchDate(now);
  const periods = demoMembershipPeriods(options.organisations, now, true);
  const result: Vacancy[] = [];
  options.organisations.forEach((organisation, index) => {
    if (organisation.isCoordinatingBody) return;
    const joined = dutchDate(periods[index]!.startedAt);
    const ages: number[] = [];
    for (let window = 0; window * 30 < HISTORY_DAYS; window++) {
      const perMonth = random.int(2, 5);
      for (let n = 0; n < perMonth; n++) {
        const age = random.int(Math.max(YOUNGEST_DAYS, window * 30), Math.min(HISTORY_DAYS, window * 30 + 29));
        if (addDays(today, -age) >= joined) ages.push(age);
      }
    }
    ages.sort((a, b) => b - a);
    const jobs = generateVacancies({
      count: ages.length,
      organisations: [organisation],
      seed: 10_000 + index,
      now,
    });
    ages.forEach((age, n) => {
      const job = jobs[n]!;
      const publishedDay = addDays(today, -age);
      const publishedAt = momentOn(random, publishedDay);
      // Open 3–8 weeks, and closed before today.
      const closingDate = addDays(publishedDay, Math.min(random.int(21, 56), age - 1));
      const closedAt = endOfDutchDay(closingDate);
      const filledDay = random.chance(0.6) ? addDays(publishedDay, random.int(14, 56)) : null;
      const filledAt = filledDay !== null && filledDay < today ? momentOn(random, filledDay, 9, 17) : null;
      result.push({
        ...job,
        externalId: `HIST-${String(result.length + 1).padStart(6, '0')}`,
        state: 'closed',
        publishAt: null,
        publishedAt,
        closingDate,
        closedAt,
        filledAt,
        createdAt: new Date(publishedAt.getTime() - random.int(1, 5) * DAY),
        updatedAt: filledAt && filledAt > closedAt ? filledAt : closedAt,
      });
    });
  });
  return result;
}

/** Builds the daily counters; rows of one vacancy and day add up. */
class Counters {
  private readonly rows = new Map<string, CounterRow>();

  row(vacancyId: string, day: string): CounterRow {
    const key = `${vacancyId}|${day}`;
    let row = this.rows.get(key);
    if (!row) {
      row = { vacancyId, day, views: 0, fromWidget: 0, fromFeed: 0, impressions: 0, applications: 0, hires: 0 };
      this.rows.set(key, row);
    }
    return row;
  }

  all(): CounterRow[] {
    return [...this.rows.values()];
  }
}

/**
 * The counters of one vacancy while it was open: a row every one to four days (not every day,
 * to keep the table small), a few to a few dozen views, busier in the first week; a part of
 * them from the member's widget and from feeds; search impressions several times the views;
 * a few applications before the hire; one hire on the day it was filled.
 */
function countVacancy(random: Random, counters: Counters, v: Vacancy, today: string): void {
  const published = dutchDate(v.publishedAt!);
  const closed = v.closedAt ? dutchDate(new Date(v.closedAt.getTime() - 1)) : today;
  const last = closed < today ? closed : today;
  const days: string[] = [];
  for (let offset = 0, day = published; day <= last; offset += random.int(1, 4), day = addDays(published, offset)) {
    const views = random.int(3, 25) + (offset < 7 ? random.int(5, 20) : 0);
    const row = counters.row(v.id, day);
    row.views! += views;
    row.fromWidget! += Math.floor(views * random.next() * 0.2);
    row.fromFeed! += Math.floor(views * random.next() * 0.12);
    row.impressions! += views * random.int(3, 8) + random.int(0, 15);
    days.push(day);
  }
  if (days.length === 0) return;
  const filled = v.filledAt ? dutchDate(v.filledAt) : null;
  const before = filled ? days.filter((d) => d <= filled) : days;
  const applications = filled ? random.int(2, 9) : random.int(0, 5);
  for (let n = 0; n < applications && before.length > 0; n++) counters.row(v.id, random.pick(before)).applications!++;
  if (filled) counters.row(v.id, filled).hires!++;
}

/** Common words job seekers type, and how often a day (on a weekday). */
const searchedWords: [string, number][] = [
  ['beleidsmedewerker', 38],
  ['ict', 30],
  ['tilburg', 26],
  ['handhaving', 22],
  ['breda', 20],
  ['jurist', 18],
  ['projectleider', 16],
  ['toezichthouder', 15],
  ['parttime', 14],
  ['den bosch', 12],
  ['boa', 12],
  ['communicatie', 11],
  ['hr adviseur', 10],
  ['sociaal domein', 9],
  ['vergunningverlener', 9],
  ['stage', 9],
  ['data-analist', 8],
  ['thuiswerken', 8],
  ['financieel adviseur', 7],
  ['senior', 7],
  ['omgevingswet', 6],
  ['traineeship', 6],
  ['klantcontactcentrum', 6],
  ['32 uur', 6],
  ['secretaresse', 5],
  ['groenvoorziening', 5],
  ['schaal 10', 5],
  ['wijkregisseur', 4],
  ['werkvoorbereider', 4],
  ['waalwijk', 4],
];
/** Words the alliance has no vacancies for: every search for them finds nothing. */
const unfoundWords: [string, number][] = [
  ['politie', 3],
  ['brandweer', 2],
  ['amsterdam', 1.2],
  ['leraar basisschool', 1],
  ['vrachtwagenchauffeur', 0.8],
  ['bijbaan weekend', 0.6],
  ['verpleegkundige ic', 0.5],
  ['dierenarts', 0.4],
  ['piloot', 0.3],
  ['kapper', 0.3],
];

/** What was searched on each day of the past year (fewer at weekends). */
export function generateSearchTerms(now: Date, seed = 2025): SearchTermRow[] {
  const random = new Random(seed);
  const today = dutchDate(now);
  const rows: SearchTermRow[] = [];
  for (let back = 364; back >= 0; back--) {
    const day = addDays(today, -back);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    const busy = weekday === 0 || weekday === 6 ? 0.4 : 1;
    const searches = (perDay: number) => Math.floor(perDay * busy * (0.5 + random.next()) + random.next());
    for (const [term, perDay] of searchedWords) {
      const n = searches(perDay);
      if (n > 0) rows.push({ day, term, searches: n, zeroResults: 0 });
    }
    for (const [term, perDay] of unfoundWords) {
      const n = searches(perDay);
      if (n > 0) rows.push({ day, term, searches: n, zeroResults: n });
    }
  }
  return rows;
}

/** € 150.000 a year, divided equally by member days, this year and the previous one. */
export function demoBudgets(now: Date): (typeof allianceBudgets.$inferInsert)[] {
  const year = Number(dutchDate(now).slice(0, 4));
  return [year - 1, year].map((y) => ({ year: y, amountCents: 15_000_000, costKey: 'equal' as const, updatedAt: now }));
}

/** Everything the demo's year of history adds. */
export function generateHistory(options: HistoryOptions): DemoHistory {
  const seed = options.seed ?? 2024;
  const { now } = options;
  const today = dutchDate(now);
  const history = generateHistoricVacancies({ organisations: options.organisations, now, seed });
  const random = new Random(seed + 1);
  const counters = new Counters();
  for (const v of [...history, ...options.current]) if (v.publishedAt) countVacancy(random, counters, v, today);
  for (const a of options.applications ?? []) counters.row(a.vacancyId, dutchDate(a.createdAt)).applications!++;
  return {
    membershipPeriods: demoMembershipPeriods(options.organisations, now, true),
    vacancies: history,
    counters: counters.all(),
    searchTerms: generateSearchTerms(now, seed + 2),
    budgets: demoBudgets(now),
  };
}
