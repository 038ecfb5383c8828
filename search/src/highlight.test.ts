import { describe, expect, it } from 'vitest';
import { escapeHtml, HIGHLIGHT_POST, HIGHLIGHT_PRE, safeHighlight } from './highlight.ts';

const marked = (text: string) => `${HIGHLIGHT_PRE}${text}${HIGHLIGHT_POST}`;

describe('safeHighlight', () => {
  it('escapes the text and turns only the engine’s markers into <mark>', () => {
    const original = '<b>Jurist</b> & <mark>x</mark>';
    expect(safeHighlight(`<b>${marked('Jurist')}</b> & <mark>x</mark>`, original)).toBe(
      '&lt;b&gt;<mark>Jurist</mark>&lt;/b&gt; &amp; &lt;mark&gt;x&lt;/mark&gt;',
    );
  });

  it('keeps no highlights when the stored text itself holds a marker', () => {
    const original = `Jurist ${HIGHLIGHT_PRE}nep${HIGHLIGHT_POST}`;
    expect(safeHighlight(`${marked('Jurist')} ${HIGHLIGHT_PRE}nep${HIGHLIGHT_POST}`, original)).toBe('Jurist nep');
  });

  it('escapes the five characters that matter in HTML', () => {
    expect(escapeHtml(`&<>"'$&`)).toBe('&amp;&lt;&gt;&quot;&#39;$&amp;');
  });
});
