import type { LoaderFunctionArgs } from 'react-router';
import { todayInNetherlands } from '@samenwerven/calendar';
import { getStats, type CostKey, type Stats } from '../../api/membership.ts';
import { onSessionEnd, requireUser } from '../../lib/guards.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname, type Lang } from '../../i18n/lang.ts';
import { membershipMessages } from '../../i18n/membership-messages.ts';
import { failure, type FormFailure } from '../../lib/form-result.ts';
import { periodProblems } from './period.ts';

export const COST_KEYS: readonly CostKey[] = ['equal', 'vacancies', 'weight'];
const isCostKey = (value: string): value is CostKey => (COST_KEYS as readonly string[]).includes(value);

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
  /** The form's values as in the address. */
  query: { from: string; to: string; costKey: CostKey; amount: string };
  stats: Stats | null;
  failure: FormFailure | null;
}

/** /coordinatie/cijfers?from=&to=&costKey=&amount=: this calendar year by default. */
export async function figuresLoader({ request }: LoaderFunctionArgs): Promise<FiguresData> {
  await requireUser(request, ['coordinator']);
  const url = new URL(request.url);
  const lang = langFromPathname(url.pathname);
  const m = membershipMessages[lang];
  const params = url.searchParams;
  const year = todayInNetherlands().slice(0, 4);
  const costKeyText = params.get('costKey') ?? '';
  const query = {
    from: params.get('from')?.trim() || `${year}-01-01`,
    to: params.get('to')?.trim() || `${year}-12-31`,
    costKey: isCostKey(costKeyText) ? costKeyText : 'equal',
    amount: params.get('amount')?.trim() ?? '',
  };
  const period = periodProblems(query.from, query.to, m);
  const amount = parseEuros(query.amount, lang);
  const problems = { ...period.problems, ...(amount === null ? { amount: m.figures.amountInvalid } : {}) };
  if (Object.keys(problems).length > 0 || amount === null) {
    return { query, stats: null, failure: failure(accountMessages[lang].form.checkFields, problems) };
  }
  try {
    const stats = await getStats(
      { from: period.dates.from, to: period.dates.to, costKey: query.costKey, amount },
      { lang, signal: request.signal },
    );
    return { query, stats, failure: null };
  } catch (error) {
    onSessionEnd(error, request);
    throw error;
  }
}
