import { describe, expect, it } from 'vitest';
import { ndcg } from './relevance.ts';

describe('nDCG with binary gains', () => {
  it('is 1 for the ideal order and less when a relevant hit comes later', () => {
    expect(ndcg([1, 1, 0, 0], 2, 10)).toBe(1);
    expect(ndcg([0, 1, 1, 0], 2, 10)).toBeCloseTo((1 / Math.log2(3) + 1 / Math.log2(4)) / (1 + 1 / Math.log2(3)));
    expect(ndcg([0, 0, 0], 2, 10)).toBe(0);
  });

  it('takes as ideal no more relevant hits than the list can hold', () => {
    expect(
      ndcg(
        Array.from({ length: 10 }, () => 1),
        1500,
        10,
      ),
    ).toBe(1);
  });

  it('is 0 when nothing is relevant', () => {
    expect(ndcg([0, 0], 0, 10)).toBe(0);
  });
});
