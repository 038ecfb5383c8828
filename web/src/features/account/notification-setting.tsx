import { useMemo } from 'react';
import { useSingleSend } from '../../lib/single-send.ts';
import { useFetcher } from 'react-router';
import type { Me } from '../../api/types.ts';
import { ResultNotice, settledData } from '../../components/result-notice.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { NOTIFY_FIELD, NOTIFY_INTENT, type AccountResult } from './account-route.ts';
import './account.css';

const ID = 'account-notify-on-application';

/** HR staff: whether an arriving application is e-mailed to them (PATCH /me), with a clear "saved". */
export function NotificationSetting({ me }: { me: Me }) {
  const { a } = useAccountI18n();
  const fetcher = useFetcher<AccountResult>();
  const { busy, sendOnce } = useSingleSend(fetcher);
  const data = settledData(fetcher);
  const result = useMemo(
    () => (data ? { ok: data.ok, message: data.ok ? (data.message ?? '') : data.message } : null),
    [data],
  );

  return (
    <section className="page-section form-section notify-setting" aria-labelledby="account-notify">
      <h2 id="account-notify">{a.notify.title}</h2>
      <ResultNotice result={result} />
      <fetcher.Form method="post" noValidate className="form" onSubmit={sendOnce}>
        <input type="hidden" name="intent" value={NOTIFY_INTENT} />
        <div className="field choice">
          {/* Keyed on the saved value: after a save or a reload the box shows what the server holds. */}
          <input
            key={String(me.notifyOnApplication)}
            type="checkbox"
            id={ID}
            name={NOTIFY_FIELD}
            defaultChecked={me.notifyOnApplication}
            aria-describedby={`${ID}-hint`}
          />
          <label htmlFor={ID}>{a.notify.label}</label>
        </div>
        <p id={`${ID}-hint`} className="field-hint">
          {a.notify.hint}
        </p>
        <SubmitButton busy={busy}>{a.notify.save}</SubmitButton>
      </fetcher.Form>
    </section>
  );
}
