import { useMemo, useState } from 'react';
import { Link, useFetcher, useLoaderData } from 'react-router';
import { useNewLinkInTab } from '../../hooks/use-new-link-in-tab.ts';
import { KEY_NAMES } from '../../lib/fragment.ts';
import { exportMyData, type GuestApplication } from '../../api/my-data.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ResultNotice, settledData } from '../../components/result-notice.tsx';
import { DownloadSection } from '../../components/download-section.tsx';
import { useFileDownload } from '../../lib/file-download.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { applicationMessages, statusLabel } from '../../i18n/application-messages.ts';
import { myDataMessages, type MyDataMessages } from '../../i18n/my-data-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { PRIVACY_CONTACT_EMAIL } from '../../i18n/privacy-messages.ts';
import { formatMoment } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { takeGuestKey } from './guest-key.ts';
import './my-data.css';
import {
  ERASE_INTENT,
  LEAVE_POOL_INTENT,
  RENEW_INTENT,
  WITHDRAW_INTENT,
  type MyDataLoaderData,
  type MyDataResult,
} from './my-data-route.ts';

type Notice = { ok: boolean; message: string } | null;

/** No key, or one the server refuses: what may have happened and where to go instead. */
function NoKey({ m }: { m: MyDataMessages }) {
  const [incomplete, old, contact] = m.noKey.text;
  return (
    <section className="page-section" aria-labelledby="my-data-no-key">
      <h2 id="my-data-no-key">{m.noKey.title}</h2>
      <p>{incomplete}</p>
      <p>{old}</p>
      <p>
        {contact}
        <a href={`mailto:${PRIVACY_CONTACT_EMAIL}`}>{PRIVACY_CONTACT_EMAIL}</a>.
      </p>
    </section>
  );
}

/** Days before a pool consent ends from which renewing it is offered (the reminder comes at 14). */
const RENEW_OFFERED_DAYS = 60;

/**
 * Whether the application's pool button is worth showing: to confirm a consent not yet
 * confirmed, or to renew one that ends within `RENEW_OFFERED_DAYS` (renewing one just given
 * would look like something still to do).
 */
function poolActionDue(application: { addressConfirmedAt: string | null; poolConsentUntil: string | null }): boolean {
  if (!application.addressConfirmedAt || !application.poolConsentUntil) return true;
  return Date.parse(application.poolConsentUntil) - Date.now() <= RENEW_OFFERED_DAYS * 86_400_000;
}

/**
 * A guest applicant's own page, opened from the link in their confirmation e-mail: their
 * applications (withdrawable), all their data as a zip, and erasing everything. Not indexed;
 * the key never appears in an address the app asks for. Outcomes take focus (ResultNotice),
 * as the row or section that held the button may be gone.
 */
