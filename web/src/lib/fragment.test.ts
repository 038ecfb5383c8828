import { describe, expect, it } from 'vitest';
import { fragmentValue } from './fragment.ts';

describe('fragmentValue', () => {
  it('reads a named value from the fragment, percent-decoded', () => {
    expect(fragmentValue('#sleutel=abc.def', ['sleutel', 'key'])).toBe('abc.def');
    expect(fragmentValue('#key=a%2Bb', ['sleutel', 'key'])).toBe('a+b');
    expect(fragmentValue('#token=x%zz', ['token'])).toBe('x%zz');
  });

  it('ignores other fragments', () => {
    expect(fragmentValue('', ['token'])).toBeNull();
    expect(fragmentValue('#token=', ['token'])).toBeNull();
    expect(fragmentValue('#sleutel=abc', ['token'])).toBeNull();
    expect(fragmentValue('#main', ['token'])).toBeNull();
  });
});
