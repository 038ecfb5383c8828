import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useSingleSend } from '../../lib/single-send.ts';
import { useFetcher, useLoaderData, type FetcherWithComponents } from 'react-router';
import type { StaffMember, StaffRole } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, SelectField, TextField } from '../../components/form-fields.tsx';
import { ResultNotice, settledData } from '../../components/result-notice.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import type { StaffResult } from './manage-actions.ts';
import type { StaffData } from './manage-route.ts';

const ROLES: readonly StaffRole[] = ['hr_officer', 'org_admin'];

/** /beheer/medewerkers: the organisation's staff, their roles, removal and invitations. */
export function StaffPage() {
  const { me, organisation, staff } = useLoaderData() as StaffData;
  const { a } = useAccountI18n();
  useDocumentTitle(a.staff.title);
  const [removing, setRemoving] = useState<StaffMember | null>(null);
  const removal = useFetcher<StaffResult>();
  const removed = settledData(removal);
  const removalResult = useMemo(() => (removed ? { ok: removed.ok, message: removed.message } : null), [removed]);

  const confirmRemoval = () => {
    if (!removing) return;
    void removal.submit({ intent: 'remove', userId: removing.id, name: removing.name }, { method: 'post' });
    setRemoving(null);
  };

  return (
    <div className="staff-page">
      <h1>{a.staff.title}</h1>
      <p className="lead">{a.staff.intro(organisation.name)}</p>

      <section className="page-section" aria-labelledby="staff-list">
        <h2 id="staff-list">{a.staff.listTitle}</h2>
        <ResultNotice result={removalResult} />
        <table className="data-table staff-table">
          <caption className="visually-hidden">{a.staff.caption(organisation.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{a.staff.columns.person}</th>
              <th scope="col">{a.staff.columns.status}</th>
              <th scope="col">{a.staff.columns.role}</th>
              <th scope="col">{a.staff.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <StaffRow
                mayInvite={organisation.state === 'active'}
                key={member.id}
                member={member}
                isMe={member.id === me.id}
                onRemove={() => setRemoving(member)}
              />
            ))}
          </tbody>
        </table>
      </section>

      {organisation.state === 'active' ? (
        <InviteForm staff={staff} />
      ) : (
        // Said before anything is filled in: the server would refuse the invitation anyway.
        <section className="page-section" aria-labelledby="invite-title">
          <h2 id="invite-title">{a.staff.inviteTitle}</h2>
          <div className="notice">
            <p>
              <strong>{a.staff.inviteUnavailableTitle}.</strong>{' '}
              {(a.staff.inviteUnavailable as Record<string, string>)[organisation.state] ||
                a.staff.inviteUnavailable.left}
            </p>
          </div>
        </section>
      )}

      <ConfirmDialog
        open={removing !== null}
        title={removing ? a.staff.removeTitle(removing.name) : ''}
        confirmLabel={a.staff.removeConfirm}
        onConfirm={confirmRemoval}
        onClose={() => setRemoving(null)}
      >
        <p>{removing ? a.staff.removeText(removing.name) : null}</p>
      </ConfirmDialog>
    </div>
  );
}

/**
 * An invitation whose link expired unused: sent again as it was (the same name, role and
 * language), without typing it all in the form again. Its outcome is said by the row
 * (`InviteAgainOutcome`), which stays when the row turns "invited".
 */
function InviteAgain({ member, fetcher }: { member: StaffMember; fetcher: FetcherWithComponents<StaffResult> }) {
  const { a } = useAccountI18n();
  const { busy, sendOnce } = useSingleSend(fetcher);
  return (
    <>
      <span className="muted small">{a.staff.invitationExpired}</span>
      <fetcher.Form method="post" className="inline-form" onSubmit={sendOnce}>
        <input type="hidden" name="intent" value="invite" />
        <input type="hidden" name="email" value={member.email} />
        <input type="hidden" name="name" value={member.name} />
        <input type="hidden" name="role" value={member.role} />
        <input type="hidden" name="locale" value={member.locale} />
        <button type="submit" className="button button-secondary button-small" aria-disabled={busy || undefined}>
          {a.staff.inviteAgain}
          <span className="visually-hidden"> {member.name}</span>
        </button>
      </fetcher.Form>
    </>
  );
}

