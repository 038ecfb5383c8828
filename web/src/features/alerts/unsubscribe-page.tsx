import { useEffect, useRef } from 'react';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, useSearchParams } from 'react-router';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { alertsMessages } from '../../i18n/alerts-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import type { UnsubscribeResult } from './unsubscribe-route.ts';
import '../../styles/alerts.css';

/** One button that ends the alert the link's token names; then a plain "you have unsubscribed", which takes focus. */
export function UnsubscribePage() {
  const { lang } = useI18n();
  const m = alertsMessages[lang].unsubscribe;
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const fetcher = useFetcher<UnsubscribeResult>();
  const failure = asFailure(fetcher.data);
  const done = fetcher.data?.ok === true;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(done ? m.doneTitle : m.title);

  useEffect(() => {
    if (fetcher.data) outcomeRef.current?.focus();
  }, [fetcher.data]);

  const toSearch = (
    <p className="page-section">
      <Link to={paths.home(lang)}>{m.toSearch}</Link>
    </p>
  );

  if (!token) {
    return (
      <div className="alert-page">
        <meta name="robots" content="noindex" />
        <h1>{m.noTokenTitle}</h1>
        <p>{m.noToken}</p>
        {toSearch}
      </div>
    );
  }

  return (
    <div className="alert-page">
      <meta name="robots" content="noindex" />
      <h1>{m.title}</h1>
      {done ? (
        <div
          className="notice notice-success"
          ref={outcomeRef}
          tabIndex={-1}
          role="region"
          aria-labelledby="unsubscribed"
        >
          <h2 id="unsubscribed" className="notice-title">
            {m.doneTitle}
          </h2>
          <p>{m.done}</p>
          <p>{m.again}</p>
        </div>
      ) : (
        <>
          <p>{m.text}</p>
          {failure ? (
            <div className="notice notice-error" ref={outcomeRef} tabIndex={-1}>
              <p>{failure.message}</p>
            </div>
          ) : null}
          <fetcher.Form method="post" onSubmit={sendOnce}>
            <SubmitButton busy={busy}>{m.button}</SubmitButton>
          </fetcher.Form>
        </>
      )}
      {toSearch}
    </div>
  );
}
