import { useEffect, useRef, useState } from 'react';
import { useSingleSend } from '../../lib/single-send.ts';
import { useLeaveGuard } from '../../lib/leave-guard.tsx';
import { Link, useFetcher, useParams } from 'react-router';
import { useFragmentAction } from '../../hooks/use-fragment-action.ts';
import { listMyApplications, type Consent, type MyApplication } from '../../api/applications.ts';
import type { Lang } from '../../i18n/lang.ts';
import { statusLabel } from '../../i18n/application-messages.ts';
import { vacancyIdFrom } from '../../lib/vacancy-id.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadioGroup, TextAreaField } from '../../components/form-controls.tsx';
import { FieldFrame, fieldProps, TextField } from '../../components/form-fields.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useSessionUser } from '../../hooks/use-session-user.ts';
import { paths } from '../../i18n/paths.ts';
import { useApplicationI18n } from '../../i18n/use-application-i18n.ts';
import { asFailure, isSameAddress } from '../../lib/form-result.ts';
import type { ApplyResult } from './apply-route.ts';
import { useFormAnswer } from '../../hooks/use-form-answer.ts';

const ID = 'apply';
const FILE_TYPES = '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A signed-in job seeker's application to this vacancy, when their account lists one: said
 * before they fill in the form again (the server would refuse it, 409 already_applied). Asked
 * in the browser only, as a signed-in page is never rendered by the server; none when it fails.
 */
