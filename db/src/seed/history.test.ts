import { describe, expect, it } from 'vitest';
import { addDays, dutchDate } from '@samenwerven/calendar';
import { generateDemoApplications } from './demo-applications.ts';
import { demoOrganisations, generateVacancies } from './generator.ts';
import { generateHistory, HISTORY_DAYS, LATE_JOINERS } from './history.ts';

const now = new Date('2026-11-30T12:00:00Z');
const today = dutchDate(now);
const organisations = demoOrganisations();
const current = generateVacancies({ count: 400, organisations, now });
const applications = generateDemoApplications({ organisations, current, now });
const history = generateHistory({ organisations, current, now, applications: applications.map((a) => a.row) });

describe('the demo history', () => {
  it('is the same every time for the same alliance and moment', () => {
    expect(generateHistory({ organisations, current, now, applications: applications.map((a) => a.row) })).toEqual(
      history,
    );
    expect(generateDemoApplications({ organisations, current, now })).toEqual(applications);
  });

  it('leaves today’s vacancies as generateVacancies makes them, and adds only closed ones with new ids', () => {
    expect(generateVacancies({ count: 400, organisations, now })).toEqual(current);
    const ids = new Set(current.map((v) => v.id));
    expect(history.vacancies.length).toBeGreaterThan(400);
    for (const v of history.vacancies) {
      expect(ids.has(v.id)).toBe(false);
      expect(v.state).toBe('closed');
      expect(v.externalId).toMatch(/^HIST-/);
    }
    expect(new Set(history.vacancies.map((v) => v.id)).size).toBe(history.vacancies.length);
  });

  it('publishes over the past year, closes after publication and before now, fills 2–8 weeks after', () => {
    const oldest = addDays(today, -HISTORY_DAYS);
    let filled = 0;
    for (const v of history.vacancies) {
      const published = v.publishedAt!;
      expect(dutchDate(published) >= oldest).toBe(true);
      expect(published.getTime()).toBeLessThan(now.getTime());
      expect(v.closedAt!.getTime()).toBeGreaterThan(published.getTime());
      expect(v.closedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(v.closingDate! < today).toBe(true);
      if (v.filledAt) {
        filled++;
        const days = (v.filledAt.getTime() - published.getTime()) / 86_400_000;
        expect(days).toBeGreaterThan(13);
        expect(days).toBeLessThan(57);
        expect(v.filledAt.getTime()).toBeLessThan(now.getTime());
      }
    }
    expect(filled / history.vacancies.length).toBeGreaterThan(0.4);
    expect(filled / history.vacancies.length).toBeLessThan(0.8);
  });

  it('starts membership about fourteen months ago, two members later, and never before publications', () => {
    const started = new Map(history.membershipPeriods.map((p) => [p.organisationId, dutchDate(p.startedAt)]));
    const late = organisations.filter((o) => LATE_JOINERS[o.slug]);
    expect(late).toHaveLength(2);
    expect(started.get(organisations[1]!.id)).toBe('2025-09-01');
    expect(started.get(late.find((o) => o.slug === 'gemeente-heusden')!.id)).toBe('2026-06-01');
    for (const p of history.membershipPeriods) expect(p.endedAt ?? null).toBeNull();
    for (const v of history.vacancies) expect(dutchDate(v.publishedAt!) >= started.get(v.organisationId)!).toBe(true);
  });

  it('counts views, applications and one hire per filled vacancy on days up to today', () => {
    const byId = new Map([...history.vacancies, ...current].map((v) => [v.id, v]));
    expect(history.counters.length).toBeLessThan(100_000);
    const hires = new Map<string, number>();
    for (const row of history.counters) {
      const v = byId.get(row.vacancyId)!;
      expect(v.publishedAt).toBeTruthy();
      expect(row.day >= dutchDate(v.publishedAt!)).toBe(true);
      expect(row.day <= today).toBe(true);
      expect(row.fromWidget! + row.fromFeed!).toBeLessThanOrEqual(row.views!);
      if (row.views! > 0) expect(row.impressions!).toBeGreaterThan(row.views!);
      if (row.hires) {
        hires.set(row.vacancyId, (hires.get(row.vacancyId) ?? 0) + row.hires);
        expect(row.day).toBe(dutchDate(v.filledAt!));
      }
    }
    const filled = history.vacancies.filter((v) => v.filledAt);
    expect(hires.size).toBe(filled.length);
    for (const v of filled) expect(hires.get(v.id)).toBe(1);
    const keys = history.counters.map((r) => `${r.vacancyId}|${r.day}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('counts the demo applications on the day they were made', () => {
    expect(applications.length).toBeGreaterThan(0);
    const counted = (vacancyId: string, day: string) =>
      history.counters.find((r) => r.vacancyId === vacancyId && r.day === day)?.applications ?? 0;
    for (const { row } of applications) {
      expect(row.createdAt.getTime()).toBeLessThan(now.getTime());
      expect(counted(row.vacancyId, dutchDate(row.createdAt))).toBeGreaterThan(0);
    }
  });

  it('has a year of search words, some that found nothing, and two budgets', () => {
    const days = new Set(history.searchTerms.map((r) => r.day));
    expect(days.size).toBeGreaterThan(360);
    expect([...days].every((d) => d <= today && d > addDays(today, -366))).toBe(true);
    expect(history.searchTerms.some((r) => r.term === 'beleidsmedewerker')).toBe(true);
    expect(history.searchTerms.some((r) => r.zeroResults === r.searches && r.searches! > 0)).toBe(true);
    expect(history.budgets.map((b) => b.year)).toEqual([2025, 2026]);
  });
});
