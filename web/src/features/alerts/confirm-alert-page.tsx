import { Link, useLoaderData } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { alertsMessages } from '../../i18n/alerts-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { frequencyName, searchPathFor } from '../../lib/alerts.ts';
import type { ConfirmAlertData } from './confirm-alert-route.ts';
import '../../styles/alerts.css';

/**
 * The confirmed or kept alert (its name, how often, its search as a link that runs it), or why
 * the link did not work.
 */
export function ConfirmAlertPage() {
  const data = useLoaderData() as ConfirmAlertData;
  const { lang } = useI18n();
  const messages = alertsMessages[lang];
  const m = { ...messages, confirm: messages[data.kind] };
  useDocumentTitle(data.ok ? m.confirm.doneTitle : m.confirm.title);

  return (
    <div className="alert-page">
      <meta name="robots" content="noindex" />
      {data.ok ? (
        <>
          <h1>{m.confirm.doneTitle}</h1>
          <p className="lead">{m.confirm.doneText}</p>
          <dl className="facts">
            <div>
              <dt>{m.confirm.name}</dt>
              <dd className="break-anywhere">{data.alert.name}</dd>
            </div>
            <div>
              <dt>{m.confirm.frequency}</dt>
              <dd>{frequencyName(m, data.alert.frequency)}</dd>
            </div>
          </dl>
          <p className="page-section">
            <Link to={searchPathFor(lang, data.alert.query)}>{m.confirm.run}</Link>
          </p>
          <p>{m.confirm.manage}</p>
          {data.alert.manageKey ? (
            <p>
              <Link to={`${paths.myAlerts(lang)}#${lang === 'nl' ? 'sleutel' : 'key'}=${data.alert.manageKey}`}>
                {m.confirm.manageNow}
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <h1>{m.confirm.invalidTitle}</h1>
          {m.confirm.invalid.map((text) => (
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
