import { Link, useLoaderData } from 'react-router';
import { MembershipNotice, mayDraft, mayPublish } from '../../components/membership-notice.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { membershipLabel } from '../../i18n/account-messages.ts';
import { figuresMessages } from '../../i18n/figures-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { vacancyManageMessages } from '../../i18n/vacancy-manage-messages.ts';
import type { ManageData } from './manage-route.ts';

/**
 * The staff start page: which organisation, whether it is a member in good standing, and the
 * way to each section, vacancies first.
 */
export function DashboardPage() {
  const { me, organisation } = useLoaderData() as ManageData;
  const { lang, a } = useAccountI18n();
  useDocumentTitle(`${a.manage.title}: ${organisation.name}`);
  const isAdmin = me.role === 'org_admin';
  const v = vacancyManageMessages[lang];

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
      <MembershipNotice organisation={organisation} isAdmin={isAdmin} />

      <section className="page-section" aria-labelledby="dashboard-vacancies">
        <h2 id="dashboard-vacancies">{a.manage.vacanciesTitle}</h2>
        <p>{v.dashboard.vacanciesText}</p>
        <ul className="link-list">
          <li>
            <Link to={paths.manageVacancies(lang)}>{v.dashboard.toVacancies}</Link>
          </li>
          {/* Only what the membership allows: a draft, or a vacancy to publish. */}
          {mayDraft(organisation) ? (
            <li>
              <Link to={paths.manageNewVacancy(lang)}>
                {mayPublish(organisation) ? v.dashboard.newVacancy : v.dashboard.newDraft}
              </Link>
            </li>
          ) : null}
        </ul>
      </section>

      <section className="page-section" aria-labelledby="dashboard-sections">
        <h2 id="dashboard-sections">{a.manage.sectionsTitle}</h2>
        <ul className="section-links">
          <li>
            <Link to={paths.manageResults(lang)}>{figuresMessages[lang].dashboard.dashboardLink}</Link>
            <p>{figuresMessages[lang].dashboard.dashboardText}</p>
          </li>
          <li>
            <Link to={paths.manageProfile(lang)}>{v.nav.profile}</Link>
            <p>{v.dashboard.profileText}</p>
          </li>
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
