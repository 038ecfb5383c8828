import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createVacancy } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('GET /api/v1/organisations', () => {
  it('lists active members with their open vacancy counts, not applicants, departed members or the coordinating body', async () => {
    const member = await createOrganisation(ctx.db, { name: 'Gemeente Aaa' });
    await createVacancy(ctx.db, { organisation: member });
    await createVacancy(ctx.db, { organisation: member, state: 'draft', publishedAt: null });
    const applicant = await createOrganisation(ctx.db, { state: 'applied' });
    const departed = await createOrganisation(ctx.db, { state: 'left' });
    const office = await createOrganisation(ctx.db, { isCoordinatingBody: true, kind: 'joint_arrangement' });

    const response = await ctx.app.inject('/api/v1/organisations');
    expect(response.statusCode).toBe(200);
    const slugs = response.json().items.map((o: { slug: string }) => o.slug);
    expect(slugs).toContain(member.slug);
    for (const hidden of [applicant, departed, office]) expect(slugs).not.toContain(hidden.slug);

    const profile = await ctx.app.inject(`/api/v1/organisations/${member.slug}`);
    expect(profile.json()).toMatchObject({ name: 'Gemeente Aaa', openVacancies: 1, municipalityName: 'Tilburg' });
  });
});

describe('GET /api/v1/contact', () => {
  it('says how to reach the alliance office, as configured, to anyone', async () => {
    const response = await ctx.app.inject('/api/v1/contact');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      name: 'Alliantiebureau Samenwerven',
      email: 'alliantiebureau@samenwerven.example',
      phone: '013 000 00 00',
      address: 'Voorbeeldstraat 1, 5000 AA Tilburg',
    });
    expect(response.headers['cache-control']).toBe('public, max-age=300');
  });
});

describe('GET /api/v1/taxonomies', () => {
  it('returns the value lists in Dutch and English, and every municipality', async () => {
    const body = (await ctx.app.inject('/api/v1/taxonomies')).json();
    expect(body.categories).toContainEqual({
      code: 'ict',
      label: { nl: 'ICT en informatievoorziening', en: 'IT and information management' },
    });
    expect(body.salaryScales).toHaveLength(18);
    expect(body.municipalities).toHaveLength(342);
    expect(body.regions).toContain('Fryslân');
  });
});
