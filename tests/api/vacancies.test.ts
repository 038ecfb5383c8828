import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organisations, vacancies } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createVacancy, isoDate } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const search = async (query: string) => {
  const response = await ctx.app.inject(`/api/v1/vacancies?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as {
    hits: { id: string; title: string }[];
    total: number;
    facets: Record<string, Record<string, number>>;
  };
};

describe('public vacancies', () => {
  it('finds a published vacancy at once, and from the index once the outbox is drained', async () => {
    const vacancy = await createVacancy(ctx.db, { title: 'Stedenbouwkundige Zuidrand' });
    // Not in the index yet: matched in the database and merged in (search-additions.test.ts).
    await expect(ctx.search.index(ctx.indexName).getDocument(vacancy.id)).rejects.toThrow();
    expect((await search('q=Zuidrand')).hits.map((h) => h.id)).toEqual([vacancy.id]);
    await ctx.sync();
    expect((await ctx.search.index(ctx.indexName).getDocument(vacancy.id)).id).toBe(vacancy.id);
    const result = await search('q=Zuidrand');
    expect(result.hits.map((h) => h.id)).toEqual([vacancy.id]);
    expect(result.total).toBe(1);
  });

  it('forgives a typo in the free text', async () => {
    const vacancy = await createVacancy(ctx.db, { title: 'Vergunningverlener Omgevingswet' });
    await ctx.sync();
    expect((await search('q=vergunningverlner')).hits.map((h) => h.id)).toContain(vacancy.id);
  });

  it('never shows drafts, closed vacancies, passed closing dates or non-members', async () => {
    const marker = `Kwartiermaker${Date.now()}`;
    await createVacancy(ctx.db, { title: `${marker} concept`, state: 'draft', publishedAt: null });
    await createVacancy(ctx.db, { title: `${marker} gesloten`, state: 'closed' });
    await createVacancy(ctx.db, {
      title: `${marker} verlopen`,
      closingDate: isoDate(new Date(Date.now() - 2 * 86_400_000)),
    });
    const suspended = await createOrganisation(ctx.db, { state: 'suspended' });
    await createVacancy(ctx.db, { title: `${marker} geschorst`, organisation: suspended });
    const open = await createVacancy(ctx.db, { title: `${marker} open` });
    await ctx.sync();
    expect((await search(`q=${marker}`)).hits.map((h) => h.id)).toEqual([open.id]);
  });

  it('removes a member’s vacancies from search when it leaves, and restores them on return', async () => {
    const organisation = await createOrganisation(ctx.db);
    const vacancy = await createVacancy(ctx.db, { organisation, title: 'Dijkgraaf in opleiding' });
    await ctx.sync();
    expect((await search('q=Dijkgraaf')).hits.map((h) => h.id)).toContain(vacancy.id);

    await ctx.db.update(organisations).set({ state: 'left' }).where(eq(organisations.id, organisation.id));
    await ctx.sync();
    expect((await search('q=Dijkgraaf')).hits.map((h) => h.id)).not.toContain(vacancy.id);
    expect((await ctx.app.inject(`/api/v1/vacancies/${vacancy.id}`)).statusCode).toBe(404);
    expect((await ctx.app.inject(`/api/v1/organisations/${organisation.slug}`)).statusCode).toBe(404);

    await ctx.db.update(organisations).set({ state: 'active' }).where(eq(organisations.id, organisation.id));
    await ctx.sync();
    expect((await search('q=Dijkgraaf')).hits.map((h) => h.id)).toContain(vacancy.id);
  });

  it('filters on a facet with OR within it and counts the other choices', async () => {
    const organisation = await createOrganisation(ctx.db);
    await createVacancy(ctx.db, { organisation, categoryCode: 'ict', title: 'Functioneel beheerder' });
    await createVacancy(ctx.db, { organisation, categoryCode: 'juridisch', title: 'Jurist' });
    await createVacancy(ctx.db, { organisation, categoryCode: 'hr', title: 'Recruiter' });
    await ctx.sync();
    const result = await search(`organisation=${organisation.slug}&category=ict&category=juridisch`);
    expect(result.total).toBe(2);
    // Disjunctive counts: each category shows what choosing it would add.
    expect(result.facets.category).toEqual({ ict: 1, juridisch: 1, hr: 1 });
    expect(result.facets.organisation).toEqual({ [organisation.slug]: 2 });
  });

  it('treats quotes, OR and backslashes in user text as text, never as filter syntax', async () => {
    for (const value of ['" OR visibility = "internal', 'a\\" OR 1=1', 'x'.repeat(100), '`_geoRadius(0,0,1)`']) {
      const response = await ctx.app.inject({
        url: '/api/v1/vacancies',
        query: { region: value, category: value, q: value },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().total).toBe(0);
    }
  });

  it('updates the index when a vacancy is edited or closed', async () => {
    const vacancy = await createVacancy(ctx.db, { title: 'Archivaris' });
    await ctx.sync();
    await ctx.db.update(vacancies).set({ title: 'Senior archivaris', version: 2 }).where(eq(vacancies.id, vacancy.id));
    await ctx.sync();
    expect((await search('q=Senior archivaris')).hits[0]).toMatchObject({ id: vacancy.id, title: 'Senior archivaris' });
    await ctx.db.update(vacancies).set({ state: 'closed', closedAt: new Date() }).where(eq(vacancies.id, vacancy.id));
    await ctx.sync();
    expect((await search('q=archivaris')).hits.map((h) => h.id)).not.toContain(vacancy.id);
  });
});

describe('GET /api/v1/vacancies/{id}', () => {
  it('returns a published vacancy with its public fields only', async () => {
    const vacancy = await createVacancy(ctx.db, { externalId: 'ATS-SECRET-1' });
    const response = await ctx.app.inject(`/api/v1/vacancies/${vacancy.id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ id: vacancy.id, title: vacancy.title, place: { municipalityName: 'Tilburg' } });
    expect(JSON.stringify(body)).not.toContain('ATS-SECRET-1');
  });

  it('answers 404 for a draft and 400 with a field message for a malformed id', async () => {
    const draft = await createVacancy(ctx.db, { state: 'draft', publishedAt: null });
    expect((await ctx.app.inject(`/api/v1/vacancies/${draft.id}`)).statusCode).toBe(404);
    const bad = await ctx.app.inject('/api/v1/vacancies/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validation_failed', fields: { id: expect.any(String) } } });
  });
});

