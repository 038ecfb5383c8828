import { describe, expect, it } from 'vitest';
import { numbersNotInDecimal } from './validation.ts';

describe('numbers in an address', () => {
  it('finds the ones that were not written in decimal, also in a list made of one value', () => {
    expect(numbersNotInDecimal({ page: '0x2', salaryMin: '5000' }, { page: 2, salaryMin: 5000 })).toEqual(['/page']);
    expect(numbersNotInDecimal({ hours: ['32', '0b1'] }, { hours: [32, 1] })).toEqual(['/hours/1']);
    expect(numbersNotInDecimal({ hours: '0o7' }, { hours: [7] })).toEqual(['/hours/0']);
    expect(numbersNotInDecimal({ a: '-1.5', b: '2e3', c: ' 7 ', d: '.5' }, { a: -1.5, b: 2000, c: 7, d: 0.5 })).toEqual(
      [],
    );
    // Text that stayed text is not a number at all: its schema judges it.
    expect(numbersNotInDecimal({ q: '0x12' }, { q: '0x12' })).toEqual([]);
  });
});