interface StaffRowProps {
  member: StaffMember;
  /** Whether the organisation may invite (an active member): an expired invitation is then sent again here. */
  mayInvite: boolean;
  isMe: boolean;
  onRemove: () => void;
}

/**
 * One staff member. On narrow screens the rows become blocks; the column names then shown
 * in each cell are hidden from screen readers, which have the table's own headers.
 */
function StaffRow({ member, mayInvite, isMe, onRemove }: StaffRowProps) {
  const { a, format } = useAccountI18n();
  const fetcher = useFetcher<StaffResult>();
  const failure = asFailure(fetcher.data);
  // Sending an expired invitation again. Sent, the button goes (the row says "invited"): the focus
  // goes to what happened, not to the page's start (WCAG 2.4.3; a review).
  const again = useFetcher<StaffResult>();
  const againFailure = asFailure(again.data);
  const againRef = useRef<HTMLParagraphElement>(null);
  const againSent = again.state === 'idle' && again.data?.ok === true;
  useEffect(() => {
    if (againSent) againRef.current?.focus();
  }, [againSent, again.data]);
  const saved = fetcher.state === 'idle' && fetcher.data?.ok === true;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const selectId = `role-${member.id}`;
  const messageId = `role-${member.id}-message`;
  // Taking an admin's role away is asked first: for oneself it cannot be undone alone.
  const [demotion, setDemotion] = useState<FormData | null>(null);
  const roleSelect = useRef<HTMLSelectElement>(null);
  // Not confirmed (Cancel or Escape): the list shows the role the person still has again, not the
  // one chosen and not saved (a review: it kept showing the unsaved role). After a confirmation
  // `demotion` is null already when the dialog closes.
  const cancelDemotion = () => {
    if (demotion !== null && roleSelect.current) roleSelect.current.value = member.role;
    setDemotion(null);
  };
  // Refused (the last admin, a conflict): the role the person still has, beside the message.
  const refused = fetcher.state === 'idle' && failure !== null;
  useEffect(() => {
    if (refused && roleSelect.current) roleSelect.current.value = member.role;
  }, [refused, fetcher.data, member.role]);
  const submitRole = (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    if (member.role === 'org_admin' && form.get('role') !== 'org_admin') {
      event.preventDefault();
      setDemotion(form);
      return;
    }
    sendOnce(event);
  };

  return (
    <tr>
      <td>
        <span className="cell-label" aria-hidden="true">
          {a.staff.columns.person}
        </span>
        <span className="staff-name">
          {member.name}
          {isMe ? ` ${a.staff.you}` : null}
        </span>
        <span className="staff-email break-anywhere">{member.email}</span>
      </td>
      <td>
        <span className="cell-label" aria-hidden="true">
          {a.staff.columns.status}
        </span>
        <span className={`status status-${member.status}`}>{a.staff.status[member.status]}</span>
        {member.status === 'invitation_expired' && mayInvite ? (
          <InviteAgain member={member} fetcher={again} />
        ) : member.status === 'invitation_expired' ? (
          <span className="muted small">{a.staff.invitationExpired}</span>
        ) : (
          <span className="muted small">
            {member.lastSignInAt ? a.staff.lastSignIn(format.date(member.lastSignInAt)) : a.staff.neverSignedIn}
          </span>
        )}
        <p role="status" className={againFailure ? 'field-error' : 'row-status'} ref={againRef} tabIndex={-1}>
          {againFailure ? againFailure.message : again.data?.ok ? again.data.message : null}
        </p>
      </td>
      <td>
        <span className="cell-label" aria-hidden="true">
          {a.staff.columns.role}
        </span>
        <fetcher.Form method="post" className="inline-form" onSubmit={submitRole}>
          <input type="hidden" name="intent" value="role" />
          <input type="hidden" name="userId" value={member.id} />
          <label htmlFor={selectId} className="visually-hidden">
            {a.staff.roleOf(member.name)}
          </label>
          <select
            key={member.role}
            ref={roleSelect}
            id={selectId}
            name="role"
            defaultValue={member.role}
            aria-invalid={failure ? true : undefined}
            aria-describedby={failure ? messageId : undefined}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {a.staffRoles[role]}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary button-small" aria-disabled={busy || undefined}>
            {a.staff.saveRole}
            <span className="visually-hidden"> {a.staff.saveRoleOf(member.name)}</span>
          </button>
        </fetcher.Form>
        <p id={messageId} role="status" className={failure ? 'field-error' : 'row-status'}>
          {failure ? failure.message : saved ? a.staff.roleSaved : null}
        </p>
        <ConfirmDialog
          open={demotion !== null}
          title={a.staff.demoteTitle(member.name, isMe)}
          confirmLabel={a.staff.demoteConfirm}
          onConfirm={() => {
            if (demotion) void fetcher.submit(demotion, { method: 'post' });
            setDemotion(null);
          }}
          onClose={cancelDemotion}
        >
          <p>{a.staff.demoteText(member.name, isMe)}</p>
        </ConfirmDialog>
      </td>
      <td>
        {isMe ? null : (
          <>
            <span className="cell-label" aria-hidden="true">
              {a.staff.columns.actions}
            </span>
            <button type="button" className="button button-secondary button-small" onClick={onRemove}>
              {a.staff.remove}
              <span className="visually-hidden"> {member.name}</span>
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

const INVITE = 'invite';

function InviteForm({ staff }: { staff: readonly StaffMember[] }) {
  const { lang, a } = useAccountI18n();
  const fetcher = useFetcher<StaffResult>();
  const failure = asFailure(fetcher.data);
  const answer = fetcher.data?.ok === true ? fetcher.data : null;
  // Said while the invited person is on the list: removed since, "sent to …" stood beside
  // "… is removed" (a review).
  const sent = answer && staff.some((member) => member.email === answer.email) ? answer : null;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const formRef = useRef<HTMLFormElement>(null);
  const fields = {
    email: { id: `${INVITE}-email`, label: a.staff.inviteEmail },
    name: { id: `${INVITE}-name`, label: a.staff.inviteName },
    role: { id: `${INVITE}-role`, label: a.staff.inviteRole },
    locale: { id: `${INVITE}-locale`, label: a.staff.inviteLanguage },
  };
  const field = fieldProps(fields, failure?.fields);

  useEffect(() => {
    if (sent) formRef.current?.reset();
  }, [sent]);

  return (
    <section className="page-section form-section" aria-labelledby="invite-title">
      <h2 id="invite-title">{a.staff.inviteTitle}</h2>
      <p>{a.staff.inviteIntro}</p>
      <div role="status">{sent ? <p className="notice notice-success">{sent.message}</p> : null}</div>
      <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
      <fetcher.Form method="post" noValidate className="form" ref={formRef} onSubmit={sendOnce}>
        <input type="hidden" name="intent" value="invite" />
        <TextField
          {...field('email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          maxLength={254}
        />
        <TextField {...field('name')} autoComplete="off" maxLength={200} />
        <SelectField {...field('role')} defaultValue="hr_officer">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {a.staffRoles[role]}
            </option>
          ))}
        </SelectField>
        <SelectField {...field('locale')} defaultValue={lang}>
          <option value="nl" lang="nl">
            {a.staff.languages.nl}
          </option>
          <option value="en" lang="en">
            {a.staff.languages.en}
          </option>
        </SelectField>
        <SubmitButton busy={busy}>{a.staff.inviteSubmit}</SubmitButton>
      </fetcher.Form>
    </section>
  );
}
