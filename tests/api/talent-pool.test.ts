/**
 * The shared talent pool (issue 13): HR staff of every active member find the candidates whose
 * pool consent still runs — one entry per e-mail — by words, field of work, education level
 * and distance; nobody else gets anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { applications, type Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';
import { signIn } from '../support/http.ts';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

let ctx: TestContext;
let orgA: Organisation;
let orgB: Organisation;
let hrA: Record<string, string>;
const ids: Record<string, string> = {};

async function apply(
  label: string,
  vacancyId: string,
  organisationId: string,
  options: {
    consent?: 'procedure' | 'pool';
    createdAt?: Date;
    poolConsentUntil?: Date;
    email?: string;
    motivation?: string;
  } = {},
) {
  const [row] = await ctx.db
    .insert(applications)
    .values({
      vacancyId,
      organisationId,
      name: `Kandidaat ${label}`,
      email: options.email ?? `${label}@example.org`,
      phone: '06-12345678',
      motivation: options.motivation ?? 'Graag kom ik bij u werken.',
      consent: options.consent ?? 'pool',
      createdAt: options.createdAt ?? ago(1),
      poolConsentUntil: options.poolConsentUntil ?? null,
    })
    .returning();
  ids[label] = row!.id;
}

async function pool(query = '', headers = hrA, orgId = orgA.id) {
  return ctx.app.inject({ url: `/api/v1/organisations/${orgId}/talent-pool${query}`, headers });
}

/** The e-mail addresses found, sorted. */
async function found(query = '', headers = hrA, orgId = orgA.id): Promise<string[]> {
  const response = await pool(query, headers, orgId);
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json() as { items: { email: string }[]; total: number };
  return body.items.map((item) => item.email.toLowerCase()).sort();
}

const bearerOf = async (user: { email: string }) => (await signIn(ctx.app, user.email, TEST_PASSWORD)).bearer;

beforeAll(async () => {
  ctx = await createTestContext();
  orgA = await createOrganisation(ctx.db);
  orgB = await createOrganisation(ctx.db);
  hrA = await bearerOf(await createUser(ctx.db, { role: 'hr_officer', organisation: orgA }));
  const ictTilburg = await createVacancy(ctx.db, {
    organisation: orgA,
    title: 'Informatieadviseur',
    categoryCode: 'ict',
    educationLevel: 'hbo',
    municipalityCode: 'GM0855',
  });
  const beleidGroningen = await createVacancy(ctx.db, {
    organisation: orgA,
    title: 'Beleidsmedewerker wonen',
    categoryCode: 'beleid',
    educationLevel: 'wo',
    municipalityCode: 'GM0014',
  });
  const consulentBreda = await createVacancy(ctx.db, {
    organisation: orgB,
    title: 'Consulent werk en inkomen',
    categoryCode: 'sociaal-domein',
    educationLevel: 'mbo',
    municipalityCode: 'GM0758',
  });
  await apply('anna', ictTilburg.id, orgA.id, {
    motivation: 'Ik beheer graag netwerken en databases.',
    createdAt: ago(1),
  });
  await apply('bram', beleidGroningen.id, orgA.id, { createdAt: ago(2) });
  await apply('carla', consulentBreda.id, orgB.id, { motivation: 'Ik help mensen aan werk.', createdAt: ago(3) });
  // Procedure only: never in the pool, though its words match.
  await apply('dirk', ictTilburg.id, orgA.id, {
    consent: 'procedure',
    motivation: 'Netwerken en databases zijn mijn vak.',
  });
  // Consent given 366 days ago: lapsed.
  await apply('eva', ictTilburg.id, orgA.id, { createdAt: ago(366) });
  // 364 days ago: still running.
  await apply('gijs', consulentBreda.id, orgB.id, { createdAt: ago(364) });
  // Twice in the pool, the address written differently: one entry.
  await apply('fenna-old', beleidGroningen.id, orgA.id, { email: 'Fenna@Example.org', createdAt: ago(100) });
  await apply('fenna-new', ictTilburg.id, orgA.id, { email: 'fenna@example.org', createdAt: ago(10) });
});
afterAll(async () => {
  await ctx.close();
});

