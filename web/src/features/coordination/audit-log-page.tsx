import { Form, Link, useLoaderData, useLocation, useNavigation } from 'react-router';
import { auditLogCsvUrl, type AuditEntry } from '../../api/membership.ts';
import { PRESERVE_FOCUS } from '../../lib/focus-state.ts';
import { DownloadLink } from '../../components/download-link.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, SelectField, TextField } from '../../components/form-fields.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels, type Labels } from '../../hooks/use-labels.ts';
import { membershipLabel } from '../../i18n/account-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useMembershipI18n, type MembershipI18n } from '../../i18n/use-membership-i18n.ts';
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
            <DownloadLink href={auditLogCsvUrl(filters)}>{t.csv}</DownloadLink>{' '}
            <span className="muted small">{t.csvHint}</span>
          </p>
        ) : null}
      </div>

      <div className={updating ? 'audit-results is-updating' : 'audit-results'}>
        {log && log.items.length === 0 ? <p className="no-results">{t.empty}</p> : null}
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

      {log && pages > 1 ? (
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
                {change.before === null ? null : (
                  <>
                    <del>{change.before}</del>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> {t.becomes} </span>
                  </>
                )}
                <ins>{change.after}</ins>
              </li>
            ))}
          </ul>
        ) : null}
      </td>
    </tr>
  );
}

interface Change {
  key: string;
  label: string;
  /** Null when there was no "before" at all (something new). */
  before: string | null;
  after: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** An entry's before and after, as "label: old → new" for each value that differs. */
function describeChange(before: unknown, after: unknown, i18n: MembershipI18n, labels: Labels): Change[] {
  const t = i18n.m.auditLog;
  const value = (key: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return t.empty_value;
    if (key === 'state' && typeof raw === 'string') return membershipLabel(i18n.a, raw);
    if (key === 'role' && typeof raw === 'string') return (i18n.a.roles as Record<string, string>)[raw] ?? raw;
    if (key === 'kind' && typeof raw === 'string') return labels.organisationKind(raw);
    if (typeof raw === 'boolean') return raw ? t.yes : t.no;
    if (typeof raw === 'number') return i18n.format.number(raw);
    if (typeof raw === 'string') return MOMENT.test(raw) ? i18n.dateTime(raw) : raw;
    return JSON.stringify(raw);
  };
  const old = isRecord(before) ? before : null;
  const now = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(old ?? {}), ...Object.keys(now)])];
  return keys
    .filter((key) => JSON.stringify(old?.[key]) !== JSON.stringify(now[key]))
    .map((key) => ({
      key,
      label: t.keys[key] ?? key,
      // Nothing before (something new, or a value the entry did not have then): only the new value.
      before: old && key in old ? value(key, old[key]) : null,
      after: value(key, now[key]),
    }));
}
