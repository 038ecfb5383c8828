import { Form, Link, useLoaderData } from 'react-router';
import { MembershipNotice, mayDraft, mayPublish } from '../../components/membership-notice.tsx';
import { MANAGED_LIST_SORTS, VACANCY_STATES, type VacancyState } from '../../api/vacancy-management.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, SelectField, TextField } from '../../components/form-fields.tsx';
import { PRESERVE_FOCUS } from '../../lib/focus-state.ts';
import { useFollowedValue } from '../../hooks/use-followed-value.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useVacancyManageI18n } from '../../i18n/use-vacancy-manage-i18n.ts';
import { vacancyUploadMessages } from '../../i18n/vacancy-upload-messages.ts';
import { stateLabel } from '../../i18n/vacancy-manage-messages.ts';
import { formatMoment } from '../../i18n/format.ts';
import { StateBadge } from './state-badge.tsx';
import type { VacanciesData } from './vacancy-manage-route.ts';
import '../../styles/membership.css';
import './vacancy-manage.css';
import { Pager } from '../../components/pager.tsx';

/** The list's address for a state, search, order and page (page 1, "all" and the default order are left out). */
function listAddress(
  base: string,
  { state, q, sort }: { state: VacancyState | null; q: string; sort: string },
  page = 1,
): string {
  const params = new URLSearchParams();
  if (state) params.set('state', state);
  if (q) params.set('q', q);
  if (sort && sort !== 'updated') params.set('sort', sort);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

const ID = 'vacancy-list';

/**
 * /beheer/vacatures: the organisation's vacancies in every state, found by a part of their
 * title or reference and ordered as asked (a GET form, so the address holds it and reload and
 * back keep it), filtered by state (links with the count per state; the list updates in
 * place and its count is announced), paged.
 */
export function VacanciesPage() {
  const { me, organisation, list, failure, state, page, q, sort } = useLoaderData() as VacanciesData;
  const { lang, v, format } = useVacancyManageI18n();
  const l = v.list;
  const filterName = state ? stateLabel(v, state) : l.all;
  useDocumentTitle(state ? `${l.title}: ${filterName}` : l.title);
  const base = paths.manageVacancies(lang);
  const counts = list?.counts ?? {};
  const all = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;
  const fields = { q: { id: `${ID}-q`, label: l.search.q }, sort: { id: `${ID}-sort`, label: l.search.sort } };
  const field = fieldProps(fields, failure?.fields);
  const current = { state, q, sort };

  // The field follows the address without being made anew: a new one (a key per query) took the
  // focus with it to the top of the page on Enter (a staff WCAG review, 2.4.3).
  const qRef = useFollowedValue<HTMLInputElement>(q);
  return (
    <div className="vacancy-manage vacancies-page">
      <div className="page-heading">
        <h1>{l.title}</h1>
        {/* Only what the membership allows; the notice below says why. */}
        {mayDraft(organisation) ? (
          <Link className="button" to={paths.manageNewVacancy(lang)}>
            {mayPublish(organisation) ? l.newVacancy : l.newDraft}
          </Link>
        ) : null}
      </div>
      <p className="lead">{l.intro(organisation.name)}</p>
      {mayPublish(organisation) ? (
        <p>
          <Link to={paths.manageVacancyUpload(lang)}>{vacancyUploadMessages[lang].link}</Link>
        </p>
      ) : null}
      <MembershipNotice organisation={organisation} isAdmin={me.role === 'org_admin'} />

      <ErrorSummary failure={failure} fields={fields} />
      <Form
        method="get"
        role="search"
        aria-label={l.search.label}
        noValidate
        className="filter-form vacancy-search"
        state={PRESERVE_FOCUS}
        preventScrollReset
      >
        {state ? <input type="hidden" name="state" value={state} /> : null}
        <TextField ref={qRef} {...field('q')} type="search" defaultValue={q} maxLength={200} />
        <SelectField key={`sort-${sort}`} {...field('sort')} defaultValue={sort || 'updated'}>
          {MANAGED_LIST_SORTS.map((option) => (
            <option key={option} value={option}>
              {l.search.sorts[option]}
            </option>
          ))}
        </SelectField>
        <div className="filter-actions">
          <button type="submit" className="button">
            {l.search.submit}
          </button>
          {q ? (
            <Link to={listAddress(base, { ...current, q: '' })} state={PRESERVE_FOCUS}>
              {l.search.clear}
            </Link>
          ) : null}
        </div>
      </Form>

      <nav className="state-filter" aria-label={l.filterLabel}>
        <ul>
          {[null, ...VACANCY_STATES].map((option) => (
            <li key={option ?? 'all'}>
              <Link
                to={listAddress(base, { ...current, state: option })}
                state={PRESERVE_FOCUS}
                aria-current={option === state ? 'page' : undefined}
              >
                {option ? stateLabel(v, option) : l.all}
                {list ? (
                  <>
                    {' '}
                    <span className="state-count">
                      {l.countSuffix(format.number(option ? (counts[option] ?? 0) : all))}
                    </span>
                  </>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <p role="status" className="result-count">
        {list
          ? [l.resultCount(list.total, format.number(list.total)), q ? l.search.matching(q) : ''].join(' ').trim()
          : null}
      </p>

      {!list ? null : list.items.length === 0 && list.total > 0 ? (
        // An old link past the last page: there are vacancies, only not on this page.
        <p>
          {l.pagination.beyondLast(format.number(page), format.number(pages))}{' '}
          <Link to={listAddress(base, current, pages)}>{l.pagination.toLast}</Link>
        </p>
      ) : list.items.length === 0 ? (
        <p>{all === 0 ? l.empty : q ? l.noMatches(q) : l.emptyState}</p>
      ) : (
        <table className="data-table vacancies-table">
          <caption className="visually-hidden">{l.caption(filterName)}</caption>
          <thead>
            <tr>
              <th scope="col">{l.columns.title}</th>
              <th scope="col">{l.columns.state}</th>
              <th scope="col">{l.columns.closingDate}</th>
              <th scope="col" className="numeric">
                {l.columns.views}
              </th>
              <th scope="col" className="numeric">
                {l.columns.applications}
              </th>
              <th scope="col">{l.columns.updated}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {l.columns.title}
                  </span>
                  <Link
                    to={paths.manageVacancy(lang, item.id)}
                    className="vacancy-link break-anywhere"
                    lang={item.language === lang ? undefined : item.language}
                  >
                    {item.title}
                  </Link>
                  {item.externalId ? (
                    <span className="muted small break-anywhere">{l.externalId(item.externalId)}</span>
                  ) : null}
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {l.columns.state}
                  </span>
                  <StateBadge state={item.state} />
                  {item.state === 'scheduled' && item.publishAt ? (
                    <span className="muted small">{l.scheduledFor(formatMoment(lang, item.publishAt))}</span>
                  ) : null}
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {l.columns.closingDate}
                  </span>
                  {item.closingDate ? (
                    <time dateTime={item.closingDate}>{format.date(item.closingDate)}</time>
                  ) : (
                    <span className="muted">{l.noClosingDate}</span>
                  )}
                </td>
                <td className="numeric">
                  <span className="cell-label" aria-hidden="true">
                    {l.columns.views}
                  </span>
                  {format.number(item.views)}
                </td>
                <td className="numeric">
                  <span className="cell-label" aria-hidden="true">
                    {l.columns.applications}
                  </span>
                  <Link className="count-link" to={paths.manageVacancyApplications(lang, item.id)}>
                    {format.number(item.applications)}
                    <span className="visually-hidden"> {l.applicationsOf(item.title)}</span>
                  </Link>
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {l.columns.updated}
                  </span>
                  <time dateTime={item.updatedAt}>{formatMoment(lang, item.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <Pager page={page} pages={pages} address={(p) => listAddress(base, current, p)} texts={l.pagination} />
    </div>
  );
}
