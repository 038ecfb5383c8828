import { Form, Link, useLoaderData, useLocation, useNavigation } from 'react-router';
import { auditLogCsvUrl, type AuditEntry } from '../../api/membership.ts';
import { PRESERVE_FOCUS } from '../../lib/focus-state.ts';
import { CsvDownloads } from '../../components/csv-downloads.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, SelectField, TextField } from '../../components/form-fields.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels } from '../../hooks/use-labels.ts';
import { paths } from '../../i18n/paths.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { describeChange } from './audit-details.ts';
import { ACTION_GROUPS, AUDIT_PAGE_SIZE, type AuditLogData } from './audit-log-route.ts';

const ID = 'audit';

/**
 * /coordinatie/auditlog: who did what, when and why. The filters are a GET form, so they are
 * the address; filtering keeps focus on the form and announces the number of entries.
 */
export function AuditLogPage() {
  const { filters, page, log, failure, organisations } = useLoaderData() as AuditLogData;
  const { lang, m, format } = useMembershipI18n();
  const t = m.auditLog;
  const navigation = useNavigation();
  const location = useLocation();
  const updating = navigation.state === 'loading' && navigation.location.pathname === location.pathname;
  useDocumentTitle(`${t.title} – ${m.coordination.title}`);

  const fields = {
    organisation: { id: `${ID}-organisation`, label: t.organisation },
    action: { id: `${ID}-action`, label: t.action },
    from: { id: `${ID}-from`, label: t.from },
    to: { id: `${ID}-to`, label: t.to },
  };
  const field = fieldProps(fields, failure?.fields);
  const knownAction = filters.action === '' || (ACTION_GROUPS as readonly string[]).includes(filters.action);
  const pages = log ? Math.max(1, Math.ceil(log.total / AUDIT_PAGE_SIZE)) : 1;
  const pageAddress = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    if (target > 1) params.set('page', String(target));
    const query = params.toString();
    return `${paths.coordinationAuditLog(lang)}${query ? `?${query}` : ''}`;
  };

  return (
    <div className="audit-log-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>

      <section className="filter-box" aria-labelledby="audit-filters">
        <h2 id="audit-filters" className="filter-box-title">
          {t.filtersTitle}
        </h2>
        <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
        <Form method="get" noValidate className="filter-form" state={PRESERVE_FOCUS} preventScrollReset>
          <SelectField
            key={`organisation-${filters.organisation}`}
            {...field('organisation')}
            defaultValue={filters.organisation}
          >
            <option value="">{t.allOrganisations}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
          <SelectField key={`action-${filters.action}`} {...field('action')} defaultValue={filters.action}>
            <option value="">{t.allActions}</option>
            {ACTION_GROUPS.map((prefix) => (
              <option key={prefix} value={prefix}>
                {t.actionGroups[prefix] ?? prefix}
              </option>
            ))}
            {knownAction ? null : <option value={filters.action}>{t.actions[filters.action] ?? filters.action}</option>}
          </SelectField>
          <TextField key={`from-${filters.from}`} {...field('from')} type="date" defaultValue={filters.from} />
          <TextField key={`to-${filters.to}`} {...field('to')} type="date" defaultValue={filters.to} />
          <div className="filter-actions">
            <button type="submit" className="button">
              {t.apply}
            </button>
            <Link to={paths.coordinationAuditLog(lang)} state={PRESERVE_FOCUS}>
              {t.reset}
            </Link>
          </div>
        </Form>
      </section>

      <div className="results-bar">
        <p role="status" className="result-count">
          {log ? t.count(format.number(log.total), log.total) : null}
        </p>
        {log ? (
          <p className="download">
            <CsvDownloads href={(separator) => auditLogCsvUrl(filters, separator)} hint={t.csvHint} />
          </p>
        ) : null}
      </div>

      <div className={updating ? 'audit-results is-updating' : 'audit-results'}>
        {log && log.items.length === 0 && log.total > 0 ? (
          // A page past the last one (an old link, a number typed): the way back, not "none" (a review).
          <p className="no-results">
            {t.pastLastPage(pages)} <Link to={pageAddress(1)}>{t.toFirstPage}</Link>
          </p>
        ) : null}
        {log && log.total === 0 ? <p className="no-results">{t.empty}</p> : null}
        {log && log.items.length > 0 ? (
          <table className="data-table audit-table">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.at}</th>
                <th scope="col">{t.columns.action}</th>
                <th scope="col">{t.columns.organisation}</th>
                <th scope="col">{t.columns.actor}</th>
                <th scope="col">{t.columns.details}</th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        ) : null}
      </div>

      {log && pages > 1 && page <= pages ? (
        <nav className="pagination" aria-label={t.pagination}>
          <ul>
            {page > 1 ? (
              <li>
                <Link to={pageAddress(Math.min(page - 1, pages))} rel="prev">
                  {t.previous}
                </Link>
              </li>
            ) : null}
            <li className="pagination-current">{t.pageOf(format.number(page), format.number(pages))}</li>
            {page < pages ? (
              <li className="pagination-next">
                <Link to={pageAddress(page + 1)} rel="next">
                  {t.next}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const i18n = useMembershipI18n();
  const labels = useLabels();
  const { m, dateTime } = i18n;
  const t = m.auditLog;
  const changes = describeChange(entry.before, entry.after, i18n, labels);
  // What it is about, said as what it is: "Recruiter" alone read as a person's name (a review).
  const named = t.subjects[entry.subjectType];
  const subject =
    entry.subjectType === 'budget'
      ? named!(entry.subjectId)
      : entry.subjectName
        ? (named?.(entry.subjectName) ?? entry.subjectName)
        : null;
  return (
    <tr>
      <td>
        <span className="cell-label" aria-hidden="true">
          {t.columns.at}
        </span>
        <time dateTime={entry.at}>{dateTime(entry.at)}</time>
      </td>
      <td>
        <span className="cell-label" aria-hidden="true">
          {t.columns.action}
        </span>
        <span className="strong">{t.actions[entry.action] ?? entry.action}</span>
        {subject ? (
          <span className="audit-subject">
            {t.about}: {subject}
          </span>
        ) : null}
        <code className="muted small">{entry.action}</code>
      </td>
      <td>
        <span className="cell-label" aria-hidden="true">
          {t.columns.organisation}
        </span>
        {entry.organisation ? entry.organisation.name : <span className="muted">{t.noOrganisation}</span>}
      </td>
      <td>
        <span className="cell-label" aria-hidden="true">
          {t.columns.actor}
        </span>
        {entry.actor ? (
          <>
            <span>{entry.actor.name}</span>
            <span className="muted small break-anywhere">{entry.actor.email}</span>
          </>
        ) : (
          <span className="muted">{t.system}</span>
        )}
      </td>
      <td>
        <span className="cell-label" aria-hidden="true">
          {t.columns.details}
        </span>
        {entry.reason ? (
          <p className="audit-reason">
            <span className="strong">{t.reason}:</span> {entry.reason}
          </p>
        ) : null}
        {changes.length > 0 ? (
          <ul className="audit-changes" aria-label={t.change}>
            {changes.map((change) => (
              <li key={change.key}>
                <span className="strong">{change.label}:</span>{' '}
                {change.after === null ? (
                  // Something removed: what it was.
                  <span>{change.before}</span>
                ) : (
                  <>
                    {change.before === null ? null : (
                      <>
                        <del>{change.before}</del>
                        <span aria-hidden="true"> → </span>
                        <span className="visually-hidden"> {t.becomes} </span>
                      </>
                    )}
                    <ins>{change.after}</ins>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
    </tr>
  );
}
