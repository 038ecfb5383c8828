import { useMemo, useState } from 'react';
import { useFetcher, useLoaderData } from 'react-router';
import type { ApplicationDecision, MembershipApplication } from '../../api/membership.ts';
import { ResultNotice } from '../../components/result-notice.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels, useTaxonomies } from '../../hooks/use-labels.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { isWebUrl } from '../../lib/safe-url.ts';
import type { ApplicationsData, DecisionResult } from './coordination-route.ts';
import { ReasonDialog } from './reason-dialog.tsx';

interface Deciding {
  application: MembershipApplication;
  decision: ApplicationDecision;
}

/** /coordinatie: applications awaiting a decision first, each with admit and reject; then the decided ones. */
export function ApplicationsPage() {
  const { pending, decided } = useLoaderData() as ApplicationsData;
  const { m, format } = useMembershipI18n();
  const t = m.applications;
  useDocumentTitle(`${t.title} – ${m.coordination.title}`);
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const fetcher = useFetcher<DecisionResult>();
  const result = useMemo(
    () => (fetcher.data ? { ok: fetcher.data.ok, message: fetcher.data.message } : null),
    [fetcher.data],
  );

  const confirm = (reason: string) => {
    if (!deciding) return;
    const { application, decision } = deciding;
    void fetcher.submit(
      { intent: decision, id: application.id, name: application.organisation.name, reason },
      { method: 'post' },
    );
    setDeciding(null);
  };

  return (
    <div className="applications-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ResultNotice result={result} />

      <section className="page-section" aria-labelledby="applications-pending">
        <h2 id="applications-pending">{t.pendingTitle}</h2>
        {pending.length === 0 ? (
          <p>{t.noPending}</p>
        ) : (
          <>
            <p>{t.pendingCount(pending.length)}</p>
            <ul className="application-list">
              {pending.map((application) => (
                <PendingApplication
                  key={application.id}
                  application={application}
                  onDecide={(decision) => setDeciding({ application, decision })}
                />
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="page-section" aria-labelledby="applications-decided">
        <h2 id="applications-decided">{t.decidedTitle}</h2>
        {decided.length === 0 ? (
          <p>{t.noDecided}</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.organisation}</th>
                <th scope="col">{t.columns.decision}</th>
                <th scope="col">{t.columns.decidedAt}</th>
                <th scope="col">{t.columns.reason}</th>
              </tr>
            </thead>
            <tbody>
              {decided.map((application) => (
                <tr key={application.id}>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {t.columns.organisation}
                    </span>
                    <span className="strong">{application.organisation.name}</span>
                  </td>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {t.columns.decision}
                    </span>
                    <span className={`decision decision-${application.state}`}>{t.states[application.state]}</span>
                  </td>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {t.columns.decidedAt}
                    </span>
                    {application.decidedAt ? format.date(application.decidedAt) : null}
                  </td>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {t.columns.reason}
                    </span>
                    {application.reason ?? <span className="muted">{t.noReason}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ReasonDialog
        open={deciding !== null}
        title={
          deciding
            ? deciding.decision === 'approve'
              ? t.approveTitle(deciding.application.organisation.name)
              : t.rejectTitle(deciding.application.organisation.name)
            : ''
        }
        text={deciding?.decision === 'reject' ? t.rejectText : t.approveText}
        reasonLabel={t.reasonLabel}
        reasonHint={t.reasonHint}
        confirmLabel={deciding?.decision === 'reject' ? t.rejectConfirm : t.approveConfirm}
        danger={deciding?.decision === 'reject'}
        onConfirm={confirm}
        onClose={() => setDeciding(null)}
      />
    </div>
  );
}

function PendingApplication({
  application,
  onDecide,
}: {
  application: MembershipApplication;
  onDecide: (decision: ApplicationDecision) => void;
}) {
  const { m, format } = useMembershipI18n();
  const labels = useLabels();
  const taxonomies = useTaxonomies();
  const t = m.applications;
  const { organisation } = application;
  const municipality =
    taxonomies?.municipalities.find((entry) => entry.code === organisation.municipalityCode)?.name ??
    organisation.municipalityCode;

  return (
    <li className="application">
      <h3 className="application-name">{organisation.name}</h3>
      <dl className="facts facts-compact">
        <div>
          <dt>{t.appliedOn}</dt>
          <dd>{format.date(application.createdAt)}</dd>
        </div>
        <div>
          <dt>{t.kind}</dt>
          <dd>{labels.organisationKind(organisation.kind)}</dd>
        </div>
        <div>
          <dt>{t.municipality}</dt>
          <dd>{municipality}</dd>
        </div>
        <div>
          <dt>{t.website}</dt>
          <dd className="break-anywhere">
            {isWebUrl(organisation.website) ? (
              <a href={organisation.website} rel="noopener noreferrer external">
                {organisation.website}
              </a>
            ) : (
              t.none
            )}
          </dd>
        </div>
        <div>
          <dt>{t.contact}</dt>
          <dd className="break-anywhere">
            {organisation.contactName ?? t.none}
            {organisation.contactEmail ? (
              <>
                {', '}
                <a href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</a>
              </>
            ) : null}
          </dd>
        </div>
      </dl>
      <div className="button-row">
        <button type="button" className="button" onClick={() => onDecide('approve')}>
          {t.approve}
          <span className="visually-hidden"> {organisation.name}</span>
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDecide('reject')}>
          {t.reject}
          <span className="visually-hidden"> {organisation.name}</span>
        </button>
      </div>
    </li>
  );
}
