/**
 * How to apply and whom to ask: shared by the public vacancy page and the staff preview, so
 * a preview shows exactly what applicants will see.
 */
import type { VacancyDetail } from '../api/types.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { telHref } from '../lib/phone.ts';
import { isWebUrl } from '../lib/safe-url.ts';

type ApplyInfo = Pick<
  VacancyDetail,
  'applyMethod' | 'applyUrl' | 'applyEmail' | 'contactName' | 'contactEmail' | 'contactPhone'
> & {
  organisation: { name: string };
};

/**
 * How to apply: by link or by e-mail; for the portal, what the form asks (the public page shows
 * the form itself, features/vacancy/apply-form.tsx; the staff preview shows this).
 */
export function HowToApply({ vacancy }: { vacancy: ApplyInfo }) {
  const { t } = useI18n();
  if (vacancy.applyMethod === 'url' && isWebUrl(vacancy.applyUrl)) {
    return (
      <p>
        <a className="button" href={vacancy.applyUrl} rel="noopener noreferrer external">
          {t.vacancy.apply.url}
        </a>{' '}
        <span className="muted">{t.vacancy.apply.newWindowNote}</span>
      </p>
    );
  }
  if (vacancy.applyMethod === 'email' && vacancy.applyEmail) {
    return (
      <p>
        {t.vacancy.apply.email}{' '}
        <a className="break-anywhere" href={`mailto:${vacancy.applyEmail}`}>
          {vacancy.applyEmail}
        </a>
        .
      </p>
    );
  }
  return <p>{t.vacancy.apply.portal}</p>;
}

/** The contact person, with mail and phone links. */
export function ContactPerson({ vacancy }: { vacancy: ApplyInfo }) {
  const { t } = useI18n();
  const { contactName, contactEmail, contactPhone } = vacancy;
  if (!contactName && !contactEmail && !contactPhone) return <p>{t.vacancy.contact.none}</p>;
  return (
    <>
      <p>
        {t.vacancy.contact.intro} {contactName ?? vacancy.organisation.name}.
      </p>
      {contactEmail || contactPhone ? (
        <dl className="facts facts-compact">
          {contactEmail ? (
            <div>
              <dt>{t.vacancy.contact.email}</dt>
              <dd>
                <a className="break-anywhere" href={`mailto:${contactEmail}`}>
                  {contactEmail}
                </a>
              </dd>
            </div>
          ) : null}
          {contactPhone ? (
            <div>
              <dt>{t.vacancy.contact.phone}</dt>
              <dd>
                <a href={telHref(contactPhone)}>{contactPhone}</a>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </>
  );
}