function useEarlierApplication(vacancyId: string | null, lang: Lang): MyApplication | null {
  const [found, setFound] = useState<{ vacancyId: string; application: MyApplication | undefined } | null>(null);
  useEffect(() => {
    if (!vacancyId) return;
    const controller = new AbortController();
    listMyApplications({ lang, signal: controller.signal })
      .then(({ items }) => setFound({ vacancyId, application: items.find((item) => item.vacancy.id === vacancyId) }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [vacancyId, lang]);
  // An answer about another vacancy (the page moved on) says nothing about this one.
  return (found?.vacancyId === vacancyId ? found.application : undefined) ?? null;
}

/**
 * Applying through the portal: the form, then a confirmation that takes focus. A signed-in job
 * seeker finds their name and address filled in. The `website` field is a trap for bots: it
 * sits off-screen, hidden from screen readers and out of the tab order, so people never fill it.
 */
export function ApplyForm() {
  const { lang, ap, format } = useApplicationI18n();
  const m = ap.apply;
  const user = useSessionUser();
  const { idSlug } = useParams();
  const fetcher = useFetcher<ApplyResult>();
  const answer = useFormAnswer(fetcher);
  const failure = asFailure(answer);
  const done = answer?.ok === true ? answer : null;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const doneRef = useRef<HTMLDivElement>(null);
  const seeker = user?.role === 'job_seeker' ? user : null;
  const earlier = useEarlierApplication(seeker ? vacancyIdFrom(idSlug) : null, lang);
  // The form, where the outcome is (its error summary, or the notice that it was sent).
  const action = useFragmentAction(ID);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  // A motivation typed and not sent is not lost to a click on a link or the language switch.
  const [edited, setEdited] = useState(false);
  const leaveGuard = useLeaveGuard(edited && !done, m.leave);

  const fields = {
    name: { id: `${ID}-name`, label: m.fields.name },
    email: { id: `${ID}-email`, label: m.fields.email },
    phone: { id: `${ID}-phone`, label: m.fields.phone },
    motivation: { id: `${ID}-motivation`, label: m.fields.motivation },
    cv: { id: `${ID}-cv`, label: m.fields.cv },
    letter: { id: `${ID}-letter`, label: m.fields.letter },
    consent: { id: `${ID}-consent`, label: m.fields.consent },
  };
  const field = fieldProps(fields, failure?.fields);
  /** What was typed before a failed send without scripts, else `fallback`. */
  const typed = (name: string, fallback = '') => failure?.values?.[name] ?? fallback;

  if (!done && earlier) {
    return (
      <div className="notice apply-earlier" role="status">
        <h3 className="notice-title">{m.earlier.title}</h3>
        <p>{m.earlier.text(format.date(earlier.createdAt), statusLabel(ap, earlier.status))}</p>
        <p>{m.earlier.again}</p>
        <p>
          <Link to={paths.account(lang)}>{m.done.account}</Link>
        </p>
      </div>
    );
  }

  if (done) {
    return (
      <div
        id={ID}
        className="notice notice-success apply-done"
        ref={doneRef}
        tabIndex={-1}
        aria-labelledby={`${ID}-done`}
      >
        <h3 id={`${ID}-done`} className="notice-title">
          {m.done.title}
        </h3>
        <p>{m.done.text(done.email)}</p>
        {done.consent === 'pool' && !(seeker && isSameAddress(seeker.email, done.email)) ? <p>{m.done.pool}</p> : null}
        <p>{m.done.next}</p>
        {seeker ? (
          <p>
            <Link to={paths.account(lang)}>{m.done.account}</Link>
          </p>
        ) : null}
      </div>
    );
  }

  const consentOptions: { value: Consent; label: string }[] = [
    { value: 'procedure', label: m.consent.procedure },
    { value: 'pool', label: m.consent.pool },
  ];

  return (
    <div className="apply-form" id={ID}>
      {leaveGuard}
      <p>{m.intro}</p>
      {seeker ? <p className="muted">{m.signedInNote(seeker.name)}</p> : null}
      <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
      {failure?.code === 'already_applied' ? (
        <p>
          <Link to={paths.account(lang)}>{m.done.account}</Link>
        </p>
      ) : null}
      <fetcher.Form
        method="post"
        action={action}
        encType="multipart/form-data"
        noValidate
        className="form"
        key={seeker?.id ?? 'guest'}
        onSubmit={sendOnce}
        onInput={() => setEdited(true)}
      >
        <TextField {...field('name')} autoComplete="name" defaultValue={typed('name', seeker?.name)} maxLength={200} />
        <TextField
          {...field('email')}
          type="email"
          autoComplete="email"
          spellCheck={false}
          hint={m.hints.email}
          defaultValue={typed('email', seeker?.email)}
        />
        <TextField {...field('phone')} type="tel" autoComplete="tel" maxLength={40} defaultValue={typed('phone')} />
        <TextAreaField
          {...field('motivation')}
          hint={m.hints.motivation}
          rows={8}
          maxLength={5000}
          defaultValue={typed('motivation')}
        />
        <FileField {...field('cv')} hint={m.hints.file} chosenBefore={typed('cv')} chooseAgain={m.hints.chooseAgain} />
        <FileField
          {...field('letter')}
          hint={m.hints.file}
          chosenBefore={typed('letter')}
          chooseAgain={m.hints.chooseAgain}
        />
        <RadioGroup
          {...field('consent')}
          hint={m.hints.consent}
          options={consentOptions}
          defaultValue={typed('consent') === 'pool' ? 'pool' : 'procedure'}
        />
        <p className="apply-privacy">
          {/* A new tab, so what is typed in this form is not lost; the link says so. */}
          <a href={paths.privacy(lang)} target="_blank" rel="noopener">
            {m.privacyLink} {m.newTab}
          </a>
        </p>
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={`${ID}-website`}>{m.honeypot}</label>
          <input id={`${ID}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <SubmitButton busy={busy}>{m.submit}</SubmitButton>
      </fetcher.Form>
    </div>
  );
}

interface FileFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** The name of the file chosen before a send that failed ('' when none). */
  chosenBefore: string;
  chooseAgain: (name: string) => string;
}

/**
 * A file input (PDF or DOCX) with its label, hint and error. After a failed send it asks for the
 * file chosen before while the input is empty: a form sent without scripts comes back as a new
 * page, and no browser fills a file in again (a no-script user's review). With scripts the input
 * still holds it, and nothing is said.
 */
function FileField({ id, name, label, hint, error, chosenBefore, chooseAgain }: FileFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const [holdsFile, setHoldsFile] = useState(false);
  useEffect(() => setHoldsFile((input.current?.files?.length ?? 0) > 0), [chosenBefore]);
  const lost = chosenBefore && !holdsFile ? chooseAgain(chosenBefore) : '';
  return (
    <FieldFrame id={id} label={label} hint={lost ? `${lost} ${hint ?? ''}` : hint} error={error}>
      {(describedBy) => (
        <input
          ref={input}
          onChange={(event) => setHoldsFile(event.currentTarget.files?.length !== 0)}
          id={id}
          name={name}
          type="file"
          accept={FILE_TYPES}
          className="input-file"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}
