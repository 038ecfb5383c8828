import { useEffect, useRef } from 'react';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, useLocation } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import type { ForgotPasswordResult } from './forgot-password-route.ts';

export function ForgotPasswordPage() {
  const { lang, a } = useAccountI18n();
  const fetcher = useFetcher<ForgotPasswordResult>();
  const failure = asFailure(fetcher.data);
  const sent = fetcher.data?.ok ? fetcher.data : null;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const sentRef = useRef<HTMLDivElement>(null);
  // The address typed on the sign-in page, when the visitor came from there.
  const typed = (useLocation().state as { email?: unknown } | null)?.email;
  useDocumentTitle(a.forgotPassword.title);
  const fields = { email: { id: 'forgot-email', label: a.fields.email } };
  const field = fieldProps(fields, failure?.fields);

  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  return (
    <div className="form-page">
      <h1>{a.forgotPassword.title}</h1>
      {sent ? (
        <div className="notice notice-success" ref={sentRef} tabIndex={-1} aria-labelledby="forgot-sent-title">
          <h2 id="forgot-sent-title" className="notice-title">
            {a.forgotPassword.sentTitle}
          </h2>
          <p>{a.forgotPassword.sent(sent.email)}</p>
          <p>{a.forgotPassword.noMail}</p>
        </div>
      ) : (
        <p className="lead">{a.forgotPassword.intro}</p>
      )}
      <ErrorSummary failure={failure} fields={fields} />
      <fetcher.Form method="post" noValidate className="form" onSubmit={sendOnce}>
        <TextField
          {...field('email')}
          type="email"
          autoComplete="email"
          spellCheck={false}
          autoCapitalize="none"
          defaultValue={typeof typed === 'string' ? typed : undefined}
        />
        <SubmitButton busy={busy}>{a.forgotPassword.submit}</SubmitButton>
      </fetcher.Form>
      <p className="form-after">
        <Link to={paths.signIn(lang)}>{a.forgotPassword.backToSignIn}</Link>
      </p>
    </div>
  );
}
