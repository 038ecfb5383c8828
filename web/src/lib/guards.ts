/**
 * Who may see a page, decided in its loader before anything renders: signed out → the sign-in
 * page with `?next=` back to here; signed in with another role → 403, which the route's
 * error boundary shows as "no access".
 */
import { data, redirect } from 'react-router';
import { ApiError } from '../api/client.ts';
import { forgetSession, loadSession } from '../api/session.ts';
import type { Me, Role } from '../api/types.ts';
import { accountMessages } from '../i18n/account-messages.ts';
import { langFromPathname, type Lang } from '../i18n/lang.ts';
import { failure, failureFrom, type FormFailure } from './form-result.ts';
import { SESSION_ENDED } from './keep-form.ts';
import { paths } from '../i18n/paths.ts';

export const STAFF_ROLES: readonly Role[] = ['hr_officer', 'org_admin'];

/** The signed-in user, when their role is one of `roles`; otherwise a redirect or a 403 is thrown. */
export async function requireUser(request: Request, roles: readonly Role[] | 'signed-in'): Promise<Me> {
  const me = await userForWrite(request, roles);
  if (!me) throw redirectToSignIn(request);
  return me;
}

/** Staff and their organisation; staff without one (which the API does not make) may not pass. */
export async function requireStaff(request: Request, roles: readonly Role[] = STAFF_ROLES) {
  const staff = await staffForWrite(request, roles);
  if (!staff) throw redirectToSignIn(request);
  return staff;
}

/**
 * The signed-in user for an action that saves what was typed: when the session has ended (signed
 * out in another tab, expired while a long text was written), null instead of the redirect to sign
 * in, which took the page and everything typed on it away (an HR officer's walk). The action then
 * answers `sessionEnded`, and the form stays (its route keeps it: keep-form.ts).
 */
export async function userForWrite(request: Request, roles: readonly Role[] | 'signed-in'): Promise<Me | null> {
  const me = await loadSession(langFromPathname(new URL(request.url).pathname));
  if (!me) return null;
  if (roles !== 'signed-in' && !roles.includes(me.role)) throw forbidden();
  return me;
}

/** Staff and their organisation for an action that saves what was typed (`userForWrite`). */
export async function staffForWrite(request: Request, roles: readonly Role[] = STAFF_ROLES) {
  const me = await userForWrite(request, roles);
  if (!me) return null;
  if (!me.organisation) throw forbidden();
  return { me, organisation: me.organisation };
}

/** A write refused because the session ended, as a form failure: nothing saved, the form kept. */
export function sessionEnded(lang: Lang): FormFailure {
  return failure(accountMessages[lang].form.sessionEnded, {}, SESSION_ENDED);
}

/**
 * An action's write the API refused, as the form's failure: the session's end keeps the form and
 * what was typed (`sessionEnded`), a role taken away is no access, anything else the API's message.
 */
export function refusedWrite(error: unknown, request: Request, lang: Lang): FormFailure {
  if (endedSession(error)) return sessionEnded(lang);
  onSessionEnd(error, request);
  return failureFrom(error, accountMessages[lang].form.offline);
}

/** Whether an action's API call was refused because the session ended (a 401 the refresh did not cure). */
export function endedSession(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 401) return false;
  forgetSession();
  return true;
}

export function forbidden() {
  return data(null, { status: 403 });
}

export function redirectToSignIn(request: Request) {
  const url = new URL(request.url);
  return redirect(paths.signIn(langFromPathname(url.pathname), `${url.pathname}${url.search}`));
}

/**
 * For loaders and actions of protected pages: a 401 that survived the refresh means the
 * session ended meanwhile (signed out elsewhere, removed): go and sign in again. A 403 means
 * the role changed: no access. Anything else is thrown on.
 */
export function onSessionEnd(error: unknown, request: Request): void {
  if (!(error instanceof ApiError)) return;
  if (error.status === 401) {
    forgetSession();
    throw redirectToSignIn(request);
  }
  if (error.status === 403 && error.code === 'forbidden') {
    forgetSession();
    throw forbidden();
  }
}
