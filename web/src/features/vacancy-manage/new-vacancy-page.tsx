import { useEffect, useState } from 'react';
import { useLeaveGuard } from '../../lib/leave-guard.tsx';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, useLoaderData, useNavigate } from 'react-router';
import { PRESERVE_FOCUS } from '../../lib/focus-state.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { MembershipNotice, mayDraft } from '../../components/membership-notice.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useVacancyManageI18n } from '../../i18n/use-vacancy-manage-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import { vacancyFieldMap, VacancyFormFields } from './vacancy-form-fields.tsx';
import { newVacancyValues } from './vacancy-form-values.ts';
import type { NewVacancyData, VacancyActionResult } from './vacancy-manage-route.ts';
import './vacancy-manage.css';

/**
 * /beheer/vacatures/nieuw: the form for a new vacancy, saved as a draft. Once saved, the
 * vacancy's own page takes over, saying so. A member that is not active is told first what
 * its membership still allows; without drafts there is no form to fill in for nothing.
 */
export function NewVacancyPage() {
  const { me, organisation, municipalityCode } = useLoaderData() as NewVacancyData;
  const { lang, v } = useVacancyManageI18n();
  useDocumentTitle(v.form.newTitle);

  return (
    <div className="vacancy-manage vacancy-edit">
      <p className="back-link">
        <Link to={paths.manageVacancies(lang)}>{v.edit.backToList}</Link>
      </p>
      <h1>{v.form.newTitle}</h1>
      <MembershipNotice organisation={organisation} isAdmin={me.role === 'org_admin'} />
      {mayDraft(organisation) ? (
        <NewVacancyForm municipalityCode={municipalityCode} />
      ) : (
        <p className="lead">{v.form.newUnavailable}</p>
      )}
    </div>
  );
}

function NewVacancyForm({ municipalityCode }: { municipalityCode: string }) {
  const { lang, v } = useVacancyManageI18n();
  const fetcher = useFetcher<VacancyActionResult>();
  const navigate = useNavigate();
  const failure = asFailure(fetcher.data);
  const { busy, sendOnce } = useSingleSend(fetcher);
  const [values] = useState(() => newVacancyValues(municipalityCode, lang));
  const created = fetcher.data?.ok ? fetcher.data : null;
  const [edited, setEdited] = useState(false);
  const leaveGuard = useLeaveGuard(edited && !created, v.leave);

  useEffect(() => {
    if (created) {
      // Focus goes to the message on the vacancy's page, not to the top of <main>.
      void navigate(paths.manageVacancy(lang, created.vacancy.id), {
        replace: true,
        state: { ...PRESERVE_FOCUS, notice: created.message },
      });
    }
  }, [created, navigate, lang]);

  return (
    <>
      <p className="lead">{v.form.newIntro}</p>
      <ErrorSummary failure={failure} fields={vacancyFieldMap(v)} />
      <fetcher.Form
        method="post"
        noValidate
        className="form vacancy-form"
        onSubmit={sendOnce}
        onInput={() => setEdited(true)}
      >
        <VacancyFormFields values={values} errors={failure?.fields ?? {}} />
        <div className="form-actions">
          <SubmitButton busy={busy}>{v.form.saveDraft}</SubmitButton>
        </div>
      </fetcher.Form>
      {leaveGuard}
    </>
  );
}
