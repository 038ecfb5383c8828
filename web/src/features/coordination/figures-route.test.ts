import { describe, expect, it } from 'vitest';
import { amountText, parseEuros } from './figures-route.ts';

describe('parseEuros', () => {
  it('reads an amount as typed in either language, with or without thousands and cents', () => {
    expect(parseEuros('160.000,50', 'nl')).toBe(160_000.5);
    expect(parseEuros('€ 25000,5', 'nl')).toBe(25_000.5);
    expect(parseEuros('160,000.50', 'en')).toBe(160_000.5);
    expect(parseEuros('1,5,0', 'nl')).toBeNull();
    expect(parseEuros('160.000,50', 'en')).toBeNull();
  });
});

describe('amountText', () => {
  it('shows an amount as typed: thousands grouped, cents with two digits (a coordinator saw 160000,5)', () => {
    expect(amountText(160_000.5, 'nl')).toBe('160.000,50');
    expect(amountText(160_000, 'nl')).toBe('160.000');
    expect(amountText(160_000.5, 'en')).toBe('160,000.50');
    expect(amountText(999.99, 'en')).toBe('999.99');
  });

  it('is read back as the same amount', () => {
    for (const amount of [0, 5, 999.99, 1000, 25_000.05, 160_000.5, 1_000_000_000])
      for (const lang of ['nl', 'en'] as const) expect(parseEuros(amountText(amount, lang), lang)).toBe(amount);
  });
});
