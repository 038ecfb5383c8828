import type { ShouldRevalidateFunction } from 'react-router';

/** The code of a write refused because the session ended (guards.ts, `sessionEnded`). */
export const SESSION_ENDED = 'session_ended';

/**
 * For the routes of a form that saves (and the layouts above it): after a write that answered
 * `sessionEnded`, their loaders are not run again, since they would send the page to sign in
 * and take the form, and what was typed in it, with it. Kept apart from guards.ts, which the
 * router would otherwise pull into the first download with all its messages.
 */
export const keepFormWhenSessionEnded: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  KEPT_AFTER.has(String((actionResult as { code?: unknown } | undefined)?.code)) ? false : defaultShouldRevalidate;

/**
 * The refusals after which a form's page is not read again: the session ended (above), or the
 * server could not take the write this moment (a 503, or no answer at all). Read again then, it
 * failed too, and the error page took the form and the edits (a resilience review).
 */
const KEPT_AFTER: ReadonlySet<string> = new Set([SESSION_ENDED, 'service_unavailable', 'network_error']);

/** Whether a refusal is one to send the same again after (signed in again, the server back): `KEPT_AFTER`. */
export const sendAgainAfter = (code: string | undefined) => KEPT_AFTER.has(String(code));

/**
 * For a page whose form is refused as a whole (applying to a vacancy that closed meanwhile): the
 * loader is not run again after a refusal, or the closed page took the form, what was typed in it
 * and the message saying why, with it (a job seeker's review). A refusal is an action's
 * `{ ok: false }` (form-result.ts); after a success the page is read again as always.
 */
export const keepFormWhenRefused: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  (actionResult as { ok?: unknown } | undefined)?.ok === false ? false : defaultShouldRevalidate;
