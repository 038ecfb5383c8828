import { useEffect, useRef } from 'react';
import { useNewLinkInTab } from '../../hooks/use-new-link-in-tab.ts';
import { TOKEN_NAMES } from '../../lib/fragment.ts';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, useLoaderData } from 'react-router';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { alertsMessages } from '../../i18n/alerts-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { frequencyName, searchPathFor } from '../../lib/alerts.ts';
import type { ConfirmAlertData, ConfirmAlertResult } from './confirm-alert-route.ts';
import '../../styles/alerts.css';

/**
 * The alert a confirmation link is for with the button that switches it on, the confirmed or kept
 * alert (its name, how often, its search as a link that runs it), or why the link did not work.
 */
export function ConfirmAlertPage() {
  const data = useLoaderData() as ConfirmAlertData;
  useNewLinkInTab(TOKEN_NAMES);
  const { lang } = useI18n();
  const messages = alertsMessages[lang];
  const m = { ...messages, confirm: messages[data.kind] };
  const fetcher = useFetcher<ConfirmAlertResult>();
  const { busy, sendOnce } = useSingleSend(fetcher);
  const answer = fetcher.data;
  const switchedOn = answer?.ok === true ? answer.alert : null;
  // A link that stopped working between showing and switching on (the alert was removed) shows why, without the button.
  const gone = answer?.ok === false && answer.reason !== 'failed';
  const pending = data.ok && 'pending' in data && !switchedOn && !gone ? data.pending : null;
  const shown = gone ? null : (switchedOn ?? (data.ok ? data.alert : null));
  const stopped = (gone && answer.reason === 'stopped') || (!data.ok && data.reason === 'stopped');
  useDocumentTitle(shown && !pending ? m.confirm.doneTitle : m.confirm.title);
  // Switched on, the button goes: the focus goes to what happened.
  const doneRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (switchedOn || gone) doneRef.current?.focus();
  }, [switchedOn, gone]);

  const facts = shown ? (
    <>
      <dl className="facts">
        <div>
          <dt>{m.confirm.name}</dt>
          <dd className="break-anywhere">{shown.name}</dd>
        </div>
        <div>
          <dt>{m.confirm.frequency}</dt>
          <dd>{frequencyName(m, shown.frequency)}</dd>
        </div>
      </dl>
      <p className="page-section">
        <Link to={searchPathFor(lang, shown.query)}>{m.confirm.run}</Link>
      </p>
    </>
  ) : null;

  return (
    <div className="alert-page">
      <meta name="robots" content="noindex" />
      {pending ? (
        <>
          <h1>{messages.confirm.title}</h1>
          <p className="lead">{messages.confirm.pendingText}</p>
          {facts}
          {answer?.ok === false ? (
            <p className="notice notice-error" role="alert">
              {messages.confirm.failed}
            </p>
          ) : null}
          <fetcher.Form method="post" onSubmit={sendOnce}>
            <input type="hidden" name="token" value={pending.token} />
            <SubmitButton busy={busy}>{messages.confirm.submit}</SubmitButton>
          </fetcher.Form>
          <p className="page-section">{messages.confirm.notYou}</p>
        </>
      ) : shown ? (
        <>
          <h1 ref={doneRef} tabIndex={-1}>
            {m.confirm.doneTitle}
          </h1>
          <p className="lead">{m.confirm.doneText}</p>
          {facts}
          <p>{m.confirm.manage}</p>
          {'manageKey' in shown && shown.manageKey ? (
            <p>
              <Link to={`${paths.myAlerts(lang)}#${lang === 'nl' ? 'sleutel' : 'key'}=${shown.manageKey}`}>
                {m.confirm.manageNow}
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <h1 ref={doneRef} tabIndex={-1}>
            {stopped ? m.confirm.stoppedTitle : m.confirm.invalidTitle}
          </h1>
          {(stopped ? m.confirm.stopped : m.confirm.invalid).map((text) => (
            <p key={text}>{text}</p>
          ))}
          <p>
            <Link to={paths.home(lang)}>{m.confirm.toSearch}</Link>
          </p>
        </>
      )}
    </div>
  );
}
