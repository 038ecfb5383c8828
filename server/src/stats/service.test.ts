import { describe, expect, it } from 'vitest';
import { splitInCents } from './service.ts';

describe('splitInCents', () => {
  it('adds up to the amount exactly', () => {
    const shares = splitInCents(
      25_000,
      Array.from({ length: 15 }, () => 1),
    );
    expect(Math.round(shares.reduce((a, b) => a + b, 0) * 100)).toBe(2_500_000);
    expect(new Set(shares)).toEqual(new Set([1666.67, 1666.66]));
  });

  it('follows the weights and gives nothing to a zero weight', () => {
    expect(splitInCents(100, [1, 3, 0])).toEqual([25, 75, 0]);
    expect(splitInCents(100, [0, 0])).toEqual([0, 0]);
  });
});
