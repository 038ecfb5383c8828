import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { useSupersededAnswer, useUntilNextSend } from '../../components/result-notice.tsx';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, useLoaderData } from 'react-router';
import { applicationFileUrl, nextStatuses, type ApplicationStatus } from '../../api/applications.ts';
import { DownloadLink } from '../../components/download-link.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadioGroup, TextAreaField } from '../../components/form-controls.tsx';
import { fieldProps } from '../../components/form-fields.tsx';
import { mayPublish } from '../../components/membership-notice.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { applicationMessages, statusLabel } from '../../i18n/application-messages.ts';
import type { Lang } from '../../i18n/lang.ts';
import { paths } from '../../i18n/paths.ts';
import { useApplicationI18n } from '../../i18n/use-application-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import {
  NOTE_INTENT,
  STANDARD_REJECTION,
  STATUS_INTENT,
  type ApplicationData,
  type ApplicationResult,
} from './applications-route.ts';
import { StatusBadge } from './status-badge.tsx';
import { formatMoment } from '../../i18n/format.ts';
import './applications.css';

/**
 * One application for its organisation's HR staff: the details and the files, moving it on
 * (only to the states that may follow; rejecting sends the editable rejection message), and
 * the notes colleagues leave for each other.
 */
export function ApplicationPage() {
  const { organisation, application } = useLoaderData() as ApplicationData;
  const { lang, ap, format } = useApplicationI18n();
  const d = ap.detail;
  useDocumentTitle(d.title(application.name));
  // In the pool only once the address's owner confirmed it: the page said so before (an HR walk).
  const consent =
    application.consent === 'pool' && !application.addressConfirmed
      ? d.poolUnconfirmed
      : ((d.consentText as Record<string, string>)[application.consent] ?? application.consent);

  return (
    <div className="application-page">
      <p className="back-link">
        <Link to={paths.manageApplications(lang)}>{d.back}</Link>
      </p>
      <h1 className="break-anywhere">{d.title(application.name)}</h1>

      <section className="page-section" aria-labelledby="application-details">
        <h2 id="application-details">{d.details}</h2>
        <dl className="facts">
          <div>
            <dt>{d.vacancy}</dt>
            <dd>
              <Link className="break-anywhere" to={paths.manageVacancyApplications(lang, application.vacancy.id)}>
                {application.vacancy.title}
              </Link>
            </dd>
          </div>
          <div>
            <dt>{d.status}</dt>
            <dd>
              <StatusBadge status={application.status} />
            </dd>
          </div>
          <div>
            <dt>{d.received}</dt>
            <dd>
              <time dateTime={application.createdAt}>{format.date(application.createdAt)}</time>
            </dd>
          </div>
          <div>
            <dt>{d.email}</dt>
            <dd>
              <a className="break-anywhere" href={`mailto:${application.email}`}>
                {application.email}
              </a>
            </dd>
          </div>
          <div>
            <dt>{d.phone}</dt>
            <dd>
              {application.phone ? (
                <a href={`tel:${application.phone.replace(/[^\d+]/g, '')}`}>{application.phone}</a>
              ) : (
                <span className="muted">{d.noPhone}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{d.consent}</dt>
            <dd>{consent}</dd>
          </div>
        </dl>
        <h3>{d.motivation}</h3>
        <p className="motivation">{application.motivation}</p>
        <h3>{d.files}</h3>
        <ul className="file-links">
          {application.files.cv ? (
            <li>
              <DownloadLink href={applicationFileUrl(application.id, 'cv')}>
                {d.cv(application.files.cv.name)}
              </DownloadLink>{' '}
              <span className="muted">({format.fileSize(application.files.cv.size)})</span>
            </li>
          ) : null}
          {application.files.letter ? (
            <li>
              <DownloadLink href={applicationFileUrl(application.id, 'letter')}>
                {d.letter(application.files.letter.name)}
              </DownloadLink>{' '}
              <span className="muted">({format.fileSize(application.files.letter.size)})</span>
            </li>
          ) : (
            <li className="muted">{d.noLetter}</li>
          )}
        </ul>
      </section>

      <StatusForm
        key={application.id}
        current={application.status}
        vacancyId={application.vacancy.id}
        vacancyLive={application.vacancy.state === 'published' || application.vacancy.state === 'scheduled'}
        // Typed with an address nobody confirmed, the name is not put in a mail to it.
        name={application.addressConfirmed ? application.name : null}
        vacancyTitle={application.vacancy.title}
        organisationName={organisation.name}
        mailLanguage={application.mailLanguage}
        ownMessage={mayPublish(organisation)}
      />

      <section className="page-section" aria-labelledby="application-notes">
        <h2 id="application-notes">{d.notesTitle}</h2>
        {application.notes.length === 0 ? (
          <p>{d.noNotes}</p>
        ) : (
          <ol className="notes">
            {application.notes.map((note) => (
              <li key={note.id}>
                <p className="note-meta">
                  <strong>{note.author.name || d.unknownAuthor}</strong>,{' '}
                  <time dateTime={note.createdAt}>{formatMoment(lang, note.createdAt)}</time>
                </p>
                <p className="note-text">{note.text}</p>
              </li>
            ))}
          </ol>
        )}
        <NoteForm />
      </section>
    </div>
  );
}

interface StatusFormProps {
  current: string;
  vacancyId: string;
  /** Whether the vacancy still takes applications (published or scheduled): a hire there says to close it. */
  vacancyLive: boolean;
  /** Null when the address was never confirmed: the standard text then greets without a name. */
  name: string | null;
  vacancyTitle: string;
  organisationName: string;
  /** The language of the applicant's mails: the rejection's standard text is written in it. */
  mailLanguage: Lang;
  /**
   * Whether a rejection may carry a message of the organisation's own: only an active member's
   * reaches outside it; otherwise the applicant gets the portal's standard message.
   */
  ownMessage: boolean;
}

/** The states that may follow, and for "rejected" the message that goes with it. */
function StatusForm({
  current,
  vacancyId,
  vacancyLive,
  name,
  vacancyTitle,
  organisationName,
  mailLanguage,
  ownMessage,
}: StatusFormProps) {
  const { lang, ap } = useApplicationI18n();
  const d = ap.detail;
  const inMailLanguage = applicationMessages[mailLanguage].detail;
  const fetcher = useFetcher<ApplicationResult>();
  // A refusal goes once another status is chosen, or the question before the form goes is asked.
  const [latest, supersede] = useSupersededAnswer(fetcher.data);
  const failure = asFailure(latest);
  const answer = useUntilNextSend(fetcher.data);
  const done = answer?.ok === true ? answer : null;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const options = nextStatuses(current);
  // A rejection mails the applicant and ends the procedure: asked first, as closing a vacancy is.
  const formRef = useRef<HTMLFormElement>(null);
  const [confirming, setConfirming] = useState(false);
  // The choice belongs to the status it was made at: once the status moves on, none again. Nothing
  // is chosen beforehand: one press of the button changed the applicant's status unasked.
  const [choice, setChoice] = useState<{ at: string; value: ApplicationStatus } | null>(null);
  const chosen = choice?.at === current ? choice.value : undefined;
  const confirm = chosen === 'hired' ? d.hireConfirm : d.rejectConfirm;
  const fields = {
    status: { id: 'application-status', label: d.statusLabel },
    rejectionMessage: { id: 'application-rejection', label: d.rejectionMessage },
  };
  const field = fieldProps(fields, failure?.fields);
  // The last change takes the form away, and the focus with it: it goes to what happened.
  const doneRef = useRef<HTMLParagraphElement>(null);
  const final = options.length === 0;
  useEffect(() => {
    if (done && final) doneRef.current?.focus();
  }, [done, final]);

  return (
    <section className="page-section form-section" aria-labelledby="application-status-title">
      <h2 id="application-status-title">{d.statusTitle}</h2>
      <div role="status">
        {done ? (
          <p className="notice notice-success" ref={doneRef} tabIndex={-1}>
            {done.message}
          </p>
        ) : null}
      </div>
      {options.length === 0 ? (
        <>
          {/* A colleague moved it on first (two tabs): why this choice was not saved. */}
          <ErrorSummary failure={failure} fields={fields} />
          <p>{d.noNext}</p>
          {current === 'hired' && vacancyLive && ownMessage ? (
            // Hiring does not close the vacancy (an HR review: nothing said to, so it took applications on).
            <p>
              {d.hiredCloseHint} <Link to={paths.manageVacancy(lang, vacancyId)}>{d.toVacancy}</Link>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <ErrorSummary failure={failure} fields={fields} />
          <fetcher.Form
            method="post"
            noValidate
            className="form"
            ref={formRef}
            onSubmit={(event) => {
              // Asked only once the form would go: an empty text is said first, as any check.
              const text = new FormData(event.currentTarget).get('rejectionMessage');
              const written = typeof text === 'string' && text.trim() !== '';
              const rejecting = chosen === 'rejected' && (written || !ownMessage);
              // Hiring is final too: asked first, as rejecting is (one press could not be undone).
              if ((rejecting || chosen === 'hired') && !busy) {
                event.preventDefault();
                supersede();
                setConfirming(true);
                return;
              }
              sendOnce(event);
            }}
          >
            <input type="hidden" name="intent" value={STATUS_INTENT} />
            <input type="hidden" name="current" value={current} />
            <RadioGroup
              key={current}
              {...field('status')}
              options={options.map((value) => ({ value, label: statusLabel(ap, value) }))}
              onChange={(value) => {
                supersede();
                setChoice({ at: current, value });
              }}
            />
            {chosen === 'rejected' && !ownMessage ? (
              <>
                <input type="hidden" name={STANDARD_REJECTION} value="1" />
                <p className="notice">{d.standardRejection}</p>
              </>
            ) : null}
            {chosen === 'rejected' && ownMessage ? (
              <TextAreaField
                {...field('rejectionMessage')}
                hint={`${d.rejectionHint} ${d.rejectionLanguage[mailLanguage]}`}
                rows={10}
                lang={mailLanguage}
                defaultValue={inMailLanguage.rejectionDefault(name, vacancyTitle, organisationName)}
              />
            ) : null}
            <SubmitButton busy={busy}>{chosen === 'rejected' ? d.rejectAndMail : d.changeStatus}</SubmitButton>
          </fetcher.Form>
          <ConfirmDialog
            open={confirming}
            title={confirm.title(name)}
            confirmLabel={confirm.confirm}
            onConfirm={() => {
              setConfirming(false);
              if (formRef.current) void fetcher.submit(formRef.current);
            }}
            onClose={() => setConfirming(false)}
          >
            <p>{confirm.text}</p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}

/** A note for colleagues; the form empties once it is added. */
function NoteForm() {
  const { ap } = useApplicationI18n();
  const d = ap.detail;
  const fetcher = useFetcher<ApplicationResult>();
  const failure = asFailure(fetcher.data);
  const answer = useUntilNextSend(fetcher.data);
  const done = answer?.ok === true ? answer : null;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const formRef = useRef<HTMLFormElement>(null);
  const fields = { note: { id: 'application-note', label: d.noteLabel } };
  const field = fieldProps(fields, failure?.fields);

  useEffect(() => {
    if (done) formRef.current?.reset();
  }, [done]);

  return (
    <div className="form-section note-form">
      <div role="status">{done ? <p className="notice notice-success">{done.message}</p> : null}</div>
      <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
      <fetcher.Form method="post" noValidate className="form" ref={formRef} onSubmit={sendOnce}>
        <input type="hidden" name="intent" value={NOTE_INTENT} />
        <TextAreaField {...field('note')} hint={d.noteHint} rows={4} maxLength={5000} />
        <SubmitButton busy={busy}>{d.addNote}</SubmitButton>
      </fetcher.Form>
    </div>
  );
}
