import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';

/** The coordinator's start page: a placeholder until the membership tools are built. */
export function CoordinationPage() {
  const { lang, a } = useAccountI18n();
  useDocumentTitle(a.coordination.title);
  return (
    <div className="message-page">
      <h1>{a.coordination.title}</h1>
      <p className="lead">{a.coordination.intro}</p>
      <p className="notice">{a.coordination.soon}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.members(lang)}>{a.coordination.members}</Link>
        </li>
        <li>
          <Link to={paths.account(lang)}>{a.manage.account}</Link>
        </li>
      </ul>
    </div>
  );
}
