import { apiUrl } from './api-url.ts';
import { requestJson, type RequestOptions } from './client.ts';
import type { BodyOf, Me, ResponseOf, SignedIn } from './types.ts';
import type { Lang } from '../i18n/lang.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

export function getMe(options: Options): Promise<Me> {
  return requestJson<Me>('/me', { ...options, method: 'GET' });
}

export function signIn(body: BodyOf<'/auth/login', 'post'>, options: Options): Promise<SignedIn> {
  return requestJson<SignedIn>('/auth/login', { ...options, method: 'POST', body });
}

/**
 * Answers 202 whether or not the address has an account: the address gets a confirmation
 * link (new) or a note that it has an account (known). Nobody is signed in yet.
 */
export function register(body: BodyOf<'/auth/register', 'post'>, options: Options): Promise<void> {
  return requestJson<void>('/auth/register', { ...options, method: 'POST', body });
}

/** The e-mailed confirmation link proves the address; the server signs the account in. */
export function confirmRegistration(
  body: BodyOf<'/auth/register/confirm', 'post'>,
  options: Options,
): Promise<SignedIn> {
  return requestJson<SignedIn>('/auth/register/confirm', { ...options, method: 'POST', body });
}

export function signOut(options: Options): Promise<void> {
  return requestJson<void>('/auth/logout', { ...options, method: 'POST' });
}

/** Answers 202 whether or not the account exists. */
export function requestPasswordReset(body: BodyOf<'/auth/password-reset', 'post'>, options: Options): Promise<void> {
  return requestJson<void>('/auth/password-reset', { ...options, method: 'POST', body });
}

export function resetPassword(body: BodyOf<'/auth/password-reset/confirm', 'post'>, options: Options): Promise<void> {
  return requestJson<void>('/auth/password-reset/confirm', { ...options, method: 'POST', body });
}

/** Whether a mailed reset link still works (`204`); `invalid_token` (400) once it is used or expired. */
export function checkResetLink(token: string, options: Options): Promise<void> {
  return requestJson<void>('/auth/password-reset/check', { ...options, method: 'POST', body: { token } });
}

/**
 * What an invitation is for (the organisation that invites, the address and role of the
 * account), while its link still works; `invalid_token` (400) once it is used or expired.
 */
export type InvitationDetails = ResponseOf<'/auth/invitations/lookup', 'post'>;

export function lookupInvitation(token: string, options: Options): Promise<InvitationDetails> {
  return requestJson<InvitationDetails>('/auth/invitations/lookup', { ...options, method: 'POST', body: { token } });
}

export function acceptInvitation(
  body: BodyOf<'/auth/invitations/accept', 'post'>,
  options: Options,
): Promise<SignedIn> {
  return requestJson<SignedIn>('/auth/invitations/accept', { ...options, method: 'POST', body });
}

export function changePassword(body: BodyOf<'/me/password', 'post'>, options: Options): Promise<void> {
  return requestJson<void>('/me/password', { ...options, method: 'POST', body });
}

/** Changes the user's own settings (staff: `notifyOnApplication`); answers with who they are now. */
export function updateMe(body: BodyOf<'/me', 'patch'>, options: Options): Promise<Me> {
  return requestJson<Me>('/me', { ...options, method: 'PATCH', body });
}

/**
 * The job seeker's own data as a zip: a plain link, downloaded by the browser with the cookies.
 * It names the page's language, which a link cannot send as `Accept-Language` (the file's name).
 */
export function myDataExportUrl(lang: Lang): string {
  return `${apiUrl('/me/export')}?lang=${lang}`;
}

/**
 * Erases the job seeker's account and everything about them (AVG article 17); the server
 * clears the session cookies. Staff accounts: 403.
 */
export function eraseMe(body: BodyOf<'/me', 'delete'>, options: Options): Promise<void> {
  return requestJson<void>('/me', { ...options, method: 'DELETE', body });
}
