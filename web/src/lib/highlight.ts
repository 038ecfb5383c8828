export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * Splits the search engine's highlighted text on its `<mark>` tags into plain parts, so it
 * can be rendered as text nodes and <mark> elements without ever being parsed as HTML.
 */
export function splitHighlights(formatted: string): TextPart[] {
  const parts: TextPart[] = [];
  let marked = false;
  for (const piece of formatted.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: piece, marked });
  }
  return parts;
}
