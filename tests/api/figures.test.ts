/**
 * The alliance's figures (issue 14): every organisation that was a member on a day of the
 * period is in it with its exact member days (whole Dutch days, up to today); the cost shares
 * add up to the amount to the cent for every key; the API, its CSV, the dashboard and the
 * cockpit give the same numbers, which agree with counts taken straight from the database; a
 * vacancy's views count once per visit and never for a bot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { addDays, dutchDate } from '@samenwerven/calendar';
import {
  membershipPeriods,
  organisations,
  rebuildOrganisationDays,
  vacancyViews,
  type Organisation,
} from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { UTF8_BOM_BYTES } from '../support/csv.ts';
import { createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, signInNewCoordinator, type Session } from '../support/http.ts';
import { forgetOldSearchTerms } from '../../server/src/counting/queries.ts';

let ctx: TestContext;
let coordinator: Session;
const orgs: Record<string, Organisation> = {};

/** March 2025: wholly in the past, 31 days, and it holds the change to summer time (30 March). */
const MARCH = { from: '2025-03-01', to: '2025-03-31' };
const at = (iso: string) => new Date(iso);

async function member(name: string, periods: [string, string | null][], state: Organisation['state'] = 'active') {
  const [org] = await ctx.db
    .insert(organisations)
    .values({
      slug: `figuren-${name}-${Math.random().toString(36).slice(2, 7)}`,
      name: `Figuren ${name}`,
      kind: 'municipality',
      municipalityCode: 'GM0855',
      state,
    })
    .returning();
  for (const [startedAt, endedAt] of periods)
    await ctx.db
      .insert(membershipPeriods)
      .values({ organisationId: org!.id, startedAt: at(startedAt), endedAt: endedAt ? at(endedAt) : null });
  orgs[name] = org!;
  return org!;
}

async function published(org: Organisation, day: string, count: number, extra: { filledAt?: Date } = {}) {
  for (let i = 0; i < count; i++)
    await createVacancy(ctx.db, {
      organisation: org,
      state: 'closed',
      publishedAt: at(`${day}T09:00:00+01:00`),
      closedAt: at(`${day}T23:00:00+01:00`),
      ...extra,
    });
}

async function counters(org: Organisation, day: string, counts: Partial<typeof vacancyViews.$inferInsert>) {
  const vacancy = await createVacancy(ctx.db, { organisation: org, state: 'closed', publishedAt: at('2024-12-01') });
  await ctx.db.insert(vacancyViews).values({ vacancyId: vacancy.id, day, ...counts });
  await rebuildOrganisationDays(ctx.db);
}

const get = (url: string, session: Session = coordinator) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: session.bearer });

