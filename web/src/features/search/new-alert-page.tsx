import { useEffect, useRef, useState } from 'react';
import { useLeaveGuard } from '../../lib/leave-guard.tsx';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, useLoaderData } from 'react-router';
import type { Frequency } from '../../api/alerts.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadioGroup } from '../../components/form-controls.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useSessionUser } from '../../hooks/use-session-user.ts';
import { alertsMessages } from '../../i18n/alerts-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import { ALERT_NAME_MAX, searchPathFor } from '../../lib/alerts.ts';
import { defaultAlertName } from './alert-query.ts';
import type { NewAlertData, NewAlertResult } from './new-alert-route.ts';
import { useDescribeQuery } from './use-describe-query.ts';
import '../../styles/alerts.css';
import { useFormAnswer } from '../../hooks/use-form-answer.ts';
import { useFragmentAction } from '../../hooks/use-fragment-action.ts';

const ID = 'alert';
/** Where the page comes back after a failed send without scripts. */
const ERRORS_ID = `${ID}-errors`;

/**
 * Making an e-mail alert of a search, on a page of its own so the form has room at 320 px and
 * the search stays as it was (the way back is its own address). The search is shown in words;
 * the form asks a name (prefilled from the search), how often, and — unless a job seeker is
 * signed in — the e-mail address. The `website` field is the bots' trap, as on the apply form.
 * The outcome replaces the form and takes focus.
 */
export function NewAlertPage() {
  const { query, organisationNames, nearTown } = useLoaderData() as NewAlertData;
  const { lang } = useI18n();
  const m = alertsMessages[lang];
  const user = useSessionUser();
  const seeker = user?.role === 'job_seeker' ? user : null;
  const fetcher = useFetcher<NewAlertResult>();
  const answer = useFormAnswer(fetcher);
  const failure = asFailure(answer);
  const done = answer?.ok === true ? answer : null;
  const { busy, sendOnce } = useSingleSend(fetcher);
  // What was typed is not lost to a link or the language switch unasked (a job seeker's walk on a
  // phone); the form goes once it is sent.
  const [edited, setEdited] = useState(false);
  const leaveGuard = useLeaveGuard(edited && !done, m.newAlert.leave);
  const doneRef = useRef<HTMLDivElement>(null);
  const parts = useDescribeQuery(organisationNames, nearTown)(query);
  const name = defaultAlertName(parts);
  const searchPath = searchPathFor(lang, query);
  useDocumentTitle(m.newAlert.title);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const fields = {
    name: { id: `${ID}-name`, label: m.newAlert.fields.name },
    frequency: { id: `${ID}-frequency`, label: m.newAlert.fields.frequency },
    email: { id: `${ID}-email`, label: m.newAlert.fields.email },
  };
  const field = fieldProps(fields, failure?.fields);
  const action = useFragmentAction(ERRORS_ID);
  const frequencies: { value: Frequency; label: string }[] = [
    { value: 'instant', label: m.frequency.long.instant },
    { value: 'daily', label: m.frequency.long.daily },
    { value: 'weekly', label: m.frequency.long.weekly },
  ];

  return (
    <div className="alert-page">
      <meta name="robots" content="noindex" />
      <p className="back-link">
        <Link to={searchPath}>{m.newAlert.back}</Link>
      </p>
      <h1>{m.newAlert.title}</h1>
      <p className="lead">{m.newAlert.intro}</p>

      <section className="alert-search" aria-labelledby={`${ID}-search`}>
        <h2 id={`${ID}-search`}>{m.newAlert.searchTitle}</h2>
        <ul>
          {parts.map((part) => (
            <li key={part} className="break-anywhere">
              {part}
            </li>
          ))}
        </ul>
      </section>

      {done ? (
        <div className="notice notice-success" ref={doneRef} tabIndex={-1} aria-labelledby={`${ID}-done`} role="region">
          {done.status === 'confirmation_sent' ? (
            <>
              <h2 id={`${ID}-done`} className="notice-title">
                {m.newAlert.sent.title}
              </h2>
              <p className="break-anywhere">{m.newAlert.sent.text(done.email)}</p>
              <p>{m.newAlert.sent.next}</p>
              <p>{m.newAlert.sent.spam}</p>
            </>
          ) : (
            <>
              <h2 id={`${ID}-done`} className="notice-title">
                {m.newAlert.saved.title}
              </h2>
              <p className="break-anywhere">{m.newAlert.saved.text(done.email)}</p>
              <p>
                <Link to={paths.account(lang)}>{m.newAlert.saved.account}</Link>
              </p>
            </>
          )}
          <p>
            <Link to={searchPath}>{m.newAlert.back}</Link>
          </p>
        </div>
      ) : (
        <section className="page-section form-section" aria-labelledby={`${ID}-form`}>
          <h2 id={`${ID}-form`}>{m.newAlert.formTitle}</h2>
          <ErrorSummary failure={failure} fields={fields} headingLevel={3} id={ERRORS_ID} />
          <fetcher.Form
            action={action}
            method="post"
            noValidate
            className="form alert-form"
            onSubmit={sendOnce}
            onInput={() => setEdited(true)}
          >
            <input type="hidden" name="query" value={query} />
            <input type="hidden" name="defaultName" value={name} />
            <TextField
              {...field('name')}
              hint={m.newAlert.hints.name}
              defaultValue={failure?.values?.['name'] || name}
              maxLength={ALERT_NAME_MAX}
              autoComplete="off"
            />
            <RadioGroup
              {...field('frequency')}
              hint={m.newAlert.hints.frequency}
              options={frequencies}
              defaultValue={frequencies.find((f) => f.value === failure?.values?.['frequency'])?.value ?? 'daily'}
            />
            {seeker ? (
              <p className="break-anywhere">{m.newAlert.signedIn(seeker.email)}</p>
            ) : (
              <TextField
                {...field('email')}
                type="email"
                autoComplete="email"
                spellCheck={false}
                hint={m.newAlert.hints.email}
                defaultValue={failure?.values?.['email'] ?? ''}
              />
            )}
            <div className="honeypot" aria-hidden="true">
              <label htmlFor={`${ID}-website`}>{m.newAlert.honeypot}</label>
              <input id={`${ID}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
            </div>
            <SubmitButton busy={busy}>{m.newAlert.submit}</SubmitButton>
          </fetcher.Form>
        </section>
      )}
      {leaveGuard}
    </div>
  );
}
