import { langFromPathname } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';

/** Shown while the first page's data loads (the router has no location context yet). */
export function InitialLoading() {
  const lang = langFromPathname(window.location.pathname);
  return (
    <p className="initial-loading" role="status">
      {messages[lang].loading}
    </p>
  );
}
