import { Form, useLoaderData, useLocation, useNavigation } from 'react-router';
import { PRESERVE_FOCUS } from '../../lib/focus-state.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, SelectField, TextField } from '../../components/form-fields.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { membershipLabel } from '../../i18n/account-messages.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { COST_KEYS, type FiguresData } from './figures-route.ts';

const ID = 'figures';

/**
 * /coordinatie/cijfers: per member, for a period, days of membership, vacancies published,
 * views and its share of an amount by the chosen cost key, with a totals row.
 */
export function FiguresPage() {
  const { query, stats, failure } = useLoaderData() as FiguresData;
  const { a, m, format, euros } = useMembershipI18n();
  const t = m.figures;
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
  const days = (value: number) => format.number(Math.round(value * 10) / 10);

  return (
    <div className="figures-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>

      <section className="filter-box" aria-labelledby="figures-form">
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
            {COST_KEYS.map((key) => (
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
            hint={t.amountHint}
          />
          <div className="filter-actions">
            <button type="submit" className="button">
              {t.show}
            </button>
          </div>
        </Form>
      </section>

      <section
        className={updating ? 'page-section is-updating' : 'page-section'}
        aria-labelledby={stats ? 'figures-result' : undefined}
      >
        {stats ? (
          <>
            <h2 id="figures-result">{t.resultTitle(format.date(stats.from), format.date(stats.to))}</h2>
            <p role="status">
              {t.resultKey((t.costKeys as Record<string, string>)[stats.costKey] ?? stats.costKey, euros(stats.amount))}
            </p>
            {stats.items.length === 0 ? (
              <p>{t.empty}</p>
            ) : (
              <table className="data-table figures-table">
                <caption className="visually-hidden">
                  {t.caption(format.date(stats.from), format.date(stats.to))}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t.columns.organisation}</th>
                    <th scope="col" className="numeric">
                      {t.columns.memberDays}
                    </th>
                    <th scope="col" className="numeric">
                      {t.columns.vacancies}
                    </th>
                    <th scope="col" className="numeric">
                      {t.columns.views}
                    </th>
                    <th scope="col" className="numeric">
                      {t.columns.share}
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
                      <td className="numeric">
                        <span className="cell-label" aria-hidden="true">
                          {t.columns.memberDays}
                        </span>
                        {days(row.memberDays)}
                      </td>
                      <td className="numeric">
                        <span className="cell-label" aria-hidden="true">
                          {t.columns.vacancies}
                        </span>
                        {format.number(row.vacanciesPublished)}
                      </td>
                      <td className="numeric">
                        <span className="cell-label" aria-hidden="true">
                          {t.columns.views}
                        </span>
                        {format.number(row.views)}
                      </td>
                      <td className="numeric">
                        <span className="cell-label" aria-hidden="true">
                          {t.columns.share}
                        </span>
                        {euros(row.costShare)}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t.total}</th>
                    <td className="numeric" />
                    <td className="numeric">
                      <span className="cell-label" aria-hidden="true">
                        {t.columns.vacancies}
                      </span>
                      {format.number(stats.totals.vacanciesPublished)}
                    </td>
                    <td className="numeric">
                      <span className="cell-label" aria-hidden="true">
                        {t.columns.views}
                      </span>
                      {format.number(stats.totals.views)}
                    </td>
                    <td className="numeric">
                      <span className="cell-label" aria-hidden="true">
                        {t.columns.share}
                      </span>
                      {euros(stats.totals.costShare)}
                    </td>
                  </tr>
                </tfoot>
              </table>
            )}
          </>
        ) : null}
      </section>
    </div>
  );
}
