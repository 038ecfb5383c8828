import type { ReactNode } from 'react';
import { Link, useLoaderData } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels } from '../../hooks/use-labels.ts';
import { paths } from '../../i18n/paths.ts';
import { useVacancyManageI18n } from '../../i18n/use-vacancy-manage-i18n.ts';
import { stateLabel } from '../../i18n/vacancy-manage-messages.ts';
import { ContactPerson, HowToApply } from '../../components/vacancy-apply.tsx';
import type { VacancyPreviewData } from './vacancy-manage-route.ts';
import './vacancy-manage.css';

/**
 * /beheer/vacatures/:id/voorbeeld: the saved vacancy laid out the way job seekers see it,
 * drafts included, under a banner that says it is a preview.
 */
export function VacancyPreviewPage() {
  const { vacancy } = useLoaderData() as VacancyPreviewData;
  const { lang, t, v, format } = useVacancyManageI18n();
  const labels = useLabels();
  useDocumentTitle(`${v.preview.label}: ${vacancy.title}`);

  const salary = format.salaryRange(vacancy.salaryMin, vacancy.salaryMax);
  const scale = vacancy.salaryScale === null ? null : t.vacancy.scale(vacancy.salaryScale);
  const education = labels.educationLevel(vacancy.educationLevel);
  const elsewhere = vacancy.additionalPlaces.map((place) => place.municipalityName);

  return (
    <div className="vacancy-manage">
      <div className="preview-banner">
        <p>
          <strong>{v.preview.label}.</strong> {v.preview.intro}
        </p>
        {vacancy.state !== 'published' ? <p>{v.preview.notPublic(stateLabel(v, vacancy.state))}</p> : null}
        {vacancy.visibility === 'internal' ? <p>{v.preview.internal}</p> : null}
        <p>
          <Link to={paths.manageVacancy(lang, vacancy.id)}>{v.preview.back}</Link>
        </p>
      </div>

      <article className="vacancy" lang={vacancy.language === lang ? undefined : vacancy.language}>
        <h1>{vacancy.title}</h1>
        <dl className="facts" lang={lang}>
          <Fact term={t.vacancy.organisation}>{vacancy.organisation.name}</Fact>
          {vacancy.department ? (
            <Fact term={t.vacancy.department}>
              <span lang={vacancy.language === lang ? undefined : vacancy.language}>{vacancy.department}</span>
            </Fact>
          ) : null}
          <Fact term={t.vacancy.place}>
            {vacancy.place.municipalityName}
            {elsewhere.length > 0 ? ` (${v.preview.alsoIn.toLowerCase()} ${elsewhere.join(', ')})` : null}
          </Fact>
          <Fact term={t.vacancy.hours}>{format.hoursRange(vacancy.hoursMin, vacancy.hoursMax)}</Fact>
          {salary || scale ? <Fact term={t.vacancy.salary}>{[salary, scale].filter(Boolean).join(', ')}</Fact> : null}
          <Fact term={t.vacancy.educationLevel}>
            {vacancy.orEquivalent ? t.vacancy.orEquivalent(education) : education}
          </Fact>
          <Fact term={t.vacancy.employmentType}>{labels.employmentType(vacancy.employmentType)}</Fact>
          <Fact term={t.vacancy.workMode}>{labels.workMode(vacancy.workMode)}</Fact>
          {vacancy.closingDate ? (
            <Fact term={t.vacancy.closingDate}>
              <time dateTime={vacancy.closingDate}>{format.date(vacancy.closingDate)}</time>
            </Fact>
          ) : null}
        </dl>

        {vacancy.summary ? <p className="lead">{vacancy.summary}</p> : null}

        {/* Sanitised by the server, as on the public page. */}
        <div className="prose" dangerouslySetInnerHTML={{ __html: vacancy.description }} />

        <section className="vacancy-apply" aria-labelledby="preview-apply" lang={lang}>
          <h2 id="preview-apply">{t.vacancy.apply.heading}</h2>
          <HowToApply vacancy={vacancy} />
        </section>

        <section className="vacancy-contact" aria-labelledby="preview-contact" lang={lang}>
          <h2 id="preview-contact">{t.vacancy.contact.heading}</h2>
          <ContactPerson vacancy={vacancy} />
        </section>
      </article>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
