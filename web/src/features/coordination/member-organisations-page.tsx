import { useMemo, useState } from 'react';
import { useFollowedValue } from '../../hooks/use-followed-value.ts';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, useLoaderData } from 'react-router';
import type { CoordinatedOrganisation, MembershipChange } from '../../api/membership.ts';
import { ResultNotice, settledData } from '../../components/result-notice.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels } from '../../hooks/use-labels.ts';
import { membershipLabel } from '../../i18n/account-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import type { MembersData, MembersResult } from './members-route.ts';
import { ReasonDialog, useSendAgain } from './reason-dialog.tsx';
import { applicationAnchor } from './application-anchor.ts';

interface Changing {
  organisation: CoordinatedOrganisation;
  change: MembershipChange;
}

/** The change a coordinator can make from each state; applications are decided elsewhere. */
const CHANGE_FROM: Partial<Record<string, MembershipChange>> = {
  active: 'suspend',
  suspended: 'reinstate',
  left: 'rejoin',
};

/** /coordinatie/leden: every organisation, its membership, its vacancies online and its cost weight. */
export function MemberOrganisationsPage() {
  const { organisations } = useLoaderData() as MembersData;
  const { m } = useMembershipI18n();
  const t = m.members;
  useDocumentTitle(`${t.title} – ${m.coordination.title}`);
  const [chosen, setChanging] = useState<Changing | null>(null);
  const fetcher = useFetcher<MembersResult>();
  const settled = settledData(fetcher);
  const { again, sending, done } = useSendAgain<Changing>(settled);
  // Chosen on the page, or one sent from the dialog to send again (`useSendAgain`).
  const changing = chosen ?? again?.subject ?? null;
  const result = useMemo(() => (settled ? { ok: settled.ok, message: settled.message } : null), [settled]);
  const dialog = changing ? t.dialogs[changing.change] : null;

  const confirm = (reason: string) => {
    if (!changing) return;
    sending(changing, reason);
    void fetcher.submit(
      { intent: changing.change, orgId: changing.organisation.id, name: changing.organisation.name, reason },
      { method: 'post' },
    );
    setChanging(null);
  };

  return (
    <div className="members-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ResultNotice result={result} />
      <table className="data-table members-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.organisation}</th>
            <th scope="col">{t.columns.state}</th>
            <th scope="col" className="numeric">
              {t.columns.vacancies}
            </th>
            <th scope="col">{t.columns.costWeight}</th>
            <th scope="col">{t.columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((organisation) => (
            <MemberRow
              key={organisation.id}
              organisation={organisation}
              onChange={(change) => setChanging({ organisation, change })}
            />
          ))}
        </tbody>
      </table>

      <ReasonDialog
        open={changing !== null}
        title={changing && dialog ? dialog.title(changing.organisation.name) : ''}
        text={dialog?.text ?? ''}
        reasonLabel={changing?.change === 'end' ? t.endReasonLabel : t.reasonLabel}
        reasonHint={t.reasonHint}
        confirmLabel={dialog?.confirm ?? ''}
        danger={changing?.change === 'suspend' || changing?.change === 'end'}
        {...(changing?.change === 'end' ? { requiredMessage: t.endReasonRequired } : {})}
        onConfirm={confirm}
        // One opened on the page while another was on its way: that one's retry waits until this closes.
        onClose={() => {
          setChanging(null);
          if (!chosen) done();
        }}
        again={chosen ? null : again}
      />
    </div>
  );
}

