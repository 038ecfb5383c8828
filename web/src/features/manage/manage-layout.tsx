import { NavLink, Outlet, useLoaderData } from 'react-router';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import type { ManageData } from './manage-route.ts';

/**
 * The frame of /beheer. Organisation admins get a sub-navigation to their extra sections;
 * HR officers have only the overview for now, so they get none.
 */
export function ManageLayout() {
  const { me } = useLoaderData() as ManageData;
  const { lang, a } = useAccountI18n();
  return (
    <div className="manage">
      {me.role === 'org_admin' ? (
        <nav className="sub-nav" aria-label={a.manage.navLabel}>
          <ul>
            <li>
              <NavLink to={paths.manage(lang)} end>
                {a.manage.dashboard}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.manageStaff(lang)}>{a.manage.staff}</NavLink>
            </li>
            <li>
              <NavLink to={paths.manageApiKeys(lang)}>{a.manage.apiKeys}</NavLink>
            </li>
          </ul>
        </nav>
      ) : null}
      <Outlet />
    </div>
  );
}
