/**
 * The figures as the routes answer them: the cost split (`/stats`), a member's dashboard and
 * the coordinator's cockpit, with their CSV forms. All are built from `periodFigures`.
 */
import { dutchDate } from '@samenwerven/calendar';
import type { Database } from '@samenwerven/db';
import { Fixed, toCsv, type CsvSeparator } from '../csv.ts';
import { notFound } from '../errors.ts';
import type { Locale } from '../i18n.ts';
import { costOfPeriod, lastCountedDay, splitByBudgets, splitCosts, type CostKey } from './costs.ts';
import { countPendingJoinRequests, listMemberOrganisations, topSearchTerms } from './queries.ts';
import {
  addFigures,
  averageDaysToFill,
  emptyMonth,
  periodFigures,
  type MemberFigures,
  type MonthFigures,
  type PeriodFigures,
} from './service.ts';

export interface Period {
  from: string;
  to: string;
}

/** This calendar year (Amsterdam) unless the caller says otherwise. */
export function periodOf(query: { from?: string | undefined; to?: string | undefined }, now = new Date()): Period {
  const year = dutchDate(now).slice(0, 4);
  return { from: query.from ?? `${year}-01-01`, to: query.to ?? `${year}-12-31` };
}

/** The counts as the contract has them: time to fill as an average instead of its sums. */
function counts(f: MonthFigures) {
  const { filled: _filled, daysToFill: _days, ...rest } = f;
  return { ...rest, averageDaysToFill: averageDaysToFill(f) };
}

const euros = (cents: number) => cents / 100;

/** How the costs are divided: one amount by one key, or each year's budget by its own key. */
export type StatsKey = CostKey | 'budgets';

/** The members' shares in cents (in the order of `figures.members`), what was divided, and by which budgets. */
async function divideCosts(db: Database, figures: PeriodFigures, key: StatsKey, amount: number) {
  if (key === 'budgets') {
    const { shares, parts } = await splitByBudgets(db, figures);
    return { shares, amountCents: parts.reduce((sum, part) => sum + part.amountCents, 0), parts };
  }
  const amountCents = Math.round(amount * 100);
  return { shares: splitCosts(figures.members, key, amountCents), amountCents, parts: null };
}

export async function allianceStats(db: Database, input: Period & { costKey: StatsKey; amount: number; now?: Date }) {
  const figures = await periodFigures(db, input);
  const { shares, amountCents, parts } = await divideCosts(db, figures, input.costKey, input.amount);
  const items = figures.members.map((member, i) => ({
    organisation: member.organisation,
    ...counts(member.totals),
    costWeight: member.costWeight,
    costShare: euros(shares[i]!),
    costShareCents: shares[i]!,
  }));
  const total = figures.members.reduce((sum, m) => addFigures(sum, m.totals), emptyMonth());
  const totalCents = shares.reduce((a, b) => a + b, 0);
  return {
    from: input.from,
    to: input.to,
    costKey: input.costKey,
    amount: euros(amountCents),
    amountCents,
    ...(parts ? { budgets: parts.map((part) => ({ ...part, amount: euros(part.amountCents) })) } : {}),
    items,
    totals: { ...counts(total), costShare: euros(totalCents), costShareCents: totalCents },
  };
}

/** The last row's name, in the caller's language. */
const TOTAL: Record<Locale, string> = { nl: 'Totaal', en: 'Total' };

/** The cost split as CSV: one row per member and a totals row, the same numbers as the JSON. */
export function allianceStatsCsv(
  stats: Awaited<ReturnType<typeof allianceStats>>,
  separator: CsvSeparator = 'comma',
  locale: Locale = 'nl',
): string {
  const row = (name: string, slug: string, state: string, f: (typeof stats.items)[number] | typeof stats.totals) => ({
    organisation: name,
    slug,
    state,
    member_days: f.memberDays,
    vacancies_published: f.vacanciesPublished,
    views: f.views,
    views_from_widget: f.fromWidget,
    views_from_feeds: f.fromFeed,
    search_impressions: f.impressions,
    applications: f.applications,
    hires: f.hires,
    average_days_to_fill: f.averageDaysToFill,
    cost_share_eur: new Fixed(f.costShareCents / 100, 2),
  });
  return toCsv(
    [
      ...stats.items.map((i) => row(i.organisation.name, i.organisation.slug, i.organisation.state, i)),
      row(TOTAL[locale], '', '', stats.totals),
    ],
    undefined,
    separator,
  );
}

/** Per member, one decimal; null when there were no members. */
function averageOf(rows: readonly MonthFigures[]) {
  const sum = rows.reduce((acc, r) => addFigures(acc, r), emptyMonth());
  const per = (n: number) => (rows.length > 0 ? Math.round((n / rows.length) * 10) / 10 : null);
  return {
    memberDays: per(sum.memberDays),
    vacanciesPublished: per(sum.vacanciesPublished),
    views: per(sum.views),
    fromWidget: per(sum.fromWidget),
    fromFeed: per(sum.fromFeed),
    impressions: per(sum.impressions),
    applications: per(sum.applications),
    hires: per(sum.hires),
    averageDaysToFill: averageDaysToFill(sum),
  };
}

