import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels } from '../../hooks/use-labels.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { SimilarVacancies } from './related-vacancies.tsx';
import type { ClosedVacancyData } from './vacancy-loader.ts';

/**
 * An old link (a saved page, a feed, a mail, a shared message) to a vacancy that is no longer
 * open (or away for now, while its organisation is suspended): it says so instead of "not found",
 * names what it was, and leads on to similar open vacancies, a search in the same field around
 * the same place, and an alert for such a search.
 */
export function ClosedVacancy({ closed, similar }: ClosedVacancyData) {
  const { lang, t } = useI18n();
  const labels = useLabels();
  const c = t.vacancy.closed;
  const title = closed.mayReturn ? c.titleForNow : c.title;
  useDocumentTitle(`${title}: ${closed.title}`);
  // By the place's name, so the search box shows a word the visitor knows.
  const search = new URLSearchParams({ category: closed.category, near: closed.place.municipalityName }).toString();
  return (
    <>
      <div className="message-page vacancy-closed">
        <h1>{title}</h1>
        <p>
          {c.before}{' '}
          <strong className="break-anywhere" lang={closed.language === lang ? undefined : closed.language}>
            {closed.title}
          </strong>
          {closed.organisation ? (
            <>
              {' '}
              {c.at} {closed.organisation.name}
            </>
          ) : null}{' '}
          {closed.mayReturn ? c.afterForNow : c.after}
        </p>
        <ul className="link-list">
          <li>
            <Link to={`${paths.home(lang)}?${search}`}>
              {c.searchSimilar(labels.category(closed.category), closed.place.municipalityName)}
            </Link>
          </li>
          {closed.organisation ? (
            <li>
              <Link to={paths.organisation(lang, closed.organisation.slug)}>
                {c.organisation(closed.organisation.name)}
              </Link>
            </li>
          ) : null}
          <li>
            <Link to={paths.alertNew(lang, search)}>{c.alert}</Link>
          </li>
        </ul>
      </div>
      <SimilarVacancies key={`similar-${closed.id}`} similar={similar} linkState={undefined} />
    </>
  );
}
