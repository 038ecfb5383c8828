import { useMemo, useState } from 'react';
import { Link, useFetcher } from 'react-router';
import type { MyApplication } from '../../api/applications.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ResultNotice, settledData } from '../../components/result-notice.tsx';
import { statusLabel } from '../../i18n/application-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useApplicationI18n } from '../../i18n/use-application-i18n.ts';
import { LEAVE_POOL_INTENT, WITHDRAW_INTENT, type AccountResult } from './account-route.ts';

/**
 * "My applications": each one with its vacancy (linked), organisation, date and status, a way to
 * withdraw it after a confirmation, and with pool consent a way to leave the talent pool (the
 * application stays). The outcome takes focus.
 */
export function MyApplications({ applications }: { applications: MyApplication[] | null }) {
  const { lang, ap, format } = useApplicationI18n();
  const m = ap.mine;
  const fetcher = useFetcher<AccountResult>();
  const [asking, setAsking] = useState<MyApplication | null>(null);
  const data = settledData(fetcher);
  // One object per answer: ResultNotice moves focus each time it gets a new one.
  const result = useMemo(
    () => (data ? { ok: data.ok, message: data.ok ? (data.message ?? '') : data.message } : null),
    [data],
  );

  const withdraw = () => {
    if (!asking) return;
    void fetcher.submit({ intent: WITHDRAW_INTENT, id: asking.id, title: asking.vacancy.title }, { method: 'post' });
    setAsking(null);
  };

  return (
    <section className="page-section my-applications" aria-labelledby="account-applications">
      <h2 id="account-applications">{m.title}</h2>
      <ResultNotice result={result} />
      {applications === null ? (
        <p className="notice notice-error">{m.loadFailed}</p>
      ) : applications.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{m.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.vacancy}</th>
              <th scope="col">{m.columns.organisation}</th>
              <th scope="col">{m.columns.date}</th>
              <th scope="col">{m.columns.status}</th>
              <th scope="col">
                <span className="visually-hidden">{m.columns.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {applications.map((application) => (
              <tr key={application.id}>
                <td>
                  <Link
                    className="break-anywhere"
                    to={paths.vacancy(lang, application.vacancy.id, application.vacancy.title)}
                    lang={application.vacancy.language === lang ? undefined : application.vacancy.language}
                  >
                    {application.vacancy.title}
                  </Link>
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {m.columns.organisation}
                  </span>
                  {application.vacancy.organisation}
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {m.columns.date}
                  </span>
                  <time dateTime={application.createdAt}>{format.date(application.createdAt)}</time>
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {m.columns.status}
                  </span>
                  {statusLabel(ap, application.status)}
                  {application.poolConsentUntil ? (
                    <p className="pool-consent">{m.poolUntil(format.date(application.poolConsentUntil))}</p>
                  ) : application.consent === 'pool' ? (
                    <p className="pool-consent">{m.poolPending}</p>
                  ) : null}
                </td>
                <td>
                  {/* Room between the two (WCAG 2.5.8): they touched. Leaving the pool stays one
                      button, no question first: withdrawing consent is as easy as giving it (AVG 7(3)). */}
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={m.withdrawLabel(application.vacancy.title, application.vacancy.organisation)}
                      onClick={() => setAsking(application)}
                    >
                      {m.withdraw}
                    </button>
                    {application.consent === 'pool' ? (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={m.leavePoolLabel(application.vacancy.title, application.vacancy.organisation)}
                        disabled={fetcher.state !== 'idle'}
                        onClick={() =>
                          void fetcher.submit(
                            { intent: LEAVE_POOL_INTENT, id: application.id, title: application.vacancy.title },
                            { method: 'post' },
                          )
                        }
                      >
                        {m.leavePool}
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={m.confirmTitle}
        confirmLabel={m.confirm}
        onConfirm={withdraw}
        onClose={() => setAsking(null)}
      >
        <p>{asking ? m.confirmText(asking.vacancy.title, asking.vacancy.organisation) : null}</p>
      </ConfirmDialog>
    </section>
  );
}
