import { useMemo, useState } from 'react';
import { Link, useFetcher } from 'react-router';
import { myDataExportUrl } from '../../api/auth.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DownloadLink } from '../../components/download-link.tsx';
import { ResultNotice } from '../../components/result-notice.tsx';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { ERASE_INTENT, type AccountResult } from './account-route.ts';

/**
 * A job seeker's AVG rights on their own data: download all of it (a zip, GET /me/export) and
 * erase the account (DELETE /me) after a dialog that says what goes. Erasing ends on the home
 * page; only a failure is reported here.
 */
export function MyData() {
  const { lang, a } = useAccountI18n();
  const m = a.myData;
  const fetcher = useFetcher<AccountResult>();
  const [asking, setAsking] = useState(false);
  const { data } = fetcher;
  // Only a failure comes back (success redirects); one object per answer, so it takes focus.
  const result = useMemo(() => (data && !data.ok ? { ok: false, message: data.message } : null), [data]);

  const erase = () => {
    void fetcher.submit({ intent: ERASE_INTENT }, { method: 'post' });
    setAsking(false);
  };

  return (
    <>
      <section className="page-section" aria-labelledby="account-my-data">
        <h2 id="account-my-data">{m.title}</h2>
        <p>{m.intro}</p>
        <p>
          <DownloadLink href={myDataExportUrl()} className="button button-secondary">
            {m.download}
          </DownloadLink>
        </p>
        <p>
          <Link to={paths.privacy(lang)}>{m.privacy}</Link>
        </p>
      </section>

      <section className="page-section" aria-labelledby="account-erase">
        <h2 id="account-erase">{m.eraseTitle}</h2>
        <ResultNotice result={result} />
        <p>{m.eraseIntro}</p>
        <button
          type="button"
          className="button button-danger"
          disabled={fetcher.state !== 'idle'}
          onClick={() => setAsking(true)}
        >
          {m.erase}
        </button>
        <ConfirmDialog
          open={asking}
          title={m.confirmTitle}
          confirmLabel={m.confirm}
          onConfirm={erase}
          onClose={() => setAsking(false)}
        >
          <p>{m.confirmText}</p>
          <ul>
            {m.confirmItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>{m.confirmHint}</p>
        </ConfirmDialog>
      </section>
    </>
  );
}
