/**
 * Navigation state that asks the layout to leave focus where it is, e.g. when the search
 * updates in place after a filter changed (the result count is announced instead).
 */
export const PRESERVE_FOCUS = { preserveFocus: true } as const;

export function preservesFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { preserveFocus?: unknown }).preserveFocus === true;
}
