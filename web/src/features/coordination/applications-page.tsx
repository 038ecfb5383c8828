import { Fragment, useId, useMemo, useState, type ReactNode } from 'react';
import { Link, useFetcher, useLoaderData } from 'react-router';
import type { ApplicationDecision, ApplicationReview, MembershipApplication } from '../../api/membership.ts';
import { ResultNotice, settledData } from '../../components/result-notice.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels, useTaxonomies } from '../../hooks/use-labels.ts';
import { membershipLabel } from '../../i18n/account-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { isWebUrl } from '../../lib/safe-url.ts';
import type { ApplicationsData, DecisionResult } from './coordination-route.ts';
import { ReasonDialog, useSendAgain } from './reason-dialog.tsx';
import { applicationAnchor } from './application-anchor.ts';

interface Deciding {
  application: MembershipApplication;
  decision: ApplicationDecision;
}

/**
 * /coordinatie: applications awaiting a decision first, each with what to check (organisations
 * it looks like, its address against its website) and admit and reject (with a required
 * reason); then the decided ones.
 */
export function ApplicationsPage() {
  const { pending, decided } = useLoaderData() as ApplicationsData;
  const { m, format } = useMembershipI18n();
  const t = m.applications;
  useDocumentTitle(`${t.title} – ${m.coordination.title}`);
  const [chosen, setDeciding] = useState<Deciding | null>(null);
  const fetcher = useFetcher<DecisionResult>();
  const settled = settledData(fetcher);
  const { again, sending, done } = useSendAgain<Deciding>(settled);
  // Chosen on the page, or one sent from the dialog to send again (`useSendAgain`).
  const deciding = chosen ?? again?.subject ?? null;
  const rejecting = deciding?.decision === 'reject';
  // Turned down before its address was confirmed, nothing is mailed (the address may be a stranger's).
  const unconfirmed = deciding?.application.review?.emailConfirmed === false;
  const result = useMemo(() => (settled ? { ok: settled.ok, message: settled.message } : null), [settled]);

  const confirm = (reason: string) => {
    if (!deciding) return;
    const { application, decision } = deciding;
    sending(deciding, reason);
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
            ? rejecting
              ? t.rejectTitle(deciding.application.organisation.name)
              : t.approveTitle(deciding.application.organisation.name)
            : ''
        }
        text={rejecting ? (unconfirmed ? t.rejectUnconfirmedText : t.rejectText) : t.approveText}
        reasonLabel={rejecting ? t.rejectReasonLabel : t.reasonLabel}
        reasonHint={rejecting ? (unconfirmed ? t.rejectUnconfirmedHint : t.rejectReasonHint) : t.reasonHint}
        confirmLabel={rejecting ? t.rejectConfirm : t.approveConfirm}
        danger={rejecting}
        {...(rejecting
          ? { requiredMessage: unconfirmed ? t.rejectUnconfirmedReasonRequired : t.rejectReasonRequired }
          : {})}
        onConfirm={confirm}
        // One opened on the page while another was on its way: that one's retry waits until this closes.
        onClose={() => {
          setDeciding(null);
          if (!chosen) done();
        }}
        again={chosen ? null : again}
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
      <h3 className="application-name" id={applicationAnchor(organisation.id)} tabIndex={-1}>
        {organisation.name}
      </h3>
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
      {application.review ? <Review review={application.review} /> : null}
      {application.review?.emailConfirmed === false ? <p>{t.approveAfterConfirmation}</p> : null}
      <div className="button-row">
        {/* Admitting waits for the applicant's confirmed address (the server says so too). */}
        {application.review?.emailConfirmed === false ? null : (
          <button type="button" className="button" onClick={() => onDecide('approve')}>
            {t.approve}
            <span className="visually-hidden"> {organisation.name}</span>
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={() => onDecide('reject')}>
          {t.reject}
          <span className="visually-hidden"> {organisation.name}</span>
        </button>
      </div>
    </li>
  );
}

/**
 * What to check before deciding: the organisations the portal already knows that this one
 * looks like (and why), and whether the applicant's address belongs to the website given. A
 * warning is a framed box with a heading that says so, not only a colour.
 */
function Review({ review }: { review: ApplicationReview }) {
  const { lang, a, m } = useMembershipI18n();
  const t = m.applications.review;
  const id = useId();
  const { likelyDuplicates: duplicates, emailDomain, websiteDomain, emailMatchesWebsite, emailConfirmed } = review;
  // What to look into and what is fine, apart: the warning's box holds only the first.
  const findings: { key: string; fine: boolean; body: ReactNode }[] = [
    duplicates.length === 0
      ? { key: 'duplicates', fine: true, body: <p>{t.noDuplicates}</p> }
      : {
          key: 'duplicates',
          fine: false,
          body: (
            <>
              <p>{t.duplicates(duplicates.length)}</p>
              <ul className="application-duplicates">
                {duplicates.map((known) => (
                  <li key={known.id}>
                    {known.state === 'active' ? (
                      <Link to={paths.organisation(lang, known.slug)} className="strong">
                        {known.name}
                      </Link>
                    ) : (
                      <span className="strong">{known.name}</span>
                    )}{' '}
                    ({membershipLabel(a, known.state)}) —{' '}
                    {t.matches(known.matchedOn.map((r) => t.matchedOn[r]).join(', '))}
                  </li>
                ))}
              </ul>
            </>
          ),
        },
  ];
  if (emailDomain)
    findings.push({
      key: 'email',
      fine: emailMatchesWebsite !== false,
      body: (
        <p>
          {emailMatchesWebsite === null || !websiteDomain
            ? t.emailNoWebsite(emailDomain)
            : emailMatchesWebsite
              ? t.emailMatches(emailDomain, websiteDomain)
              : t.emailDiffers(emailDomain, websiteDomain)}
        </p>
      ),
    });
  findings.push({
    key: 'confirmed',
    fine: emailConfirmed,
    body: <p>{emailConfirmed ? t.emailConfirmed : t.emailUnconfirmed}</p>,
  });
  const toCheck = findings.filter((finding) => !finding.fine);
  const fine = findings.filter((finding) => finding.fine);

  return (
    <>
      {toCheck.length > 0 ? (
        <section className="application-review notice" aria-labelledby={`${id}-check`}>
          <h4 id={`${id}-check`} className="application-review-title">
            {t.warningTitle}
          </h4>
          {toCheck.map((finding) => (
            <Fragment key={finding.key}>{finding.body}</Fragment>
          ))}
        </section>
      ) : null}
      {fine.length > 0 ? (
        <section className="application-review" aria-labelledby={`${id}-fine`}>
          <h4 id={`${id}-fine`} className="application-review-title">
            {toCheck.length > 0 ? t.fineTitle : t.title}
          </h4>
          {fine.map((finding) => (
            <Fragment key={finding.key}>{finding.body}</Fragment>
          ))}
        </section>
      ) : null}
    </>
  );
}
