import { describe, expect, it } from 'vitest';
import { buildFilter, buildSort, experienceWordsLast, quote, type VacancySearchParams } from './query.ts';

const base: VacancySearchParams = { page: 1, pageSize: 20, now: new Date('2026-06-01T10:00:00Z') };

describe('quote', () => {
  it('escapes quotes and backslashes so a value cannot end its string', () => {
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote('a\\')).toBe('"a\\\\"');
    expect(quote('" OR visibility = "internal')).toBe('"\\" OR visibility = \\"internal"');
  });
});

describe('buildFilter', () => {
  it('always limits to public vacancies that have not closed', () => {
    const nowSeconds = base.now.getTime() / 1000;
    expect(buildFilter(base)).toEqual(['visibility = "public"', ['closesAt IS NULL', `closesAt > ${nowSeconds}`]]);
  });

  it('ORs values within a facet and ANDs facets and ranges', () => {
    const filter = buildFilter({
      ...base,
      category: ['ict', 'hr'],
      region: ['Utrecht'],
      salaryMin: 3000,
      hoursMax: 24,
    });
    expect(filter).toContainEqual(['category = "ict"', 'category = "hr"']);
    expect(filter).toContainEqual(['region = "Utrecht"']);
    expect(filter).toContain('salaryMax >= 3000');
    expect(filter).toContain('hoursMin <= 24');
  });

  it('leaves out one facet for its disjunctive count', () => {
    const filter = buildFilter({ ...base, category: ['ict'], educationLevel: ['hbo'] }, 'category');
    expect(JSON.stringify(filter)).not.toContain('category');
    expect(filter).toContainEqual(['educationLevel = "hbo"']);
  });

  it('draws a radius in metres around a point', () => {
    const filter = buildFilter({ ...base, near: { latitude: 51.5, longitude: 5.1 }, radiusKm: 12.5 });
    expect(filter).toContain('_geoRadius(51.5, 5.1, 12500)');
  });
});

describe('buildSort', () => {
  it('sorts by distance only when there is a place', () => {
    expect(buildSort({ ...base, sort: 'distance' })).toBeUndefined();
    expect(buildSort({ ...base, sort: 'distance', near: { latitude: 1, longitude: 2 } })).toEqual([
      '_geoPoint(1, 2):asc',
    ]);
    expect(buildSort({ ...base, sort: 'newest' })).toEqual(['publishedAt:desc']);
  });
});

describe('experienceWordsLast', () => {
  it('searches the words of experience typed before the role after it', () => {
    expect(experienceWordsLast('senior controller')).toBe('controller senior');
    expect(experienceWordsLast('Ervaren  jurist omgevingsrecht')).toBe('jurist omgevingsrecht Ervaren');
    expect(experienceWordsLast('junior medior adviseur ict')).toBe('adviseur ict junior medior');
  });

  it('leaves a query as typed when it starts with the role, is only such words, or quotes a phrase', () => {
    expect(experienceWordsLast('controller senior')).toBe('controller senior');
    expect(experienceWordsLast('senior')).toBe('senior');
    expect(experienceWordsLast('senior junior')).toBe('senior junior');
    expect(experienceWordsLast('"senior controller"')).toBe('"senior controller"');
    expect(experienceWordsLast('seniorenbeleid adviseur')).toBe('seniorenbeleid adviseur');
  });
});
