import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { normaliseAlertQuery, searchOfAlert } from './query.ts';

/** The field messages a query is refused with. */
function refusal(query: string): Record<string, unknown> {
  try {
    searchOfAlert(query);
  } catch (error) {
    if (error instanceof AppError) return error.extra.fields ?? {};
    throw error;
  }
  throw new Error(`${query} was taken`);
}

describe('the search an alert runs', () => {
  it('names a parameter called like an object’s own keys as the unknown one it is', () => {
    // A plain object took `__proto__` as its prototype: the answer spoke of fields "0" and "1".
    for (const key of ['__proto__', 'constructor', 'toString']) {
      expect(Object.keys(refusal(`${key}=1`)), key).toEqual(['query']);
      expect(String(refusal(`${key}=1`).query), key).toContain(key);
    }
    expect(searchOfAlert('q=beleid&category=ict')).toMatchObject({ q: 'beleid', category: ['ict'] });
  });

  it('reads the address as the search route does (an attacker’s review)', () => {
    // `%FF` stays those three characters, as in the search and the feeds (URLSearchParams made it "�").
    expect(searchOfAlert(normaliseAlertQuery('q=%FF'))).toMatchObject({ q: '%FF' });
    // A parameter given twice is named so, not "enter text".
    expect(String(refusal('q=a&q=b').query)).toBe('q: Geef deze parameter één keer op, niet vaker.');
    // An unknown parameter without a value is refused, as with one; an empty search parameter goes.
    expect(normaliseAlertQuery('q=jurist&x=&category=')).toBe('q=jurist&x=');
    expect(String(refusal(normaliseAlertQuery('#frag')).query)).toContain('#frag');
  });
});