export function MyDataPage() {
  const { lang } = useI18n();
  const m = myDataMessages[lang];
  const ap = applicationMessages[lang];
  const loaded = useLoaderData<MyDataLoaderData>();
  const fetcher = useFetcher<MyDataResult>();
  const [withdrawing, setWithdrawing] = useState<GuestApplication | null>(null);
  const [erasing, setErasing] = useState(false);
  const downloads = useFileDownload({ started: m.download.started, failed: m.failed });
  useDocumentTitle(m.title);
  useNewLinkInTab(KEY_NAMES);

  const data = settledData(fetcher);
  // One object per answer: ResultNotice moves focus each time it gets a new one.
  const result = useMemo<Notice>(() => (data ? { ok: data.ok, message: data.message } : null), [data]);
  const erased = data?.ok === true && data.erased === true;

  const withdraw = () => {
    if (!withdrawing) return;
    void fetcher.submit(
      { intent: WITHDRAW_INTENT, id: withdrawing.id, title: withdrawing.vacancy.title },
      { method: 'post' },
    );
    setWithdrawing(null);
  };
  const erase = () => {
    void fetcher.submit({ intent: ERASE_INTENT }, { method: 'post' });
    setErasing(false);
  };
  const download = () => {
    const guestKey = takeGuestKey();
    if (guestKey)
      void downloads.download(
        () => exportMyData({ lang, guestKey }),
        lang === 'en' ? 'samenwerven-my-data.zip' : 'samenwerven-mijn-gegevens.zip',
      );
  };

  const privacyLink = (
    <p className="page-section">
      <Link to={paths.privacy(lang)}>{m.privacy}</Link>
    </p>
  );

  return (
    <div className="my-data-page">
      {/* A private page: React puts this in <head>; the server's first HTML says so too. */}
      <meta name="robots" content="noindex" />
      <h1>{m.title}</h1>
      {erased ? (
        <ResultNotice result={result} />
      ) : !loaded.ok ? (
        <NoKey m={m} />
      ) : (
        <>
          <p className="lead break-anywhere">{m.intro(loaded.data.email)}</p>
          <section className="page-section" aria-labelledby="my-data-applications">
            <h2 id="my-data-applications">{m.applications.title}</h2>
            <ResultNotice result={result} />
            {loaded.data.applications.length === 0 ? (
              <p>{m.applications.empty}</p>
            ) : (
              <table className="data-table">
                <caption className="visually-hidden">{m.applications.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.applications.columns.vacancy}</th>
                    <th scope="col">{m.applications.columns.organisation}</th>
                    <th scope="col">{m.applications.columns.date}</th>
                    <th scope="col">{m.applications.columns.status}</th>
                    <th scope="col">
                      <span className="visually-hidden">{m.applications.columns.actions}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.data.applications.map((application) => (
                    <tr key={application.id}>
                      <td>
                        <Link
                          to={paths.vacancy(lang, application.vacancy.id, application.vacancy.title)}
                          lang={application.vacancy.language === lang ? undefined : application.vacancy.language}
                        >
                          {application.vacancy.title}
                        </Link>
                        {/* What was sent in this address's name: what the pool would show, seen before confirming. */}
                        <details className="sent-application">
                          <summary>{m.applications.sent}</summary>
                          <dl>
                            <dt>{m.applications.sentFields.name}</dt>
                            <dd className="break-anywhere">{application.name}</dd>
                            <dt>{m.applications.sentFields.phone}</dt>
                            <dd>{application.phone ?? m.applications.sentFields.none}</dd>
                            <dt>{m.applications.sentFields.motivation}</dt>
                            <dd className="sent-motivation break-anywhere">{application.motivation}</dd>
                          </dl>
                        </details>
                      </td>
                      <td>
                        <span className="cell-label" aria-hidden="true">
                          {m.applications.columns.organisation}
                        </span>
                        {application.vacancy.organisation}
                      </td>
                      <td>
                        <span className="cell-label" aria-hidden="true">
                          {m.applications.columns.date}
                        </span>
                        {/* With its time: a guest may apply to one vacancy twice, and each row must be told apart (a job seeker's walk). */}
                        <time dateTime={application.createdAt}>{formatMoment(lang, application.createdAt)}</time>
                      </td>
                      <td>
                        <span className="cell-label" aria-hidden="true">
                          {m.applications.columns.status}
                        </span>
                        {statusLabel(ap, application.status)}
                        {application.consent === 'pool' ? (
                          <p className="pool-consent">
                            {application.addressConfirmedAt && application.poolConsentUntil
                              ? m.pool.until(application.poolConsentUntil)
                              : m.pool.waiting}
                          </p>
                        ) : null}
                      </td>
                      <td>
                        <div className="row-actions">
                          <button
                            type="button"
                            className="button button-secondary button-small"
                            aria-label={m.applications.withdrawLabel(
                              application.vacancy.title,
                              application.vacancy.organisation,
                              formatMoment(lang, application.createdAt),
                            )}
                            disabled={fetcher.state !== 'idle'}
                            onClick={() => setWithdrawing(application)}
                          >
                            {m.applications.withdraw}
                          </button>
                          {application.consent === 'pool' && poolActionDue(application) ? (
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              aria-label={(application.addressConfirmedAt ? m.pool.renewLabel : m.pool.confirmLabel)(
                                application.vacancy.title,
                                application.vacancy.organisation,
                              )}
                              disabled={fetcher.state !== 'idle'}
                              onClick={() =>
                                void fetcher.submit({ intent: RENEW_INTENT, id: application.id }, { method: 'post' })
                              }
                            >
                              {application.addressConfirmedAt ? m.pool.renew : m.pool.confirm}
                            </button>
                          ) : null}
                          {application.consent === 'pool' && application.addressConfirmedAt ? (
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              aria-label={m.pool.leaveLabel(
                                application.vacancy.title,
                                application.vacancy.organisation,
                              )}
                              disabled={fetcher.state !== 'idle'}
                              onClick={() =>
                                void fetcher.submit(
                                  { intent: LEAVE_POOL_INTENT, id: application.id },
                                  { method: 'post' },
                                )
                              }
                            >
                              {m.pool.leave}
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
              open={withdrawing !== null}
              title={m.applications.confirmTitle}
              confirmLabel={m.applications.confirm}
              onConfirm={withdraw}
              onClose={() => setWithdrawing(null)}
            >
              <p>
                {withdrawing
                  ? m.applications.confirmText(withdrawing.vacancy.title, withdrawing.vacancy.organisation)
                  : null}
              </p>
            </ConfirmDialog>
          </section>

          <DownloadSection id="my-data-download" texts={m.download} downloads={downloads} onDownload={download} />

          <section className="page-section" aria-labelledby="my-data-erase">
            <h2 id="my-data-erase">{m.erase.title}</h2>
            <p>{m.erase.text}</p>
            <button
              type="button"
              className="button button-danger"
              disabled={fetcher.state !== 'idle'}
              onClick={() => setErasing(true)}
            >
              {m.erase.button}
            </button>
            <ConfirmDialog
              open={erasing}
              title={m.erase.confirmTitle}
              confirmLabel={m.erase.confirm}
              onConfirm={erase}
              onClose={() => setErasing(false)}
            >
              <p>{m.erase.confirmText}</p>
              <ul>
                {m.erase.confirmItems.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              <p>{m.erase.confirmHint}</p>
            </ConfirmDialog>
          </section>
        </>
      )}
      {privacyLink}
    </div>
  );
}
