export interface TextPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The API's escaped text back as typed, each entity decoded once. */
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);

/**
 * Splits the API's highlighted text (escaped HTML whose only tags are `<mark>` and
 * `</mark>`) into plain parts, so it is rendered as text nodes and <mark> elements and
 * never parsed as HTML.
 */
export function splitHighlights(formatted: string): TextPart[] {
  const parts: TextPart[] = [];
  let marked = false;
  for (const piece of formatted.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescape(piece), marked });
  }
  return parts;
}
