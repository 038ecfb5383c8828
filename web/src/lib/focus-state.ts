/**
 * Navigation state that asks the layout to leave focus where it is, e.g. when the search
 * updates in place after a filter changed (the result count is announced instead).
 */
export const PRESERVE_FOCUS = { preserveFocus: true } as const;

export function preservesFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { preserveFocus?: unknown }).preserveFocus === true;
}

/**
 * Navigation state of a move to another page of the results: focus goes to the result count
 * (announced, and the next Tab reaches the first result), not to the top of the page.
 */
export const FOCUS_RESULTS = { preserveFocus: true, focusResults: true } as const;

export function focusesResults(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { focusResults?: unknown }).focusResults === true;
}
