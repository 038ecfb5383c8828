import { useEffect, useMemo, useRef } from 'react';
import { useSingleSend } from '../../lib/single-send.ts';
import { Form, useFetcher, useLoaderData } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { ResultNotice } from '../../components/result-notice.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { NewPasswordFields, newPasswordFieldMap } from '../../components/new-password-fields.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { membershipLabel, membershipNote } from '../../i18n/account-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { asFailure, type FormResult } from '../../lib/form-result.ts';
import type { AccountData } from './account-route.ts';
import { MyApplications } from './my-applications.tsx';
import { MyData } from './my-data.tsx';
import { NotificationSetting } from './notification-setting.tsx';
import { SavedSearches } from './saved-searches.tsx';

const ID = 'password';

/**
 * The signed-in user's details, a job seeker's applications, HR staff's e-mail setting, a
 * password change, a job seeker's own data (download, erase), and signing out.
 */
export function AccountPage() {
  const { me, applications, savedSearches } = useLoaderData() as AccountData;
  const { lang, a } = useAccountI18n();
  const fetcher = useFetcher<FormResult>();
  const failure = asFailure(fetcher.data);
  const changed = fetcher.data?.ok === true ? fetcher.data : null;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const formRef = useRef<HTMLFormElement>(null);
  useDocumentTitle(a.account.title);
  const fields = {
    currentPassword: { id: `${ID}-currentPassword`, label: a.fields.currentPassword },
    ...newPasswordFieldMap(ID, 'newPassword', a),
  };
  const field = fieldProps(fields, failure?.fields);

  useEffect(() => {
    if (changed) formRef.current?.reset();
  }, [changed]);
  // The notice takes focus: it was a status above the emptied fields, out of view on a phone
  // while the focus stayed in the last field (a job seeker's walk).
  const changedNotice = useMemo(
    () => (changed ? { ok: true, message: a.account.passwordChanged } : null),
    [changed, a.account.passwordChanged],
  );

  const note = me.organisation ? membershipNote(a, me.organisation.state) : '';

  return (
    <div className="account-page">
      <h1>{a.account.title}</h1>

      <section className="page-section" aria-labelledby="account-details">
        <h2 id="account-details">{a.account.details}</h2>
        <dl className="facts">
          <div>
            <dt>{a.account.name}</dt>
            <dd>{me.name}</dd>
          </div>
          <div>
            <dt>{a.account.email}</dt>
            <dd className="break-anywhere">{me.email}</dd>
          </div>
          <div>
            <dt>{a.account.role}</dt>
            <dd>{a.roles[me.role]}</dd>
          </div>
          {me.organisation ? (
            <>
              <div>
                <dt>{a.account.organisation}</dt>
                <dd>{me.organisation.name}</dd>
              </div>
              <div>
                <dt>{a.account.membership}</dt>
                <dd>{membershipLabel(a, me.organisation.state)}</dd>
              </div>
            </>
          ) : null}
        </dl>
        {note ? <p className="notice">{note}</p> : null}
      </section>

      {me.role === 'job_seeker' ? <MyApplications applications={applications} /> : null}

      {savedSearches ? <SavedSearches data={savedSearches} /> : null}

      {me.role === 'hr_officer' || me.role === 'org_admin' ? <NotificationSetting me={me} /> : null}

      <section className="page-section form-section" aria-labelledby="account-password">
        <h2 id="account-password">{a.account.passwordTitle}</h2>
        <p>{a.account.passwordIntro}</p>
        <ResultNotice result={changedNotice} />
        <ErrorSummary failure={failure} fields={fields} />
        <fetcher.Form method="post" noValidate className="form" ref={formRef} onSubmit={sendOnce}>
          <TextField {...field('currentPassword')} type="password" autoComplete="current-password" />
          <NewPasswordFields idPrefix={ID} name="newPassword" failure={failure} />
          <SubmitButton busy={busy}>{a.account.passwordSubmit}</SubmitButton>
        </fetcher.Form>
      </section>

      {me.role === 'job_seeker' ? <MyData /> : null}

      <section className="page-section" aria-labelledby="account-sign-out">
        <h2 id="account-sign-out">{a.account.signOutTitle}</h2>
        <p>{a.account.signOutText}</p>
        <Form method="post" action={paths.signOut(lang)}>
          <button type="submit" className="button button-secondary">
            {a.account.signOut}
          </button>
        </Form>
      </section>
    </div>
  );
}
