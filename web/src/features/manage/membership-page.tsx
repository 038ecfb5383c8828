import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useSingleSend } from '../../lib/single-send.ts';
import { todayInNetherlands } from '@samenwerven/calendar';
import { useFetcher, useLoaderData, type FetcherWithComponents } from 'react-router';
import { organisationExportUrl, type LeavePreview } from '../../api/membership.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DownloadLink } from '../../components/download-link.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextAreaField } from '../../components/form-controls.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { ResultNotice, settledData, useSupersededAnswer } from '../../components/result-notice.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { membershipLabel, membershipNote } from '../../i18n/account-messages.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { asFailure, failure as formFailure, formText, type FormFailure } from '../../lib/form-result.ts';
import { REASON_MAX } from '../../lib/membership-reasons.ts';
import { latestLeaveDate, leaveProblems, type MembershipData, type MembershipResult } from './membership-route.ts';
import { ORGANISATION_FIELDS, organisationFieldMap, type OrganisationField } from '../../lib/applying-organisation.ts';
import { OrganisationFields } from '../../components/organisation-fields.tsx';
import '../../styles/membership.css';

const LEAVE = 'leave';
const APPLY_AGAIN = 'apply-again';

/**
 * /beheer/lidmaatschap: the organisation's membership, the export of all its data (always
 * there, also once suspended or departed) and leaving: first what it means, then a reason and
 * an optional date, then a confirmation; afterwards a clear confirmation with the export.
 */
export function MembershipPage() {
  const { organisation, preview } = useLoaderData() as MembershipData;
  const { m, a, format } = useMembershipI18n();
  const t = m.membership;
  useDocumentTitle(t.title);
  // One fetcher for leaving and for calling off a scheduled leave: the outcome of either is
  // shown here, above whichever part the page shows afterwards.
  const fetcher = useFetcher<MembershipResult>();
  const [offlineAtLeave, setOfflineAtLeave] = useState(preview.vacanciesGoingOffline);
  const data = settledData(fetcher);
  const left = data?.ok === true && data.intent === 'leave' && data.state === 'left';
  const outcome = useMemo(() => {
    if (!data || data.intent === APPLY_AGAIN) return null;
    if (!data.ok) return data.intent === 'cancel' ? { ok: false, message: data.message } : null;
    if (data.intent === 'cancel') return { ok: true, message: data.message };
    return data.intent === 'leave' && data.leaveAt
      ? { ok: true, message: t.scheduledDone(format.date(data.leaveAt)) }
      : null;
  }, [data, t, format]);
  const appliedAgain = data?.intent === APPLY_AGAIN ? data : null;
  const note = membershipNote(a, preview.state);

  return (
    <div className="membership-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro(organisation.name)}</p>

      {left ? <LeftConfirmation organisationId={organisation.id} withdrawn={offlineAtLeave} /> : null}

      <dl className="facts">
        <div>
          <dt>{t.organisation}</dt>
          <dd>{organisation.name}</dd>
        </div>
        <div>
          <dt>{t.state}</dt>
          <dd>{membershipLabel(a, preview.state)}</dd>
        </div>
        {preview.reason && t.reasonFor[preview.state] ? (
          <div>
            <dt>{t.reasonFor[preview.state]}</dt>
            <dd className="state-reason">{preview.reason}</dd>
          </div>
        ) : null}
        {preview.leaveAt ? (
          <div>
            <dt>{t.leavesOn}</dt>
            <dd>{format.date(preview.leaveAt)}</dd>
          </div>
        ) : null}
      </dl>
      {note && !left ? <p className="notice">{note}</p> : null}

      <section className="page-section" aria-labelledby="membership-export">
        <h2 id="membership-export">{t.exportTitle}</h2>
        <p className="measure">{t.exportText}</p>
        <p>
          <DownloadLink href={organisationExportUrl(organisation.id)} className="button button-secondary">
            {t.exportLink} <span className="button-aside">{t.exportFormat}</span>
          </DownloadLink>
        </p>
      </section>

      {preview.state === 'rejected' || appliedAgain ? (
        <ApplyAgain fetcher={fetcher} result={appliedAgain} application={preview.application} />
      ) : null}

      <section className="page-section" aria-labelledby="membership-leave">
        <h2 id="membership-leave">{t.leaveTitle}</h2>
        <ResultNotice result={outcome} />
        {preview.state === 'left' ? (
          <p className="measure">{t.leftState}</p>
        ) : preview.leaveAt ? (
          <ScheduledLeave fetcher={fetcher} leaveAt={preview.leaveAt} />
        ) : preview.canLeave ? (
          <LeaveForm
            fetcher={fetcher}
            preview={preview}
            organisationName={organisation.name}
            onConfirmed={() => setOfflineAtLeave(preview.vacanciesGoingOffline)}
          />
        ) : (
          <p className="measure">{cannotLeaveText(preview, t.cannotLeave)}</p>
        )}
      </section>
    </div>
  );
}

