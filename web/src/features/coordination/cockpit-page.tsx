import { useMemo } from 'react';
import { useSingleSend } from '../../lib/single-send.ts';
import { LabelledCell } from '../../components/labelled-cell.tsx';
import { Link, useFetcher, useLoaderData, useLocation, useNavigation } from 'react-router';
import type { Budget, Cockpit } from '../../api/figures.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, SelectField, TextField } from '../../components/form-fields.tsx';
import { ResultNotice, settledData } from '../../components/result-notice.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { membershipLabel } from '../../i18n/account-messages.ts';
import { figuresMessages } from '../../i18n/figures-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import { MonthBarChart } from '../../components/month-chart.tsx';
import { MetricsHead, MonthTable, useFigureFormat } from '../../components/month-table.tsx';
import { trendSentence } from '../../lib/months.ts';
import { PeriodForm } from '../../components/period-form.tsx';
import type { BudgetResult, CockpitData } from './cockpit-route.ts';
import { amountText, COST_KEYS } from './figures-route.ts';
import { SearchHealthSection } from './search-health-section.tsx';
import { SynonymsSection } from './synonyms-section.tsx';
import { AlertCountsSection } from './alert-counts-section.tsx';
import '../../styles/figures.css';

/**
 * /coordinatie/overzicht: the alliance on one page. The members and their state, the join
 * requests waiting, vacancies published and applications per month (charts with summaries and
 * tables), time to fill, the figures per member, what visitors search for, the year's budget,
 * and the search page's sections: the index's health and the synonyms.
 */
export function CockpitPage() {
  const { query, cockpit, failure, year, budget, search, alerts } = useLoaderData() as CockpitData;
  const { lang, m } = useMembershipI18n();
  const t = figuresMessages[lang];
  const navigation = useNavigation();
  const location = useLocation();
  const updating = navigation.state === 'loading' && navigation.location.pathname === location.pathname;
  useDocumentTitle(`${t.cockpit.title} – ${m.coordination.title}`);

  return (
    <div className="cockpit-page figures">
      <h1>{t.cockpit.title}</h1>
      <p className="lead">{t.cockpit.intro}</p>
      <PeriodForm id="cockpit" query={query} failure={failure} />
      {cockpit ? (
        <div className={updating ? 'is-updating' : undefined}>
          <Figures cockpit={cockpit} />
        </div>
      ) : null}
      <BudgetForm year={year} budget={budget} />
      <section className="page-section" aria-labelledby="cockpit-search">
        <h2 id="cockpit-search">{t.cockpit.searchTitle}</h2>
        <p>
          {t.cockpit.searchText} <Link to={paths.coordinationSearch(lang)}>{t.cockpit.searchLink}</Link>
        </p>
      </section>
      <SearchHealthSection health={search.health} breaker={search.breaker} checkedAt={search.checkedAt} />
      <SynonymsSection synonyms={search.synonyms} />
      <AlertCountsSection counts={alerts} />
    </div>
  );
}

/** The columns of the per-member table. */
const MEMBER_METRICS = [
  'vacanciesPublished',
  'views',
  'impressions',
  'applications',
  'hires',
  'averageDaysToFill',
] as const;

/** Vacancies published and applications per month, as two bar charts: of the alliance, or of one member (`of`). */
function PublishedAndAppliedCharts({ rows, of }: { rows: Cockpit['months']; of?: string }) {
  const { lang, format } = useMembershipI18n();
  const t = figuresMessages[lang];
  const months = rows.map((row) => row.month);
  const number = (value: number) => format.number(value);
  const orNone = (value: number | null) => (value === null ? t.none : format.number(value));
  const chart = (metric: 'vacanciesPublished' | 'applications', title: string) => (
    <MonthBarChart
      title={of ? `${title}: ${of}` : title}
      summary={trendSentence(
        t,
        lang,
        number,
        t.metrics[metric],
        rows.map((row) => ({ month: row.month, value: row[metric] })),
      )}
      months={months}
      label={t.metrics[metric]}
      values={rows.map((row) => row[metric])}
      format={orNone}
    />
  );
  return (
    <div className="charts">
      {chart('vacanciesPublished', t.cockpit.vacanciesChart)}
      {chart('applications', t.cockpit.applicationsChart)}
    </div>
  );
}

