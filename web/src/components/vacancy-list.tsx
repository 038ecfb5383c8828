import { Link } from 'react-router';
import type { SearchHit } from '../api/types.ts';
import { closingSoon } from '../i18n/format.ts';
import { paths } from '../i18n/paths.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { OrganisationLogo } from './organisation-logo.tsx';

interface VacancyListProps {
  hits: readonly SearchHit[];
  /** 2 on the search page (under its h1), 3 where the list sits under its own h2. */
  headingLevel?: 2 | 3;
  /** Router state for the vacancy links, e.g. the search to go back to. */
  linkState?: unknown;
  /** Off on an organisation's own page, where every card would repeat its name. */
  showOrganisation?: boolean;
}

/**
 * Vacancies as a list of cards: the (highlighted) title as a link, the employer with its logo,
 * and the facts a job seeker scans for first. Shared by the search and the organisation pages.
 * The logos load as the list scrolls near them; the name beside each makes its alt text empty.
 */
export function VacancyList({ hits, headingLevel = 2, linkState, showOrganisation = true }: VacancyListProps) {
  const { lang, t, format } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const own = (hit: { language: string }) => (hit.language === lang ? undefined : hit.language);
  return (
    <ol className="results">
      {hits.map((hit) => {
        const salary = format.salaryRange(hit.salaryMin, hit.salaryMax);
        const scale = hit.salaryScale === null ? null : t.vacancy.scale(hit.salaryScale);
        const daysLeft = closingSoon(hit.closingDate);
        return (
          <li key={hit.id} className="result">
            {/* A vacancy written in the other language than the page's is read out in its own;
                the page's labels around its words stay in the page's. */}
            <Heading className="result-title" lang={own(hit)}>
              <Link to={paths.vacancy(lang, hit.id, hit.title)} state={linkState}>
                <HighlightedText formatted={hit._formatted?.title} text={hit.title} />
              </Link>
            </Heading>
            {showOrganisation ? (
              <p className="result-organisation">
                {hit.organisation.logoUrl ? (
                  <OrganisationLogo url={hit.organisation.logoUrl} size="small" lazy />
                ) : null}
                {hit.organisation.name}
              </p>
            ) : null}
            <dl className="result-facts">
              <div className="result-fact result-place">
                <dt>{t.vacancy.place}</dt>
                <dd>
                  {hit.place.municipalityName}
                  {hit.distanceKm !== undefined ? ` (${t.vacancy.distance(format.number(hit.distanceKm))})` : null}
                </dd>
              </div>
              <div className="result-fact result-hours">
                <dt>{t.vacancy.hours}</dt>
                <dd>{format.hoursRange(hit.hoursMin, hit.hoursMax)}</dd>
              </div>
              {salary || scale ? (
                <div className="result-fact result-salary">
                  <dt>{t.vacancy.salary}</dt>
                  <dd>{[salary, scale].filter(Boolean).join(', ')}</dd>
                </div>
              ) : null}
              {hit.closingDate ? (
                <div className="result-fact result-closing">
                  <dt>{t.vacancy.closingDate}</dt>
                  <dd>
                    <time dateTime={hit.closingDate}>{format.date(hit.closingDate)}</time>
                    {daysLeft !== null ? <span className="closing-soon"> ({t.vacancy.closesIn(daysLeft)})</span> : null}
                  </dd>
                </div>
              ) : null}
            </dl>
            <p className="result-summary" lang={own(hit)}>
              <HighlightedText formatted={hit._formatted?.summary} text={hit.summary} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}
