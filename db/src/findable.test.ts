import { describe, expect, it } from 'vitest';
import { isFindable, isIndexable, MEMBER_STAFF, PUBLIC, type FindableFacts } from './findable.ts';

/** 1 June 2026, 23:59:59.999 in the Netherlands (summer time) and the moment after. */
const lastMoment = new Date('2026-06-01T21:59:59.999Z');
const dayAfter = new Date('2026-06-01T22:00:00Z');

const vacancy = (overrides: Partial<FindableFacts> = {}): FindableFacts => ({
  state: 'published',
  visibility: 'public',
  closingDate: '2026-06-01',
  organisation: { state: 'active' },
  ...overrides,
});

describe('isFindable', () => {
  it('finds a published vacancy of an active member through the last moment of its closing day', () => {
    expect(isFindable(vacancy(), lastMoment)).toBe(true);
    expect(isFindable(vacancy(), dayAfter)).toBe(false);
    expect(isFindable(vacancy({ closingDate: null }), dayAfter)).toBe(true);
  });

  it('finds no vacancy in another state', () => {
    for (const state of ['draft', 'scheduled', 'closed', 'withdrawn'])
      expect(isFindable(vacancy({ state }), lastMoment), state).toBe(false);
  });

  it('finds nothing of an organisation that is not an active member', () => {
    for (const state of ['applied', 'suspended', 'left', 'rejected'])
      expect(isFindable(vacancy({ organisation: { state } }), lastMoment), state).toBe(false);
  });

  it('shows internal vacancies to member staff only, and indexes them', () => {
    const internal = vacancy({ visibility: 'internal' });
    expect(isFindable(internal, lastMoment, PUBLIC)).toBe(false);
    expect(isFindable(internal, lastMoment, MEMBER_STAFF)).toBe(true);
    expect(isIndexable(internal, lastMoment)).toBe(true);
  });
});
