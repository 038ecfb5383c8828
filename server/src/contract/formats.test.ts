import { describe, expect, it } from 'vitest';
import { isCalendarDate, isMoment } from './formats.ts';
import { nonFiniteNumbers } from './validation.ts';

describe('dates and moments as the API takes them', () => {
  it('takes a day that exists in the years 1900–9999', () => {
    for (const day of ['2026-12-03', '2028-02-29', '1900-01-01', '9999-12-31'])
      expect(isCalendarDate(day), day).toBe(true);
    for (const day of ['2026-02-29', '2026-13-01', '2026-04-31', '0001-01-01', '1899-12-31', '2026-1-1', '20261203'])
      expect(isCalendarDate(day), day).toBe(false);
  });

  it('takes a moment that exists, with its offset, in the years 1900–9999 also in UTC', () => {
    for (const moment of [
      '2027-01-01T09:00:00Z',
      '2027-01-01t09:00:00.123+01:00',
      '2027-01-01 09:00:00-05:30',
      // The offsets of PHP's and Java's ISO 8601, which ajv-formats took too.
      '2027-01-01T09:00:00+0100',
      '2027-01-01T09:00:00+01',
      // Two hours before the year 10000 in UTC: of the year 9999 in the Netherlands, also in summer time.
      '9999-12-31T21:59:59Z',
    ])
      expect(isMoment(moment), moment).toBe(true);
    for (const moment of [
      '2027-01-01T23:59:60Z',
      '2027-02-30T09:00:00Z',
      '2027-01-01T24:00:00Z',
      '2027-01-01T09:00:00',
      '9999-12-31T23:59:59-23:59',
      // A day of the year 10000 in the Netherlands.
      '9999-12-31T23:00:00Z',
      '0001-01-01T00:00:00Z',
      '2027-01-01T09:00:00+24:00',
    ])
      expect(isMoment(moment), moment).toBe(false);
  });
});

describe('numbers ajv made infinite', () => {
  it('finds them at any depth, by path', () => {
    expect(nonFiniteNumbers({ page: Infinity, q: 'x', ids: [1, -Infinity] })).toEqual(['/page', '/ids/1']);
    expect(nonFiniteNumbers({ page: 2, sizes: [1, 2] })).toEqual([]);
  });
});
