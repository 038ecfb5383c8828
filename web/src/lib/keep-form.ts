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
  (actionResult as { code?: unknown } | undefined)?.code === SESSION_ENDED ? false : defaultShouldRevalidate;