function cannotLeaveText(
  preview: LeavePreview,
  texts: { applied: string; rejected: string; coordinatingBody: string },
): string {
  if (preview.state === 'applied') return texts.applied;
  if (preview.state === 'rejected') return texts.rejected;
  return texts.coordinatingBody;
}

/**
 * A turned-down organisation applies once more (the coordinators decide anew): what it means,
 * what it applied with, to correct what the rejection asked for, and one button; afterwards
 * what happened, in place of the form.
 */
function ApplyAgain({
  fetcher,
  result,
  application,
}: {
  fetcher: FetcherWithComponents<MembershipResult>;
  result: MembershipResult | null;
  /** What the organisation applied with, while it is turned down; else null. */
  application: LeavePreview['application'];
}) {
  const { lang, m } = useMembershipI18n();
  const t = m.membership;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const failure = result?.ok === false ? asFailure(result) : null;
  // One object per result: the notice takes focus each time it gets a new one.
  const outcome = useMemo(() => (result?.ok ? { ok: true, message: t.appliedAgain } : null), [result, t]);
  const fields = organisationFieldMap(APPLY_AGAIN, m);
  const field = fieldProps(fields, failure?.fields);
  const current: Record<OrganisationField, string> | null = application && {
    [ORGANISATION_FIELDS.name]: application.name,
    [ORGANISATION_FIELDS.kind]: application.kind,
    [ORGANISATION_FIELDS.municipality]: application.municipalityCode,
    [ORGANISATION_FIELDS.website]: application.website ?? '',
  };
  return (
    <section className="page-section" aria-labelledby="membership-apply-again">
      <h2 id="membership-apply-again">{t.applyAgainTitle}</h2>
      <ResultNotice result={outcome} />
      {current ? (
        <>
          <p className="measure">{t.applyAgainText}</p>
          <p className="measure">{t.applyAgainCorrect}</p>
          <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
          <fetcher.Form method="post" noValidate className="form" onSubmit={sendOnce}>
            <input type="hidden" name="intent" value={APPLY_AGAIN} />
            <fieldset className="fieldset">
              <legend>{m.join.organisationLegend}</legend>
              <OrganisationFields
                field={field}
                value={(name) => failure?.values?.[name] ?? current[name]}
                lang={lang}
                m={m}
              />
            </fieldset>
            <SubmitButton busy={busy}>{t.applyAgainSubmit}</SubmitButton>
          </fetcher.Form>
        </>
      ) : null}
    </section>
  );
}

/** After leaving: said plainly, with the export right there. Takes focus. */
function LeftConfirmation({ organisationId, withdrawn }: { organisationId: string; withdrawn: number }) {
  const { m } = useMembershipI18n();
  const t = m.membership;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="notice notice-success confirmation">
      <h2 className="notice-title">{t.leftTitle}</h2>
      <p>{t.leftText(withdrawn)}</p>
      <p>
        <DownloadLink href={organisationExportUrl(organisationId)}>
          {t.exportLink} {t.exportFormat}
        </DownloadLink>
      </p>
    </div>
  );
}

