import { describe, expect, it } from 'vitest';
import { errorForLog, errorMessageForLog, withoutQueryValues } from './logger.ts';

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

describe('errors in the log', () => {
  it('keep no value a failed query carried, in its message, stack, params or the detail of its cause', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
      code: '23505',
      detail: 'Key (email)=(jan@example.nl) already exists.',
    });
    const failed = Object.assign(
      new Error(
        'Failed query: insert into "users" ("email", "name") values ($1, $2)\nparams: jan@example.nl,Jan\nZoeker',
      ),
      { params: ['jan@example.nl', 'Jan\nZoeker'], cause },
    );
    const logged = JSON.stringify(errorForLog(new Error('wrapped', { cause: failed })));
    expect(logged).toContain('insert into');
    expect(logged).toContain('params: (left out)');
    expect(logged).not.toContain('jan@example.nl');
    expect(logged).not.toContain('Zoeker');
    expect(errorMessageForLog(failed.message)).toBe(
      'Failed query: insert into "users" ("email", "name") values ($1, $2)\nparams: (left out)',
    );
    expect(errorMessageForLog('engine away')).toBe('engine away');
    // PostgreSQL's message about a value it could not read quotes it.
    const refused = Object.assign(new Error('invalid input syntax for type uuid: "jan@example.nl"'), {
      severity: 'ERROR',
      code: '22P02',
    });
    const read = JSON.stringify(errorForLog(Object.assign(new Error('Failed query: select 1'), { cause: refused })));
    expect(read).toContain('invalid input syntax for type uuid: (left out)');
    expect(read).not.toContain('jan@example.nl');
  });
});
