import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorHandler, isDataException } from './errors.ts';

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