function MemberRow({
  organisation,
  onChange,
}: {
  organisation: CoordinatedOrganisation;
  onChange: (change: MembershipChange) => void;
}) {
  const { lang, a, m, format } = useMembershipI18n();
  const labels = useLabels();
  const t = m.members;
  const change = organisation.isCoordinatingBody ? undefined : CHANGE_FROM[organisation.state];

  return (
    <tr>
      <td>
        <span className="cell-label" aria-hidden="true">
          {t.columns.organisation}
        </span>
        <span className="strong">{organisation.name}</span>
        <span className="muted small">
          {labels.organisationKind(organisation.kind)}
          {organisation.isCoordinatingBody ? ` · ${t.coordinatingBody}` : null}
        </span>
      </td>
      <td>
        <span className="cell-label" aria-hidden="true">
          {t.columns.state}
        </span>
        <span className={`membership-state membership-state-${organisation.state}`}>
          {membershipLabel(a, organisation.state)}
        </span>
        {organisation.leaveAt ? <span className="small">{t.leavesOn(format.date(organisation.leaveAt))}</span> : null}
      </td>
      <td className="numeric">
        <span className="cell-label" aria-hidden="true">
          {t.columns.vacancies}
        </span>
        {format.number(organisation.publishedVacancies)}
      </td>
      <td>
        <span className="cell-label" aria-hidden="true">
          {t.columns.costWeight}
        </span>
        {organisation.isCoordinatingBody ? (
          <span className="muted small">{t.notCounted}</span>
        ) : (
          <CostWeightForm organisation={organisation} />
        )}
      </td>
      <td>
        <span className="cell-label" aria-hidden="true">
          {t.columns.actions}
        </span>
        {organisation.isCoordinatingBody ? (
          <span className="muted small">{t.noActions}</span>
        ) : change ? (
          <div className="button-row">
            <button
              type="button"
              className={change === 'suspend' ? 'button button-secondary button-small' : 'button button-small'}
              onClick={() => onChange(change)}
            >
              {t.actions[change]}
              <span className="visually-hidden"> {organisation.name}</span>
            </button>
            {/* A member (suspended or not) can be ended; one that left can only be re-admitted. */}
            {organisation.state === 'active' || organisation.state === 'suspended' ? (
              <button type="button" className="button button-secondary button-small" onClick={() => onChange('end')}>
                {t.actions.end}
                <span className="visually-hidden"> {organisation.name}</span>
              </button>
            ) : null}
          </div>
        ) : organisation.state === 'applied' ? (
          <Link to={`${paths.coordination(lang)}#${applicationAnchor(organisation.id)}`}>
            {t.decideAtApplications}
            <span className="visually-hidden"> {organisation.name}</span>
          </Link>
        ) : (
          <span className="muted small">{t.noActionsRejected}</span>
        )}
      </td>
    </tr>
  );
}

/** The member's cost weight, saved on its own; the answer shows under the field. */
function CostWeightForm({ organisation }: { organisation: CoordinatedOrganisation }) {
  const { m } = useMembershipI18n();
  const t = m.members;
  const fetcher = useFetcher<MembersResult>();
  const failure = asFailure(fetcher.data);
  const saved = fetcher.state === 'idle' && fetcher.data?.ok === true;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const inputId = `weight-${organisation.id}`;
  const messageId = `weight-${organisation.id}-message`;
  // Follows the saved weight without being made anew (a key per weight lost the focus on Enter).
  const weightRef = useFollowedValue<HTMLInputElement>(String(organisation.costWeight));

  return (
    <>
      <fetcher.Form method="post" noValidate className="inline-form" onSubmit={sendOnce}>
        <input type="hidden" name="intent" value="weight" />
        <input type="hidden" name="orgId" value={organisation.id} />
        <label htmlFor={inputId} className="visually-hidden">
          {t.weightLabel(organisation.name)}
        </label>
        <input
          ref={weightRef}
          id={inputId}
          name="costWeight"
          // Text, not a number field: Chromium drops a decimal comma from one, and "1,5" was saved
          // as 15 (a coordinator's review). As text it reaches the check, which asks for a whole number.
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="input input-weight"
          defaultValue={organisation.costWeight}
          aria-invalid={failure ? true : undefined}
          aria-describedby={failure ? messageId : undefined}
        />
        <button type="submit" className="button button-secondary button-small" aria-disabled={busy || undefined}>
          {t.save}
          <span className="visually-hidden"> {t.saveOf(organisation.name)}</span>
        </button>
      </fetcher.Form>
      <p id={messageId} role="status" className={failure ? 'field-error' : 'row-status'}>
        {failure ? failure.message : saved ? t.saved : null}
      </p>
    </>
  );
}
