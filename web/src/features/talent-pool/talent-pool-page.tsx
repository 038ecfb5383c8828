import { Form, Link, useLoaderData, useLocation, useNavigation } from 'react-router';
import type { TalentPoolCandidate } from '../../api/talent-pool.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, SelectField, TextField } from '../../components/form-fields.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useFollowedValue } from '../../hooks/use-followed-value.ts';
import { useLabels, useTaxonomies } from '../../hooks/use-labels.ts';
import { paths } from '../../i18n/paths.ts';
import { talentPoolMessages, type TalentPoolMessages } from '../../i18n/talent-pool-messages.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { PRESERVE_FOCUS } from '../../lib/focus-state.ts';
import { DEFAULT_RADIUS_KM, RADIUS_CHOICES, type TalentPoolData } from './talent-pool-route.ts';
import '../../styles/membership.css';
import './talent-pool.css';
import { Pager } from '../../components/pager.tsx';

const ID = 'pool';

/**
 * /beheer/talentpool: the candidates every active member may approach. The filters are a GET
 * form, so a search is its address; searching keeps focus on the form and announces the count.
 */
export function TalentPoolPage() {
  const { filters, page, pages, pool, failure, inactive } = useLoaderData() as TalentPoolData;
  const qField = useFollowedValue<HTMLInputElement>(filters.q);
  const nearField = useFollowedValue<HTMLInputElement>(filters.near);
  const { lang, format } = useI18n();
  const t = talentPoolMessages[lang];
  const taxonomies = useTaxonomies();
  const navigation = useNavigation();
  const location = useLocation();
  const updating = navigation.state === 'loading' && navigation.location.pathname === location.pathname;
  useDocumentTitle(t.title);

  const fields = {
    q: { id: `${ID}-q`, label: t.fields.q },
    category: { id: `${ID}-category`, label: t.fields.category },
    educationLevel: { id: `${ID}-education`, label: t.fields.educationLevel },
    near: { id: `${ID}-near`, label: t.fields.near },
    radiusKm: { id: `${ID}-radius`, label: t.fields.radiusKm },
  };
  const field = fieldProps(fields, failure?.fields);
  const radius = (RADIUS_CHOICES as readonly number[]).map(String).includes(filters.radiusKm)
    ? filters.radiusKm
    : String(DEFAULT_RADIUS_KM);
  const pageAddress = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    if (target > 1) params.set('page', String(target));
    const query = params.toString();
    return `${paths.manageTalentPool(lang)}${query ? `?${query}` : ''}`;
  };

  if (inactive) {
    return (
      <div className="talent-pool-page">
        <h1>{t.title}</h1>
        <p className="lead">{t.inactive}</p>
      </div>
    );
  }

  return (
    <div className="talent-pool-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p>{t.noFiles}</p>

      <section className="filter-box" aria-labelledby="pool-filters">
        <h2 id="pool-filters" className="filter-box-title">
          {t.filtersTitle}
        </h2>
        <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
        <Form method="get" noValidate className="filter-form" state={PRESERVE_FOCUS} preventScrollReset>
          <TextField ref={qField} {...field('q')} type="search" hint={t.hints.q} defaultValue={filters.q} />
          <SelectField key={`category-${filters.category}`} {...field('category')} defaultValue={filters.category}>
            <option value="">{t.anyCategory}</option>
            {(taxonomies?.categories ?? []).map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.label[lang]}
              </option>
            ))}
          </SelectField>
          <SelectField
            key={`education-${filters.educationLevel}`}
            {...field('educationLevel')}
            defaultValue={filters.educationLevel}
          >
            <option value="">{t.anyEducationLevel}</option>
            {(taxonomies?.educationLevels ?? []).map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.label[lang]}
              </option>
            ))}
          </SelectField>
          <TextField
            ref={nearField}
            {...field('near')}
            hint={t.hints.near}
            autoComplete="off"
            defaultValue={filters.near}
          />
          <SelectField key={`radius-${radius}`} {...field('radiusKm')} defaultValue={radius}>
            {RADIUS_CHOICES.map((km) => (
              <option key={km} value={String(km)}>
                {t.radiusKm(format.number(km))}
              </option>
            ))}
          </SelectField>
          <div className="filter-actions">
            <button type="submit" className="button">
              {t.search}
            </button>
            <Link to={paths.manageTalentPool(lang)} state={PRESERVE_FOCUS}>
              {t.reset}
            </Link>
          </div>
        </Form>
      </section>

      <p role="status" className="result-count">
        {pool ? t.count(pool.total, format.number(pool.total)) : null}
      </p>

      <div className={updating ? 'pool-results is-updating' : 'pool-results'}>
        {pool && pool.items.length === 0 ? <p className="no-results">{t.empty}</p> : null}
        {pool && pool.items.length > 0 ? (
          <>
            <h2 className="visually-hidden">{t.caption}</h2>
            <ul className="pool-list">
              {pool.items.map((candidate) => (
                <Candidate key={candidate.applicationId} candidate={candidate} t={t} />
              ))}
            </ul>
          </>
        ) : null}
      </div>

      {pool ? <Pager page={page} pages={pages} address={pageAddress} texts={t.pagination} /> : null}
    </div>
  );
}

function Candidate({ candidate, t }: { candidate: TalentPoolCandidate; t: TalentPoolMessages }) {
  const { format } = useI18n();
  const labels = useLabels();
  const { why } = candidate;
  return (
    <li className="pool-candidate">
      <h3 className="break-anywhere">{candidate.name}</h3>
      <dl className="facts facts-compact">
        <div>
          <dt>{t.emailLabel}</dt>
          <dd className="break-anywhere">
            <a href={`mailto:${candidate.email}`}>{candidate.email}</a>
          </dd>
        </div>
        {candidate.phone ? (
          <div>
            <dt>{t.phoneLabel}</dt>
            <dd>{candidate.phone}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t.why}</dt>
          <dd className="break-anywhere">
            {t.appliedTo(why.vacancy.title, why.vacancy.organisation.name)}
            <br />
            {[labels.category(why.category), labels.educationLevel(why.educationLevel), why.place.name].join(' · ')}
          </dd>
        </div>
        <div>
          <dt>{t.consentUntil}</dt>
          <dd>
            <time dateTime={candidate.consentEndsAt}>{format.date(candidate.consentEndsAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t.motivationLabel}</dt>
          <dd className="pool-motivation break-anywhere">{candidate.motivation}</dd>
        </div>
      </dl>
    </li>
  );
}
