import { useEffect, useRef, useState } from 'react';
import { useLeaveGuard } from '../../lib/leave-guard.tsx';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, type FetcherWithComponents } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { NewPasswordFields, newPasswordFieldMap } from '../../components/new-password-fields.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import { JOIN_FIELDS, type JoinResult } from './join-route.ts';
import '../../styles/membership.css';
import { useFormAnswer } from '../../hooks/use-form-answer.ts';
import { useFragmentAction } from '../../hooks/use-fragment-action.ts';
import { organisationFieldMap } from '../../lib/applying-organisation.ts';
import { OrganisationFields } from '../../components/organisation-fields.tsx';

const ID = 'join';
/** Where the page comes back after a failed send without scripts. */
const ERRORS_ID = `${ID}-errors`;

/**
 * /aanmelden: an organisation applies to join the alliance, and makes its first admin
 * account at the same time. The page says first what happens next; after sending, the form
 * makes way for the confirmation, which takes focus.
 */
export function JoinPage() {
  const { m } = useMembershipI18n();
  const fetcher = useFetcher<JoinResult>();
  const answer = useFormAnswer(fetcher);
  const received = answer?.ok === true ? answer : null;
  useDocumentTitle(received ? m.join.receivedTitle : m.join.title);

  return (
    <div className="join-page">
      {received ? (
        <Received organisation={received.organisation} email={received.email} />
      ) : (
        <JoinForm fetcher={fetcher} />
      )}
    </div>
  );
}

function NextSteps({ headingId }: { headingId: string }) {
  const { m } = useMembershipI18n();
  return (
    <section className="next-steps" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.join.nextTitle}</h2>
      <ol>
        {m.join.nextSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}

function JoinForm({ fetcher }: { fetcher: FetcherWithComponents<JoinResult> }) {
  const { lang, a, m } = useMembershipI18n();
  const failure = asFailure(useFormAnswer(fetcher));
  const { busy, sendOnce } = useSingleSend(fetcher);
  // What was typed is not lost to a link or the language switch; the form goes once it is sent.
  const [edited, setEdited] = useState(false);
  const leaveGuard = useLeaveGuard(edited, m.join.leave);
  const f = m.join.fields;
  const fields = {
    ...organisationFieldMap(ID, m),
    [JOIN_FIELDS.adminName]: { id: `${ID}-admin-name`, label: f.adminName },
    [JOIN_FIELDS.adminEmail]: { id: `${ID}-admin-email`, label: f.adminEmail },
    ...newPasswordFieldMap(ID, JOIN_FIELDS.password, a, true),
  };
  const field = fieldProps(fields, failure?.fields);
  const action = useFragmentAction(ERRORS_ID);
  /** What was typed before a failed send without scripts. */
  const typed = (name: string) => failure?.values?.[name] ?? '';

  return (
    <>
      <h1>{m.join.title}</h1>
      <p className="lead">{m.join.intro}</p>
      <NextSteps headingId="join-next" />
      <p>{m.join.alreadyMember}</p>

      <ErrorSummary failure={failure} fields={fields} id={ERRORS_ID} />
      <fetcher.Form
        method="post"
        action={action}
        noValidate
        className="form"
        onSubmit={sendOnce}
        onInput={() => setEdited(true)}
      >
        <fieldset className="fieldset">
          <legend>{m.join.organisationLegend}</legend>
          <OrganisationFields field={field} value={typed} lang={lang} m={m} />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{m.join.adminLegend}</legend>
          <p className="fieldset-intro">{m.join.adminIntro}</p>
          <TextField
            {...field(JOIN_FIELDS.adminName)}
            autoComplete="name"
            maxLength={200}
            defaultValue={typed(JOIN_FIELDS.adminName)}
          />
          <TextField
            {...field(JOIN_FIELDS.adminEmail)}
            type="email"
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="none"
            maxLength={254}
            hint={f.adminEmailHint}
            defaultValue={typed(JOIN_FIELDS.adminEmail)}
          />
          <NewPasswordFields idPrefix={ID} name={JOIN_FIELDS.password} failure={failure} first />
        </fieldset>
        <SubmitButton busy={busy}>{m.join.submit}</SubmitButton>
      </fetcher.Form>
      {leaveGuard}
      <p className="form-after">
        <Link to={paths.members(lang)}>{m.join.membersLink}</Link>
      </p>
    </>
  );
}

/** After a 201: what was received and what happens next. Takes focus, as it replaces the form. */
function Received({ organisation, email }: { organisation: string; email: string }) {
  const { lang, m } = useMembershipI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="received">
      <h1>{m.join.receivedTitle}</h1>
      <p className="notice notice-success">{m.join.received(organisation, email)}</p>
      <p>{m.join.receivedSignIn}</p>
      <NextSteps headingId="join-received-next" />
      <ul className="link-list">
        <li>
          <Link to={paths.signIn(lang)}>{m.join.signIn}</Link>
        </li>
        <li>
          <Link to={paths.members(lang)}>{m.join.membersLink}</Link>
        </li>
      </ul>
    </div>
  );
}
