/**
 * The alliance's figures (API.md, "Figures"): the cost split per member (`/stats`), a
 * member's dashboard, the coordinator's cockpit and the yearly budgets. The CSV forms are
 * plain download links, so their addresses are built here with the same query as the page.
 */
import type { Lang } from '../i18n/lang.ts';
import { csvUrl, type CsvSeparator } from './api-url.ts';
import { requestJson, type RequestOptions } from './client.ts';
import type { BodyOf, QueryOf, ResponseOf } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

/** How the cost split divides: one amount by one key, or `budgets`: each year's budget by its own key. */
export type StatsKey = NonNullable<QueryOf<'/stats', 'get'>['key']>;
/** A key one amount is divided by, as a year's budget has it. */
export type CostKey = Exclude<StatsKey, 'budgets'>;
/** Per member: whole member days, its activity, and `costShare` in euros; the shares add up to the amount. */
export type Stats = ResponseOf<'/stats', 'get'>;
export type Dashboard = ResponseOf<'/organisations/{orgId}/dashboard', 'get'>;
export type Cockpit = ResponseOf<'/coordination/cockpit', 'get'>;
export type MonthFigures = Cockpit['months'][number];
export type Budget = ResponseOf<'/coordination/budgets', 'get'>['items'][number];

export interface Period {
  from: string;
  to: string;
}

export interface StatsQuery extends Period {
  key: StatsKey;
  /** Not used with `budgets`. */
  amount: number;
}

function periodParams(period: Period): URLSearchParams {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  return params;
}

function statsParams(query: StatsQuery): URLSearchParams {
  const params = periodParams(query);
  params.set('key', query.key);
  if (query.key !== 'budgets') params.set('amount', String(query.amount));
  return params;
}

export function getStats(query: StatsQuery, options: Options): Promise<Stats> {
  return requestJson('/stats', { ...options, params: statsParams(query), method: 'GET' });
}

/** The cost split as CSV, with the same query as the page shows. */
export function statsCsvUrl(query: StatsQuery, lang: Lang, separator: CsvSeparator = 'comma'): string {
  return csvUrl('/stats', statsParams(query), separator, lang);
}

const dashboardPath = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}/dashboard`;

export function getDashboard(orgId: string, period: Period, options: Options): Promise<Dashboard> {
  return requestJson(dashboardPath(orgId), { ...options, params: periodParams(period), method: 'GET' });
}

/** A member's figures per month as CSV, for the same period as the page. */
export function dashboardCsvUrl(orgId: string, period: Period, lang: Lang, separator: CsvSeparator = 'comma'): string {
  return csvUrl(dashboardPath(orgId), periodParams(period), separator, lang);
}

export function getCockpit(period: Period, options: Options): Promise<Cockpit> {
  return requestJson('/coordination/cockpit', { ...options, params: periodParams(period), method: 'GET' });
}

export function listBudgets(options: Options): Promise<{ items: Budget[] }> {
  return requestJson('/coordination/budgets', { ...options, method: 'GET' });
}

export function saveBudget(
  year: number,
  body: BodyOf<'/coordination/budgets/{year}', 'put'>,
  options: Options,
): Promise<Budget> {
  return requestJson(`/coordination/budgets/${year}`, { ...options, method: 'PUT', body });
}
