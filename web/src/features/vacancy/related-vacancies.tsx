import { Suspense } from 'react';
import { Await, Link } from 'react-router';
import type { SearchHit } from '../../api/types.ts';
import { VacancyList } from '../../components/vacancy-list.tsx';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { OrganisationVacancies } from './vacancy-loader.ts';

/**
 * Vacancies in the same field of work nearby. Shown once the search answers; nothing at
 * all while it loads, when it finds nothing or when it fails.
 */
export function SimilarVacancies({ similar, linkState }: { similar: Promise<SearchHit[] | null>; linkState: unknown }) {
  const { t } = useI18n();
  return (
    <Suspense fallback={null}>
      <Await resolve={similar} errorElement={null}>
        {(hits: SearchHit[] | null) =>
          hits && hits.length > 0 ? (
            <section className="vacancy-related" aria-labelledby="vergelijkbare-vacatures">
              <h2 id="vergelijkbare-vacatures">{t.vacancy.similar.heading}</h2>
              <VacancyList hits={hits} headingLevel={3} linkState={linkState} />
            </section>
          ) : null
        }
      </Await>
    </Suspense>
  );
}

interface OrganisationProps {
  organisation: { slug: string; name: string };
  vacancies: Promise<OrganisationVacancies | null>;
  linkState: unknown;
}

/** The employer's other open vacancies, with a link to all of them on its page. */
export function OrganisationVacancyList({ organisation, vacancies, linkState }: OrganisationProps) {
  const { lang, t } = useI18n();
  return (
    <Suspense fallback={null}>
      <Await resolve={vacancies} errorElement={null}>
        {(result: OrganisationVacancies | null) =>
          result && result.hits.length > 0 ? (
            <section className="vacancy-related" aria-labelledby="meer-van-organisatie">
              <h2 id="meer-van-organisatie">{t.vacancy.fromOrganisation.heading(organisation.name)}</h2>
              <VacancyList hits={result.hits} headingLevel={3} linkState={linkState} showOrganisation={false} />
              {result.hasMore ? (
                <p className="more-link">
                  <Link to={paths.organisation(lang, organisation.slug)}>
                    {t.vacancy.fromOrganisation.all(result.total, organisation.name)}
                  </Link>
                </p>
              ) : null}
            </section>
          ) : null
        }
      </Await>
    </Suspense>
  );
}
