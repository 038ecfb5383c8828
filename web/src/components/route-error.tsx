import { useEffect, useRef } from 'react';
import { preservesFocus } from '../lib/focus-state.ts';
import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { paths } from '../i18n/paths.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { NoAccess } from './no-access.tsx';
import { NotFound, type NotFoundKind } from './not-found.tsx';

function statusOf(error: unknown): number {
  if (isRouteErrorResponse(error)) return error.status;
  if (error instanceof ApiError) return error.status;
  return 500;
}

/**
 * The error boundary of a section: a 404 says what was not found, a 403 that the page is not
 * for this user's role; anything else gets a calm generic message (never the server's
 * internals) and a way to try again.
 */
export function RouteError({ notFound = 'page' }: { notFound?: NotFoundKind }) {
  const error = useRouteError();
  const status = statusOf(error);
  if (status === 404) return <NotFound kind={notFound} />;
  if (status === 403) return <NoAccess />;
  return <GenericError status={status} error={error} />;
}

function GenericError({ status, error }: { status: number; error: unknown }) {
  const { lang, t } = useI18n();
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t.errors.genericTitle);
  useEffect(() => {
    // Kept for whoever debugs a report; the visitor only sees the calm message below.
    // eslint-disable-next-line no-console
    if (status >= 500 || status === 0) console.error(error);
  }, [status, error]);
  // After an update in place (a filter), the control that was used went with the page it was on:
  // focus comes here instead of to the document's start, where the next Tab began again at the
  // skip link (a WCAG review, 2.4.3). Other navigations move focus as the layout does.
  const inPlace = preservesFocus(location.state);
  useEffect(() => {
    if (inPlace && document.activeElement === document.body) headingRef.current?.focus();
  }, [inPlace]);
  const body =
    status === 0
      ? t.errors.offlineText
      : status === 400
        ? t.errors.badRequestText
        : status === 429
          ? t.errors.tooManyText
          : status === 405
            ? t.errors.methodNotAllowedText
            : t.errors.genericText;
  return (
    <div className="message-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t.errors.genericTitle}
      </h1>
      <p role="alert">{body}</p>
      <ul className="link-list">
        <li>
          {/* A full reload: the simplest honest retry after a failure; after a form sent to a page
              without one (405), the page itself. */}
          <a href={`${location.pathname}${location.search}`}>
            {status === 405 ? t.errors.openPage : t.errors.tryAgain}
          </a>
        </li>
        <li>
          <Link to={paths.home(lang)}>{t.errors.toVacancies}</Link>
        </li>
      </ul>
    </div>
  );
}

/** The last line of defence, when the layout itself failed: no header or footer, just help. */
export function RootError() {
  return (
    <main id="inhoud" tabIndex={-1} className="main">
      <div className="container">
        <RouteError />
      </div>
    </main>
  );
}
