/** Only web addresses become links: a `javascript:` or `data:` URL from any source never does. */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url);
}

/**
 * A page of this site to return to after signing in (`?next=`), or null. Only a path on this
 * origin passes: never `//elsewhere`, `/\elsewhere`, a scheme, or the sign-in pages themselves.
 */
export function safeNextPath(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return null;
  if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c === '\\')) return null;
  const base = 'http://localhost';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  // Normalised, `/x/..//elsewhere` and `/.//elsewhere` become `//elsewhere`: a redirect to another
  // site (a security review). What is returned is checked again as the raw value was.
  if (url.pathname.startsWith('//') || url.pathname.startsWith('/\\')) return null;
  if (/^(\/en)?\/(inloggen|sign-in|uitloggen|sign-out)(\/|$)/.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
