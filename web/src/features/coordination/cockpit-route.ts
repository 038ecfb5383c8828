import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import { todayInNetherlands } from '@samenwerven/calendar';
import { getCockpit, listBudgets, saveBudget, type Budget, type Cockpit, type CostKey } from '../../api/figures.ts';
import { getAlertCounts, type AlertCounts } from '../../api/alerts.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { figuresMessages } from '../../i18n/figures-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { onSessionEnd, refusedWrite, requireUser, sessionEnded, userForWrite } from '../../lib/guards.ts';
import { failure, formText, type FormFailure } from '../../lib/form-result.ts';
import { periodFromUrl, periodRefused, type PeriodQuery } from '../../lib/figures-period.ts';
import { COST_KEYS, parseEuros } from './figures-route.ts';
import { loadSearchAdminData, type SearchAdminData } from './search-admin-route.ts';

const COORDINATOR = ['coordinator'] as const;

export interface CockpitData {
  query: PeriodQuery;
  cockpit: Cockpit | null;
  failure: FormFailure | null;
  /** The current calendar year (Amsterdam) and its budget, if one is set. */
  year: number;
  budget: Budget | null;
  /** The search index's health and the synonyms, for the sections of the search page. */
  search: SearchAdminData;
  /** E-mail alerts: how many, and the mails sent per day of the period; null when not loaded. */
  alerts: AlertCounts | null;
}

const currentYear = () => Number(todayInNetherlands().slice(0, 4));

/** /coordinatie/overzicht?from=&to=: the alliance on one page, this calendar year by default. */
export async function cockpitLoader({ request }: LoaderFunctionArgs): Promise<CockpitData> {
  await requireUser(request, COORDINATOR);
  const url = new URL(request.url);
  const lang = langFromPathname(url.pathname);
  const { query, dates, failure: problem } = periodFromUrl(url, lang);
  const year = currentYear();
  let refused: FormFailure | null = null;
  try {
    const [cockpit, budgets, search, alerts] = await Promise.all([
      problem
        ? null
        : getCockpit(dates, { lang, signal: request.signal }).catch((error: unknown) => {
            refused = periodRefused(error);
            if (refused) return null;
            throw error;
          }),
      listBudgets({ lang, signal: request.signal }),
      loadSearchAdminData({ lang, signal: request.signal }),
      getAlertCounts(problem ? { from: '', to: '' } : dates, { lang, signal: request.signal }).catch(() => null),
    ]);
    const budget = budgets.items.find((item) => item.year === year) ?? null;
    // A period the API refused (ten years or more) is said at its fields; the alerts' counts are
    // asked for again as when the page's own check refuses one, not shown as failing (a review).
    const counts = refused
      ? await getAlertCounts({ from: '', to: '' }, { lang, signal: request.signal }).catch(() => null)
      : alerts;
    return { query, cockpit, failure: problem ?? refused, year, budget, search, alerts: counts };
  } catch (error) {
    onSessionEnd(error, request);
    throw error;
  }
}

export type BudgetResult = { ok: true; message: string; budget: Budget } | FormFailure;

const isCostKey = (value: string): value is CostKey => (COST_KEYS as readonly string[]).includes(value);

/** Sets the current year's budget: an amount in euros and the key it is divided by. */
export async function cockpitAction({ request }: ActionFunctionArgs): Promise<BudgetResult> {
  const lang = langFromPathname(new URL(request.url).pathname);
  if (!(await userForWrite(request, COORDINATOR))) return sessionEnded(lang);
  const t = figuresMessages[lang].cockpit;
  const a = accountMessages[lang];
  const form = await request.formData();
  const amount = parseEuros(formText(form, 'amount'), lang);
  const costKeyText = formText(form, 'costKey');
  const fields: Record<string, string> = {};
  if (amount === null || !formText(form, 'amount').trim()) fields['amount'] = t.amountInvalid;
  if (!isCostKey(costKeyText)) fields['costKey'] = a.form.checkFields;
  if (amount === null || !isCostKey(costKeyText) || Object.keys(fields).length > 0)
    return failure(a.form.checkFields, fields);
  const year = currentYear();
  try {
    const budget = await saveBudget(year, { amount, costKey: costKeyText }, { lang });
    const euros = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' });
    return { ok: true, message: t.saved(year, euros.format(budget.amount)), budget };
  } catch (error) {
    return refusedWrite(error, request, lang);
  }
}
