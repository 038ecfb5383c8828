import { describe, expect, it } from 'vitest';
import { alertsMessages } from '../../i18n/alerts-messages.ts';
import { formatters } from '../../i18n/format.ts';
import { nl } from '../../i18n/messages-nl.ts';
import { ALERT_NAME_MAX } from '../../lib/alerts.ts';
import { alertQuery, defaultAlertName, describeQuery, type DescribeContext } from './alert-query.ts';

const context: DescribeContext = {
  t: nl,
  format: formatters('nl'),
  labels: {
    category: (code) => ({ ict: 'ICT', beleid: 'Beleid' })[code] ?? code,
    educationLevel: (code) => code.toUpperCase(),
    employmentType: (code) => code,
    workMode: (code) => code,
    organisationKind: (code) => code,
  },
  taxonomies: null,
  organisationNames: { 'gemeente-tilburg': 'Gemeente Tilburg' },
  words: alertsMessages.nl.search.words,
  all: alertsMessages.nl.search.all,
};

describe('alertQuery', () => {
  it('keeps the words, filters and distance, without the page and the order', () => {
    const address = new URLSearchParams('q=beleid&category=ict&near=Tilburg&radiusKm=25&page=3&sort=newest');
    expect(alertQuery(address)).toBe('q=beleid&near=Tilburg&category=ict&radiusKm=25');
  });

  it('drops what the search would ignore: empty and malformed values, unknown parameters', () => {
    expect(alertQuery(new URLSearchParams('q=+&hoursMin=lots&utm_source=mail&category='))).toBe('');
    expect(alertQuery(new URLSearchParams('hoursMin=032'))).toBe('hoursMin=32');
  });
});

describe('describeQuery', () => {
  it('says the words and each filter as its chip does', () => {
    expect(
      describeQuery('q=beleid&category=ict&near=Tilburg&radiusKm=10&organisation=gemeente-tilburg', context),
    ).toEqual(['‘beleid’', 'Binnen 10 km van Tilburg', 'Vakgebied: ICT', 'Organisatie: Gemeente Tilburg']);
  });

  it('names the town of a postcode searched around, when the search said it (a review)', () => {
    expect(describeQuery('near=5038&radiusKm=15', { ...context, nearTown: 'Tilburg' })).toEqual([
      'Binnen 15 km van 5038 (Tilburg)',
    ]);
    expect(describeQuery('near=5038&radiusKm=15', context)).toEqual(['Binnen 15 km van 5038']);
  });

  it('names a search without words or filters as all vacancies', () => {
    expect(describeQuery('', context)).toEqual(['Alle vacatures']);
    expect(describeQuery('sort=newest', context)).toEqual(['Alle vacatures']);
  });
});

describe('defaultAlertName', () => {
  it('joins the parts', () => {
    expect(defaultAlertName(['‘beleid’', 'Vakgebied: ICT', 'Binnen 25 km van Tilburg'])).toBe(
      '‘beleid’, vakgebied: ICT, binnen 25 km van Tilburg',
    );
    expect(defaultAlertName(['Vakgebied: ICT', 'HBO of hoger'])).toBe('Vakgebied: ICT, HBO of hoger');
  });

  it('cuts a long name at a word, within the maximum', () => {
    const parts = Array.from({ length: 20 }, (_, i) => `Organisatie: Gemeente Nummer ${i}`);
    const name = defaultAlertName(parts);
    expect(name.length).toBeLessThanOrEqual(ALERT_NAME_MAX);
    expect(name.endsWith('…')).toBe(true);
    expect(name).not.toMatch(/[\s,]…$/);
    expect(parts.join(', ').toLowerCase().startsWith(name.slice(0, -1).toLowerCase())).toBe(true);
  });
});