/** A member's dashboard for March, as one of its own staff reads it. */
async function marchDashboardOf(name: string, role: 'org_admin' | 'hr_officer') {
  const staff = await createUser(ctx.db, { role, organisation: orgs[name]! });
  const session = await signIn(ctx.app, staff.email, TEST_PASSWORD);
  const response = await get(`/organisations/${orgs[name]!.id}/dashboard?from=${MARCH.from}&to=${MARCH.to}`, session);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

type Item = { organisation: { id: string; name: string }; memberDays: number; costShareCents: number } & Record<
  string,
  number
>;
const itemOf = (items: Item[], name: string) => items.find((i) => i.organisation.id === orgs[name]!.id);

beforeAll(async () => {
  ctx = await createTestContext();
  coordinator = await signInNewCoordinator(ctx);
  await member('heel', [['2025-01-01T00:00:00Z', null]]);
  // Left at 00:30 on 11 March, Amsterdam time: the 11th is a member day too.
  await member('vertrokken', [['2024-05-01T00:00:00Z', '2025-03-10T23:30:00Z']], 'left');
  // Suspended half-way: suspension does not end membership.
  await member('geschorst', [['2024-05-01T00:00:00Z', null]], 'suspended');
  await member('halverwege', [['2025-03-16T09:00:00+01:00', null]]);
  await member('teruggekeerd', [
    ['2024-06-01T00:00:00Z', '2025-03-05T12:00:00+01:00'],
    ['2025-03-20T08:00:00+01:00', null],
  ]);
  await member('later', [['2025-04-02T10:00:00+02:00', null]]);
  await ctx.db.update(organisations).set({ costWeight: 3 }).where(eq(organisations.id, orgs['heel']!.id));

  await published(orgs['heel']!, '2025-03-03', 3);
  await published(orgs['vertrokken']!, '2025-03-01', 5);
  await published(orgs['halverwege']!, '2025-03-20', 1, { filledAt: at('2025-03-30T10:00:00+02:00') });
  await counters(orgs['heel']!, '2025-03-12', {
    views: 40,
    fromWidget: 5,
    fromFeed: 2,
    impressions: 300,
    applications: 4,
    hires: 1,
  });
  await counters(orgs['geschorst']!, '2025-03-02', { views: 7, impressions: 20, applications: 1 });
  // Views on a day the departed member was no longer a member are not the alliance's.
  await counters(orgs['vertrokken']!, '2025-03-25', { views: 99, applications: 9 });
  await counters(orgs['vertrokken']!, '2025-03-04', { views: 11, applications: 2 });
});
afterAll(() => ctx?.close());

describe('the figures of a period', () => {
  it('holds every organisation that was a member on any day of it, with exact member days', async () => {
    const response = await get(`/stats?from=${MARCH.from}&to=${MARCH.to}&key=equal&amount=10000`);
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as Item[];
    const days = Object.fromEntries(Object.keys(orgs).map((name) => [name, itemOf(items, name)?.memberDays]));
    expect(days).toEqual({
      heel: 31,
      vertrokken: 11,
      geschorst: 31,
      halverwege: 16,
      teruggekeerd: 5 + 12,
      later: undefined,
    });
    expect(itemOf(items, 'vertrokken')).toMatchObject({ vacanciesPublished: 5, views: 11, applications: 2 });
    expect(itemOf(items, 'heel')).toMatchObject({
      vacanciesPublished: 3,
      views: 40,
      fromWidget: 5,
      fromFeed: 2,
      impressions: 300,
      applications: 4,
      hires: 1,
    });
    // Published on 20 March (winter time), filled on 30 March (summer time): 10 days.
    expect(itemOf(items, 'halverwege')).toMatchObject({ vacanciesPublished: 1, averageDaysToFill: 10 });
  });

  it('counts member days only up to today', async () => {
    const today = dutchDate();
    const response = await get(`/stats?from=${addDays(today, -2)}&to=${addDays(today, 10)}`);
    expect(itemOf(response.json().items, 'heel')?.memberDays).toBe(3);
  });

  it('divides every amount in whole cents that add up to it, by each key', async () => {
    for (const key of ['equal', 'vacancies', 'weight']) {
      for (const amount of [0, 0.01, 0.07, 1, 100, 9999.99, 10000, 12345.67, 33333.33, 1e6]) {
        const stats = (await get(`/stats?from=${MARCH.from}&to=${MARCH.to}&key=${key}&amount=${amount}`)).json();
        const cents = (stats.items as Item[]).reduce((sum, i) => sum + i.costShareCents, 0);
        expect(cents, `${key} ${amount}`).toBe(Math.round(amount * 100));
        expect(stats.totals.costShareCents).toBe(cents);
        expect(stats.totals.costShare).toBe(Math.round(amount * 100) / 100);
      }
    }
    const byWeight = (await get(`/stats?from=${MARCH.from}&to=${MARCH.to}&key=weight&amount=1000`)).json();
    // heel: weight 3 × 31 days; the others weight 1 × their days.
    const basis = 3 * 31 + 11 + 31 + 16 + 17;
    expect(itemOf(byWeight.items, 'heel')?.costShareCents).toBe(Math.round((100_000 * 93) / basis));
    const byVacancies = (await get(`/stats?from=${MARCH.from}&to=${MARCH.to}&key=vacancies&amount=900`)).json();
    expect(itemOf(byVacancies.items, 'vertrokken')?.costShareCents).toBe(50_000);
    expect(itemOf(byVacancies.items, 'geschorst')?.costShareCents).toBe(0);
  });

  it('agrees with counts straight from the database', async () => {
    const stats = (await get(`/stats?from=${MARCH.from}&to=${MARCH.to}`)).json();
    const { rows } = await ctx.pool.query<{ organisation_id: string; n: string }>(
      `SELECT organisation_id, count(*) AS n FROM vacancies
        WHERE (published_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $1 AND $2 GROUP BY 1`,
      [MARCH.from, MARCH.to],
    );
    for (const row of rows) {
      const item = (stats.items as Item[]).find((i) => i.organisation.id === row.organisation_id);
      expect(item?.vacanciesPublished).toBe(Number(row.n));
    }
    expect(stats.totals.vacanciesPublished).toBe(rows.reduce((sum, r) => sum + Number(r.n), 0));
  });

  it('gives the same numbers as CSV, on the dashboard and in the cockpit', async () => {
    const query = `from=${MARCH.from}&to=${MARCH.to}&key=equal&amount=10000`;
    const stats = (await get(`/stats?${query}`)).json();
    const csv = await get(`/stats?${query}&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual(UTF8_BOM_BYTES);
    const [header, ...lines] = csv.body.trim().split('\r\n');
    const columns = header!.split(',');
    const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
    for (const item of stats.items as Item[]) {
      const row = rows.find((r) => r['organisation'] === item.organisation.name)!;
      expect(Number(row['member_days'])).toBe(item.memberDays);
      expect(Number(row['views'])).toBe(item['views']);
      expect(Number(row['applications'])).toBe(item['applications']);
      expect(Math.round(Number(row['cost_share_eur']) * 100)).toBe(item.costShareCents);
    }
    expect(rows.at(-1)!['cost_share_eur']).toBe('10000.00');

    // For Excel set up for the Netherlands: semicolons and decimal commas, the same numbers.
    const dutch = await get(`/stats?${query}&format=csv&separator=semicolon`);
    expect(dutch.headers['content-type']).toContain('text/csv');
    expect(dutch.headers['content-disposition']).toMatch(/-excel\.csv"$/);
    const [dutchHeader, ...dutchLines] = dutch.body.trim().split('\r\n');
    expect(dutchHeader).toBe(header!.replaceAll(',', ';'));
    expect(dutchLines.at(-1)!.split(';').at(-1)).toBe('10000,00');
    const dutchRows = dutchLines.map((line) => line.split(';'));
    expect(dutchRows.map((cells) => cells.at(-1)!.replace(',', '.'))).toEqual(rows.map((r) => r['cost_share_eur']));
    expect((await get(`/stats?${query}&format=csv&separator=tab`)).statusCode).toBe(400);
    expect(csv.headers['content-disposition']).toContain('samenwerven-kostenverdeling-');
    expect(rows.at(-1)!['organisation']).toBe('Totaal');
    // In English the file and its totals row are named in English; the columns are the API's names in both.
    const english = await ctx.app.inject({
      url: `/api/v1/stats?${query}&format=csv`,
      headers: { ...coordinator.bearer, 'accept-language': 'en' },
    });
    expect(english.headers['content-disposition']).toContain('samenwerven-cost-split-');
    const englishLines = english.body.trim().split('\r\n');
    expect(englishLines[0]).toBe(header);
    expect(englishLines.at(-1)!.startsWith('Total,')).toBe(true);
    // The page's language, sent by its link, wins over the browser's.
    const fromPage = await ctx.app.inject({
      url: `/api/v1/stats?${query}&format=csv&lang=nl`,
      headers: { ...coordinator.bearer, 'accept-language': 'en' },
    });
    expect(fromPage.headers['content-disposition']).toContain('samenwerven-kostenverdeling-');
    expect(fromPage.body.trim().split('\r\n').at(-1)!.startsWith('Totaal,')).toBe(true);

    const cockpit = (await get(`/coordination/cockpit?from=${MARCH.from}&to=${MARCH.to}`)).json();
    for (const key of ['memberDays', 'vacanciesPublished', 'views', 'impressions', 'applications', 'hires'])
      expect(cockpit.totals[key], key).toBe(stats.totals[key]);
    expect(cockpit.months).toHaveLength(1);
    expect(cockpit.months[0].applications).toBe(stats.totals.applications);
    // The cockpit is JSON only: a CSV's separator is no parameter of it (it was taken and did nothing).
    const separated = await get(`/coordination/cockpit?from=${MARCH.from}&to=${MARCH.to}&separator=semicolon`);
    expect(separated.statusCode).toBe(400);

    const dashboard = await marchDashboardOf('heel', 'org_admin');
    const heel = itemOf(stats.items, 'heel')!;
    for (const key of ['memberDays', 'views', 'fromWidget', 'impressions', 'applications', 'hires'])
      expect(dashboard.totals[key], key).toBe(heel[key]);
    expect(dashboard.alliance.members).toBe(stats.items.length);
    expect(dashboard.alliance.averagePerMember.applications).toBe(
      Math.round((stats.totals.applications / stats.items.length) * 10) / 10,
    );
    // No budget for 2025 yet: no costs to show.
    expect(dashboard.costs).toEqual({ amount: null, perApplication: null, perHire: null, countedThrough: MARCH.to });
    // The members' averages are for members: not over a month the organisation was none in.
    const notYet = await marchDashboardOf('later', 'org_admin');
    expect(notYet.alliance.members).toBe(stats.items.length);
    expect(Object.keys(notYet.alliance.averagePerMember).length).toBeGreaterThan(0);
    expect(Object.values(notYet.alliance.averagePerMember).every((v) => v === null)).toBe(true);
    expect(notYet.alliance.months.every((m: { views: number | null }) => m.views === null)).toBe(true);

    // A period that has not begun counts nothing yet: said as such, not as a missing budget.
    const staff = await createUser(ctx.db, { role: 'org_admin', organisation: orgs['heel']! });
    const session = await signIn(ctx.app, staff.email, TEST_PASSWORD);
    const future = await get(`/organisations/${orgs['heel']!.id}/dashboard?from=2999-01-01&to=2999-01-31`, session);
    expect(future.json().costs).toEqual({ amount: null, perApplication: null, perHire: null, countedThrough: null });
  });

  it('shows a member what it pays for the period once the year has a budget', async () => {
    const set = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/coordination/budgets/2025',
      payload: { amount: 36500, costKey: 'equal' },
      headers: coordinator.bearer,
    });
    expect(set.statusCode, set.body).toBe(200);
    const dashboard = await marchDashboardOf('heel', 'hr_officer');
    // March is 31/365 of € 36.500 = € 3.100, split equally per member day.
    const stats = (await get(`/stats?from=${MARCH.from}&to=${MARCH.to}&key=equal&amount=3100`)).json();
    const share = itemOf(stats.items, 'heel')!.costShareCents / 100;
    expect(dashboard.costs.amount).toBe(share);
    expect(dashboard.costs.perApplication).toBe(Math.round((share * 100) / 4) / 100);
    expect(dashboard.costs.perHire).toBe(share);

    // The CSV has the months and a totals row with what the period cost (the months leave it empty).
    const staff = await createUser(ctx.db, { role: 'hr_officer', organisation: orgs['heel']! });
    const session = await signIn(ctx.app, staff.email, TEST_PASSWORD);
    const csv = await get(
      `/organisations/${orgs['heel']!.id}/dashboard?from=${MARCH.from}&to=${MARCH.to}&format=csv&lang=en`,
      session,
    );
    expect(csv.headers['content-disposition']).toContain('samenwerven-dashboard-2025-03-01-2025-03-31.csv');
    const [header, ...lines] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const columns = header!.split(',');
    const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
    expect(rows.map((row) => row['month'])).toEqual(['2025-03', 'Total']);
    expect(rows[0]).toMatchObject({ applications: '4', cost_eur: '', cost_per_application_eur: '' });
    expect(rows[1]).toMatchObject({
      applications: '4',
      cost_eur: share.toFixed(2),
      cost_per_application_eur: (Math.round((share * 100) / 4) / 100).toFixed(2),
      cost_per_hire_eur: share.toFixed(2),
    });
  });

  it('divides each year’s budget by its own key with key=budgets, as the members’ dashboards count', async () => {
    const budget = async (year: number, amount: number, costKey: string) => {
      const set = await ctx.app.inject({
        method: 'PUT',
        url: `/api/v1/coordination/budgets/${year}`,
        payload: { amount, costKey },
        headers: coordinator.bearer,
      });
      expect(set.statusCode, set.body).toBe(200);
    };
    await budget(2024, 7320, 'vacancies');
    await budget(2025, 36500, 'equal');
    // Parts of a cent are refused on the field, not rounded unsaid (0.004 became a budget of 0).
    for (const amount of [0.004, 1234.567]) {
      const refused = await ctx.app.inject({
        method: 'PUT',
        url: '/api/v1/coordination/budgets/2026',
        payload: { amount, costKey: 'equal' },
        headers: coordinator.bearer,
      });
      expect(refused.statusCode, String(amount)).toBe(400);
      expect(refused.json().error.fields).toEqual({
        amount: 'Vul het bedrag in euro’s in, met hoogstens twee cijfers achter de komma (hele centen).',
      });
    }
    await budget(2026, 1234.56, 'equal');
    // Also where amount × 100 is no whole number in floating point (it was refused).
    await budget(2027, 623483257.42, 'equal');
    // Each change is in the audit log, before and after; the same again is no change (a review:
    // none was recorded, though a budget decides every member's share).
    await budget(2024, 7320, 'vacancies');
    const log = (await get('/audit-log?action=budget.set&pageSize=100')).json();
    const of2024 = log.items.filter((entry: { subjectId: string }) => entry.subjectId === '2024');
    expect(of2024).toHaveLength(1);
    expect(of2024[0]).toMatchObject({
      subjectType: 'budget',
      before: null,
      after: { amount: 7320, costKey: 'vacancies' },
    });
    expect(log.items.find((entry: { subjectId: string }) => entry.subjectId === '2025')?.after).toEqual({
      amount: 36500,
      costKey: 'equal',
    });
    // December 2024 (31 of 366 days) and the first quarter of 2025 (90 of 365).
    const period = 'from=2024-12-01&to=2025-03-31';
    const response = await get(`/stats?${period}&key=budgets`);
    expect(response.statusCode, response.body).toBe(200);
    const stats = response.json();
    expect(stats.budgets).toEqual([
      { year: 2024, costKey: 'vacancies', amount: 620, amountCents: 62_000 },
      { year: 2025, costKey: 'equal', amount: 9000, amountCents: 900_000 },
    ]);
    expect([stats.costKey, stats.amountCents, stats.totals.costShareCents]).toEqual(['budgets', 962_000, 962_000]);
    // Each year's part split on its own, by its own key, and added up.
    const december = (await get('/stats?from=2024-12-01&to=2024-12-31&key=vacancies&amount=620')).json();
    const quarter = (await get('/stats?from=2025-01-01&to=2025-03-31&key=equal&amount=9000')).json();
    const cents = (items: Item[], id: string) => items.find((i) => i.organisation.id === id)?.costShareCents ?? 0;
    for (const item of stats.items as Item[])
      expect(item.costShareCents, item.organisation.name).toBe(
        cents(december.items, item.organisation.id) + cents(quarter.items, item.organisation.id),
      );
    // One key for both years (the first's) divides it otherwise: the keys matter here.
    const oneKey = (await get(`/stats?${period}&key=vacancies&amount=9620`)).json();
    expect(oneKey.items.map((i: Item) => i.costShareCents)).not.toEqual(stats.items.map((i: Item) => i.costShareCents));
    // A member's dashboard over the same (past) period counts the same share.
    const staff = await createUser(ctx.db, { role: 'org_admin', organisation: orgs['heel']! });
    const session = await signIn(ctx.app, staff.email, TEST_PASSWORD);
    const dashboard = (await get(`/organisations/${orgs['heel']!.id}/dashboard?${period}`, session)).json();
    expect(Math.round(dashboard.costs.amount * 100)).toBe(itemOf(stats.items, 'heel')!.costShareCents);

    // A budget set ahead, for a year nobody was a member of yet: not divided, so not in the amount
    // either (a review: it was counted in, and the shares fell short of the amount).
    const nextYear = Number(dutchDate(new Date()).slice(0, 4)) + 1;
    await budget(nextYear, 100_000, 'equal');
    const ahead = (await get(`/stats?from=2025-01-01&to=${nextYear}-12-31&key=budgets`)).json();
    expect(ahead.budgets.map((part: { year: number }) => part.year)).not.toContain(nextYear);
    expect(ahead.totals.costShareCents).toBe(ahead.amountCents);
    expect(ahead.amountCents).toBeGreaterThan(0);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const response = await get('/stats?from=2025-03-10&to=2025-03-01');
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields)).toEqual(['to']);
  });
});

describe('counting views and searches', () => {
  const browser = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
  const view = (id: string, ip: string, agent: string | undefined, query = '') =>
    ctx.app.inject({
      method: 'GET',
      url: `/api/v1/vacancies/${id}${query}`,
      remoteAddress: ip,
      // Without a User-Agent of ours, inject would send its own ('lightMyRequest').
      headers: { 'user-agent': agent ?? '' },
    });
  const countersOf = async (id: string) => {
    await ctx.app.counters.flush();
    const { rows } = await ctx.pool.query(
      `SELECT coalesce(sum(views), 0)::int AS views, coalesce(sum(from_widget), 0)::int AS widget,
              coalesce(sum(from_feed), 0)::int AS feed, coalesce(sum(impressions), 0)::int AS impressions
         FROM vacancy_views WHERE vacancy_id = $1`,
      [id],
    );
    return rows[0];
  };

  it('counts a view once per visit, and never for a bot, a prefetch or a script', async () => {
    const vacancy = await createVacancy(ctx.db);
    expect((await view(vacancy.id, '10.50.0.1', browser)).statusCode).toBe(200);
    await view(vacancy.id, '10.50.0.1', browser);
    expect(await countersOf(vacancy.id)).toMatchObject({ views: 1 });
    await view(vacancy.id, '10.50.0.2', browser);
    await view(vacancy.id, '10.50.0.3', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)');
    await view(vacancy.id, '10.50.0.4', undefined);
    await view(vacancy.id, '10.50.0.5', 'curl/8.5.0');
    await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/vacancies/${vacancy.id}`,
      remoteAddress: '10.50.0.6',
      headers: { 'user-agent': browser, 'sec-purpose': 'prefetch' },
    });
    expect(await countersOf(vacancy.id)).toMatchObject({ views: 2 });
    await view(vacancy.id, '10.50.0.7', browser, '?source=widget');
    await view(vacancy.id, '10.50.0.8', browser, '?source=feed');
    expect(await countersOf(vacancy.id)).toMatchObject({ views: 4, widget: 1, feed: 1 });
    expect((await view(vacancy.id, '10.50.0.9', browser, '?source=elders')).statusCode).toBe(400);
  });

  it('counts the vacancies shown in search results and the words searched, without who searched', async () => {
    const vacancy = await createVacancy(ctx.db, { title: 'Archeoloog erfgoed' });
    await ctx.sync();
    const search = (q: string, ip: string) =>
      ctx.app.inject({
        method: 'GET',
        url: `/api/v1/vacancies?q=${encodeURIComponent(q)}`,
        remoteAddress: ip,
        headers: { 'user-agent': browser },
      });
    expect((await search('Archeoloog', '10.51.0.1')).json().total).toBe(1);
    await search('  ARCHEOLOOG ', '10.51.0.2');
    // One network sending a search again and again is counted once in half an hour, whatever its
    // browser, order or page size (an attacker's review: five requests put any words among the
    // searches without results, and so did a new User-Agent or order for each).
    for (let i = 0; i < 6; i++)
      await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/vacancies?q=${['onderwaterfotograaf', 'Onderwaterfotograaf', '%20ONDERWATERFOTOGRAAF%20%20'][i % 3]}&sort=${i % 3 ? 'newest' : 'relevance'}&pageSize=${i + 1}`,
        remoteAddress: '10.51.0.3',
        headers: { 'user-agent': `${browser} Variant/${i}` },
      });
    // Archeoloog shown again on the same network (another search): not counted again.
    await search('archeoloog erfgoed', '10.51.0.2');
    expect(await countersOf(vacancy.id)).toMatchObject({ impressions: 2 });
    const { rows } = await ctx.pool.query(`SELECT * FROM search_terms ORDER BY term`);
    expect(rows.map((r) => [r.term, r.searches, r.zero_results])).toEqual([
      ['archeoloog', 2, 0],
      ['archeoloog erfgoed', 1, 0],
      ['onderwaterfotograaf', 1, 1],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/10\.51/);
    const cockpit = (await get(`/coordination/cockpit?from=${dutchDate()}&to=${dutchDate()}`)).json();
    // Words fewer than three people searched for may be someone's own (a name): not shown.
    expect(cockpit.topSearches).toEqual([]);
    await search('archeoloog', '10.51.0.4');
    for (const ip of ['10.51.0.5', '10.51.0.6']) await search('onderwaterfotograaf', ip);
    await search('jansje van der berg', '10.51.0.7');
    await ctx.app.counters.flush();
    const shown = (await get(`/coordination/cockpit?from=${dutchDate()}&to=${dutchDate()}`)).json();
    expect(shown.topSearches).toEqual([
      { term: 'archeoloog', searches: 3 },
      { term: 'onderwaterfotograaf', searches: 3 },
    ]);
    expect(shown.searchesWithoutResults).toEqual([{ term: 'onderwaterfotograaf', searches: 3 }]);
  });

  it('keeps a rare search word a week, a common one 13 months', async () => {
    const day = (daysAgo: number) => dutchDate(new Date(Date.now() - daysAgo * 86_400_000));
    await ctx.pool.query(
      `INSERT INTO search_terms (day, term, searches, zero_results) VALUES
         ($1, 'piet pietersen', 1, 1), ($2, 'piet pietersen', 1, 1),
         ($1, 'gebiedsregisseur', 2, 0), ($2, 'gebiedsregisseur', 2, 0)`,
      [day(10), day(2)],
    );
    await forgetOldSearchTerms(ctx.db);
    const { rows } = await ctx.pool.query<{ day: string; term: string }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, term FROM search_terms
        WHERE term IN ('piet pietersen', 'gebiedsregisseur') ORDER BY term, day`,
    );
    expect(rows.map((r) => [r.term, r.day])).toEqual([
      ['gebiedsregisseur', day(10)],
      ['gebiedsregisseur', day(2)],
      ['piet pietersen', day(2)],
    ]);
  });
});
