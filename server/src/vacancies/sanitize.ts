/**
 * Vacancy descriptions are stored sanitised (sanitize-html, an allow-list): headings,
 * paragraphs, lists, emphasis and web/mail links. No script, no event handler, no style,
 * no foreign markup survives, so the same HTML renders safely in the app and in feeds.
 */
import sanitizeHtml from 'sanitize-html';
import { showsSomething } from '../text.ts';

const options: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'blockquote'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // A heading level 1 belongs to the page; demote it.
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow noopener noreferrer' } }),
  },
  allowedSchemesAppliedToAttributes: ['href'],
};

export function sanitizeDescription(html: string): string {
  const clean = sanitizeHtml(html, { ...options, allowedAttributes: { a: ['href', 'rel'] } }).trim();
  // Markup around nothing that shows (blank pasted paragraphs, a stray control character) is
  // no description: the page would show a heading over nothing.
  return showsSomething(clean.replace(/<[^>]*>|&nbsp;|&#160;/g, '')) ? clean : '';
}
