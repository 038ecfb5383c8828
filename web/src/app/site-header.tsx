import { Form, Link, NavLink, useLocation } from 'react-router';
import type { Me } from '../api/types.ts';
import { useSessionUser } from '../hooks/use-session-user.ts';
import { otherLang, type Lang } from '../i18n/lang.ts';
import type { Messages } from '../i18n/messages.ts';
import { paths, translatePath } from '../i18n/paths.ts';
import { useI18n } from '../i18n/use-i18n.ts';

export function SiteHeader() {
  const { lang, t } = useI18n();
  const { pathname, search } = useLocation();
  const user = useSessionUser();
  const other = otherLang(lang);
  return (
    <header className="site-header">
      <div className="container header-bar">
        <p className="brand">
          <Link to={paths.home(lang)} className="brand-name">
            {t.siteName}
          </Link>
          <span className="brand-tagline">{t.tagline}</span>
        </p>
        <Link
          to={translatePath(pathname, search, lang, other)}
          className="language-switch"
          lang={other}
          hrefLang={other}
          title={t.languageSwitch.description}
        >
          {t.languageSwitch.label}
        </Link>
        <AccountNav user={user} lang={lang} t={t} pathname={pathname} search={search} />
      </div>
      <nav className="primary-nav" aria-label={t.nav.label}>
        <ul className="container">
          <li>
            <NavLink to={paths.home(lang)} end>
              {t.nav.vacancies}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.members(lang)}>{t.nav.members}</NavLink>
          </li>
          {/* Staff's organisation is a member already (or runs the alliance): no call to join. */}
          {user && user.role !== 'job_seeker' ? null : (
            <li>
              <NavLink to={paths.join(lang)}>{t.nav.join}</NavLink>
            </li>
          )}
        </ul>
      </nav>
    </header>
  );
}

const AUTH_PAGES = [
  paths.signIn,
  paths.signOut,
  paths.register,
  paths.invitation,
  paths.forgotPassword,
  paths.resetPassword,
] as const;

interface AccountNavProps {
  user: Me | null;
  lang: Lang;
  t: Messages;
  pathname: string;
  search: string;
}

/**
 * The signed-in user's way in: one entry point for their role, their account and signing
 * out; the sections of a role live in that part's own navigation. Signed out: "sign in",
 * returning to this page afterwards.
 */
function AccountNav({ user, lang, t, pathname, search }: AccountNavProps) {
  if (!user) {
    // Back to this page after signing in, unless it is home or a page about signing in itself.
    const here = `${pathname}${search}`;
    const returnTo = here === paths.home(lang) || AUTH_PAGES.some((page) => pathname === page(lang)) ? null : here;
    return (
      <nav className="account-nav" aria-label={t.nav.accountLabel}>
        <ul>
          <li>
            <NavLink to={paths.signIn(lang, returnTo)}>{t.nav.signIn}</NavLink>
          </li>
        </ul>
      </nav>
    );
  }
  const roleEntry =
    user.role === 'hr_officer' || user.role === 'org_admin'
      ? { to: paths.manage(lang), label: t.nav.manage }
      : user.role === 'coordinator'
        ? { to: paths.coordination(lang), label: t.nav.coordination }
        : null;
  return (
    <nav className="account-nav" aria-label={t.nav.accountLabel}>
      <p className="signed-in-as">
        {t.nav.signedInAs} <strong>{user.name}</strong>
      </p>
      <ul>
        {roleEntry ? (
          <li>
            <NavLink to={roleEntry.to}>{roleEntry.label}</NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to={paths.account(lang)}>{t.nav.account}</NavLink>
        </li>
        <li>
          <Form method="post" action={paths.signOut(lang)} className="sign-out-form">
            <button type="submit" className="link-button">
              {t.nav.signOut}
            </button>
          </Form>
        </li>
      </ul>
    </nav>
  );
}
