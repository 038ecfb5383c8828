import type { LoaderFunctionArgs } from 'react-router';
import { langFromPathname } from '../../i18n/lang.ts';
import { translatePath } from '../../i18n/paths.ts';
import { takeFromFragment, TOKEN_NAMES } from '../../lib/fragment.ts';

export interface TokenData {
  /** The secret from the e-mailed link, or null when the address has none. */
  token: string | null;
}

/**
 * The invitation, password-reset and address-confirmation pages: the link's `#token=`, checked by
 * the server on submit. In the fragment, the token never reaches a server's or a proxy's log (a
 * reset link read from a log was an account taken over); kept for the tab, per page, so a reload
 * or the form's answer still has it. A `?token=` of a link mailed before is read too.
 */
export function tokenLoader({ request }: LoaderFunctionArgs): TokenData {
  const url = new URL(request.url);
  // Kept per page by its Dutch address: the language switch opens the same page at another one,
  // which said the link was incomplete (a job seeker's walk).
  const page = translatePath(url.pathname, '', langFromPathname(url.pathname), 'nl');
  const fromLink = () =>
    typeof window === 'undefined' ? null : takeFromFragment(TOKEN_NAMES, `samenwerven.linkToken:${page}`);
  const token = (url.searchParams.get('token') ?? fromLink() ?? '').trim();
  return { token: /^[\w-]{10,200}$/.test(token) ? token : null };
}
