import { describe, expect, it } from 'vitest';
import { municipalityByCode } from '../reference-data.ts';
import { demoOrganisations, generateVacancies } from './generator.ts';

const now = new Date('2026-11-30T12:00:00Z');

describe('the demo generator', () => {
  it('gives the same alliance and vacancies for the same seed', () => {
    const organisations = demoOrganisations();
    const a = generateVacancies({ count: 50, organisations, now });
    const b = generateVacancies({ count: 50, organisations, now });
    expect(a).toEqual(b);
    expect(demoOrganisations().map((o) => o.id)).toEqual(organisations.map((o) => o.id));
  });

  it('makes a coordinating body and at least eight members in one region', () => {
    const organisations = demoOrganisations();
    expect(organisations.filter((o) => o.isCoordinatingBody)).toHaveLength(1);
    const municipalities = organisations.filter((o) => o.kind === 'municipality');
    expect(municipalities.length).toBeGreaterThanOrEqual(8);
    expect(new Set(municipalities.map((o) => municipalityByCode(o.municipalityCode)?.province))).toEqual(
      new Set(['Noord-Brabant']),
    );
  });

  it('makes consistent vacancies, mostly published, never for the coordinating body', () => {
    const organisations = demoOrganisations();
    const office = organisations.find((o) => o.isCoordinatingBody)!;
    const vacancies = generateVacancies({ count: 1000, organisations, now });
    expect(vacancies.filter((v) => v.state === 'published').length).toBeGreaterThan(700);
    for (const v of vacancies) {
      expect(v.organisationId).not.toBe(office.id);
      expect(v.hoursMin).toBeLessThanOrEqual(v.hoursMax!);
      expect(v.salaryMin!).toBeLessThanOrEqual(v.salaryMax!);
      expect(v.salaryScale).toBeGreaterThanOrEqual(1);
      expect(v.salaryScale).toBeLessThanOrEqual(18);
      if (v.state === 'published') expect(Date.parse(v.closingDate!)).toBeGreaterThan(now.getTime() - 86_400_000);
    }
    expect(new Set(vacancies.map((v) => v.categoryCode)).size).toBeGreaterThanOrEqual(12);
  });
});
