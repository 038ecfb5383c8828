import { describe, expect, it } from 'vitest';
import { oneLine, oneLineOrNull } from './text.ts';

describe('oneLine', () => {
  it('makes every run of spaces, line breaks, tabs and control characters one space', () => {
    expect(oneLine('Jurist\r\nBcc: evil@example.org\r\nX-Evil: 1')).toBe('Jurist Bcc: evil@example.org X-Evil: 1');
    expect(oneLine('  Beleids\u0007adviseur\t\u2028 ruimte  ')).toBe('Beleids adviseur ruimte');
    expect(oneLine('Gemeente Gilze en Rijen')).toBe('Gemeente Gilze en Rijen');
  });

  it('keeps a blank optional text none', () => {
    expect(oneLineOrNull(' \n ')).toBeNull();
    expect(oneLineOrNull(undefined)).toBeNull();
    expect(oneLineOrNull(' Werk\nen Inkomen ')).toBe('Werk en Inkomen');
  });
});
