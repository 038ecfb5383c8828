import { NavLink, Outlet } from 'react-router';
import { figuresMessages } from '../../i18n/figures-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { searchAdminMessages } from '../../i18n/search-admin-messages.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import '../../styles/membership.css';

/** The frame of /coordinatie: the alliance office's sections, each a page of its own. */
export function CoordinationLayout() {
  const { lang, m } = useMembershipI18n();
  const nav = m.coordination.nav;
  return (
    <div className="coordination">
      <nav className="sub-nav" aria-label={m.coordination.navLabel}>
        <ul>
          <li>
            <NavLink to={paths.coordination(lang)} end>
              {nav.applications}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.coordinationOverview(lang)}>{figuresMessages[lang].cockpit.nav}</NavLink>
          </li>
          <li>
            <NavLink to={paths.coordinationMembers(lang)}>{nav.members}</NavLink>
          </li>
          <li>
            <NavLink to={paths.coordinationAuditLog(lang)}>{nav.auditLog}</NavLink>
          </li>
          <li>
            <NavLink to={paths.coordinationFigures(lang)}>{nav.figures}</NavLink>
          </li>
          <li>
            <NavLink to={paths.coordinationSearch(lang)}>{searchAdminMessages[lang].nav}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
