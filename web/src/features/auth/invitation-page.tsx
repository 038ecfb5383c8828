import { useFetcher, useLoaderData } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { NewPasswordFields, newPasswordFieldMap } from '../../components/new-password-fields.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import type { TokenData } from './token-route.ts';

const ID = 'invitation';

/** The page the invitation e-mail links to: choose a password, and be signed in. */
export function InvitationPage() {
  const { token } = useLoaderData() as TokenData;
  const { a } = useAccountI18n();
  const fetcher = useFetcher();
  const failure = asFailure(fetcher.data);
  const busy = fetcher.state !== 'idle';
  useDocumentTitle(a.invitation.title);

  return (
    <div className="form-page">
      <h1>{a.invitation.title}</h1>
      {token ? (
        <>
          <p className="lead">{a.invitation.intro}</p>
          <ErrorSummary failure={failure} fields={newPasswordFieldMap(ID, 'password', a)} />
          {failure?.code === 'invalid_token' ? (
            // The link is spent: only a new invitation helps.
            <p>{a.invitation.newInvitation}</p>
          ) : (
            <fetcher.Form
              method="post"
              noValidate
              className="form"
              onSubmit={(event) => busy && event.preventDefault()}
            >
              <input type="hidden" name="token" value={token} />
              <NewPasswordFields idPrefix={ID} name="password" failure={failure} />
              <SubmitButton busy={busy}>{a.invitation.submit}</SubmitButton>
            </fetcher.Form>
          )}
        </>
      ) : (
        <>
          <p className="notice">{a.invitation.missingToken}</p>
          <p>{a.invitation.newInvitation}</p>
        </>
      )}
    </div>
  );
}
