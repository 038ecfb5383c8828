import { Link, useLoaderData } from 'react-router';
import { OrganisationLogo } from '../../components/organisation-logo.tsx';
import { VacancyList } from '../../components/vacancy-list.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels } from '../../hooks/use-labels.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { isWebUrl } from '../../lib/safe-url.ts';
import { OrganisationFeedLinks } from './organisation-feed-links.tsx';
import type { OrganisationData } from './organisation-loader.ts';

/** An employer's public profile (logo, facts, description, what it offers) with its open vacancies. */
export function OrganisationPage() {
  const { organisation, vacancies } = useLoaderData() as OrganisationData;
  const { lang, t } = useI18n();
  const labels = useLabels();
  useDocumentTitle(organisation.name);
  // The search total: the vacancies a job seeker can actually find, the same ones listed below.
  const open = vacancies.total;
  const allVacancies = new URLSearchParams({ organisation: organisation.slug });

  return (
    <div className="organisation">
      {/* The heading names the organisation right below it: the logo adds no words. */}
      {organisation.logoUrl ? <OrganisationLogo url={organisation.logoUrl} size="large" /> : null}
      <h1>{organisation.name}</h1>
      <dl className="facts">
        <div>
          <dt>{t.organisation.kind}</dt>
          <dd>{labels.organisationKind(organisation.kind)}</dd>
        </div>
        <div>
          <dt>{t.organisation.municipality}</dt>
          <dd>{organisation.municipalityName}</dd>
        </div>
        {isWebUrl(organisation.website) ? (
          <div>
            <dt>{t.organisation.website}</dt>
            <dd>
              <a className="break-anywhere" href={organisation.website} rel="noopener noreferrer external">
                {organisation.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {/* Sanitised by the server when the profile was saved (headings, paragraphs, lists, links). */}
      {organisation.description ? (
        <div
          className="prose organisation-description"
          // Members write their profile in Dutch: on an English page it is read out as Dutch.
          lang={lang === 'nl' ? undefined : 'nl'}
          dangerouslySetInnerHTML={{ __html: organisation.description }}
        />
      ) : null}
      {organisation.offer ? (
        <section className="organisation-offer" aria-labelledby="wat-wij-bieden">
          <h2 id="wat-wij-bieden">{t.organisation.offerHeading}</h2>
          {/* Plain text; its line breaks are the member's own. */}
          <p lang={lang === 'nl' ? undefined : 'nl'}>{organisation.offer}</p>
        </section>
      ) : null}

      <section aria-labelledby="open-vacatures">
        <h2 id="open-vacatures">{t.organisation.vacanciesHeading}</h2>
        <p className="vacancy-count">{t.organisation.openVacancies(open)}</p>
        {vacancies.hits.length > 0 ? (
          <VacancyList hits={vacancies.hits} headingLevel={3} showOrganisation={false} />
        ) : (
          <p>{t.organisation.noVacancies}</p>
        )}
        {open > vacancies.hits.length ? (
          <p className="more-link">
            <Link to={{ pathname: paths.home(lang), search: `?${allVacancies.toString()}` }}>
              {t.organisation.allVacancies(open, organisation.name)}
            </Link>
          </p>
        ) : null}
        <OrganisationFeedLinks slug={organisation.slug} name={organisation.name} />
      </section>
    </div>
  );
}
