import { describe, expect, it } from 'vitest';
import { splitHighlights } from './highlight.ts';

describe('splitHighlights', () => {
  it('gives the text as it was typed, with the marked parts, from the API’s escaped highlights', () => {
    expect(splitHighlights('&lt;b&gt;<mark>Jurist</mark>&lt;/b&gt; &amp; &quot;x&quot; &#39;t')).toEqual([
      { text: '<b>', marked: false },
      { text: 'Jurist', marked: true },
      { text: '</b> & "x" \'t', marked: false },
    ]);
  });

  it('decodes each entity once: an escaped entity stays an entity in the text', () => {
    expect(splitHighlights('&amp;lt;<mark>&amp;amp;</mark>')).toEqual([
      { text: '&lt;', marked: false },
      { text: '&amp;', marked: true },
    ]);
  });
});
