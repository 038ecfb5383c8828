import { describe, expect, it } from 'vitest';
import { isOpen } from '@samenwerven/db';
import { htmlToText, toSearchDocument, type IndexableVacancy } from './document.ts';
import { buildFilter } from './query.ts';

const base: IndexableVacancy = {
  id: '00000000-0000-4000-8000-000000000001',
  organisationId: '00000000-0000-4000-8000-000000000002',
  externalId: 'ATS-42',
  state: 'published',
  withdrawnReason: null,
  withdrawnFromState: null,
  additionalPlaces: [],
  publicFrom: null,
  title: 'Jurist',
  department: null,
  summary: 'Kort',
  description: '<h2>Wat ga je doen?</h2><p>Bezwaren &amp; beroep</p>',
  categoryCode: 'juridisch',
  educationLevel: 'wo',
  orEquivalent: true,
  employmentType: 'permanent',
  hoursMin: 32,
  hoursMax: 36,
  salaryScale: 11,
  salaryMin: 4200,
  salaryMax: 6100,
  municipalityCode: 'GM0855',
  postcode: '5038',
  latitude: 51.56,
  longitude: 5.08,
  workMode: 'hybrid',
  publishAt: null,
  publishedAt: new Date('2026-05-01T08:00:00Z'),
  closingDate: '2026-06-01',
  closedAt: null,
  filledAt: null,
  applyMethod: 'portal',
  applyUrl: null,
  applyEmail: null,
  contactName: 'Anouk de Vries',
  contactEmail: 'anouk@example.nl',
  contactPhone: '013 123 4567',
  visibility: 'public',
  language: 'nl',
  version: 1,
  createdAt: new Date('2026-04-30T08:00:00Z'),
  updatedAt: new Date('2026-04-30T08:00:00Z'),
  organisation: { slug: 'gemeente-tilburg', name: 'Gemeente Tilburg', state: 'active' },
  categoryName: 'Juridisch',
};
const vacancy = (overrides: Partial<IndexableVacancy> = {}): IndexableVacancy => ({ ...base, ...overrides });

describe('toSearchDocument', () => {
  it('whitelists public fields: no contact details or ATS reference reach the index', () => {
    const document = toSearchDocument(vacancy());
    const text = JSON.stringify(document);
    for (const secret of ['ATS-42', 'anouk@example.nl', '013 123 4567']) expect(text).not.toContain(secret);
    expect(document).toMatchObject({
      organisation: 'gemeente-tilburg',
      municipalityName: 'Tilburg',
      region: 'Noord-Brabant',
      _geo: { lat: 51.56, lng: 5.08 },
    });
    expect(document.description).toBe('Wat ga je doen? Bezwaren & beroep');
  });

  it('closes at midnight at the end of the closing day in the Netherlands, summer and winter', () => {
    const closesAt = (closingDate: string | null) => toSearchDocument(vacancy({ closingDate })).closesAt;
    expect(new Date(closesAt('2026-06-01')! * 1000).toISOString()).toBe('2026-06-01T22:00:00.000Z');
    expect(new Date(closesAt('2026-12-01')! * 1000).toISOString()).toBe('2026-12-01T23:00:00.000Z');
    // The day the clocks go back has 25 hours: it ends at 23:00 UTC, not 22:00.
    expect(new Date(closesAt('2026-10-25')! * 1000).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(closesAt(null)).toBeNull();
  });

  it('passes the index filter exactly while the findable rule calls it open', () => {
    /** The filter's closing clause applied to the document, as Meilisearch applies it. */
    const passesFilter = (closingDate: string | null, now: Date) => {
      const { closesAt } = toSearchDocument(vacancy({ closingDate }));
      const clause = buildFilter({ page: 1, pageSize: 20, now }).find((c) => Array.isArray(c));
      const [, threshold] = /^closesAt > (\d+)$/.exec(clause![1]!)!;
      return closesAt === null || closesAt > Number(threshold);
    };
    const moments = [
      '2026-05-31T12:00:00Z',
      '2026-06-01T21:59:59.999Z',
      '2026-06-01T22:00:00Z',
      '2026-06-02T09:00:00Z',
    ];
    for (const now of moments.map((m) => new Date(m))) {
      for (const closingDate of [null, '2026-05-31', '2026-06-01', '2026-06-02']) {
        expect(passesFilter(closingDate, now), `closing ${closingDate} at ${now.toISOString()}`).toBe(
          isOpen({ closingDate }, now),
        );
      }
    }
  });
});

describe('htmlToText', () => {
  it('keeps words apart across block elements', () => {
    expect(htmlToText('<ul><li>een</li><li>twee</li></ul><p>drie</p>')).toBe('een twee drie');
  });
});
