import { describe, expect, it } from 'vitest';
import { withoutQueryValues } from './logger.ts';

describe('withoutQueryValues', () => {
  it('keeps the path and the names of the query parameters, never their values', () => {
    expect(withoutQueryValues('/wachtwoord-herstellen?token=abc123secret')).toBe('/wachtwoord-herstellen?token=…');
    expect(withoutQueryValues('/api/v1/vacancies?q=jan%20zoeker&near=5038&page=2')).toBe(
      '/api/v1/vacancies?q=…&near=…&page=…',
    );
  });

  it('drops whatever follows a fragment mark or a semicolon, raw or encoded', () => {
    expect(withoutQueryValues('/wachtwoord-herstellen#token=abc123secret')).toBe('/wachtwoord-herstellen…');
    expect(withoutQueryValues('/wachtwoord-herstellen%23token=abc123secret')).toBe('/wachtwoord-herstellen…');
    expect(withoutQueryValues('/wachtwoord-herstellen;token=abc123secret')).toBe('/wachtwoord-herstellen…');
    expect(withoutQueryValues('/zoeken?q=jan%23token=geheim&page=2')).toBe('/zoeken?q=…');
  });

  it('leaves an address without a query as it is', () => {
    expect(withoutQueryValues('/api/v1/health')).toBe('/api/v1/health');
    expect(withoutQueryValues('/zoeken?')).toBe('/zoeken');
  });
});
