import { Link } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { paths } from '../i18n/paths.ts';
import { useI18n } from '../i18n/use-i18n.ts';

export type NotFoundKind = 'page' | 'vacancy' | 'organisation';

/** The friendly 404: what was not found, and where to go instead. */
export function NotFound({ kind = 'page' }: { kind?: NotFoundKind }) {
  const { lang, t } = useI18n();
  const text = {
    page: { title: t.errors.notFoundTitle, body: t.errors.notFoundText },
    vacancy: { title: t.errors.vacancyNotFoundTitle, body: t.errors.vacancyNotFoundText },
    organisation: { title: t.errors.organisationNotFoundTitle, body: t.errors.organisationNotFoundText },
  }[kind];
  useDocumentTitle(text.title);
  return (
    <div className="message-page">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.home(lang)}>{t.errors.toVacancies}</Link>
        </li>
        {kind === 'organisation' ? (
          <li>
            <Link to={paths.members(lang)}>{t.errors.toMembers}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** The catch-all route: an address no page answers to. */
export function NotFoundPage() {
  return <NotFound kind="page" />;
}
