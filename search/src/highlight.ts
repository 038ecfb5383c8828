/**
 * Highlights as the API returns them (`_formatted`): stored text HTML-escaped, with the
 * engine's matches as the only markup, `<mark>` and `</mark>`. Meilisearch marks matches
 * with private-use characters no typed text needs, so its markers can be told apart from
 * any `<mark>` (or `<script>`) in the text itself; the text is escaped, then the markers
 * become tags. A client may show the result as HTML.
 */

/** The engine's markers: Unicode private-use characters. */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';

const MARKERS = /[\uE000\uE001]/g;

/**
 * Text for the index without the engine's markers: the description goes to search hits only as
 * the engine's snippet (`_formatted`), so every marker in it must be the engine's.
 */
export function withoutMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * The engine's marked-up text as escaped HTML with `<mark>` highlights. When the stored
 * text itself holds a marker character, no marker can be trusted: the text comes back
 * escaped, without highlights and without those characters.
 */
export function safeHighlight(formatted: string, original: string): string {
  const escaped = escapeHtml(formatted);
  if (original.includes(HIGHLIGHT_PRE) || original.includes(HIGHLIGHT_POST)) return escaped.replace(MARKERS, () => '');
  return escaped.replace(MARKERS, (marker) => (marker === HIGHLIGHT_PRE ? '<mark>' : '</mark>'));
}
