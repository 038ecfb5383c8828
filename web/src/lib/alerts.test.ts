import { describe, expect, it } from 'vitest';
import { alertsMessages, quoted } from '../i18n/alerts-messages.ts';
import { frequencyName, searchPathFor } from './alerts.ts';

describe('searchPathFor', () => {
  it('runs the query on the search page of the language', () => {
    expect(searchPathFor('nl', 'q=beleid&category=ict')).toBe('/?q=beleid&category=ict');
    expect(searchPathFor('en', '?q=policy')).toBe('/en/?q=policy');
    expect(searchPathFor('nl', '')).toBe('/');
  });
});

describe('frequencyName', () => {
  it('names the known frequencies and shows an unknown one as it is', () => {
    expect(frequencyName(alertsMessages.nl, 'weekly')).toBe('Wekelijks');
    expect(frequencyName(alertsMessages.en, 'instant')).toBe('Instant');
    expect(frequencyName(alertsMessages.nl, 'monthly')).toBe('monthly');
  });
});

describe('an alert name in a sentence', () => {
  it('is quoted once: a name made from search words has its quotes already', () => {
    expect(quoted('Juridisch werk')).toBe('‘Juridisch werk’');
    expect(quoted('‘jurist’')).toBe('‘jurist’');
    expect(alertsMessages.en.list.endLabel('‘jurist’')).toBe('Stop alert ‘jurist’');
  });
});
