/** Small text helpers shared by the pages, feeds and widgets the server writes itself. */
import { vacancyAddressPart } from '@samenwerven/slug';

/**
 * Characters XML 1.0 does not allow anywhere, not even escaped: the control characters other than
 * tab and line breaks (text pasted from a PDF carries them), and U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- finding those characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Escapes text for HTML and XML content and attribute values. What XML cannot hold is left out:
 * one vacancy's stray control character would make a whole feed unreadable to a strict reader.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(NOT_IN_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Something that shows: not white space, a control character, a format character that takes
 * no room (soft hyphen, zero-width spaces and joiners, the word joiner, the byte-order mark,
 * direction controls), a mark with nothing to combine with, or the Hangul and Braille blanks.
 */
const SOMETHING_SHOWN =
  // By Unicode's categories, not a list: control (Cc) and format characters (Cf: direction
  // marks and overrides, isolates, tags, the byte-order mark) and marks that combine with
  // nothing (Mn, Me: variation selectors, the grapheme joiner) show nothing of their own; a title
  // of only those published as an empty one (a tester's review). Plus the blanks of Hangul,
  // Braille and Mongolian, and the noncharacters at the end of the plane.
  /[^\s\p{Cc}\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u180E\u2800\u3164\uFFA0\uFFFE\uFFFF]/u;

/** What shows nothing, as the contents of a character class (for the contract's patterns). */
export const INVISIBLE = SOMETHING_SHOWN.source.slice(2, -1);

/** Does anything in the text show? */
export const showsSomething = (text: string): boolean => SOMETHING_SHOWN.test(text);

/** The text without spaces around it; null when nothing in it shows (an optional field left blank). */
export function shownOrNull(text: string | null | undefined): string | null {
  return text && showsSomething(text) ? text.trim() : null;
}

/**
 * The direction controls that reorder what follows them: embeddings, overrides and isolates.
 * "Gemeente \u202egrubliT\u202c" showed as "Gemeente Tilburg" (a membership review). The marks
 * (LRM, RLM, ALM) stay: they reorder nothing of their own, and right-to-left text may need them.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * A one-line text (a title, a name) as stored: every run of spaces, line breaks, tabs or control
 * characters one space, without direction controls. A title sent with line breaks ("Jurist\r\nBcc:
 * …") put lines of its own in the portal's mails, which quote it (an attacker's review); on a page
 * they showed as spaces.
 */
export function oneLine(text: string): string {
  return text
    .replace(DIRECTION_CONTROLS, '')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
}

/** `shownOrNull` for a one-line text. */
export function oneLineOrNull(text: string | null | undefined): string | null {
  const shown = shownOrNull(text);
  return shown === null ? null : oneLine(shown);
}

/**
 * Whether two e-mail addresses are the same mailbox as the portal counts them: case does not
 * matter (the database compares `lower(email)`).
 */
export const isSameAddress = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The first `length` characters as the contract counts them (an emoji is one, not cut in two). */
export const cutText = (text: string, length?: number): string =>
  length === undefined ? text : Array.from(text).slice(0, length).join('');

/**
 * The public address of a vacancy page: its id, then a readable slug of its title, as the web
 * app's links write it (one helper for both: `@samenwerven/slug`).
 */
export function vacancyPath(vacancy: { id: string; title: string }, lang: 'nl' | 'en' = 'nl'): string {
  return `${lang === 'en' ? '/en/vacancies/' : '/vacatures/'}${vacancyAddressPart(vacancy)}`;
}

/**
 * The filters without values that show nothing (`q=%01`, a hand-edited address): those are no
 * words to search or to name in a feed's title, nor a filter that finds nothing: the search and
 * the feeds alike take them as not sent.
 */
export function withoutBlankValues<T extends Record<string, unknown>>(filters: T): T {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && !showsSomething(value)) continue;
    if (Array.isArray(value)) {
      const shown = value.filter((item) => typeof item !== 'string' || showsSomething(item));
      if (shown.length > 0) kept[key] = shown;
      continue;
    }
    kept[key] = value;
  }
  return kept as T;
}
