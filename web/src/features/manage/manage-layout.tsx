import { NavLink, Outlet, useLoaderData } from 'react-router';
import { figuresMessages } from '../../i18n/figures-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { applicationMessages } from '../../i18n/application-messages.ts';
import { talentPoolMessages } from '../../i18n/talent-pool-messages.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { vacancyManageMessages } from '../../i18n/vacancy-manage-messages.ts';
import { widgetMessages } from '../../i18n/widget-messages.ts';
import type { ManageData } from './manage-route.ts';

/**
 * The frame of /beheer: a sub-navigation to the overview, the vacancies, the applications, the
 * talent pool (active members) and the employer profile; organisation admins also get their extra sections.
 */
export function ManageLayout() {
  const { me } = useLoaderData() as ManageData;
  const { lang, a } = useAccountI18n();
  const v = vacancyManageMessages[lang];
  return (
    <div className="manage">
      <nav className="sub-nav" aria-label={a.manage.navLabel}>
        <ul>
          <li>
            <NavLink to={paths.manage(lang)} end>
              {a.manage.dashboard}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.manageVacancies(lang)}>{v.nav.vacancies}</NavLink>
          </li>
          <li>
            <NavLink to={paths.manageApplications(lang)}>{applicationMessages[lang].inbox.nav}</NavLink>
          </li>
          <li>
            <NavLink to={paths.manageResults(lang)}>{figuresMessages[lang].dashboard.nav}</NavLink>
          </li>
          {me.organisation?.state === 'active' ? (
            <li>
              <NavLink to={paths.manageTalentPool(lang)}>{talentPoolMessages[lang].nav}</NavLink>
            </li>
          ) : null}
          <li>
            <NavLink to={paths.manageProfile(lang)}>{v.nav.profile}</NavLink>
          </li>
          {me.role === 'org_admin' ? (
            <>
              <li>
                <NavLink to={paths.manageStaff(lang)}>{a.manage.staff}</NavLink>
              </li>
              <li>
                <NavLink to={paths.manageApiKeys(lang)}>{a.manage.apiKeys}</NavLink>
              </li>
              <li>
                <NavLink to={paths.manageWidget(lang)}>{widgetMessages[lang].nav}</NavLink>
              </li>
              <li>
                <NavLink to={paths.manageMembership(lang)}>{a.manage.membership}</NavLink>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
