import { splitHighlights } from '../lib/highlight.ts';

/** Search-engine text with its `<mark>` highlights, rendered as React elements, never as HTML. */
export function HighlightedText({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
