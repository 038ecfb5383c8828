/**
 * The longest reason the API takes for a membership decision (admitting, rejecting, suspending,
 * ending) or for leaving, in characters as a person counts them (an emoji is one): the coordinator's
 * dialog and the leave form check it before their question.
 */
export const REASON_MAX = 2000;

/** Whether a reason is longer than the API takes, counted as the field's own counter counts. */
export const reasonTooLong = (reason: string): boolean => Array.from(reason).length > REASON_MAX;
