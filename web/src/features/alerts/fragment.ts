/**
 * Secrets that arrive in a mailed link's fragment (never sent to a server by the browser): the
 * alert confirmation's and keep link's `#token=` and the alert key's `#sleutel=` / `#key=`. Once read, the value
 * leaves the address bar (so it is not bookmarked or shared by accident) and is kept in
 * sessionStorage, which a reload keeps and closing the tab forgets. Like guest-key.ts.
 */

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

function keep(storageKey: string, value: string): void {
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
    keep(storageKey, value);
    // The router's own entry (history.state) stays as it is; only the fragment goes.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  return memory.get(storageKey) ?? stored(storageKey);
}

const ALERT_KEY = 'samenwerven.alertKey';

/** The key of an address's alerts, from the link in every alert mail. */
export const takeAlertKey = () => takeFromFragment(['sleutel', 'key'], ALERT_KEY);

/**
 * Keeps a key that came another way (a confirmed guest alert's answer), for the alerts page this
 * tab opens next: the router runs that page's loader before the address, fragment and all, changes.
 */
export const keepAlertKey = (key: string) => keep(ALERT_KEY, key);

/** The token of a confirmation link. */
export const takeConfirmToken = () => takeFromFragment(['token'], 'samenwerven.alertConfirmToken');

/** The token of a "keep this alert" link. */
export const takeKeepToken = () => takeFromFragment(['token'], 'samenwerven.alertKeepToken');
