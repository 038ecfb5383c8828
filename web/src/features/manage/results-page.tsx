import { useLoaderData, useLocation, useNavigation } from 'react-router';
import { LabelledCell } from '../../components/labelled-cell.tsx';
import { dashboardCsvUrl, type Dashboard } from '../../api/figures.ts';
import { CsvDownloads } from '../../components/csv-downloads.tsx';
import type { CsvSeparator } from '../../api/api-url.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { figuresMessages } from '../../i18n/figures-messages.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { MonthLineChart } from '../../components/month-chart.tsx';
import { MetricsHead } from '../../components/month-table.tsx';
import { monthName, pastMonths } from '../../lib/months.ts';
import { PeriodForm } from '../../components/period-form.tsx';
import type { ResultsData } from './results-route.ts';
import '../../styles/membership.css';
import '../../styles/figures.css';

/** The figures of the member table, in this order. */
const METRICS = [
  'views',
  'fromWidget',
  'fromFeed',
  'impressions',
  'applications',
  'hires',
  'averageDaysToFill',
] as const;
type Metric = (typeof METRICS)[number];

/**
 * /beheer/resultaten: what the portal did for the organisation in a period, per month, next to
 * the alliance's average member, and what it cost (its share of the budget, per application and
 * per hire). Charts with their summaries and tables; the same months as CSV.
 */
export function ResultsPage() {
  const { organisation, query, dates, dashboard, failure } = useLoaderData() as ResultsData;
  const { lang } = useMembershipI18n();
  const t = figuresMessages[lang];
  const navigation = useNavigation();
  const location = useLocation();
  const updating = navigation.state === 'loading' && navigation.location.pathname === location.pathname;
  useDocumentTitle(`${t.dashboard.title}: ${organisation.name}`);

  return (
    <div className="results-page figures">
      <h1>{t.dashboard.title}</h1>
      <p className="lead">{t.dashboard.intro(organisation.name)}</p>
      <PeriodForm id="results" query={query} failure={failure} />
      {dashboard ? (
        <div className={updating ? 'is-updating' : undefined}>
          <Results
            dashboard={dashboard}
            csvHref={(separator) => dashboardCsvUrl(organisation.id, dates, lang, separator)}
          />
        </div>
      ) : null}
    </div>
  );
}

