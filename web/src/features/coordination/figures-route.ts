import type { LoaderFunctionArgs } from 'react-router';
import { todayInNetherlands } from '@samenwerven/calendar';
import { getStats, listBudgets, type CostKey, type Stats, type StatsKey, type StatsQuery } from '../../api/figures.ts';
import { onSessionEnd, requireUser } from '../../lib/guards.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname, type Lang } from '../../i18n/lang.ts';
import { membershipMessages } from '../../i18n/membership-messages.ts';
import { failure, type FormFailure } from '../../lib/form-result.ts';
import { periodRefused } from '../../lib/figures-period.ts';
import { periodProblems } from './period.ts';

export const COST_KEYS: readonly CostKey[] = ['equal', 'vacancies', 'weight'];
/** The cost split's keys: one amount by one of them, or each year's budget by its own. */
export const STATS_KEYS: readonly StatsKey[] = [...COST_KEYS, 'budgets'];
const isStatsKey = (value: string): value is StatsKey => (STATS_KEYS as readonly string[]).includes(value);

/**
 * An amount of euros as typed: 25000, 25000,50, 25.000,50 (Dutch) or 25,000.50 (English).
 * Null when it is no amount.
 */
export function parseEuros(text: string, lang: Lang): number | null {
  const value = text.replace(/[\s€]/g, '');
  if (value === '') return 0;
  let normal: string;
  if (/^\d+([.,]\d{1,2})?$/.test(value)) normal = value.replace(',', '.');
  else if (lang === 'nl' && /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(value))
    normal = value.replaceAll('.', '').replace(',', '.');
  else if (lang === 'en' && /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(value)) normal = value.replaceAll(',', '');
  else return null;
  const amount = Number(normal);
  return Number.isFinite(amount) && amount <= 1e9 ? amount : null;
}

export interface FiguresData {
  /** The form's values as in the address (the amount and key of the budget when it names none). */
  query: { from: string; to: string; costKey: StatsKey; amount: string };
  stats: Stats | null;
  /** What was asked of the API, for the CSV link: the same figures as the page. */
  statsQuery: StatsQuery | null;
  /**
   * The budgets of the years the period touches (over several years, each for its part covered),
   * when the amount came from them.
   */
  budget: { years: number[]; amount: number } | null;
  failure: FormFailure | null;
}

/**
 * An amount as a form field shows it, as one would type it and `parseEuros` reads it back:
 * 160.000 or 160.000,50 in Dutch, 160,000 or 160,000.50 in English (cents always two digits).
 */
export function amountText(amount: number, lang: Lang): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/**
 * /coordinatie/cijfers?from=&to=&costKey=&amount=: this calendar year by default; without an
 * amount in the address, the budgets of the years the period touches: one year's by its key,
 * several years' each by its own (`budgets`), unless a key is named.
 */
const DAY_MS = 86_400_000;

/** The share of `year`'s days (1 January to 31 December) within the period `from`–`to`, both included. */
function yearCovered(year: number, from: string, to: string): number {
  const first = Math.max(Date.UTC(year, 0, 1), Date.parse(`${from}T00:00:00Z`));
  const last = Math.min(Date.UTC(year, 11, 31), Date.parse(`${to}T00:00:00Z`));
  if (!(last >= first)) return 0;
  const days = Math.round((Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS);
  return (Math.round((last - first) / DAY_MS) + 1) / days;
}

export async function figuresLoader({ request }: LoaderFunctionArgs): Promise<FiguresData> {
  await requireUser(request, ['coordinator']);
  const url = new URL(request.url);
  const lang = langFromPathname(url.pathname);
  const m = membershipMessages[lang];
  const params = url.searchParams;
  const year = todayInNetherlands().slice(0, 4);
  const costKeyText = params.get('costKey') ?? params.get('key') ?? '';
  const query: FiguresData['query'] = {
    from: params.get('from')?.trim() || `${year}-01-01`,
    to: params.get('to')?.trim() || `${year}-12-31`,
    costKey: isStatsKey(costKeyText) ? costKeyText : 'equal',
    amount: params.get('amount')?.trim() ?? '',
  };
  const period = periodProblems(query.from, query.to, m);
  try {
    let budget: FiguresData['budget'] = null;
    // No amount typed (or the field emptied), or by the budgets: the amount is the budgets' for
    // this period. A review: the last period's amount stayed in the address and the field, and was
    // divided for the next period once another key was chosen; an emptied field divided € 0.
    if (query.amount === '' || query.costKey === 'budgets') {
      // Every year the period touches: over two years, the first one's alone was half of what the
      // members' dashboards count (a coordinator's review).
      const firstYear = Number((period.dates.from || query.from).slice(0, 4));
      const lastYear = Number((period.dates.to || query.to).slice(0, 4)) || firstYear;
      const found = (await listBudgets({ lang, signal: request.signal })).items
        .filter((b) => b.year >= firstYear && b.year <= lastYear)
        .toSorted((a, b) => a.year - b.year);
      if (found.length > 0) {
        const from = period.dates.from || query.from;
        const to = period.dates.to || query.to;
        // One year: its budget, as it always was. Over several, each year's for the part of it the
        // period covers, as the members' dashboards count (a review: two half years were two budgets).
        // Added in cents: euros with cents do not add up exactly as binary fractions.
        const share = (year: number) => (firstYear === lastYear ? 1 : yearCovered(year, from, to));
        const amount = found.reduce((cents, b) => cents + Math.round(b.amount * 100 * share(b.year)), 0) / 100;
        budget = { years: found.map((b) => b.year), amount };
        query.amount = amountText(amount, lang);
        // Over several years: each year's budget among that year's members by its own key, as the
        // members' dashboards count (reviews: the first year's key was taken for all of them, and
        // one sum over all members' days gave others' shares than the dashboards).
        if (!isStatsKey(costKeyText)) query.costKey = firstYear === lastYear ? found[0]!.costKey : 'budgets';
      }
    }
    // By the budgets, the amount typed is not used (the API divides each year's own).
    const amount = query.costKey === 'budgets' ? 0 : parseEuros(query.amount, lang);
    const problems = { ...period.problems, ...(amount === null ? { amount: m.figures.amountInvalid } : {}) };
    if (Object.keys(problems).length > 0 || amount === null) {
      return {
        query,
        stats: null,
        statsQuery: null,
        budget,
        failure: failure(accountMessages[lang].form.checkFields, problems),
      };
    }
    const statsQuery = { from: period.dates.from, to: period.dates.to, key: query.costKey, amount };
    let stats: Stats;
    try {
      stats = await getStats(statsQuery, { lang, signal: request.signal });
    } catch (error) {
      const refused = periodRefused(error);
      if (refused) return { query, stats: null, statsQuery: null, budget, failure: refused };
      throw error;
    }
    // By the budgets, the field shows what the API divided (it leaves out a year nobody was a member of yet).
    if (query.costKey === 'budgets') query.amount = amountText(stats.amount, lang);
    return { query, stats, statsQuery, budget, failure: null };
  } catch (error) {
    onSessionEnd(error, request);
    throw error;
  }
}
