import { Link, useLoaderData, useLocation } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels } from '../../hooks/use-labels.ts';
import { useOrigin } from '../../hooks/use-origin.ts';
import { closingSoon } from '../../i18n/format.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { OrganisationLogo } from '../../components/organisation-logo.tsx';
import { ContactPerson, HowToApply } from '../../components/vacancy-apply.tsx';
import { ApplyForm } from './apply-form.tsx';
import { ClosedVacancy } from './closed-vacancy.tsx';
import { OrganisationVacancyList, SimilarVacancies } from './related-vacancies.tsx';
import { ShareVacancy } from './share-vacancy.tsx';
import type { VacancyData, VacancyPageData } from './vacancy-loader.ts';
import './vacancy.css';

/** The search the visitor came from, passed along by the result links. */
function searchFromState(state: unknown): string {
  const search = typeof state === 'object' && state !== null ? (state as { search?: unknown }).search : undefined;
  return typeof search === 'string' && search.startsWith('?') ? search : '';
}

/** /vacatures/{id}: an open vacancy, or what an old link to a closed one still shows. */
export function VacancyPage() {
  const page = useLoaderData() as VacancyPageData;
  return 'closed' in page ? <ClosedVacancy {...page} /> : <OpenVacancy {...page} />;
}

/**
 * One vacancy for job seekers: the facts, the text, how to apply and whom to ask; then ways
 * to share or print it, and other vacancies nearby and at the same employer. Those two
 * lists arrive after the vacancy and never stand in its way.
 */
