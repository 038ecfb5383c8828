import { Link, useFetcher, useLoaderData } from 'react-router';
import { useNewLinkInTab } from '../../hooks/use-new-link-in-tab.ts';
import { TOKEN_NAMES } from '../../lib/fragment.ts';
import { useSingleSend } from '../../lib/single-send.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { asFailure } from '../../lib/form-result.ts';
import type { TokenData } from './token-route.ts';
import { UsedLinkNotice } from './used-link-notice.tsx';

/**
 * The page the confirmation e-mail links to. Confirming is a button, not the visit itself:
 * mail scanners that open links must not use up the token. It asks the password chosen when
 * signing up: someone who signed up with another person's address cannot have that person
 * activate the account for them.
 */
export function ConfirmRegistrationPage() {
  const { token } = useLoaderData() as TokenData;
  useNewLinkInTab(TOKEN_NAMES);
  const { lang, a } = useAccountI18n();
  const fetcher = useFetcher();
  const failure = asFailure(fetcher.data);
  const { busy, sendOnce } = useSingleSend(fetcher);
  useDocumentTitle(a.confirmRegistration.title);
  const spent = failure?.code === 'invalid_token';
  // Clicked twice: the address is confirmed, the account ready (not an error of theirs).
  const used = failure?.code === 'link_used';
  const fields = { password: { id: 'confirm-password', label: a.fields.password } };
  const field = fieldProps(fields, failure?.fields);

  return (
    <div className="form-page">
      <h1>{a.confirmRegistration.title}</h1>
      {used ? (
        <UsedLinkNotice message={a.confirmRegistration.used} takesFocus />
      ) : token ? (
        <>
          <p className="lead">{a.confirmRegistration.intro}</p>
          <ErrorSummary failure={failure} fields={fields} />
          {spent ? null : (
            <fetcher.Form method="post" noValidate className="form" onSubmit={sendOnce}>
              <input type="hidden" name="token" value={token} />
              <TextField
                {...field('password')}
                type="password"
                autoComplete="current-password"
                hint={a.confirmRegistration.passwordHint}
              />
              <SubmitButton busy={busy}>{a.confirmRegistration.submit}</SubmitButton>
            </fetcher.Form>
          )}
        </>
      ) : (
        <p className="notice">{a.confirmRegistration.missingToken}</p>
      )}
      {/* A forgotten password, or a used link: a reset always works, and confirms the address too. */}
      {(failure && !used) || !token ? (
        <p className="page-section">
          {a.confirmRegistration.expired}{' '}
          <Link to={paths.forgotPassword(lang)}>{a.confirmRegistration.forgotPassword}</Link>
        </p>
      ) : null}
    </div>
  );
}