const everyone = ['anna', 'bram', 'carla', 'fenna', 'gijs'].map((n) => `${n}@example.org`);

describe('what the pool holds', () => {
  it('holds only running pool consents, one entry per e-mail, newest consent first', async () => {
    const response = await pool();
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(5);
    expect(body.items.map((i: { applicationId: string }) => i.applicationId)).toEqual([
      ids.anna,
      ids.bram,
      ids.carla,
      ids['fenna-new'],
      ids.gijs,
    ]);
  });

  it('never shows a procedure-only or a lapsed candidate', async () => {
    const emails = await found();
    expect(emails).toEqual(everyone);
    expect(emails).not.toContain('dirk@example.org');
    expect(emails).not.toContain('eva@example.org');
  });

  it("shows the candidate's newest pool application, why they are there and until when", async () => {
    const body = (await pool()).json();
    const fenna = body.items.find((i: { email: string }) => i.email.toLowerCase() === 'fenna@example.org');
    expect(fenna.applicationId).toBe(ids['fenna-new']);
    expect(Object.keys(fenna).sort()).toEqual(
      ['applicationId', 'consentEndsAt', 'consentGivenAt', 'email', 'motivation', 'name', 'phone', 'why'].sort(),
    );
    expect(fenna.why).toMatchObject({
      vacancy: { title: 'Informatieadviseur', organisation: { name: orgA.name } },
      category: 'ict',
      educationLevel: 'hbo',
      place: { municipalityCode: 'GM0855', name: 'Tilburg' },
    });
    const given = Date.parse(fenna.consentGivenAt);
    expect(Date.parse(fenna.consentEndsAt) - given).toBe(365 * DAY);
    expect(Math.abs(given - ago(10).getTime())).toBeLessThan(60_000);
  });

  it('keeps a consent the candidate renewed, until its new end, and drops one whose end has passed', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation: orgA, title: 'Toezichthouder' });
    const renewedUntil = new Date(Date.now() + 30 * DAY);
    await apply('ivo', vacancy.id, orgA.id, { createdAt: ago(400), poolConsentUntil: renewedUntil });
    await apply('jet', vacancy.id, orgA.id, { createdAt: ago(20), poolConsentUntil: ago(1) });
    try {
      const body = (await pool('?q=toezichthouder')).json();
      expect(body.items.map((i: { email: string }) => i.email)).toEqual(['ivo@example.org']);
      expect(body.items[0].consentEndsAt).toBe(renewedUntil.toISOString());
    } finally {
      await ctx.db.delete(applications).where(inArray(applications.id, [ids.ivo!, ids.jet!]));
    }
  });

  it('gives the first 300 characters of the motivation', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation: orgA, title: 'Archiefmedewerker' });
    await apply('hanna', vacancy.id, orgA.id, { motivation: 'x'.repeat(299) + 'yz' + 'w'.repeat(500) });
    try {
      const [hanna] = (await pool('?q=archiefmedewerker')).json().items;
      expect(hanna.motivation).toBe('x'.repeat(299) + 'y');
    } finally {
      await ctx.db.delete(applications).where(eq(applications.id, ids.hanna!));
    }
  });
});

