import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useFetcher } from 'react-router';
import { myDataExportUrl } from '../../api/auth.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DownloadLink } from '../../components/download-link.tsx';
import { TextField } from '../../components/form-fields.tsx';
import { ResultNotice } from '../../components/result-notice.tsx';
import { asFailure } from '../../lib/form-result.ts';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { ERASE_INTENT, type AccountResult } from './account-route.ts';

/**
 * A job seeker's AVG rights on their own data: download all of it (a zip, GET /me/export) and
 * erase the account (DELETE /me) after a dialog that says what goes and asks the password again
 * (a session left open on a shared computer is not enough). Erasing ends on the home page; a
 * wrong or missing password is said at its field in the dialog, any other failure on the page.
 */
const ERASE_FORM = 'erase-account';

export function MyData() {
  const { lang, a } = useAccountI18n();
  const m = a.myData;
  const fetcher = useFetcher<AccountResult>();
  // The fetcher's answer when the dialog opened: only a newer one is about this attempt.
  const [openedAt, setOpenedAt] = useState<{ data: unknown } | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const { data } = fetcher;
  const failure = asFailure(data);
  const answered = openedAt !== null && data !== openedAt.data;
  const passwordError = answered ? failure?.fields['password'] : undefined;
  // A refused password keeps the dialog open at its field; any other answer closes it and is
  // said on the page (success ends on the home page).
  const asking = openedAt !== null && (!answered || passwordError !== undefined);
  // Only a failure comes back (success redirects); one object per answer, so it takes focus.
  const result = useMemo(
    () => (failure && !failure.fields['password'] ? { ok: false, message: failure.message } : null),
    [failure],
  );

  useEffect(() => {
    if (passwordError) passwordRef.current?.focus();
  }, [data, passwordError]);

  return (
    <>
      <section className="page-section" aria-labelledby="account-my-data">
        <h2 id="account-my-data">{m.title}</h2>
        <p>{m.intro}</p>
        <p>
          <DownloadLink href={myDataExportUrl(lang)} className="button button-secondary">
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
          onClick={() => setOpenedAt({ data })}
        >
          {m.erase}
        </button>
        <ConfirmDialog
          open={asking}
          title={m.confirmTitle}
          confirmLabel={m.confirm}
          formId={ERASE_FORM}
          onClose={() => {
            // A password typed and then cancelled is not left for the next person at this computer.
            if (passwordRef.current) passwordRef.current.value = '';
            setOpenedAt(null);
          }}
        >
          <p>{m.confirmText}</p>
          <ul>
            {m.confirmItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>{m.confirmHint}</p>
          <fetcher.Form id={ERASE_FORM} method="post" noValidate className="form">
            <input type="hidden" name="intent" value={ERASE_INTENT} />
            <TextField
              ref={passwordRef}
              id={`${ERASE_FORM}-password`}
              name="password"
              label={m.password}
              hint={m.passwordHint}
              error={passwordError}
              type="password"
              autoComplete="current-password"
              readOnly={fetcher.state !== 'idle'}
            />
          </fetcher.Form>
        </ConfirmDialog>
      </section>
    </>
  );
}
