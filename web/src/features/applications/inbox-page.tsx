import { Link, useLoaderData } from 'react-router';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../api/applications.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { statusLabel } from '../../i18n/application-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useApplicationI18n } from '../../i18n/use-application-i18n.ts';
import { PRESERVE_FOCUS } from '../../lib/focus-state.ts';
import type { InboxData } from './applications-route.ts';
import { StatusBadge } from './status-badge.tsx';
import './applications.css';
import { Pager } from '../../components/pager.tsx';

/**
 * The HR inbox, of the whole organisation or of one vacancy: newest first, the ones nobody
 * opened yet marked "new", filtered by status (links; the list updates in place and its
 * count is announced).
 */
export function InboxPage() {
  const { organisation, list, status, page, pages, vacancy } = useLoaderData() as InboxData;
  const { lang, ap, format } = useApplicationI18n();
  const m = ap.inbox;
  const title = vacancy ? m.vacancyTitle(vacancy.title) : m.title;
  const filterName = status ? statusLabel(ap, status) : m.all;
  useDocumentTitle(status ? `${title}: ${filterName}` : title);
  const address = (option: ApplicationStatus | null) =>
    vacancy ? paths.manageVacancyApplications(lang, vacancy.id, option) : paths.manageApplications(lang, option);
  const allCount = Object.values(list.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const pageAddress = (n: number) => {
    const params = new URLSearchParams();
    if (status) params.set('status', status);
    if (n > 1) params.set('page', String(n));
    const query = params.toString();
    const list = vacancy ? paths.manageVacancyApplications(lang, vacancy.id) : paths.manageApplications(lang);
    return `${list}${query ? `?${query}` : ''}`;
  };

  return (
    <div className="applications-inbox">
      <h1 className="break-anywhere">{title}</h1>
      <p className="lead">{vacancy ? m.vacancyIntro : m.intro(organisation.name)}</p>
      {vacancy ? (
        <ul className="inbox-links">
          <li>
            <Link to={paths.manageVacancy(lang, vacancy.id)}>{m.toVacancy}</Link>
          </li>
          <li>
            <Link to={paths.manageApplications(lang)}>{m.toAll}</Link>
          </li>
        </ul>
      ) : null}

      <nav className="state-filter" aria-label={m.filterLabel}>
        <ul>
          {[null, ...APPLICATION_STATUSES].map((option) => (
            <li key={option ?? 'all'}>
              <Link to={address(option)} state={PRESERVE_FOCUS} aria-current={option === status ? 'page' : undefined}>
                {option ? statusLabel(ap, option) : m.all}{' '}
                {/* How many of each, as the vacancy list's states say: where to look first. */}
                <span className="state-count">({format.number(option ? (list.counts[option] ?? 0) : allCount)})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <p role="status" className="result-count">
        {m.count(list.total, format.number(list.total))}
      </p>

      {list.items.length === 0 && list.total > 0 ? (
        // A page past the last one (an old link, a number typed): the way back, not "none".
        <p>
          {m.pastLastPage(pages)} <Link to={pageAddress(1)}>{m.toFirstPage}</Link>
        </p>
      ) : list.items.length === 0 ? (
        <p>{status ? m.emptyStatus : m.empty}</p>
      ) : (
        <table className="data-table inbox-table">
          <caption className="visually-hidden">{m.caption(filterName)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.name}</th>
              {vacancy ? null : <th scope="col">{m.columns.vacancy}</th>}
              <th scope="col">{m.columns.date}</th>
              <th scope="col">{m.columns.status}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id} className={item.isNew ? 'is-new' : undefined}>
                <td>
                  <Link to={paths.manageApplication(lang, item.id)} className="break-anywhere">
                    {item.name}
                  </Link>
                  {item.isNew ? (
                    <>
                      {' '}
                      <span className="new-badge">{m.isNew}</span>
                    </>
                  ) : null}
                </td>
                {vacancy ? null : (
                  <td className="break-anywhere">
                    <span className="cell-label" aria-hidden="true">
                      {m.columns.vacancy}
                    </span>
                    <span lang={item.vacancy.language === lang ? undefined : item.vacancy.language}>
                      {item.vacancy.title}
                    </span>
                  </td>
                )}
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {m.columns.date}
                  </span>
                  <time dateTime={item.createdAt}>{format.date(item.createdAt)}</time>
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {m.columns.status}
                  </span>
                  <StatusBadge status={item.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <Pager page={page} pages={pages} address={pageAddress} texts={m.pagination} />
    </div>
  );
}
