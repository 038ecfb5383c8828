import { useEffect, useMemo, useState } from 'react';
import { useNewLinkInTab } from '../../hooks/use-new-link-in-tab.ts';
import { KEY_NAMES } from '../../lib/fragment.ts';
import { Link, useFetcher, useLoaderData } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ResultNotice } from '../../components/result-notice.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { alertsMessages } from '../../i18n/alerts-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { AlertList } from '../../components/alert-list.tsx';
import { END_ALL_INTENT, type AlertListResult } from '../../lib/alert-actions.ts';
import { takeAlertKey } from './fragment.ts';
import { exportManagedAlerts } from '../../api/alerts.ts';
import { DownloadSection } from '../../components/download-section.tsx';
import { useFileDownload } from '../../lib/file-download.ts';
import type { MyAlertsData } from './my-alerts-route.ts';
import '../../styles/alerts.css';

/**
 * An address's alerts, from the link under every alert mail: each with its search (a link that
 * runs it) and how often it mails (changeable), stopping one, and stopping all after a
 * confirmation. Not indexed; the key never appears in an address the app asks for.
 */
export function MyAlertsPage() {
  const loaded = useLoaderData() as MyAlertsData;
  const { lang } = useI18n();
  const m = alertsMessages[lang];
  const fetcher = useFetcher<AlertListResult>();
  useNewLinkInTab(KEY_NAMES);
  const [endingAll, setEndingAll] = useState(false);
  const { data } = fetcher;
  const result = useMemo(() => (data ? { ok: data.ok, message: data.message } : null), [data]);
  const downloads = useFileDownload(m.myAlerts.download);
  useDocumentTitle(m.myAlerts.title);
  // Followed from a link within the portal (a confirmed alert's page), the loader ran before the
  // address changed and used the key kept for the tab; the key now in the address goes out of it.
  useEffect(() => void takeAlertKey(), []);

  const download = () => {
    const alertKey = takeAlertKey();
    if (alertKey)
      void downloads.download(
        () => exportManagedAlerts({ lang, alertKey }),
        lang === 'en' ? 'samenwerven-my-alerts.zip' : 'samenwerven-mijn-alerts.zip',
      );
  };

  const endAll = () => {
    void fetcher.submit({ intent: END_ALL_INTENT }, { method: 'post' });
    setEndingAll(false);
  };

  const toSearch = (
    <p className="page-section">
      {m.myAlerts.newAlert} <Link to={paths.home(lang)}>{m.savedSearches.toSearch}</Link>
    </p>
  );

  if (!loaded.ok) {
    return (
      <div className="alert-page">
        <meta name="robots" content="noindex" />
        <h1>{m.myAlerts.title}</h1>
        <section className="page-section" aria-labelledby="my-alerts-no-key">
          <h2 id="my-alerts-no-key">{m.myAlerts.noKeyTitle}</h2>
          {m.myAlerts.noKey.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
        {toSearch}
      </div>
    );
  }

  const { email, items } = loaded.data;
  return (
    <div className="alert-page">
      <meta name="robots" content="noindex" />
      <h1>{m.myAlerts.title}</h1>
      <p className="lead break-anywhere">{m.myAlerts.intro(email)}</p>
      <section className="page-section" aria-labelledby="my-alerts-list">
        <h2 id="my-alerts-list">{m.myAlerts.listTitle}</h2>
        <AlertList items={items} idPrefix="my-alert" empty={<p>{m.myAlerts.empty}</p>} />
      </section>
      <DownloadSection
        id="my-alerts-download"
        texts={m.myAlerts.download}
        downloads={downloads}
        onDownload={download}
      />
      <section className="page-section" aria-labelledby="my-alerts-end-all">
        <h2 id="my-alerts-end-all">{m.myAlerts.endAllTitle}</h2>
        <ResultNotice result={result} />
        {items.length > 0 ? (
          <>
            <p>{m.myAlerts.endAllText}</p>
            <button
              type="button"
              className="button button-danger"
              disabled={fetcher.state !== 'idle'}
              onClick={() => setEndingAll(true)}
            >
              {m.myAlerts.endAll}
            </button>
          </>
        ) : null}
        <ConfirmDialog
          open={endingAll}
          title={m.myAlerts.endAllConfirmTitle}
          confirmLabel={m.myAlerts.endAllConfirm}
          onConfirm={endAll}
          onClose={() => setEndingAll(false)}
        >
          <p className="break-anywhere">{m.myAlerts.endAllConfirmText(email)}</p>
        </ConfirmDialog>
      </section>
      {toSearch}
    </div>
  );
}
