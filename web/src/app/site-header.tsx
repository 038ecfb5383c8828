import { Link, NavLink, useLocation } from 'react-router';
import { otherLang } from '../i18n/lang.ts';
import { paths, translatePath } from '../i18n/paths.ts';
import { useI18n } from '../i18n/use-i18n.ts';

export function SiteHeader() {
  const { lang, t } = useI18n();
  const { pathname, search } = useLocation();
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
          <li>
            <NavLink to={paths.join(lang)}>{t.nav.join}</NavLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
