/**
 * What a form's action answers when it does not redirect: success (with whatever the page
 * shows next) or a failure with one message and the messages per field, as the API words
 * them (`{ error: { message, fields } }`) or as the action's own checks do.
 */
import { ApiError } from '../api/client.ts';

export interface FormFailure {
  ok: false;
  code: string;
  /** What went wrong overall: the heading of the error summary's text. */
  message: string;
  /** Messages per field name (`email`, `password`, …). */
  fields: Record<string, string>;
  /**
   * What was typed, by field name (`keepingValues`): a form sent without scripts comes back as
   * a new page, which fills its fields in with these instead of losing them.
   */
  values?: Record<string, string>;
  /**
   * The answer's status for a page rendered on the server (a form sent without scripts): the
   * API's, when it refused; 400 when the action's own checks did (app/page-status.ts).
   */
  status?: number;
  /** Seconds to wait, when the API said so (a 429's or 503's `Retry-After`). */
  retryAfter?: number;
}

export type FormResult<T extends object = object> = ({ ok: true } & T) | FormFailure;

/** A failure; `cause` is its code, or the API error it comes from (its code and status). */
export function failure(
  message: string,
  fields: Record<string, string> = {},
  cause: string | ApiError = 'invalid',
): FormFailure {
  if (typeof cause === 'string') return { ok: false, code: cause, message, fields };
  // Status 0: the API was not reached at all, which for the server's own rendering means it is away.
  const status = cause.status === 0 ? 503 : cause.status;
  return {
    ok: false,
    code: cause.code,
    message,
    fields,
    status,
    ...(cause.retryAfter === null ? {} : { retryAfter: cause.retryAfter }),
  };
}

/**
 * An API error as a form failure. The server's messages are written for people and in their
 * language, so they are shown as they are; "server unreachable" gets the caller's text.
 * Anything that is not an API error is a bug, and goes on to the error boundary.
 */
export function failureFrom(error: unknown, offlineMessage: string): FormFailure {
  if (!(error instanceof ApiError)) throw error;
  if (error.status === 0) return failure(offlineMessage, {}, error);
  return failure(error.message, { ...error.fields }, error);
}

/** The failure with the text fields `names` of `form` as typed (never a password or a file). */
export function keepingValues(failure: FormFailure, form: FormData, names: readonly string[]): FormFailure {
  return { ...failure, values: Object.fromEntries(names.map((name) => [name, formText(form, name)])) };
}

/**
 * A text field of submitted form data ('' when absent), with its line ends as typed: a form sends
 * each as CRLF, two characters against the API's limit where the field's count (and a person)
 * counts one (a review: a note of 5,000 characters in paragraphs was refused).
 */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.replaceAll('\r\n', '\n') : '';
}

/** Loosely an e-mail address: the server checks it properly. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/** Whether two e-mail addresses are the same mailbox as the server counts them (case does not matter). */
export function isSameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The failure in an action's or fetcher's data, if that is what it holds. */
export function asFailure(data: unknown): FormFailure | null {
  return typeof data === 'object' && data !== null && (data as { ok?: unknown }).ok === false
    ? (data as FormFailure)
    : null;
}
