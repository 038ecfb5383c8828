/**
 * An organisation's website as typed in a form: the join form and the employer profile take the
 * same (the profile refused "www.eindhoven.nl", which the join form took: a membership review).
 */

/** Only characters an address may hold as it is (RFC 3986), percent-escapes included. */
const URI_CHARACTERS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;

/** A web address as typed, with `https://` added when it has no scheme; null when it is none. */
export function normaliseWebsite(value: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.')) return null;
    // As typed, unless it holds what an address may not (a space, an é): then as the browser
    // writes it, which the portal takes (a review: "…/pad met spatie" passed here and was refused there).
    return URI_CHARACTERS.test(withScheme) ? withScheme : url.href;
  } catch {
    return null;
  }
}
