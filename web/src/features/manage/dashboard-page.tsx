import { Link, useLoaderData } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { membershipLabel, membershipNote } from '../../i18n/account-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import type { ManageData } from './manage-route.ts';

/**
 * The staff start page: which organisation, whether it is a member in good standing, and the
 * way to each section. Vacancy management is not built yet, and the page says so.
 */
export function DashboardPage() {
  const { me, organisation } = useLoaderData() as ManageData;
  const { lang, a } = useAccountI18n();
  useDocumentTitle(`${a.manage.title}: ${organisation.name}`);
  const note = membershipNote(a, organisation.state);
  const isAdmin = me.role === 'org_admin';

  return (
    <div className="dashboard">
      <h1>{a.manage.title}</h1>
      <dl className="facts">
        <div>
          <dt>{a.manage.organisation}</dt>
          <dd>{organisation.name}</dd>
        </div>
        <div>
          <dt>{a.manage.membership}</dt>
          <dd>{membershipLabel(a, organisation.state)}</dd>
        </div>
        <div>
          <dt>{a.manage.yourRole}</dt>
          <dd>{a.roles[me.role]}</dd>
        </div>
      </dl>
      {note ? <p className="notice">{note}</p> : null}

      <section className="page-section" aria-labelledby="dashboard-vacancies">
        <h2 id="dashboard-vacancies">{a.manage.vacanciesTitle}</h2>
        <p>{a.manage.vacanciesSoon}</p>
      </section>

      <section className="page-section" aria-labelledby="dashboard-sections">
        <h2 id="dashboard-sections">{a.manage.sectionsTitle}</h2>
        <ul className="section-links">
          {isAdmin ? (
            <>
              <li>
                <Link to={paths.manageStaff(lang)}>{a.manage.staff}</Link>
                <p>{a.manage.staffText}</p>
              </li>
              <li>
                <Link to={paths.manageApiKeys(lang)}>{a.manage.apiKeys}</Link>
                <p>{a.manage.apiKeysText}</p>
              </li>
            </>
          ) : null}
          <li>
            <Link to={paths.account(lang)}>{a.manage.account}</Link>
            <p>{a.manage.accountText}</p>
          </li>
        </ul>
      </section>
    </div>
  );
}
