import { useEffect, useRef } from 'react';
import { useNewLinkInTab } from '../../hooks/use-new-link-in-tab.ts';
import { TOKEN_NAMES } from '../../lib/fragment.ts';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, useLoaderData } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { NewPasswordFields, newPasswordFieldMap } from '../../components/new-password-fields.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { asFailure, type FormResult } from '../../lib/form-result.ts';
import type { ResetData } from './reset-password-route.ts';

const ID = 'reset';

/** The page the e-mailed reset link opens. */
export function ResetPasswordPage() {
  const { token, spent } = useLoaderData() as ResetData;
  useNewLinkInTab(TOKEN_NAMES);
  const { lang, a } = useAccountI18n();
  const fetcher = useFetcher<FormResult>();
  const failure = asFailure(fetcher.data);
  const done = fetcher.data?.ok === true;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const doneRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(a.resetPassword.title);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (!token || (spent && !done)) {
    return (
      <div className="form-page">
        <h1>{a.resetPassword.title}</h1>
        <p className="notice">{token ? a.resetPassword.spent : a.resetPassword.missingToken}</p>
        <p>
          <Link to={paths.forgotPassword(lang)}>{a.resetPassword.requestNew}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="form-page">
      <h1>{a.resetPassword.title}</h1>
      {done ? (
        <div className="notice notice-success" ref={doneRef} tabIndex={-1} aria-labelledby="reset-done-title">
          <h2 id="reset-done-title" className="notice-title">
            {a.resetPassword.doneTitle}
          </h2>
          <p>{a.resetPassword.done}</p>
          <p>
            <Link to={paths.signIn(lang)}>{a.resetPassword.signIn}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{a.resetPassword.intro}</p>
          <ErrorSummary failure={failure} fields={newPasswordFieldMap(ID, 'password', a)} />
          {failure?.code === 'invalid_token' ? (
            // The link is spent: a new password cannot be set with it, only a new link helps.
            <p>
              <Link to={paths.forgotPassword(lang)}>{a.resetPassword.requestNew}</Link>
            </p>
          ) : (
            <fetcher.Form method="post" noValidate className="form" onSubmit={sendOnce}>
              <input type="hidden" name="token" value={token} />
              <NewPasswordFields idPrefix={ID} name="password" failure={failure} />
              <SubmitButton busy={busy}>{a.resetPassword.submit}</SubmitButton>
            </fetcher.Form>
          )}
        </>
      )}
    </div>
  );
}
