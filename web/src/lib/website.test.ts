import { describe, expect, it } from 'vitest';
import { normaliseWebsite } from './website.ts';

describe('a website as typed in a form', () => {
  it('gets https:// when it has no scheme, and stays as typed otherwise', () => {
    expect(normaliseWebsite('www.eindhoven.nl')).toBe('https://www.eindhoven.nl');
    expect(normaliseWebsite('http://werken.example.nl/pad')).toBe('http://werken.example.nl/pad');
    expect(normaliseWebsite('https://example.nl/pad met spatie')).toBe('https://example.nl/pad%20met%20spatie');
  });

  it('is none when it is no web address', () => {
    expect(normaliseWebsite('javascript:alert(1)')).toBeNull();
    expect(normaliseWebsite('localhost')).toBeNull();
    expect(normaliseWebsite('ftp://example.nl')).toBeNull();
  });
});
