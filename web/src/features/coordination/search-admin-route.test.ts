import { describe, expect, it } from 'vitest';
import type { SearchHealth } from '../../api/search-admin.ts';
import { searchAdminMessages } from '../../i18n/search-admin-messages.ts';
import { healthProblems, splitWords } from './search-admin-route.ts';

describe('splitWords', () => {
  it('takes commas, semicolons and new lines as separators and keeps phrases whole', () => {
    expect(splitWords(' Dijkgraaf, watermanager;maatschappelijke ondersteuning\nwmo ,, ')).toEqual([
      'Dijkgraaf',
      'watermanager',
      'maatschappelijke ondersteuning',
      'wmo',
    ]);
    expect(splitWords(' , ; ')).toEqual([]);
  });
});

describe('healthProblems', () => {
  const t = searchAdminMessages.nl.health;
  const number = (n: number) => n.toLocaleString('nl-NL');
  const healthy: SearchHealth = {
    indexName: 'vacancies',
    reachable: true,
    documentsInIndex: 1200,
    searchableInDatabase: 1200,
    outboxBacklog: 0,
    lastSyncedAt: '2026-12-01T10:00:00.000Z',
    lastError: null,
    lastErrorAt: null,
    consecutiveFailures: 0,
  };
  const closed = { state: 'closed' as const, openSince: null, trips: 0, lastError: null };

  it('finds nothing to act on when the index is up to date', () => {
    expect(healthProblems(healthy, closed, t, number)).toEqual([]);
    // An unknown breaker alone is no problem: the index itself answered.
    expect(healthProblems(healthy, null, t, number)).toEqual([]);
  });

  it('names every problem, with the numbers written the Dutch way', () => {
    const failing = {
      ...healthy,
      documentsInIndex: 1190,
      outboxBacklog: 10,
      consecutiveFailures: 3,
      lastError: 'timeout',
    };
    const open = { ...closed, state: 'open' as const, openSince: '2026-12-01T10:00:00.000Z', trips: 1 };
    expect(healthProblems(failing, open, t, number)).toEqual([
      'De zoekmachine faalde en heeft sindsdien niet geantwoord: zoekopdrachten komen uit de database tot ze weer antwoordt.',
      'De index heeft 1.190 documenten, de database 1.200 doorzoekbare vacatures.',
      '10 wijzigingen wachten nog om in de index te komen.',
      'De laatste 3 pogingen om de index bij te werken mislukten.',
    ]);
  });

  it('says the engine is unreachable rather than comparing counts it does not have', () => {
    expect(healthProblems({ ...healthy, reachable: false, documentsInIndex: null }, closed, t, number)).toEqual([
      t.problems.unreachable,
    ]);
  });
});
