import { describe, expect, it } from 'vitest';
import { normaliseTerm } from './counter-buffer.ts';

describe('search words as they are counted', () => {
  it('are lower case with single spaces', () => {
    expect(normaliseTerm('  Beleids   Adviseur ')).toBe('beleids adviseur');
  });

  it('keep what job seekers look for: places, postcodes, scales, hours, years', () => {
    for (const q of ['5038 AB', 'schaal 11', '32-36 uur', '€ 4.500', 'stage 2027', 'p&o', 'ICT-beheer'])
      expect(normaliseTerm(q)).toBe(q.toLowerCase());
  });

  it('are not kept when they may say who someone is: an e-mail address, a phone number, a BSN, an account number', () => {
    for (const q of [
      'piet.jansen@example.nl',
      'jurist p.jansen@gemeente.nl',
      '0612345678',
      '06-12345678',
      '06 1234 5678',
      '+31 6 12 34 56 78',
      'Jan Jansen BSN 123456782',
      'NL91ABNA0417164300',
    ])
      expect(normaliseTerm(q), q).toBe('');
  });
});