describe('searching the pool', () => {
  it('finds words in the motivation (Dutch stemming), never in a procedure-only application', async () => {
    expect(await found('?q=netwerk')).toEqual(['anna@example.org']);
  });

  it("finds words in the applied vacancy's title, with the candidate's matching application", async () => {
    expect(await found('?q=beleidsmedewerker')).toEqual(['bram@example.org', 'fenna@example.org']);
    const body = (await pool('?q=beleidsmedewerker')).json();
    expect(body.items.map((i: { applicationId: string }) => i.applicationId)).toContain(ids['fenna-old']);
  });

  it('filters by the field of work', async () => {
    expect(await found('?category=ict')).toEqual(['anna@example.org', 'fenna@example.org']);
    expect(await found('?category=sociaal-domein')).toEqual(['carla@example.org', 'gijs@example.org']);
  });

  it('filters by education level', async () => {
    expect(await found('?educationLevel=wo')).toEqual(['bram@example.org', 'fenna@example.org']);
    expect(await found('?educationLevel=mbo')).toEqual(['carla@example.org', 'gijs@example.org']);
    expect((await pool('?educationLevel=phd')).statusCode).toBe(400);
  });

  it('filters by distance to the applied vacancy, from a place name or a postcode', async () => {
    // Tilburg–Breda is about 22 km.
    expect(await found('?near=Tilburg&radiusKm=10')).toEqual(['anna@example.org', 'fenna@example.org']);
    expect(await found('?near=Tilburg&radiusKm=30')).toEqual([
      'anna@example.org',
      'carla@example.org',
      'fenna@example.org',
      'gijs@example.org',
    ]);
    expect(await found('?near=9711&radiusKm=20')).toEqual(['bram@example.org', 'fenna@example.org']);
    const unknown = await pool('?near=Atlantis');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toHaveProperty('near');
  });

  it('combines filters and pages', async () => {
    expect(await found('?category=ict&q=netwerken&near=Tilburg')).toEqual(['anna@example.org']);
    const page = (await pool('?pageSize=2&page=2')).json();
    expect(page.total).toBe(5);
    expect(page.items.map((i: { applicationId: string }) => i.applicationId)).toEqual([ids.carla, ids['fenna-new']]);
    expect((await pool('?pageSize=51')).statusCode).toBe(400);
  });
});

describe('who may search it', () => {
  it('is shared: HR and admins of every active member see the same pool', async () => {
    const hrB = await bearerOf(await createUser(ctx.db, { role: 'hr_officer', organisation: orgB }));
    const adminA = await bearerOf(await createUser(ctx.db, { role: 'org_admin', organisation: orgA }));
    const orgC = await createOrganisation(ctx.db);
    const hrC = await bearerOf(await createUser(ctx.db, { role: 'hr_officer', organisation: orgC }));
    expect(await found('?near=Tilburg&radiusKm=30', hrB, orgB.id)).toEqual(
      await found('?near=Tilburg&radiusKm=30', hrA),
    );
    expect(await found('?category=ict', adminA)).toEqual(['anna@example.org', 'fenna@example.org']);
    expect(await found('?category=beleid', hrC, orgC.id)).toEqual(['bram@example.org', 'fenna@example.org']);
  });

  it('is closed to suspended and departed members', async () => {
    for (const state of ['suspended', 'left'] as const) {
      const member = await createOrganisation(ctx.db, { state });
      const hr = await bearerOf(await createUser(ctx.db, { role: 'hr_officer', organisation: member }));
      const response = await pool('', hr, member.id);
      expect(response.statusCode, state).toBe(403);
      expect(response.json().error.code).toBe('membership_inactive');
    }
  });

  it("is another organisation's URL for nobody: 404", async () => {
    const hrB = await bearerOf(await createUser(ctx.db, { role: 'hr_officer', organisation: orgB }));
    expect((await pool('', hrB, orgA.id)).statusCode).toBe(404);
  });

  it('gives nothing to API keys, the coordinator, job seekers and anonymous callers', async () => {
    const adminA = await bearerOf(await createUser(ctx.db, { role: 'org_admin', organisation: orgA }));
    const created = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgA.id}/api-keys`,
      payload: { name: 'ATS' },
      headers: adminA,
    });
    const apiKey = { authorization: `Bearer ${created.json().key}` };
    expect((await pool('', apiKey)).statusCode).toBe(403);

    const office = await createOrganisation(ctx.db, { isCoordinatingBody: true, kind: 'joint_arrangement' });
    const coordinator = await bearerOf(await createUser(ctx.db, { role: 'coordinator', organisation: office }));
    expect((await pool('', coordinator)).statusCode).toBe(404);
    expect((await pool('', coordinator, office.id)).statusCode).toBe(403);

    const jobSeeker = await bearerOf(await createUser(ctx.db));
    expect((await pool('', jobSeeker)).statusCode).toBe(404);

    expect((await pool('', {})).statusCode).toBe(401);
  });
});
