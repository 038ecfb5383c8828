import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { paths } from '../i18n/paths.ts';
import { useI18n } from '../i18n/use-i18n.ts';

/** A page the signed-in user's role may not see (403): say so, and offer a way on. */
export function NoAccess() {
  const { lang, t } = useI18n();
  const { pathname } = useLocation();
  useDocumentTitle(t.errors.noAccessTitle);
  // The coordination's pages are the alliance office's: no organisation's administrator gives access.
  const coordination = pathname === paths.coordination(lang) || pathname.startsWith(`${paths.coordination(lang)}/`);
  return (
    <div className="message-page">
      <h1>{t.errors.noAccessTitle}</h1>
      <p className="lead">{t.errors.noAccessText}</p>
      <p>{coordination ? t.errors.noAccessCoordinationHelp : t.errors.noAccessHelp}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.home(lang)}>{t.errors.toHome}</Link>
        </li>
      </ul>
    </div>
  );
}
