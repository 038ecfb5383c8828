import { describe, expect, it } from 'vitest';
import { oneLine, oneLineOrNull } from './text.ts';

describe('oneLine', () => {
  it('makes every run of spaces, line breaks, tabs and control characters one space', () => {
    expect(oneLine('Jurist\r\nBcc: evil@example.org\r\nX-Evil: 1')).toBe('Jurist Bcc: evil@example.org X-Evil: 1');
    expect(oneLine('  Beleids\u0007adviseur\t\u2028 ruimte  ')).toBe('Beleids adviseur ruimte');
    expect(oneLine('Gemeente Gilze en Rijen')).toBe('Gemeente Gilze en Rijen');
  });

  it('leaves out the direction controls that reorder what follows, and keeps the marks', () => {
    // "Gemeente \u202EgrubliT\u202C" showed as "Gemeente Tilburg" (a membership review).
    expect(oneLine('Gemeente \u202EgrubliT\u202C')).toBe('Gemeente grubliT');
    expect(oneLine('Gemeente \u2066Tilburg\u2069 \u202A \u202B x')).toBe('Gemeente Tilburg x');
    expect(oneLine('\u05E9\u05DC\u05D5\u05DD\u200F (NL)')).toBe('\u05E9\u05DC\u05D5\u05DD\u200F (NL)');
  });

  it('keeps a blank optional text none', () => {
    expect(oneLineOrNull(' \n ')).toBeNull();
    expect(oneLineOrNull(undefined)).toBeNull();
    expect(oneLineOrNull(' Werk\nen Inkomen ')).toBe('Werk en Inkomen');
  });
});
