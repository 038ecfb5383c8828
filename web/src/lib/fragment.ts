/**
 * Secrets that arrive in a mailed link's fragment (never sent to a server by the browser, so never
 * in a server's or a proxy's log): the `#token=` of the password reset, the confirmation of an
 * address, a staff invitation and the alert links, and the alert key's `#sleutel=` / `#key=`. Once
 * read, the value leaves the address bar (so it is not bookmarked or shared by accident) and is
 * kept in sessionStorage, which a reload keeps and closing the tab forgets. Like guest-key.ts.
 */

/** A mailed link's one-time token: `#token=`. */
export const TOKEN_NAMES = ['token'] as const;
/** An address's key (a guest's, or the alerts' manage key): `#sleutel=` and `#key=`. */
export const KEY_NAMES = ['sleutel', 'key'] as const;

/** The value of `#name=value` for one of `names`, percent-decoded; null when the fragment holds none. */
export function fragmentValue(hash: string, names: readonly string[]): string | null {
  const match = /^#([a-z]+)=(.+)$/.exec(hash);
  if (!match || !names.includes(match[1]!)) return null;
  try {
    return decodeURIComponent(match[2]!);
  } catch {
    return match[2]!; // not percent-encoded after all: as it is
  }
}

const memory = new Map<string, string>();

/** Keeps a value for this tab: a reload keeps it, closing the tab forgets it. */
export function keepInTab(storageKey: string, value: string): void {
  memory.set(storageKey, value);
  try {
    sessionStorage.setItem(storageKey, value);
  } catch {
    // storage switched off: kept in memory only
  }
}

function stored(storageKey: string): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null; // storage switched off: the value lives only as long as this page
  }
}

/** This visit's value: a new one from the address first (then taken out of it), else the one kept for the tab. */
export function takeFromFragment(names: readonly string[], storageKey: string): string | null {
  const value = fragmentValue(window.location.hash, names);
  if (value) {
    keepInTab(storageKey, value);
    // The router's own entry (history.state) stays as it is; only the fragment goes.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  return memory.get(storageKey) ?? stored(storageKey);
}
