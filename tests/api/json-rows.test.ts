/**
 * Rows inserted as one JSON parameter (db/src/json-rows.ts, the bulk import's inserts) are
 * stored exactly as drizzle's own insert stores them: defaults for the columns a row leaves
 * out, dates, JSON columns, nulls. Real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { insertRowsAsJson, vacancies, vacancyHistory, vacancyRow, type NewVacancy } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createVacancy } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** A row's stored columns but those that differ between any two inserts. */
async function stored(ids: string[]) {
  const rows = await ctx.db.select(vacancyRow).from(vacancies).where(inArray(vacancies.id, ids));
  return rows
    .map(({ id: _id, externalId, createdAt: _c, updatedAt: _u, ...rest }) => ({
      ...rest,
      externalId: externalId!.slice(2),
    }))
    .toSorted((a, b) => a.externalId.localeCompare(b.externalId));
}

describe('inserting rows as one JSON parameter', () => {
  it('stores what drizzle’s insert stores, defaults included, and leaves out rows that break the unique index', async () => {
    const organisation = await createOrganisation(ctx.db);
    const base = {
      organisationId: organisation.id,
      title: 'Jurist omgevingsrecht',
      summary: 'Samenvatting met "aanhalingstekens" en \\ een backslash',
      categoryCode: 'juridisch',
      educationLevel: 'wo',
      employmentType: 'permanent',
      hoursMin: 32,
      hoursMax: 36,
      municipalityCode: 'GM0855',
      latitude: 51.5555,
      longitude: 5.0913,
    } satisfies Partial<NewVacancy>;
    // Two sets of columns: the second leaves the defaulted ones out (state, description, places, …).
    const rows = (prefix: string): NewVacancy[] => [
      {
        ...base,
        externalId: `${prefix}one`,
        state: 'published',
        version: 2,
        publishedAt: new Date('2026-11-30T10:15:00.123Z'),
        closingDate: '2026-12-31',
        department: 'Ruimte',
        description: '<p>Één € en emoji 🌷</p>',
        additionalPlaces: [{ municipalityCode: 'GM0363', postcode: null }],
        salaryScale: null,
      },
      { ...base, externalId: `${prefix}two` },
      { ...base, externalId: `${prefix}three`, department: undefined },
    ];
    const byDrizzle = await ctx.db.insert(vacancies).values(rows('d-')).returning({ id: vacancies.id });
    const asJson = await insertRowsAsJson(ctx.db, vacancies, rows('j-'), { returning: [vacancies.id] });
    expect(asJson).toHaveLength(3);
    expect(await stored(asJson.map((row) => String(row.id)))).toEqual(await stored(byDrizzle.map((row) => row.id)));

    // An external id the organisation has already: that row is left out, the others are inserted.
    const taken = await createVacancy(ctx.db, { organisation, externalId: 'taken' });
    const again = await insertRowsAsJson(
      ctx.db,
      vacancies,
      [
        { ...base, externalId: 'taken' },
        { ...base, externalId: 'new' },
      ],
      { onConflictDoNothing: [vacancies.organisationId, vacancies.externalId], returning: [vacancies.externalId] },
    );
    expect(again).toEqual([{ external_id: 'new' }]);
    const [kept] = await ctx.db.select(vacancyRow).from(vacancies).where(eq(vacancies.id, taken.id));
    expect(kept!.title).toBe(taken.title);
  });

  it('refuses what the database refuses, and writes nothing of the statement', async () => {
    const organisation = await createOrganisation(ctx.db);
    const vacancy = await createVacancy(ctx.db, { organisation });
    const entry = {
      vacancyId: vacancy.id,
      version: 1,
      action: 'created',
      changes: { title: [null, 'x'] as [null, string] },
    };
    await expect(
      insertRowsAsJson(ctx.db, vacancyHistory, [
        entry,
        { ...entry, vacancyId: '00000000-0000-4000-8000-000000000000' },
      ]),
    ).rejects.toThrow();
    expect(await ctx.db.select().from(vacancyHistory).where(eq(vacancyHistory.vacancyId, vacancy.id))).toEqual([]);
    await insertRowsAsJson(ctx.db, vacancyHistory, [entry]);
    const [written] = await ctx.db.select().from(vacancyHistory).where(eq(vacancyHistory.vacancyId, vacancy.id));
    expect(written).toMatchObject({ action: 'created', changes: { title: [null, 'x'] }, actorUserId: null });
    expect(written!.at).toBeInstanceOf(Date);
  });
});
