import { Link } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { paths } from '../i18n/paths.ts';
import { useI18n } from '../i18n/use-i18n.ts';

/** What was not found: a public page, or one of the staff pages (`managedVacancy`, `application`). */
export type NotFoundKind = 'page' | 'vacancy' | 'organisation' | 'managedVacancy' | 'application';

/** The friendly 404: what was not found, and where to go instead (staff: back to their own lists). */
export function NotFound({ kind = 'page' }: { kind?: NotFoundKind }) {
  const { lang, t } = useI18n();
  const e = t.errors;
  const text = {
    page: { title: e.notFoundTitle, body: e.notFoundText },
    vacancy: { title: e.vacancyNotFoundTitle, body: e.vacancyNotFoundText },
    organisation: { title: e.organisationNotFoundTitle, body: e.organisationNotFoundText },
    managedVacancy: { title: e.vacancyNotFoundTitle, body: e.managedVacancyNotFoundText },
    application: { title: e.applicationNotFoundTitle, body: e.applicationNotFoundText },
  }[kind];
  useDocumentTitle(text.title);
  const back =
    kind === 'managedVacancy'
      ? { to: paths.manageVacancies(lang), label: e.toManagedVacancies }
      : kind === 'application'
        ? { to: paths.manageApplications(lang), label: e.toApplications }
        : { to: paths.home(lang), label: e.toVacancies };
  return (
    <div className="message-page">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <ul className="link-list">
        <li>
          <Link to={back.to}>{back.label}</Link>
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
