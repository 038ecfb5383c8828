/**
 * Who is signed in, as the root loader and the page guards both need to know. One `GET /me`
 * per page load is shared by everyone who asks; signing in or out replaces it, and the root
 * route reloads (see `sessionChanged`) so the header follows.
 */
import type { Lang } from '../i18n/lang.ts';
import { getMe } from './auth.ts';
import { ApiError, hasSessionCookie } from './client.ts';
import type { Me } from './types.ts';

let current: Promise<Me | null> | null = null;
let version = 0;
let shownVersion = -1;

/** The signed-in user, or null. Without a session cookie nobody is, and nothing is asked. */
export function loadSession(lang: Lang): Promise<Me | null> {
  if (!hasSessionCookie()) {
    // Signed out meanwhile (in another tab): the header must follow too.
    if (current) forgetSession();
    return Promise.resolve(null);
  }
  current ??= getMe({ lang }).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 401) return null;
    current = null; // a network or server failure: ask again next time
    throw error;
  });
  return current;
}

/** After signing in or out: the user the server just answered with (null when signed out). */
export function rememberSession(user: Me | null): void {
  current = Promise.resolve(user);
  version += 1;
}

/** When the session may have changed (a 401, a role change): ask the server again. */
export function forgetSession(): void {
  current = null;
  version += 1;
}

/** Called by the root loader: the header now shows the session as it is. */
export function markSessionShown(): void {
  shownVersion = version;
}

/** Whether the header shows an outdated session, i.e. whether the root route must reload. */
export function sessionChanged(): boolean {
  return shownVersion !== version;
}
