import { describe, expect, it } from 'vitest';
import { isWebUrl, safeNextPath } from './safe-url.ts';

describe('safeNextPath', () => {
  it('keeps paths of this site with their query and hash', () => {
    expect(safeNextPath('/beheer/medewerkers')).toBe('/beheer/medewerkers');
    expect(safeNextPath('/en/manage?x=1#top')).toBe('/en/manage?x=1#top');
  });

  it('refuses anything that could leave the site', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      '/\\/evil.example',
      // Dot segments that normalise to `//evil.example` (a security review).
      '/.//evil.example',
      '/%2e//evil.example',
      '/x/..//evil.example',
      '/..//evil.example',
      'javascript:alert(1)',
      'beheer',
      '/foo\nbar',
      '',
      null,
      undefined,
    ]) {
      expect(safeNextPath(value), String(value)).toBeNull();
    }
  });

  it('leaves encoded characters encoded: they stay part of a path here', () => {
    expect(safeNextPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
  });

  it('does not return to signing in or out', () => {
    expect(safeNextPath('/inloggen?next=/beheer')).toBeNull();
    expect(safeNextPath('/en/sign-out')).toBeNull();
  });
});

describe('isWebUrl', () => {
  it('accepts http(s) only', () => {
    expect(isWebUrl('https://www.tilburg.nl')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
  });
});
