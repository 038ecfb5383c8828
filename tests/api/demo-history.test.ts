/**
 * The demo's year of history (issue 14), as the development start seeds it: the coordinator's
 * cockpit and the cost split show members, publications, applications and hires in each of
 * the past twelve months, from the database alone (the search index is gone before they are
 * asked), and a member's HR inbox holds applications with a CV to download.
 */
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dutchDate } from '@samenwerven/calendar';
import { DEMO_PASSWORD, demoOrganisations, seedDemo, type SeedResult } from '@samenwerven/db/seed';
import { hashPassword, openFileStore } from '@samenwerven/server';
import { createTestContext, type TestContext } from '../support/context.ts';
import { signIn, type Session } from '../support/http.ts';

let ctx: TestContext;
let seeded: SeedResult;
let coordinator: Session;
const now = new Date();
const today = dutchDate(now);
const [year, month] = today.split('-').map(Number) as [number, number];
const monthBefore = (n: number) => new Date(Date.UTC(year, month - 1 - n, 1)).toISOString().slice(0, 7);
/** The twelve whole months before this one, oldest first. */
const lastYear = Array.from({ length: 12 }, (_, i) => monthBefore(12 - i));
const from = `${lastYear[0]}-01`;
const tilburgId = demoOrganisations().find((o) => o.slug === 'gemeente-tilburg')!.id;

interface MonthFigures {
  month: string;
  memberDays: number;
  vacanciesPublished: number;
  views: number;
  impressions: number;
  applications: number;
  hires: number;
  averageDaysToFill: number | null;
}

beforeAll(async () => {
  ctx = await createTestContext();
  const files = openFileStore(ctx.config);
  seeded = await seedDemo(ctx.db, {
    vacancyCount: 400,
    hashPassword,
    now,
    history: true,
    storeFile: (bytes) => files.write(Readable.from([Buffer.from(bytes)]), bytes.length),
  });
  // Never synced, and the index itself removed: the figures must not need it.
  await ctx.search.deleteIndex(ctx.indexName).waitTask();
  coordinator = await signIn(ctx.app, 'coordinator@samenwerven.example', DEMO_PASSWORD);
}, 120_000);
afterAll(() => ctx.close());

