import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from './contract/typebox.ts';
import { errorHandler, fieldMessages, isDataException } from './errors.ts';
import { preferredLocale } from './i18n.ts';

/** A PostgreSQL error as pg reports it, wrapped the way drizzle wraps a failed query. */
function failedQuery(code: string) {
  const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
    code,
    severity: 'ERROR',
  });
  return new Error('Failed query: select 1', { cause });
}

describe('the error handler', () => {
  it('answers a value PostgreSQL refuses as data with 400, never cached', async () => {
    const app = Fastify();
    app.setErrorHandler(errorHandler);
    app.get('/', async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=60');
      throw failedQuery('22021');
    });
    const response = await app.inject('/');
    expect(response.statusCode).toBe(400);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({ error: { code: 'bad_request', message: 'Het verzoek is ongeldig.' } });
  });

  it('knows the data exceptions (class 22) from other database errors', () => {
    for (const code of ['22021', '22P02', '22001', '22003', '22007', '22008', '22P05'])
      expect(isDataException(failedQuery(code)), code).toBe(true);
    expect(isDataException(failedQuery('23505'))).toBe(false);
    expect(isDataException(failedQuery('08006'))).toBe(false);
    // Only a database error counts, not any error that happens to carry such a code.
    expect(isDataException(Object.assign(new Error('x'), { code: '22021' }))).toBe(false);
  });
});

describe('field messages', () => {
  const at = (keyword: string, params: Record<string, unknown>) => [{ keyword, instancePath: '/field', params }];
  it('words the patterns people type by hand, and one value as one', () => {
    expect(fieldMessages(at('pattern', { pattern: PATTERNS.phone }), 'nl')).toEqual({
      field: 'Gebruik alleen cijfers, spaties en de tekens + ( ) -.',
    });
    expect(fieldMessages(at('pattern', { pattern: PATTERNS.postcode }), 'en')).toEqual({
      field: 'Enter the four digits of a postcode, such as 5038.',
    });
    expect(fieldMessages(at('pattern', { pattern: '^x$' }), 'nl')).toEqual({ field: 'Dit heeft niet de goede vorm.' });
    expect(fieldMessages(at('minItems', { limit: 1 }), 'nl')).toEqual({ field: 'Geef minstens één waarde.' });
    expect(fieldMessages(at('minItems', { limit: 2 }), 'nl')).toEqual({ field: 'Geef minstens 2 waarden.' });
  });
});

describe('the language of an answer', () => {
  it('follows the quality values of Accept-Language, the order between equals, and Dutch otherwise', () => {
    expect(preferredLocale('nl;q=0.1, en;q=0.9')).toBe('en');
    expect(preferredLocale('en;q=0')).toBe('nl');
    expect(preferredLocale('en-GB,en;q=0.9,nl;q=0.8')).toBe('en');
    expect(preferredLocale('de, en;q=0.5, nl;q=0.5')).toBe('en');
    expect(preferredLocale('fr')).toBe('nl');
    expect(preferredLocale('')).toBe('nl');
    expect(preferredLocale('en;q=abc, nl;q=0.2')).toBe('nl');
  });
});