function Figures({ cockpit: c }: { cockpit: Cockpit }) {
  const { lang, a, format } = useMembershipI18n();
  const t = figuresMessages[lang];
  const show = useFigureFormat();
  const number = (value: number) => format.number(value);
  const from = format.date(c.from);
  const to = format.date(c.to);

  return (
    <>
      <section className="page-section" aria-labelledby="cockpit-members">
        <h2 id="cockpit-members">{t.cockpit.membersTitle}</h2>
        <p className={c.pendingJoinRequests > 0 ? 'notice' : undefined}>
          {t.cockpit.pending(c.pendingJoinRequests)}{' '}
          {c.pendingJoinRequests > 0 ? <Link to={paths.coordination(lang)}>{t.cockpit.toApplications}</Link> : null}
        </p>
        <table className="state-table">
          <caption className="visually-hidden">{t.cockpit.membersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.cockpit.organisation}</th>
              <th scope="col">{t.cockpit.state}</th>
            </tr>
          </thead>
          <tbody>
            {c.organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">{organisation.name}</th>
                <td>{membershipLabel(a, organisation.state)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="page-section" aria-labelledby="cockpit-activity">
        <h2 id="cockpit-activity">{t.cockpit.activityTitle}</h2>
        <dl className="facts key-figures">
          {(['vacanciesPublished', 'applications', 'hires', 'views', 'impressions'] as const).map((metric) => (
            <div key={metric}>
              <dt>{t.metrics[metric]}</dt>
              <dd className="key-figure">{number(c.totals[metric])}</dd>
            </div>
          ))}
          <div>
            <dt>{t.cockpit.timeToFill}</dt>
            <dd>
              <span className="key-figure">
                {c.totals.averageDaysToFill === null
                  ? t.cockpit.noTimeToFill
                  : show('averageDaysToFill', c.totals.averageDaysToFill)}
              </span>
              <span className="muted small block">{t.cockpit.timeToFillText}</span>
            </dd>
          </div>
        </dl>
        <PublishedAndAppliedCharts rows={c.months} />
        <h3>{t.cockpit.allTitle}</h3>
        <MonthTable caption={t.cockpit.allCaption(from, to)} months={c.months} totals={c.totals} />
      </section>

      <section className="page-section" aria-labelledby="cockpit-per-member">
        <h2 id="cockpit-per-member">{t.cockpit.perMemberTitle}</h2>
        <table className="month-table per-member-table">
          <caption className="visually-hidden">{t.cockpit.perMemberCaption(from, to)}</caption>
          <MetricsHead first={t.cockpit.organisation} metrics={MEMBER_METRICS} />
          <tbody>
            {c.perMember.map((member) => (
              <tr key={member.organisation.id}>
                <th scope="row">
                  {member.organisation.name}
                  {member.organisation.state === 'active' ? null : (
                    <span className="muted small block">{membershipLabel(a, member.organisation.state)}</span>
                  )}
                </th>
                {MEMBER_METRICS.map((metric) => (
                  <LabelledCell key={metric} numeric label={t.metrics[metric]}>
                    {show(metric, member.totals[metric])}
                  </LabelledCell>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {c.perMember.map((member) => (
          <details key={member.organisation.id} className="member-months">
            <summary>{t.cockpit.perMonthOf(member.organisation.name)}</summary>
            <PublishedAndAppliedCharts rows={member.months} of={member.organisation.name} />
            <MonthTable
              caption={t.cockpit.perMonthOf(member.organisation.name)}
              months={member.months}
              totals={member.totals}
            />
          </details>
        ))}
      </section>

      <section className="page-section" aria-labelledby="cockpit-searches">
        <h2 id="cockpit-searches">{t.cockpit.searchesTitle}</h2>
        <div className="search-terms">
          <SearchTerms title={t.cockpit.topSearches} rows={c.topSearches} empty={t.cockpit.noSearches} />
          <SearchTerms
            title={t.cockpit.withoutResults}
            rows={c.searchesWithoutResults}
            empty={t.cockpit.noEmptySearches}
          />
        </div>
      </section>
    </>
  );
}

function SearchTerms({
  title,
  rows,
  empty,
}: {
  title: string;
  rows: readonly { term: string; searches: number }[];
  empty: string;
}) {
  const { lang, format } = useMembershipI18n();
  const t = figuresMessages[lang].cockpit;
  return (
    <div>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table className="terms-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.term}</th>
              <th scope="col" className="numeric">
                {t.searches}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.term}>
                <th scope="row">{row.term}</th>
                <td className="numeric">{format.number(row.searches)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function BudgetForm({ year, budget }: { year: number; budget: Budget | null }) {
  const { lang, m, euros } = useMembershipI18n();
  const t = figuresMessages[lang];
  const fetcher = useFetcher<BudgetResult>();
  const { busy, sendOnce } = useSingleSend(fetcher);
  const failure = asFailure(fetcher.data);
  const settled = settledData(fetcher);
  const result = useMemo(() => (settled?.ok ? { ok: true, message: settled.message } : null), [settled]);
  const fields = {
    amount: { id: 'budget-amount', label: t.cockpit.amount },
    costKey: { id: 'budget-cost-key', label: t.cockpit.costKey },
  };
  const field = fieldProps(fields, failure?.fields);
  const amountShown = budget ? amountText(budget.amount, lang) : '';
  return (
    <section className="page-section budget-section no-print" aria-labelledby="cockpit-budget">
      <h2 id="cockpit-budget">{t.cockpit.budgetTitle(year)}</h2>
      <p>{t.cockpit.budgetIntro}</p>
      <p>
        {budget
          ? t.cockpit.budgetCurrent(euros(budget.amount), t.figures.costKeys[budget.costKey])
          : t.cockpit.budgetNone}
      </p>
      <ResultNotice result={result} />
      <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
      <fetcher.Form method="post" noValidate className="filter-form budget-form" onSubmit={sendOnce}>
        <TextField
          key={`amount-${amountShown}`}
          {...field('amount')}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={amountShown}
          hint={t.cockpit.amountHint}
        />
        <SelectField
          key={`key-${budget?.costKey ?? ''}`}
          {...field('costKey')}
          defaultValue={budget?.costKey ?? 'equal'}
        >
          {COST_KEYS.map((key) => (
            <option key={key} value={key}>
              {m.figures.costKeys[key]}
            </option>
          ))}
        </SelectField>
        <div className="filter-actions">
          <SubmitButton busy={busy}>{t.cockpit.save}</SubmitButton>
        </div>
      </fetcher.Form>
    </section>
  );
}