function OpenVacancy({ vacancy, similar, fromOrganisation, backSearch: loadedFrom }: VacancyData) {
  const { lang, t, format } = useI18n();
  const labels = useLabels();
  const location = useLocation();
  const origin = useOrigin();
  useDocumentTitle(`${vacancy.title} — ${vacancy.organisation.name}`);

  const backSearch = searchFromState(location.state) || loadedFrom;
  // Links to other vacancies keep the way back to the same search.
  const linkState = backSearch ? { search: backSearch } : undefined;
  const canonicalUrl = `${origin}${paths.vacancy(lang, vacancy.id, vacancy.title)}`;

  const salary = format.salaryRange(vacancy.salaryMin, vacancy.salaryMax);
  const scale = vacancy.salaryScale === null ? null : t.vacancy.scale(vacancy.salaryScale);
  const daysLeft = closingSoon(vacancy.closingDate);
  const education = labels.educationLevel(vacancy.educationLevel);
  // The organisation's own staff see it in any state: a draft or closed one is a preview, not an offer.
  const preview = vacancy.state !== undefined && vacancy.state !== 'published' ? vacancy.state : null;

  return (
    <>
      <article className="vacancy" lang={vacancy.language === lang ? undefined : vacancy.language}>
        <p className="back-link" lang={lang}>
          <Link to={{ pathname: paths.home(lang), search: backSearch }}>{t.vacancy.backToSearch}</Link>
        </p>
        <h1>{vacancy.title}</h1>
        {preview && (
          <p className="notice" lang={lang}>
            {t.vacancy.preview(preview)}
          </p>
        )}
        <dl className="facts" lang={lang}>
          <div>
            <dt>{t.vacancy.organisation}</dt>
            <dd>
              {/* The name follows at once: the logo adds no words. */}
              {vacancy.organisation.logoUrl ? (
                <OrganisationLogo url={vacancy.organisation.logoUrl} size="medium" />
              ) : null}
              <Link to={paths.organisation(lang, vacancy.organisation.slug)}>{vacancy.organisation.name}</Link>
            </dd>
          </div>
          {vacancy.department ? (
            <div>
              <dt>{t.vacancy.department}</dt>
              {/* The department's name is in the vacancy's own language, not the page's. */}
              <dd lang={vacancy.language === lang ? undefined : vacancy.language}>{vacancy.department}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t.vacancy.place}</dt>
            <dd>
              {vacancy.place.municipalityName}
              {vacancy.additionalPlaces.length > 0
                ? ` (${t.vacancy.alsoIn} ${vacancy.additionalPlaces.map((p) => p.municipalityName).join(', ')})`
                : null}
            </dd>
          </div>
          <div>
            <dt>{t.vacancy.hours}</dt>
            <dd>{format.hoursRange(vacancy.hoursMin, vacancy.hoursMax)}</dd>
          </div>
          {salary || scale ? (
            <div>
              <dt>{t.vacancy.salary}</dt>
              <dd>{[salary, scale].filter(Boolean).join(', ')}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t.vacancy.educationLevel}</dt>
            <dd>{vacancy.orEquivalent ? t.vacancy.orEquivalent(education) : education}</dd>
          </div>
          <div>
            <dt>{t.vacancy.employmentType}</dt>
            <dd>{labels.employmentType(vacancy.employmentType)}</dd>
          </div>
          <div>
            <dt>{t.vacancy.workMode}</dt>
            <dd>{labels.workMode(vacancy.workMode)}</dd>
          </div>
          {vacancy.closingDate ? (
            <div>
              <dt>{t.vacancy.closingDate}</dt>
              <dd>
                <time dateTime={vacancy.closingDate}>{format.date(vacancy.closingDate)}</time>
                {daysLeft !== null ? <strong className="closing-soon"> ({t.vacancy.closesIn(daysLeft)})</strong> : null}
              </dd>
            </div>
          ) : null}
          {/* A staff member's preview of a draft has no publication date yet. */}
          {vacancy.publishedAt ? (
            <div>
              <dt>{t.vacancy.published}</dt>
              <dd>
                <time dateTime={vacancy.publishedAt}>{format.date(vacancy.publishedAt)}</time>
              </dd>
            </div>
          ) : null}
        </dl>

        {/* As the preview shows it (an HR walk: a vacancy with only a summary showed job seekers no text). */}
        {vacancy.summary ? <p className="lead">{vacancy.summary}</p> : null}

        {/* Sanitised by the server (headings, paragraphs, lists): the one place HTML is rendered. */}
        <div className="prose" dangerouslySetInnerHTML={{ __html: vacancy.description }} />

        <section className="vacancy-apply" aria-labelledby="solliciteren" lang={lang}>
          <h2 id="solliciteren">{t.vacancy.apply.heading}</h2>
          {preview ? (
            <p>{t.vacancy.previewApply}</p>
          ) : vacancy.applyMethod === 'portal' ? (
            <ApplyForm key={vacancy.id} />
          ) : (
            <HowToApply vacancy={vacancy} />
          )}
        </section>

        <section className="vacancy-contact" aria-labelledby="contact" lang={lang}>
          <h2 id="contact">{t.vacancy.contact.heading}</h2>
          <ContactPerson vacancy={vacancy} />
        </section>

        <ShareVacancy
          key={vacancy.id}
          title={vacancy.title}
          organisationName={vacancy.organisation.name}
          url={canonicalUrl}
        />

        {/* On paper only, where links cannot be followed: the way back to this page. */}
        <p className="print-only vacancy-print-url" lang={lang}>
          {t.vacancy.share.printedFrom}: <span className="break-anywhere">{canonicalUrl}</span>
        </p>
      </article>

      {/*
        Keyed by vacancy: from one vacancy to the next, a navigation is a transition, and React
        would keep it waiting for the lists of a Suspense boundary that is already showing.
        A new boundary instead shows its (empty) fallback and lets the vacancy through.
      */}
      <SimilarVacancies key={`similar-${vacancy.id}`} similar={similar} linkState={linkState} />
      <OrganisationVacancyList
        key={`organisation-${vacancy.id}`}
        organisation={vacancy.organisation}
        vacancies={fromOrganisation}
        linkState={linkState}
      />
    </>
  );
}
