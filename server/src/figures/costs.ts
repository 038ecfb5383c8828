/**
 * Dividing the alliance's costs: in whole cents that add up exactly to the amount, by the
 * largest-remainder rule (each member first gets its share rounded down to the cent; the cents
 * left over go one each to the members with the largest rounded-off fractions, ties to the
 * member listed first). The rule is written on the figures page too.
 */
import { daysBetween, dutchDate } from '@samenwerven/calendar';
import type { Database } from '@samenwerven/db';
import { selectBudgets } from './budget-queries.ts';
import { addFigures, emptyMonth, type MemberFigures, type PeriodFigures } from './service.ts';

export type CostKey = 'equal' | 'vacancies' | 'weight';

/** Divides `cents` in proportion to the weights, in whole cents that add up to `cents`. */
export function splitInCents(cents: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (cents * w) / total);
  const shares = exact.map(Math.floor);
  let left = cents - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - shares[i]!, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    shares[i]!++;
    left--;
  }
  return shares;
}

/**
 * What each member's share is based on. Every key is time-weighted: a member for half the
 * period pays half. By vacancies: the vacancies it published; when nobody published any, the
 * amount is divided by member days instead (else it could not be divided at all).
 */
export function costBases(members: readonly MemberFigures[], key: CostKey): number[] {
  const days = members.map((m) => m.totals.memberDays);
  if (key === 'weight') {
    // Every weight 0: by member days, as by vacancies when nobody published (else nothing could
    // be divided, and the shares did not add up to the amount: a review).
    const weighted = members.map((m) => m.costWeight * m.totals.memberDays);
    return weighted.some((n) => n > 0) ? weighted : days;
  }
  if (key === 'vacancies') {
    const published = members.map((m) => m.totals.vacanciesPublished);
    return published.some((n) => n > 0) ? published : days;
  }
  return days;
}

export const splitCosts = (members: readonly MemberFigures[], key: CostKey, cents: number): number[] =>
  splitInCents(cents, costBases(members, key));

/** The last day a member's share counts: the period's end, or today when the period runs on. */
export function lastCountedDay(to: string, now: Date): string {
  const today = dutchDate(now);
  return to < today ? to : today;
}

/** One calendar year's budget for the part of the year counted, and the members over that part. */
export interface BudgetPart {
  year: number;
  costKey: CostKey;
  amountCents: number;
  members: MemberFigures[];
}

/**
 * For each calendar year from the period's start to `last` that has a budget: the part of the
 * budget those days make up, and the members over them. A year's part of the period is whole
 * months of `figures` (a year starts with a month), so the figures are read once.
 */
export async function budgetParts(db: Database, figures: PeriodFigures, last: string): Promise<BudgetPart[]> {
  const budgets = new Map((await selectBudgets(db)).map((b) => [b.year, b]));
  const parts: BudgetPart[] = [];
  for (let year = Number(figures.from.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    const budget = budgets.get(year);
    if (!budget) continue;
    const start = figures.from > `${year}-01-01` ? figures.from : `${year}-01-01`;
    const end = last < `${year}-12-31` ? last : `${year}-12-31`;
    const amountCents = Math.round(
      (budget.amountCents * dayCount(start, end)) / dayCount(`${year}-01-01`, `${year}-12-31`),
    );
    const members = membersInYear(figures.members, String(year));
    // A year nobody was a member of yet (a budget set ahead): nothing of it can be divided, and
    // counted in the amount it made the shares fall short of it (a review).
    if (members.length > 0) parts.push({ year, costKey: budget.costKey, amountCents, members });
  }
  return parts;
}

/**
 * What an organisation pays for a period's days (up to today): for each calendar year the period
 * touches, the part of that year's budget its days make up, divided among the members over those
 * days by the year's key. Null when no budget covers the period.
 */
export async function costOfPeriod(
  db: Database,
  figures: PeriodFigures,
  organisationId: string,
  now = new Date(),
): Promise<number | null> {
  const last = lastCountedDay(figures.to, now);
  if (last < figures.from) return null;
  const parts = await budgetParts(db, figures, last);
  if (parts.length === 0) return null;
  let cents = 0;
  for (const part of parts) {
    const shares = splitCosts(part.members, part.costKey, part.amountCents);
    const index = part.members.findIndex((m) => m.organisation.id === organisationId);
    if (index >= 0) cents += shares[index]!;
  }
  return cents;
}

/**
 * The alliance's split by its budgets: each year's part of its budget (the days of the year the
 * whole period covers, a period still running included), divided by that year's own key among
 * that year's members, added up per member in the order of `figures.members`. A coordinator's
 * review: over two years the first year's key was taken for both.
 */
export async function splitByBudgets(
  db: Database,
  figures: PeriodFigures,
): Promise<{ shares: number[]; parts: { year: number; costKey: CostKey; amountCents: number }[] }> {
  const parts = await budgetParts(db, figures, figures.to);
  const shares = figures.members.map(() => 0);
  const index = new Map(figures.members.map((member, i) => [member.organisation.id, i]));
  for (const part of parts) {
    splitCosts(part.members, part.costKey, part.amountCents).forEach((cents, i) => {
      shares[index.get(part.members[i]!.organisation.id)!]! += cents;
    });
  }
  return { shares, parts: parts.map(({ year, costKey, amountCents }) => ({ year, costKey, amountCents })) };
}

/** The members with their totals over one year's months only; those with no member day in it left out. */
function membersInYear(members: readonly MemberFigures[], year: string): MemberFigures[] {
  return members.flatMap((member) => {
    const months = [...member.months].filter(([month]) => month.startsWith(`${year}-`));
    const totals = months.reduce((sum, [, figures]) => addFigures(sum, figures), emptyMonth());
    return totals.memberDays > 0 ? [{ ...member, months: new Map(months), totals }] : [];
  });
}

/** Days `from` through `to`, both counted. */
const dayCount = (from: string, to: string) => daysBetween(from, to) + 1;
