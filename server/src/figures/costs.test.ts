import { describe, expect, it } from 'vitest';
import { costBases, splitCosts, splitInCents } from './costs.ts';
import { emptyMonth, type MemberFigures } from './service.ts';

describe('splitInCents', () => {
  it('adds up to the amount exactly, for amounts that do not divide evenly', () => {
    const shares = splitInCents(
      2_500_000,
      Array.from({ length: 15 }, () => 1),
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBe(2_500_000);
    expect(new Set(shares)).toEqual(new Set([166_667, 166_666]));
    for (let cents = 0; cents < 5_000; cents += 7) {
      for (const weights of [
        [1, 1, 1],
        [30, 31, 30, 1],
        [2, 0, 5, 7, 11, 13],
      ]) {
        expect(splitInCents(cents, weights).reduce((a, b) => a + b, 0)).toBe(cents);
      }
    }
  });

  it('follows the weights, gives nothing to a zero weight, and the odd cents to the largest remainders', () => {
    expect(splitInCents(10_000, [1, 3, 0])).toEqual([2_500, 7_500, 0]);
    expect(splitInCents(10_000, [0, 0])).toEqual([0, 0]);
    // € 10.000 over 14 equal members: € 714,2857 each; 14 × 71,428 cents leaves 8 cents, one
    // each for the first eight (equal remainders: the order of the list decides).
    const fourteen = splitInCents(
      1_000_000,
      Array.from({ length: 14 }, () => 1),
    );
    expect(fourteen.slice(0, 8)).toEqual(Array.from({ length: 8 }, () => 71_429));
    expect(fourteen.slice(8)).toEqual(Array.from({ length: 6 }, () => 71_428));
  });
});

describe('costBases', () => {
  const member = (costWeight: number, memberDays: number, vacanciesPublished = 0): MemberFigures => ({
    organisation: { id: `org-${costWeight}-${memberDays}`, slug: 'o', name: 'O', state: 'active' },
    costWeight,
    months: new Map(),
    totals: { ...emptyMonth(), memberDays, vacanciesPublished },
  });

  it('divides by weight × member days, and by member days when every weight is 0 (else nothing was divided)', () => {
    expect(costBases([member(2, 10), member(0, 31)], 'weight')).toEqual([20, 0]);
    expect(costBases([member(0, 10), member(0, 31)], 'weight')).toEqual([10, 31]);
    expect(splitCosts([member(0, 10), member(0, 30)], 'weight', 4_000)).toEqual([1_000, 3_000]);
  });

  it('divides by vacancies, and by member days when nobody published', () => {
    expect(costBases([member(1, 10, 3), member(1, 31, 1)], 'vacancies')).toEqual([3, 1]);
    expect(costBases([member(1, 10), member(1, 31)], 'vacancies')).toEqual([10, 31]);
  });
});
