import { describe, expect, it } from 'vitest';
import { getTableColumns } from 'drizzle-orm';
import { vacancies } from '@samenwerven/db';
import { vacancyFields, type VacancyFields } from './input.ts';
import { columnsFromInput } from './rules.ts';
import { diff, trackedColumns } from './tracked-columns.ts';

/** A value for every editable field of the input schema. */
const everyField: Required<VacancyFields> = {
  title: 'Beleidsadviseur',
  department: 'Wonen',
  summary: 'Kort',
  description: '<p>Lang</p>',
  category: 'ruimte',
  educationLevel: 'hbo',
  orEquivalent: false,
  employmentType: 'permanent',
  hoursMin: 32,
  hoursMax: 36,
  salaryScale: 11,
  salaryMin: 4200,
  salaryMax: 6100,
  municipalityCode: 'GM0855',
  postcode: '5038',
  additionalPlaces: [{ municipalityCode: 'GM0363' }],
  workMode: 'hybrid',
  publishAt: '2030-01-01T08:00:00Z',
  closingDate: '2030-02-01',
  applyMethod: 'url',
  applyUrl: 'https://example.org',
  applyEmail: 'hr@example.org',
  contactName: 'Sanne',
  contactEmail: 'sanne@example.org',
  contactPhone: '013 123 45 67',
  visibility: 'internal',
  publicFrom: '2030-01-15T08:00:00Z',
  language: 'en',
  externalId: 'ATS-1',
};

describe('the tracked columns', () => {
  it('cover every editable field of the input schema, and the state', () => {
    expect(Object.keys(everyField).sort()).toEqual(Object.keys(vacancyFields).sort());
    const stored = Object.keys(columnsFromInput(everyField));
    expect([...trackedColumns].sort()).toEqual([...stored, 'state'].sort());
  });

  it('are all columns of the vacancies table', () => {
    const columns = Object.keys(getTableColumns(vacancies));
    expect(trackedColumns.filter((column) => !columns.includes(column))).toEqual([]);
  });

  it('are what the history diff compares', () => {
    const after = columnsFromInput(everyField);
    expect(Object.keys(diff({}, after)).sort()).toEqual(Object.keys(after).sort());
    expect(diff({ ...after, updatedAt: new Date(0) }, { ...after, updatedAt: new Date() })).toEqual({});
  });
});

describe('what counts as a change', () => {
  it('sees the same work places with their keys in another order as no change, and another place as one', () => {
    // As the database gives a JSON column back, and as a client sends it.
    const stored = { additionalPlaces: [{ postcode: '4837', municipalityCode: 'GM0758' }] };
    const sent = { additionalPlaces: [{ municipalityCode: 'GM0758', postcode: '4837' }] };
    expect(diff(stored, sent)).toEqual({});
    const moved = { additionalPlaces: [{ municipalityCode: 'GM0758', postcode: '4811' }] };
    expect(Object.keys(diff(stored, moved))).toEqual(['additionalPlaces']);
    const reordered = { additionalPlaces: [...sent.additionalPlaces, { municipalityCode: 'GM0785', postcode: null }] };
    expect(Object.keys(diff(stored, reordered))).toEqual(['additionalPlaces']);
  });
});

describe('what counts as a change of a plain value', () => {
  it('compares text, numbers and dates by value, and sees nothing and null as the same', () => {
    const stored = { title: 'Jurist', hoursMin: 32, salaryScale: null, publicFrom: new Date('2030-01-15T08:00:00Z') };
    const same = {
      title: 'Jurist',
      hoursMin: 32,
      salaryScale: undefined,
      publicFrom: new Date('2030-01-15T08:00:00Z'),
    };
    expect(diff(stored, same)).toEqual({});
    const changed = { title: 'Jurist ', hoursMin: 36, salaryScale: 10, publicFrom: new Date('2030-01-15T09:00:00Z') };
    expect(Object.keys(diff(stored, changed)).sort()).toEqual(['hoursMin', 'publicFrom', 'salaryScale', 'title']);
    expect(diff({ salaryScale: 10 }, { salaryScale: null })).toEqual({ salaryScale: [10, null] });
  });
});