describe('GET /api/v1/vacancies/{id}/closed (an old link to a vacancy that closed)', () => {
  const closedOf = (id: string) => ctx.app.inject(`/api/v1/vacancies/${id}/closed`);

  it('names a closed vacancy, its field, place and employer, and nothing private', async () => {
    const vacancy = await createVacancy(ctx.db, {
      state: 'closed',
      closedAt: new Date(),
      categoryCode: 'ict',
      externalId: 'ATS-SECRET-2',
      contactEmail: 'geheim@example.nl',
    });
    const organisation = (
      await ctx.db.select().from(organisations).where(eq(organisations.id, vacancy.organisationId))
    )[0]!;
    // The vacancy itself is gone for the public, as before.
    expect((await ctx.app.inject(`/api/v1/vacancies/${vacancy.id}`)).statusCode).toBe(404);
    const response = await closedOf(vacancy.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      id: vacancy.id,
      title: vacancy.title,
      organisation: { slug: organisation.slug, name: organisation.name },
      category: 'ict',
      place: { municipalityCode: 'GM0855', municipalityName: 'Tilburg' },
      language: 'nl',
      mayReturn: false,
    });
    expect(response.body).not.toContain('ATS-SECRET-2');
    expect(response.body).not.toContain('geheim@');
  });

  it('counts a passed closing date as closed, and leaves out an employer that left the alliance', async () => {
    const expired = await createVacancy(ctx.db, { closingDate: isoDate(new Date(Date.now() - 3 * 86_400_000)) });
    expect((await closedOf(expired.id)).statusCode).toBe(200);

    const departed = await createOrganisation(ctx.db, { state: 'left' });
    const withdrawn = await createVacancy(ctx.db, { organisation: departed, state: 'withdrawn' });
    const response = await closedOf(withdrawn.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ title: withdrawn.title, organisation: null, mayReturn: false });
    expect(response.body).not.toContain(departed.name);
  });

  it('answers 404 for an unknown id, an open vacancy and what was never public', async () => {
    const open = await createVacancy(ctx.db);
    const draft = await createVacancy(ctx.db, { state: 'draft', publishedAt: null });
    const internal = await createVacancy(ctx.db, {
      state: 'closed',
      closedAt: new Date(),
      visibility: 'internal',
    });
    for (const id of [crypto.randomUUID(), open.id, draft.id, internal.id]) {
      const response = await closedOf(id);
      expect(response.statusCode, id).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
    }
    expect((await closedOf('not-a-uuid')).statusCode).toBe(400);
  });
});

describe('bad search input', () => {
  it('answers 400 with field-level messages in the caller’s language', async () => {
    const nl = await ctx.app.inject('/api/v1/vacancies?pageSize=500&sort=cheapest');
    expect(nl.statusCode).toBe(400);
    expect(nl.json().error.fields).toMatchObject({
      pageSize: expect.stringContaining('hoogstens 100'),
      sort: expect.any(String),
    });

    const en = await ctx.app.inject({
      url: '/api/v1/vacancies?near=Atlantis',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(en.statusCode).toBe(400);
    expect(en.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'Some fields are not filled in correctly.',
        fields: { near: 'We do not know this place or postcode.' },
      },
    });
  });

  it('answers 404 in the error shape for an unknown API path', async () => {
    const response = await ctx.app.inject('/api/v1/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
