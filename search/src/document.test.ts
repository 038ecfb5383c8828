import { describe, expect, it } from 'vitest';
import { closesAt, htmlToText, isSearchable, toSearchDocument, type IndexableVacancy } from './document.ts';

const base: IndexableVacancy = {
  id: '00000000-0000-4000-8000-000000000001',
  organisationId: '00000000-0000-4000-8000-000000000002',
  externalId: 'ATS-42',
  state: 'published',
  withdrawnReason: null,
  withdrawnFromState: null,
  additionalPlaces: [],
  publicFrom: null,
  searchVector: '',
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

describe('closesAt', () => {
  it('is midnight at the end of the closing day in Amsterdam, summer and winter', () => {
    expect(new Date(closesAt('2026-06-01') * 1000).toISOString()).toBe('2026-06-01T22:00:00.000Z');
    expect(new Date(closesAt('2026-12-01') * 1000).toISOString()).toBe('2026-12-01T23:00:00.000Z');
  });
});

describe('isSearchable', () => {
  it('is true only for published vacancies of active members before closing', () => {
    const open = new Date('2026-06-01T21:59:00Z');
    const closed = new Date('2026-06-01T22:00:00Z');
    expect(isSearchable(vacancy(), open)).toBe(true);
    expect(isSearchable(vacancy(), closed)).toBe(false);
    expect(isSearchable(vacancy({ state: 'draft' }), open)).toBe(false);
    expect(isSearchable(vacancy({ organisation: { slug: 'x', name: 'X', state: 'suspended' } }), open)).toBe(false);
  });
});

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
});

describe('htmlToText', () => {
  it('keeps words apart across block elements', () => {
    expect(htmlToText('<ul><li>een</li><li>twee</li></ul><p>drie</p>')).toBe('een twee drie');
  });
});