const monthsOfMember = (member: MemberFigures | undefined, months: readonly string[]) =>
  months.map((month) => ({ month, ...counts(member?.months.get(month) ?? emptyMonth()) }));

export async function memberDashboard(db: Database, organisationId: string, period: Period, now = new Date()) {
  const figures = await periodFigures(db, { ...period, now });
  const member = figures.members.find((m) => m.organisation.id === organisationId);
  const organisation = member?.organisation ?? (await listMemberOrganisations(db)).find((o) => o.id === organisationId);
  if (!organisation) throw notFound();
  const totals = member?.totals ?? emptyMonth();
  // The members' averages are the alliance's own: shown to a member over a period it was one in,
  // not to an organisation that only applied, nor over a period after it left (an attacker's
  // review: anyone who registered an organisation read them). Their number is public anyway.
  const sharedWith = member ? figures.members : [];
  const cents = await costOfPeriod(db, figures, organisationId, now);
  const lastCounted = lastCountedDay(period.to, now);
  const per = (n: number) => (cents === null || n === 0 ? null : Math.round(cents / n) / 100);
  return {
    organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name, state: organisation.state },
    from: period.from,
    to: period.to,
    months: monthsOfMember(member, figures.months),
    totals: counts(totals),
    alliance: {
      members: figures.members.length,
      averagePerMember: averageOf(sharedWith.map((m) => m.totals)),
      months: figures.months.map((month) => ({
        month,
        ...averageOf(sharedWith.flatMap((m) => m.months.get(month) ?? [])),
      })),
    },
    costs: {
      amount: cents === null ? null : euros(cents),
      perApplication: per(totals.applications),
      perHire: per(totals.hires),
      countedThrough: lastCounted < period.from ? null : lastCounted,
    },
  };
}

/** Euros to the cent in a CSV cell; empty where there is no amount. */
const money = (value: number | null) => (value === null ? null : new Fixed(value, 2));

/**
 * A member's figures per month, as the dashboard shows them, and a last row with the period's
 * totals and what it cost: the costs are known for the period only, so the months leave them
 * empty.
 */
export function memberDashboardCsv(
  dashboard: Awaited<ReturnType<typeof memberDashboard>>,
  separator: CsvSeparator = 'comma',
  locale: Locale = 'nl',
): string {
  type Figures = (typeof dashboard.months)[number] | typeof dashboard.totals;
  type Averages = (typeof dashboard.alliance.months)[number] | typeof dashboard.alliance.averagePerMember;
  const row = (month: string, m: Figures, average: Averages, costs: Partial<typeof dashboard.costs> = {}) => ({
    month,
    member_days: m.memberDays,
    vacancies_published: m.vacanciesPublished,
    views: m.views,
    views_from_widget: m.fromWidget,
    views_from_feeds: m.fromFeed,
    search_impressions: m.impressions,
    applications: m.applications,
    hires: m.hires,
    average_days_to_fill: m.averageDaysToFill,
    alliance_average_views: average.views,
    alliance_average_search_impressions: average.impressions,
    alliance_average_applications: average.applications,
    alliance_average_hires: average.hires,
    cost_eur: money(costs.amount ?? null),
    cost_per_application_eur: money(costs.perApplication ?? null),
    cost_per_hire_eur: money(costs.perHire ?? null),
  });
  return toCsv(
    [
      ...dashboard.months.map((m, i) => row(m.month, m, dashboard.alliance.months[i]!)),
      row(TOTAL[locale], dashboard.totals, dashboard.alliance.averagePerMember, dashboard.costs),
    ],
    undefined,
    separator,
  );
}

export async function cockpit(db: Database, period: Period, now = new Date()) {
  const [figures, organisations, pendingJoinRequests, topSearches, searchesWithoutResults] = await Promise.all([
    periodFigures(db, { ...period, now }),
    listMemberOrganisations(db),
    countPendingJoinRequests(db),
    topSearchTerms(db, period.from, period.to, { zeroOnly: false, limit: 20 }),
    topSearchTerms(db, period.from, period.to, { zeroOnly: true, limit: 20 }),
  ]);
  const all = figures.members.reduce((sum, m) => addFigures(sum, m.totals), emptyMonth());
  return {
    from: period.from,
    to: period.to,
    organisations: organisations.map(({ id, slug, name, state }) => ({ id, slug, name, state })),
    pendingJoinRequests,
    months: figures.months.map((month) => ({
      month,
      ...counts(figures.members.reduce((sum, m) => addFigures(sum, m.months.get(month) ?? {}), emptyMonth())),
    })),
    totals: counts(all),
    perMember: figures.members.map((m) => ({
      organisation: m.organisation,
      months: monthsOfMember(m, figures.months),
      totals: counts(m.totals),
    })),
    topSearches,
    searchesWithoutResults,
  };
}
