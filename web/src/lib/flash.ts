/**
 * A one-time message for the page a flow ends on, when that page belongs to another feature
 * (erasing an account ends on the home page). An action sets it just before it redirects; the
 * layout takes it on the next navigation and shows it once. Nothing is stored in the browser.
 */
export type FlashKey = 'accountErased' | 'addressConfirmed';

let pending: FlashKey | null = null;

/** Shows `key` on the page the next navigation lands on. */
export function setFlash(key: FlashKey): void {
  pending = key;
}

/** The message waiting for this page, if any; taking it clears it. */
export function takeFlash(): FlashKey | null {
  const key = pending;
  pending = null;
  return key;
}
