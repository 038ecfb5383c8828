import { Form, useLoaderData, useLocation, useNavigation } from 'react-router';
import { LabelledCell } from '../../components/labelled-cell.tsx';
import { statsCsvUrl, type Stats } from '../../api/figures.ts';
import { PRESERVE_FOCUS } from '../../lib/focus-state.ts';
import { CsvDownloads } from '../../components/csv-downloads.tsx';
import type { CsvSeparator } from '../../api/api-url.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, SelectField, TextField } from '../../components/form-fields.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { membershipLabel } from '../../i18n/account-messages.ts';
import { figuresMessages } from '../../i18n/figures-messages.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { STATS_KEYS, type FiguresData } from './figures-route.ts';
import '../../styles/figures.css';

const ID = 'figures';

/** The columns after the member's name, in this order. */
const COLUMNS = [
  'memberDays',
  'vacanciesPublished',
  'views',
  'impressions',
  'applications',
  'hires',
  'averageDaysToFill',
] as const;

/**
 * /coordinatie/cijfers: per member, for a period, whole days of membership, vacancies
 * published, views, search impressions, applications, hires, time to fill and its share of an
 * amount by the chosen cost key, with a totals row that adds up to the amount exactly, the
 * rules it is counted by, a CSV of the same figures and a layout for paper.
 */
