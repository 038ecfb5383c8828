import { langFromPathname } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';

/** Shown while the first page's data loads (the router has no location context yet). */
export function InitialLoading() {
  const lang = typeof window === 'undefined' ? 'nl' : langFromPathname(window.location.pathname);
  return (
    <p className="initial-loading" role="status">
      {messagesFor(lang).loading}
    </p>
  );
}