describe('the demo with a year of history', () => {
  it('seeds closed vacancies, counters, search words and applications beside today’s demo', async () => {
    expect(seeded).toMatchObject({ seeded: true, vacancies: 400 });
    expect(seeded.history!.vacancies).toBeGreaterThan(400);
    expect(seeded.history!.counterRows).toBeLessThan(100_000);
    expect(seeded.history!.applications).toBeGreaterThan(0);
    await expect(ctx.search.getIndex(ctx.indexName)).rejects.toThrow();
  });

  it('shows members, publications, views, applications and hires in each of the past twelve months', async () => {
    const response = await ctx.app.inject({
      url: `/api/v1/coordination/cockpit?from=${from}&to=${today}`,
      headers: coordinator.bearer,
    });
    expect(response.statusCode, response.body).toBe(200);
    const cockpit = response.json() as {
      months: MonthFigures[];
      perMember: { organisation: { slug: string }; months: MonthFigures[] }[];
      topSearches: { term: string; searches: number }[];
      searchesWithoutResults: { term: string; searches: number }[];
    };
    const byMonth = new Map(cockpit.months.map((m) => [m.month, m]));
    for (const month of lastYear) {
      const figures = byMonth.get(month)!;
      expect(figures, month).toBeDefined();
      expect(figures.memberDays, month).toBeGreaterThan(0);
      expect(figures.vacanciesPublished, month).toBeGreaterThan(0);
      expect(figures.views, month).toBeGreaterThan(0);
      expect(figures.impressions, month).toBeGreaterThan(figures.views);
      expect(figures.applications, month).toBeGreaterThan(0);
      expect(figures.hires, month).toBeGreaterThan(0);
      expect(figures.averageDaysToFill, month).toBeGreaterThanOrEqual(14);
    }
    // Every member from the start, but one that joined five months ago only since then.
    expect(cockpit.perMember).toHaveLength(15);
    const heusden = cockpit.perMember.find((m) => m.organisation.slug === 'gemeente-heusden')!;
    const joined = monthBefore(5);
    for (const m of heusden.months) {
      if (m.month < joined) expect(m, m.month).toMatchObject({ memberDays: 0, vacanciesPublished: 0, hires: 0 });
      else expect(m.memberDays, m.month).toBeGreaterThan(0);
    }
    const tilburg = cockpit.perMember.find((m) => m.organisation.slug === 'gemeente-tilburg')!;
    for (const month of lastYear) {
      expect(tilburg.months.find((m) => m.month === month)!.memberDays, month).toBeGreaterThan(0);
    }
    expect(cockpit.topSearches.map((t) => t.term)).toContain('beleidsmedewerker');
    expect(cockpit.searchesWithoutResults.length).toBeGreaterThan(0);
    expect(cockpit.searchesWithoutResults.map((t) => t.term)).not.toContain('beleidsmedewerker');
  });

  it('divides the year’s costs over every member, less for one that joined later', async () => {
    const response = await ctx.app.inject({
      url: `/api/v1/stats?from=${from}&to=${today}&amount=150000`,
      headers: coordinator.bearer,
    });
    expect(response.statusCode, response.body).toBe(200);
    const stats = response.json() as {
      items: { organisation: { slug: string }; memberDays: number; costShareCents: number; hires: number }[];
      totals: { applications: number; hires: number; vacanciesPublished: number; costShareCents: number };
    };
    expect(stats.items).toHaveLength(15);
    expect(stats.totals.costShareCents).toBe(15_000_000);
    expect(stats.totals.vacanciesPublished).toBeGreaterThan(400);
    expect(stats.totals.applications).toBeGreaterThan(stats.totals.hires);
    expect(stats.totals.hires).toBeGreaterThan(100);
    const of = (slug: string) => stats.items.find((i) => i.organisation.slug === slug)!;
    expect(of('gemeente-heusden').memberDays).toBeLessThan(of('gemeente-tilburg').memberDays);
    expect(of('gemeente-heusden').costShareCents).toBeLessThan(of('gemeente-tilburg').costShareCents);
    expect(of('gemeente-tilburg').memberDays).toBeGreaterThan(330);
  });

  it('has budgets, so a member’s dashboard shows its costs per application and hire', async () => {
    const budgets = await ctx.app.inject({ url: '/api/v1/coordination/budgets', headers: coordinator.bearer });
    expect(budgets.json()).toEqual({
      items: [
        { year: year - 1, amount: 150_000, costKey: 'equal' },
        { year, amount: 150_000, costKey: 'equal' },
      ],
    });
    const hr = await signIn(ctx.app, 'hr@gemeente-tilburg.samenwerven.example', DEMO_PASSWORD);
    const response = await ctx.app.inject({
      url: `/api/v1/organisations/${tilburgId}/dashboard?from=${addDays(today, -364)}&to=${today}`,
      headers: hr.bearer,
    });
    expect(response.statusCode, response.body).toBe(200);
    const dashboard = response.json() as {
      totals: { applications: number; hires: number };
      costs: { amount: number | null; perApplication: number | null; perHire: number | null };
    };
    expect(dashboard.totals.hires).toBeGreaterThan(0);
    expect(dashboard.costs.amount).toBeGreaterThan(0);
    expect(dashboard.costs.perApplication).toBeGreaterThan(0);
    expect(dashboard.costs.perHire).toBeGreaterThan(dashboard.costs.perApplication!);
  });

  it('gives Tilburg’s HR inbox applications with a CV, counted on the day they were made', async () => {
    const hr = await signIn(ctx.app, 'hr@gemeente-tilburg.samenwerven.example', DEMO_PASSWORD);
    const inbox = await ctx.app.inject({ url: `/api/v1/organisations/${tilburgId}/applications`, headers: hr.bearer });
    expect(inbox.statusCode, inbox.body).toBe(200);
    const list = inbox.json() as { total: number; items: { id: string }[] };
    expect(list.total).toBeGreaterThan(0);
    const cv = await ctx.app.inject({ url: `/api/v1/applications/${list.items[0]!.id}/cv`, headers: hr.bearer });
    expect(cv.statusCode).toBe(200);
    expect(cv.headers['content-type']).toContain('application/pdf');
    expect(cv.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { rows } = await ctx.pool.query<{ made: string; counted: string }>(`
      SELECT (SELECT count(*) FROM applications a
               WHERE a.vacancy_id = v.id AND (a.created_at AT TIME ZONE 'Europe/Amsterdam')::date = d.day)::int AS made,
             d.applications AS counted
      FROM vacancy_views d JOIN vacancies v ON v.id = d.vacancy_id
      WHERE v.id IN (SELECT vacancy_id FROM applications)`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Number(row.counted)).toBeGreaterThanOrEqual(Number(row.made));
  });
});
