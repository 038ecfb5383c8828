import { useEffect, useRef, useState } from 'react';
import { useLeaveGuard } from '../../lib/leave-guard.tsx';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, useLoaderData } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { NewPasswordFields, newPasswordFieldMap } from '../../components/new-password-fields.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import type { RegisterResult } from './register-route.ts';
import type { SignInData } from './sign-in-route.ts';

const ID = 'register';

/**
 * /registreren: a job seeker asks for an account. After sending, the form makes way for
 * "check your e-mail", which takes focus; the e-mailed link confirms the address and signs in.
 */
export function RegisterPage() {
  const { next } = useLoaderData() as SignInData;
  const { lang, a } = useAccountI18n();
  const fetcher = useFetcher<RegisterResult>();
  const failure = asFailure(fetcher.data);
  const sent = fetcher.data?.ok === true ? fetcher.data : null;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const sentRef = useRef<HTMLHeadingElement>(null);
  // What was typed is not lost to the sign-in link or the language switch before it is sent.
  const [edited, setEdited] = useState(false);
  const leaveGuard = useLeaveGuard(edited && !sent, a.register.leave);
  useDocumentTitle(sent ? a.register.sentTitle : a.register.title);
  const fields = {
    name: { id: `${ID}-name`, label: a.fields.name },
    email: { id: `${ID}-email`, label: a.fields.email },
    ...newPasswordFieldMap(ID, 'password', a, true),
  };

  const field = fieldProps(fields, failure?.fields);

  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div className="form-page">
        <h1 ref={sentRef} tabIndex={-1}>
          {a.register.sentTitle}
        </h1>
        <p className="notice notice-success">{a.register.sent(sent.email)}</p>
        <p>{a.register.noMail}</p>
        <p className="form-after">
          <Link to={paths.signIn(lang, next)}>{a.register.signIn}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="form-page">
      <h1>{a.register.title}</h1>
      <p className="lead">{a.register.intro}</p>
      <ErrorSummary failure={failure} fields={fields} />
      <fetcher.Form method="post" noValidate className="form" onSubmit={sendOnce} onInput={() => setEdited(true)}>
        <TextField {...field('name')} autoComplete="name" maxLength={200} />
        <TextField
          {...field('email')}
          type="email"
          autoComplete="email"
          spellCheck={false}
          autoCapitalize="none"
          maxLength={254}
        />
        <NewPasswordFields idPrefix={ID} name="password" failure={failure} first />
        <SubmitButton busy={busy}>{a.register.submit}</SubmitButton>
      </fetcher.Form>
      {leaveGuard}
      <p className="form-after">
        {a.register.haveAccount} <Link to={paths.signIn(lang, next)}>{a.register.signIn}</Link>
      </p>
    </div>
  );
}
