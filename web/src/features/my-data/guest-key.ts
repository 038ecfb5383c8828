/**
 * The guest's key, from the e-mailed link's fragment (`#sleutel=…`, `#key=…`). The fragment
 * never reaches a server; once read, it is taken out of the address bar (so it is not left
 * there, bookmarked or shared by accident) and kept in sessionStorage, which a reload keeps
 * and closing the tab forgets. It is only ever sent as the `X-Guest-Key` header.
 */
const STORAGE_KEY = 'samenwerven.guestKey';
const FRAGMENT = /^#(?:sleutel|key)=(.+)$/;

function stored(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage switched off: the key lives only as long as this page
  }
}

let inMemory: string | null = null;

/** The key of this visit: a new one from the address first, else the one kept for the tab. */
export function takeGuestKey(): string | null {
  const match = FRAGMENT.exec(window.location.hash);
  if (match?.[1]) {
    let key = match[1];
    try {
      key = decodeURIComponent(key);
    } catch {
      // not percent-encoded after all: use it as it is
    }
    inMemory = key;
    try {
      sessionStorage.setItem(STORAGE_KEY, key);
    } catch {
      // storage switched off: kept in memory only
    }
    // The router's own entry (history.state) stays as it is; only the fragment goes.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  return inMemory ?? stored();
}
