/**
 * Vacancy descriptions are stored sanitised (sanitize-html, an allow-list): headings,
 * paragraphs, lists, emphasis and web/mail links. No script, no event handler, no style,
 * no foreign markup survives, so the same HTML renders safely in the app and in feeds.
 */
import sanitizeHtml from 'sanitize-html';
import { showsSomething } from '../text.ts';

/** A web or mail address with its scheme: the only links a description keeps. */
const ABSOLUTE_LINK = /^\s*(https?:\/\/|mailto:)/i;

const options: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'blockquote'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // A heading level 1 belongs to the page; demote it.
  transformTags: {
    h1: 'h2',
    // A link to a place of its own (`/werken`, `#solliciteren`) has no site to be on: the portal
    // is not the member's, and a feed reader has no page to read it against (a feeds review).
    // It loses its address here, and its tags in `sanitizedByParser`: only its text stays. (Made
    // another tag here, sanitize-html closed the next link with that tag's name.)
    a: (tagName, attribs) => ({
      tagName,
      attribs: ABSOLUTE_LINK.test(attribs.href ?? '') ? { ...attribs, rel: 'nofollow noopener noreferrer' } : {},
    }),
  },
  allowedSchemesAppliedToAttributes: ['href'],
};

/** Inline markup, and what each element may hold for a description to count as clean already. */
const PHRASING: ReadonlySet<string> = new Set(['strong', 'em', 'b', 'i', 'br']);
const MAY_HOLD: Readonly<Record<string, ReadonlySet<string>>> = {
  '': new Set(['h2', 'h3', 'h4', 'p', 'ul', 'ol']),
  ...Object.fromEntries(['h2', 'h3', 'h4', 'p', 'li', 'strong', 'em', 'b', 'i'].map((tag) => [tag, PHRASING])),
  ul: new Set(['li']),
  ol: new Set(['li']),
};
/** A tag without attributes (`<br />` the one that closes itself), or text without markup or entities. */
const TOKEN = /<(\/?)([a-z0-9]+)( \/)?>|[^<>&]+/y;

/**
 * Whether sanitize-html would give `html` back as it is: only allowed tags, none with an
 * attribute, each where no other closes it implicitly (no block in a paragraph, a list item only
 * in a list), all closed in order, and text without entities. Most descriptions an ATS sends are
 * like that; reading them this way instead of parsing them took a seventh of the portal's CPU off
 * a 10,000-vacancy import (issue 18). Anything else goes through sanitize-html.
 */
export function isCleanAlready(html: string): boolean {
  const open: string[] = [];
  for (let at = 0; at < html.length; at = TOKEN.lastIndex) {
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(html);
    if (!token) return false;
    const [, closing, tag, selfClosing] = token;
    if (tag === undefined) continue;
    const parent = open.at(-1) ?? '';
    if (closing) {
      if (selfClosing || parent !== tag) return false;
      open.pop();
    } else if (!MAY_HOLD[parent]?.has(tag) || (tag === 'br') !== (selfClosing !== undefined)) {
      return false;
    } else if (tag !== 'br') {
      open.push(tag);
    }
  }
  return open.length === 0;
}

/** A link's opening tag (sanitize-html escapes `>` in attribute values), or its end. */
const LINK_TAG = /<a(?:\s[^>]*)?>|<\/a>/g;
/** A link that holds no other (after `linksThatCanStay`): its text ends at the first `</a>`. */
const LINK = /<a\s[^>]*>([\s\S]*?)<\/a>/g;

/**
 * The links a page can show: one with an address that holds no other link. A link inside a link
 * is split by browsers into the outer link's text and a link of its own, and the outer one came out
 * empty (axe's link-name, a review); now the inner link stays with its own address and the outer one
 * keeps only its text, as does a link without an address (a place of its own, see `transformTags`).
 * A link with no text that shows (an image, a blank) is no link. Two passes over the tags: unwrapping
 * one level per round over the whole text took 10 s of the portal's only thread for 33,000 nested
 * links in one description (an attacker's review).
 */
function linksThatCanStay(html: string): string {
  const tags = [...html.matchAll(LINK_TAG)];
  // Which opening tags stay: an address, closed, and no link with an address inside.
  const stays = tags.map((tag) => tag[0] !== '</a>' && tag[0] !== '<a>');
  // Whether a link has an address or holds one that has, at any depth.
  const holdsAddress = [...stays];
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (const [at, tag] of tags.entries()) {
    if (tag[0] !== '</a>') {
      open.push(at);
      continue;
    }
    const opened = open.pop();
    if (opened === undefined) continue;
    closes.set(at, opened);
    const outer = open.at(-1);
    if (outer !== undefined && holdsAddress[opened]) {
      stays[outer] = false;
      holdsAddress[outer] = true;
    }
  }
  for (const unclosed of open) stays[unclosed] = false;
  let at = 0;
  const flat = html.replace(LINK_TAG, (tag) => {
    const index = at++;
    const opening = tag === '</a>' ? closes.get(index) : index;
    return opening !== undefined && stays[opening] ? tag : '';
  });
  return flat.replace(LINK, (link, text: string) => (showsSomething(visibleText(text)) ? link : text));
}

/** What of `html` a reader sees: its text, without tags or no-break spaces. */
function visibleText(html: string): string {
  return html.replace(/<[^>]*>|&nbsp;|&#160;/g, '');
}

/** The description as sanitize-html makes it, parsed. */
export function sanitizedByParser(html: string): string {
  const clean = sanitizeHtml(html, { ...options, allowedAttributes: { a: ['href', 'rel'] } });
  return linksThatCanStay(clean).trim();
}

/**
 * Any tag, comment or doctype, or a character reference (`&amp;`, `&euro;`, `&#8364;`): the text
 * is meant as HTML. Escaped again, a reference showed as itself, and a description stored before
 * as `&amp;` grew an `&amp;amp;` on every edit (a review of the change).
 */
const MARKUP = /<[a-zA-Z/!?]|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/**
 * Text without any markup but with lines of its own (pasted from an e-mail or a document, or an
 * ATS that sends plain text) as HTML that keeps them: a paragraph per block between blank lines,
 * a line break per line. As HTML it ran into one paragraph on the page (an HR review). Text on
 * one line is left as it is.
 */
export function paragraphsOfPlainText(text: string): string {
  if (MARKUP.test(text) || !text.includes('\n')) return text;
  const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return escaped
    .split(/\r?\n[ \t]*\r?\n\s*/)
    .map((block) =>
      block
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .join('<br />'),
    )
    .filter(Boolean)
    .map((block) => `<p>${block}</p>`)
    .join('');
}

export function sanitizeDescription(sent: string): string {
  const html = paragraphsOfPlainText(sent);
  const clean = isCleanAlready(html) ? html.trim() : sanitizedByParser(html);
  // Markup around nothing that shows (blank pasted paragraphs, a stray control character) is
  // no description: the page would show a heading over nothing.
  return showsSomething(visibleText(clean)) ? clean : '';
}
