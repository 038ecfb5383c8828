import { useFetcher, useLoaderData } from 'react-router';
import { useNewLinkInTab } from '../../hooks/use-new-link-in-tab.ts';
import { TOKEN_NAMES } from '../../lib/fragment.ts';
import { useSingleSend } from '../../lib/single-send.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { NewPasswordFields, newPasswordFieldMap } from '../../components/new-password-fields.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import type { InvitationData } from './invitation-route.ts';
import { UsedLinkNotice } from './used-link-notice.tsx';

const ID = 'invitation';

/**
 * The page the invitation e-mail links to: which organisation invites, for which address the
 * account is; then choose a password, and be signed in.
 */
export function InvitationPage() {
  const { token, invitation, spent, used } = useLoaderData() as InvitationData;
  useNewLinkInTab(TOKEN_NAMES);
  const { a } = useAccountI18n();
  const fetcher = useFetcher();
  const failure = asFailure(fetcher.data);
  const { busy, sendOnce } = useSingleSend(fetcher);
  useDocumentTitle(a.invitation.title);

  return (
    <div className="form-page">
      <h1>{a.invitation.title}</h1>
      {used || failure?.code === 'link_used' ? (
        <UsedLinkNotice message={a.invitation.used} takesFocus={!used} />
      ) : token && spent ? (
        <>
          <p className="notice">{a.invitation.spent}</p>
          <p>{a.invitation.newInvitation}</p>
        </>
      ) : token ? (
        <>
          {invitation ? (
            <>
              <p className="lead">{a.invitation.invites(invitation.organisation.name)}</p>
              <dl className="facts">
                <div>
                  <dt>{a.invitation.organisation}</dt>
                  <dd>{invitation.organisation.name}</dd>
                </div>
                <div>
                  <dt>{a.invitation.account}</dt>
                  <dd className="break-anywhere">{invitation.email}</dd>
                </div>
                <div>
                  <dt>{a.invitation.role}</dt>
                  <dd>{a.staffRoles[invitation.role]}</dd>
                </div>
              </dl>
              <p>{a.invitation.choosePassword}</p>
            </>
          ) : (
            <p className="lead">{a.invitation.intro}</p>
          )}
          <ErrorSummary failure={failure} fields={newPasswordFieldMap(ID, 'password', a, true)} />
          {failure?.code === 'invalid_token' ? (
            // The link is spent: only a new invitation helps.
            <p>{a.invitation.newInvitation}</p>
          ) : (
            <fetcher.Form method="post" noValidate className="form" onSubmit={sendOnce}>
              <input type="hidden" name="token" value={token} />
              <NewPasswordFields idPrefix={ID} name="password" failure={failure} first />
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
