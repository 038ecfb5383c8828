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

  it('pages the members as every list is paged, and says a wrong page with its field', async () => {
    await createOrganisation(ctx.db, { name: 'Gemeente Bbb' });
    const all = (await ctx.app.inject('/api/v1/organisations')).json();
    expect(all).toMatchObject({ page: 1, pageSize: 100 });
    expect(all.items).toHaveLength(all.total);
    const second = (await ctx.app.inject('/api/v1/organisations?page=2&pageSize=1')).json();
    expect(second).toMatchObject({ page: 2, pageSize: 1, total: all.total });
    expect(second.items.map((o: { slug: string }) => o.slug)).toEqual([all.items[1].slug]);
    const wrong = await ctx.app.inject('/api/v1/organisations?pageSize=1000');
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().error.fields)).toEqual(['pageSize']);
    // A page past any list's end is named, as on every other list (1e300 was echoed as the page).
    for (const page of ['1e300', '99999999999999999999']) {
      const far = await ctx.app.inject(`/api/v1/organisations?page=${page}`);
      expect(far.statusCode, page).toBe(400);
      expect(Object.keys(far.json().error.fields)).toEqual(['page']);
    }
  });

  it('says since when each member takes part: the start of its current membership, a rejoin’s after leaving', async () => {
    const rejoined = await createOrganisation(ctx.db, { name: 'Gemeente Terug' });
    const [first, again] = [new Date('2024-01-15T09:00:00Z'), new Date('2026-03-01T09:00:00Z')];
    await ctx.pool.query('DELETE FROM membership_periods WHERE organisation_id = $1', [rejoined.id]);
    await ctx.pool.query(
      `INSERT INTO membership_periods (organisation_id, started_at, ended_at) VALUES ($1, $2, $3), ($1, $3, NULL)`,
      [rejoined.id, first, again],
    );
    const listed = (await ctx.app.inject('/api/v1/organisations')).json().items as { slug: string }[];
    expect(listed.find((o) => o.slug === rejoined.slug)).toMatchObject({ memberSince: again.toISOString() });
    const own = (await ctx.app.inject(`/api/v1/organisations/${rejoined.slug}`)).json();
    expect(own.memberSince).toBe(again.toISOString());
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