export function FiguresPage() {
  const { query, stats, statsQuery, budget, failure } = useLoaderData() as FiguresData;
  const { lang, m, euros, format } = useMembershipI18n();
  const t = m.figures;
  const f = figuresMessages[lang].figures;
  const navigation = useNavigation();
  const location = useLocation();
  const updating = navigation.state === 'loading' && navigation.location.pathname === location.pathname;
  useDocumentTitle(`${t.title} – ${m.coordination.title}`);
  const fields = {
    from: { id: `${ID}-from`, label: t.from },
    to: { id: `${ID}-to`, label: t.to },
    costKey: { id: `${ID}-cost-key`, label: t.costKey },
    amount: { id: `${ID}-amount`, label: t.amount },
  };
  const field = fieldProps(fields, failure?.fields);

  return (
    <div className="figures-page figures">
      <h1>{t.title}</h1>
      <p className="lead no-print">{t.intro}</p>

      <section className="filter-box no-print" aria-labelledby="figures-form">
        <h2 id="figures-form" className="filter-box-title">
          {t.formTitle}
        </h2>
        <ul className="help-list">
          {t.costKeyHelp.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
        <Form method="get" noValidate className="filter-form" state={PRESERVE_FOCUS} preventScrollReset>
          <TextField key={`from-${query.from}`} {...field('from')} type="date" defaultValue={query.from} />
          <TextField key={`to-${query.to}`} {...field('to')} type="date" defaultValue={query.to} />
          <SelectField key={`key-${query.costKey}`} {...field('costKey')} defaultValue={query.costKey}>
            {STATS_KEYS.map((key) => (
              <option key={key} value={key}>
                {t.costKeys[key]}
              </option>
            ))}
          </SelectField>
          <TextField
            key={`amount-${query.amount}`}
            {...field('amount')}
            inputMode="decimal"
            autoComplete="off"
            defaultValue={query.amount}
            hint={
              query.costKey === 'budgets'
                ? f.amountNotUsed
                : budget
                  ? (budget.years.length > 1 || query.from.slice(0, 4) !== query.to.slice(0, 4)
                      ? f.budgetsUsed
                      : f.budgetUsed)(format.list(budget.years.map(String)), euros(budget.amount))
                  : t.amountHint
            }
          />
          <div className="filter-actions">
            <button type="submit" className="button">
              {t.show}
            </button>
          </div>
        </Form>
        {/* Below the form: as the amount's hint, six lines in its narrow column pushed the other
            fields' labels down (a review). */}
        {query.costKey === 'budgets' ? <p className="muted">{f.amountByBudgets}</p> : null}
      </section>

      <section
        className={updating ? 'page-section is-updating' : 'page-section'}
        aria-labelledby={stats ? 'figures-result' : undefined}
      >
        {stats && statsQuery ? (
          <Result stats={stats} csvHref={(separator) => statsCsvUrl(statsQuery, lang, separator)} />
        ) : null}
      </section>

      <section className="page-section figures-rules" aria-labelledby="figures-rules">
        <h2 id="figures-rules">{f.rulesTitle}</h2>
        <ul>
          {f.rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function Result({ stats, csvHref }: { stats: Stats; csvHref: (separator: CsvSeparator) => string }) {
  const { lang, a, m, format, euros } = useMembershipI18n();
  const t = m.figures;
  const f = figuresMessages[lang];
  const show = (column: (typeof COLUMNS)[number], value: number | null) =>
    value === null
      ? f.none
      : column === 'averageDaysToFill'
        ? format.number(Math.round(value * 10) / 10)
        : format.number(value);
  const header = (column: (typeof COLUMNS)[number]) =>
    column === 'vacanciesPublished'
      ? f.figures.columns.vacancies
      : column === 'averageDaysToFill'
        ? f.figures.columns.timeToFill
        : f.figures.columns[column];
  type Row = Stats['items'][number] | Stats['totals'];
  // By the budgets: each year's part and its key.
  const perYear = stats.budgets?.map(
    (part) => `${part.year}: ${euros(part.amount)} (${f.figures.costKeys[part.costKey]})`,
  );
  const cells = (row: Row) =>
    COLUMNS.map((column) => (
      <LabelledCell key={column} numeric label={header(column)}>
        {show(column, row[column])}
        {column === 'views' && (row.fromWidget > 0 || row.fromFeed > 0) ? (
          <span className="muted small block">
            {f.figures.viewsFrom(format.number(row.fromWidget), format.number(row.fromFeed))}
          </span>
        ) : null}
      </LabelledCell>
    ));
  const share = (row: Row) => (
    <LabelledCell numeric label={f.figures.columns.share}>
      {euros(row.costShareCents / 100)}
    </LabelledCell>
  );

  return (
    <>
      <p className="print-only print-title">{f.figures.printedTitle(format.date(stats.from), format.date(stats.to))}</p>
      {/* Said when another period's figures come in: the page updates in place (WCAG 4.1.3). */}
      <h2 id="figures-result" aria-live="polite" aria-atomic="true">
        {t.resultTitle(format.date(stats.from), format.date(stats.to))}
      </h2>
      <p role="status">
        {t.resultKey((t.costKeys as Record<string, string>)[stats.costKey] ?? stats.costKey, euros(stats.amount))}
        {perYear === undefined
          ? null
          : perYear.length > 0
            ? ` ${f.figures.perYear(format.list(perYear))}`
            : ` ${f.figures.noBudgets}`}
      </p>
      <div className="figures-actions no-print">
        <p className="download">
          <CsvDownloads href={csvHref} hint={f.csvHint} />
        </p>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {f.print}
        </button>
      </div>
      {stats.items.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <>
          <table className="data-table figures-table">
            <caption className="visually-hidden">{t.caption(format.date(stats.from), format.date(stats.to))}</caption>
            <thead>
              <tr>
                <th scope="col">{f.figures.columns.organisation}</th>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="numeric">
                    {header(column)}
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {f.figures.columns.share}
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.items.map((row) => (
                <tr key={row.organisation.id}>
                  <th scope="row">
                    <span className="strong">{row.organisation.name}</span>
                    {row.organisation.state === 'active' ? null : (
                      <span className="muted small">{membershipLabel(a, row.organisation.state)}</span>
                    )}
                  </th>
                  {cells(row)}
                  {share(row)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.total}</th>
                {cells(stats.totals)}
                {share(stats.totals)}
              </tr>
            </tfoot>
          </table>
          <p>{f.figures.totalCheck(euros(stats.totals.costShareCents / 100), euros(stats.amountCents / 100))}</p>
        </>
      )}
    </>
  );
}
