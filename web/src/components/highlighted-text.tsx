import { splitHighlights } from '../lib/highlight.ts';

/**
 * A search hit's text with its `<mark>` highlights (`formatted`, escaped by the API) as React
 * elements, never as HTML; the plain `text` where the answer has no highlights (degraded search).
 */
export function HighlightedText({ formatted, text }: { formatted: string | undefined; text: string }) {
  if (formatted === undefined) return <>{text}</>;
  return (
    <>
      {splitHighlights(formatted).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
