import { describe, expect, it } from 'vitest';
import { telHref } from './phone.ts';

describe('telHref', () => {
  it('dials the number as written, without its spaces and signs', () => {
    expect(telHref('013 - 542 95 95')).toBe('tel:0135429595');
    expect(telHref('+31 13 542 95 95')).toBe('tel:+31135429595');
  });

  it('leaves out the (0) written after the country code, which is not dialled from abroad', () => {
    // An HR walk: "+31 (0)13 542 95 95" dialled +310135429595.
    expect(telHref('+31 (0)13 542 95 95')).toBe('tel:+31135429595');
    expect(telHref('+31(0)6-12345678')).toBe('tel:+31612345678');
    // Without a country code the 0 is the number's own.
    expect(telHref('(0)13-5429595')).toBe('tel:0135429595');
  });
});