/** A leave with a date: when, and the way to call it off. */
function ScheduledLeave({ fetcher, leaveAt }: { fetcher: FetcherWithComponents<MembershipResult>; leaveAt: string }) {
  const { m, format } = useMembershipI18n();
  const t = m.membership;
  const { busy, sendOnce } = useSingleSend(fetcher);
  return (
    <div className="scheduled-leave">
      <div className="notice">
        <h3 className="notice-title">{t.scheduledTitle}</h3>
        <p>{t.scheduledText(format.date(leaveAt))}</p>
      </div>
      <fetcher.Form method="post" onSubmit={sendOnce}>
        <input type="hidden" name="intent" value="cancel" />
        <SubmitButton busy={busy} className="button button-secondary">
          {t.cancel}
        </SubmitButton>
      </fetcher.Form>
    </div>
  );
}

interface LeaveFormProps {
  fetcher: FetcherWithComponents<MembershipResult>;
  preview: LeavePreview;
  organisationName: string;
  onConfirmed: () => void;
}

/**
 * What leaving means (from the preview), a reason and an optional date. The form is checked
 * here before the confirmation is asked, so nobody confirms a form that cannot be sent.
 */
function LeaveForm({ fetcher, preview, organisationName, onConfirmed }: LeaveFormProps) {
  const { a, m, format } = useMembershipI18n();
  const t = m.membership;
  const busy = fetcher.state !== 'idle';
  const [localFailure, setLocalFailure] = useState<FormFailure | null>(null);
  const [data, supersede] = useSupersededAnswer(fetcher.data);
  const [confirming, setConfirming] = useState<{ reason: string; effectiveDate: string } | null>(null);
  const serverFailure = data?.ok === false && data.intent === 'leave' ? asFailure(data) : null;
  const failure = localFailure ?? serverFailure;
  const today = todayInNetherlands();
  const fields = {
    reason: { id: `${LEAVE}-reason`, label: t.reason },
    effectiveDate: { id: `${LEAVE}-date`, label: t.date },
  };
  const field = fieldProps(fields, failure?.fields);

  const check = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    supersede();
    const form = new FormData(event.currentTarget);
    const reason = formText(form, 'reason').trim();
    const { effectiveDate, fields: problems } = leaveProblems(reason, formText(form, 'effectiveDate'), m);
    if (Object.keys(problems).length > 0) {
      setLocalFailure(formFailure(a.form.checkFields, problems));
      return;
    }
    setLocalFailure(null);
    setConfirming({ reason, effectiveDate });
  };

  const confirm = () => {
    if (!confirming) return;
    onConfirmed();
    void fetcher.submit({ intent: 'leave', ...confirming }, { method: 'post' });
    setConfirming(null);
  };

  const later = confirming?.effectiveDate ? format.date(confirming.effectiveDate) : null;

  return (
    <>
      <p>{t.leaveIntro}</p>
      <ul className="leave-preview">
        <li className="strong">{t.offline(preview.vacanciesGoingOffline)}</li>
        {preview.vacanciesScheduled > 0 ? <li>{t.scheduledWithdrawn(preview.vacanciesScheduled)}</li> : null}
        <li>{t.kept}</li>
        <li>{t.staffStay}</li>
        <li>{t.rejoin}</li>
      </ul>

      <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
      <form method="post" noValidate className="form" onSubmit={check}>
        <TextAreaField {...field('reason')} hint={t.reasonHint} rows={4} maxLength={REASON_MAX} />
        <TextField {...field('effectiveDate')} type="date" min={today} max={latestLeaveDate(today)} hint={t.dateHint} />
        <SubmitButton busy={busy} className="button button-danger">
          {t.submit}
        </SubmitButton>
      </form>

      <ConfirmDialog
        open={confirming !== null}
        title={later ? t.confirmDateTitle(later) : t.confirmNowTitle}
        confirmLabel={t.confirm}
        onConfirm={confirm}
        onClose={() => setConfirming(null)}
      >
        <p>
          {later
            ? t.confirmDateText(organisationName, later)
            : t.confirmNowText(organisationName, preview.vacanciesGoingOffline)}
        </p>
      </ConfirmDialog>
    </>
  );
}