function Results({ dashboard: d, csvHref }: { dashboard: Dashboard; csvHref: (separator: CsvSeparator) => string }) {
  const { lang, format, euros } = useMembershipI18n();
  const t = figuresMessages[lang];
  const number = (value: number) => format.number(value);
  const orNone = (value: number | null) => (value === null ? t.none : format.number(value));
  const days = (value: number | null) => (value === null ? t.none : t.days(format.number(Math.round(value * 10) / 10)));
  const show = (metric: Metric, value: number | null) => (metric === 'averageDaysToFill' ? days(value) : orNone(value));
  const months = d.months.map((m) => m.month);
  // The share counts up to today while the period runs on: said, as the cost split shows whole years.
  const counted = d.costs.countedThrough;
  const runningThrough = counted !== null && counted < d.to ? format.date(counted) : null;
  const average = d.alliance.months;
  const totalOf = (metric: 'views' | 'applications') => d.totals[metric];

  const compare = (metric: 'views' | 'applications', label: string) => {
    const rows = pastMonths(
      d.months.map((m, i) => ({ month: m.month, you: m[metric], avg: average[i]?.[metric] ?? null })),
    );
    const trend =
      rows.length > 0
        ? t.chart.compare(label, number(totalOf(metric)), orNone(d.alliance.averagePerMember[metric]))
        : '';
    const best = rows.reduce<(typeof rows)[number] | null>(
      (top, row) => (top === null || row.you > top.you ? row : top),
      null,
    );
    return best && best.you > 0 ? `${trend} ${t.chart.peak(monthName(lang, best.month), number(best.you))}` : trend;
  };

  return (
    <>
      <section className="page-section" aria-labelledby="results-period">
        {/* Said when another period's figures come in: the page updates in place (WCAG 4.1.3). */}
        <h2 id="results-period" aria-live="polite" aria-atomic="true">
          {t.dashboard.resultTitle(format.date(d.from), format.date(d.to))}
        </h2>
        <p>
          {t.dashboard.members(d.alliance.members)}{' '}
          {d.totals.memberDays > 0 ? t.dashboard.averageNote : t.dashboard.noAverage}
        </p>
        <p>{t.dashboard.countedNote}</p>
        <p className="download no-print">
          <CsvDownloads href={csvHref} hint={t.csvHint} />
        </p>
        <dl className="facts key-figures">
          {(['views', 'impressions', 'applications', 'hires', 'averageDaysToFill'] as const).map((metric) => (
            <div key={metric}>
              <dt>{t.metrics[metric]}</dt>
              <dd>
                <span className="key-figure">{show(metric, d.totals[metric])}</span>{' '}
                <span className="average">
                  {t.dashboard.averageShort(show(metric, d.alliance.averagePerMember[metric]))}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="page-section" aria-labelledby="results-costs">
        <h2 id="results-costs">{t.dashboard.costsTitle}</h2>
        {counted === null ? (
          <p className="notice">{t.dashboard.notBegun}</p>
        ) : d.costs.amount === null ? (
          <p className="notice">{t.dashboard.noBudget}</p>
        ) : (
          <>
            <dl className="facts costs">
              <div>
                <dt>{runningThrough ? t.dashboard.shareThrough(runningThrough) : t.dashboard.share}</dt>
                <dd>{euros(d.costs.amount)}</dd>
              </div>
              <div>
                <dt>{t.dashboard.perApplication}</dt>
                <dd>{d.costs.perApplication === null ? t.dashboard.notApplicable : euros(d.costs.perApplication)}</dd>
              </div>
              <div>
                <dt>{t.dashboard.perHire}</dt>
                <dd>{d.costs.perHire === null ? t.dashboard.notApplicable : euros(d.costs.perHire)}</dd>
              </div>
            </dl>
            <p className="muted">
              {t.dashboard.costsNote}
              {runningThrough ? ` ${t.dashboard.runningNote(runningThrough)}` : null}
            </p>
          </>
        )}
      </section>

      <section
        className="page-section charts"
        aria-label={`${t.dashboard.viewsChart}, ${t.dashboard.applicationsChart}`}
      >
        <MonthLineChart
          title={t.dashboard.viewsChart}
          summary={compare('views', t.metrics.views)}
          months={months}
          series={[
            { label: t.dashboard.you, values: d.months.map((m) => m.views) },
            { label: t.dashboard.average, values: average.map((m) => m.views) },
          ]}
          format={orNone}
        />
        <MonthLineChart
          title={t.dashboard.applicationsChart}
          summary={compare('applications', t.metrics.applications)}
          months={months}
          series={[
            { label: t.dashboard.you, values: d.months.map((m) => m.applications) },
            { label: t.dashboard.average, values: average.map((m) => m.applications) },
          ]}
          format={orNone}
        />
      </section>

      <section className="page-section" aria-labelledby="results-table">
        <h2 id="results-table">{t.dashboard.tableTitle}</h2>
        <table className="month-table">
          <caption className="visually-hidden">{t.dashboard.caption(format.date(d.from), format.date(d.to))}</caption>
          <MetricsHead first={t.month} metrics={METRICS} />
          <tbody>
            {d.months.map((row, i) => (
              <tr key={row.month}>
                <th scope="row">{monthName(lang, row.month)}</th>
                {METRICS.map((metric) => (
                  <LabelledCell key={metric} numeric label={t.metrics[metric]}>
                    {show(metric, row[metric])}
                    <span className="average">
                      {t.dashboard.averageShort(show(metric, average[i]?.[metric] ?? null))}
                    </span>
                  </LabelledCell>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.total}</th>
              {METRICS.map((metric) => (
                <LabelledCell key={metric} numeric label={t.metrics[metric]}>
                  {show(metric, d.totals[metric])}
                  <span className="average">
                    {t.dashboard.averageShort(show(metric, d.alliance.averagePerMember[metric]))}
                  </span>
                </LabelledCell>
              ))}
            </tr>
          </tfoot>
        </table>
      </section>
    </>
  );
}
