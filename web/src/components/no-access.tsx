import { Link } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { paths } from '../i18n/paths.ts';
import { useI18n } from '../i18n/use-i18n.ts';

/** A page the signed-in user's role may not see (403): say so, and offer a way on. */
export function NoAccess() {
  const { lang, t } = useI18n();
  useDocumentTitle(t.errors.noAccessTitle);
  return (
    <div className="message-page">
      <h1>{t.errors.noAccessTitle}</h1>
      <p className="lead">{t.errors.noAccessText}</p>
      <p>{t.errors.noAccessHelp}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.home(lang)}>{t.errors.toHome}</Link>
        </li>
      </ul>
    </div>
  );
}
