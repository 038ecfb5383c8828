/**
 * The shared talent pool (issue 13): HR staff of every active member find the candidates whose
 * pool consent still runs — one entry per e-mail — by words, field of work, education level
 * and distance; nobody else gets anything.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { applications, mailOutbox, organisations, type Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import {
  applicationForm,
  createOrganisation,
  createUser,
  createVacancy,
  TEST_PASSWORD,
  type ApplicationParts,
} from '../support/factories.ts';
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
    /** Whether the address's owner confirmed it (by default they did, an hour after applying). */
    confirmed?: boolean;
  } = {},
) {
  const createdAt = options.createdAt ?? ago(1);
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
      createdAt,
      poolConsentUntil: options.poolConsentUntil ?? null,
      addressConfirmedAt: options.confirmed === false ? null : new Date(createdAt.getTime() + 3_600_000),
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
  // Anyone can type any address: not before every member until the address's owner confirmed it.
  await apply('hugo', ictTilburg.id, orgA.id, { motivation: 'Netwerken en databases.', confirmed: false });
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

  it('never shows a procedure-only or a lapsed candidate, nor one whose address nobody confirmed', async () => {
    const emails = await found();
    expect(emails).toEqual(everyone);
    expect(emails).not.toContain('dirk@example.org');
    expect(emails).not.toContain('eva@example.org');
    expect(emails).not.toContain('hugo@example.org');
    // Not by its words either.
    expect(await found('?q=databases')).toEqual(['anna@example.org']);
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

  it('gives the first 300 characters of the motivation, and finds words only in what it gives', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation: orgA, title: 'Archiefmedewerker' });
    const opening = 'Ik orden graag archieven. '.padEnd(299, 'x');
    // What lies past the shown part is the applying organisation's alone: other members must not
    // learn it by searching for its words either (the candidate was told they see "the start").
    await apply('hanna', vacancy.id, orgA.id, { motivation: `${opening}yz Vertrouwelijk: ik ben zwanger.` });
    try {
      const [hanna] = (await pool('?q=archiefmedewerker')).json().items;
      expect(hanna.motivation).toBe(`${opening}y`);
      expect(await found('?q=archieven')).toContain('hanna@example.org');
      expect(await found('?q=zwanger')).toEqual([]);
      expect(await found('?q=vertrouwelijk')).toEqual([]);
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

  it('leaves out the candidates of a member that left (its export takes them), not of a suspended one', async () => {
    const departing = await createOrganisation(ctx.db);
    const vacancy = await createVacancy(ctx.db, { organisation: departing, title: 'Toezichthouder bouw' });
    await apply('hugo', vacancy.id, departing.id, { motivation: 'Toezicht is mijn vak.' });
    expect(await found('?q=toezicht')).toEqual(['hugo@example.org']);
    await ctx.db.update(organisations).set({ state: 'suspended' }).where(eq(organisations.id, departing.id));
    expect(await found('?q=toezicht')).toEqual(['hugo@example.org']);
    await ctx.db.update(organisations).set({ state: 'left' }).where(eq(organisations.id, departing.id));
    expect(await found('?q=toezicht')).toEqual([]);
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

describe('entering the pool through the portal', () => {
  const portalVacancies: { id: string }[] = [];
  beforeAll(async () => {
    for (const title of ['Kwantumadviseur', 'Kwantumtechnicus']) {
      portalVacancies.push(await createVacancy(ctx.db, { organisation: orgA, title, applyMethod: 'portal' }));
    }
  });

  const applyThroughPortal = async (
    parts: ApplicationParts,
    headers: Record<string, string> = {},
    vacancy = portalVacancies[0]!,
  ) => {
    const form = await applicationForm({ consent: 'pool', ...parts });
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${vacancy.id}/applications`,
      payload: form.payload,
      headers: { ...form.headers, ...headers },
      remoteAddress: `10.9.0.${Math.floor(Math.random() * 250)}`,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  /** The receipt sent to `email`, and the key its link carries (a guest's, when there is one). */
  const receipt = async (email: string) => {
    const [mail] = await ctx.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.recipient, email), eq(mailOutbox.kind, 'job_application_received')));
    return { body: mail!.body, key: /#sleutel=(\S+)/.exec(mail!.body)?.[1] };
  };
  const myData = (key: string, method: 'GET' | 'POST' = 'GET', url = '/my-data') =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { 'x-guest-key': key } });

  it("takes a guest in only once the address's owner confirmed on their own page; opening it is not enough", async () => {
    const email = 'iris.kwantum@example.org';
    const id = await applyThroughPortal({ email, name: 'Iris Kwantum', motivation: 'Kwantumfysica is mijn vak.' });
    expect(await found('?q=kwantumfysica')).toEqual([]);
    const { body, key } = await receipt(email);
    expect(body).toContain('In de talentpool komen ze pas als je op de pagina hieronder bevestigt');
    expect(body).not.toContain('Kwantumfysica');

    // The person who reads the mailbox looks at what was sent in their name.
    const page = await myData(key!);
    expect(page.statusCode).toBe(200);
    expect(page.json().applications).toEqual([
      expect.objectContaining({ id, consent: 'pool', addressConfirmedAt: null }),
    ]);
    expect(await found('?q=kwantumfysica')).toEqual([]);

    // They confirm it is theirs: in the pool from now, for a year.
    const confirmed = await myData(key!, 'POST', `/my-data/applications/${id}/renew-consent`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(await found('?q=kwantumfysica')).toEqual([email]);
    const [row] = await ctx.db.select().from(applications).where(eq(applications.id, id));
    expect(row!.addressConfirmedAt).not.toBeNull();
    expect(new Date(confirmed.json().poolConsentUntil).getTime()).toBeGreaterThan(Date.now() + 364 * DAY);
    // Renewing later keeps when it was confirmed.
    await myData(key!, 'POST', `/my-data/applications/${id}/renew-consent`);
    const [again] = await ctx.db.select().from(applications).where(eq(applications.id, id));
    expect(again!.addressConfirmedAt).toEqual(row!.addressConfirmedAt);
  });

  it("takes a signed-in job seeker in at once with their account's address, and not with another", async () => {
    const seeker = await createUser(ctx.db, { role: 'job_seeker', email: 'kees.kwantum@example.org' });
    const session = await bearerOf(seeker);
    await applyThroughPortal(
      { email: 'Kees.Kwantum@example.org', name: 'Kees Kwantum', motivation: 'Kwantumcomputers bouw ik.' },
      session,
    );
    expect(await found('?q=kwantumcomputers')).toEqual(['kees.kwantum@example.org']);
    const own = await receipt('Kees.Kwantum@example.org');
    // Their own confirmed address is greeted by name and led to the account, which shows what was
    // sent (the mail copies none of it).
    expect(own.body).toMatch(/^Beste Kees Kwantum,/);
    expect(own.body).not.toContain('Kwantumcomputers bouw ik.');
    expect(own.key).toBeUndefined();

    // Signed in, but with someone else's address: that person decides, as with a guest.
    const other = 'slachtoffer.kwantum@example.org';
    const id = await applyThroughPortal(
      { email: other, name: 'Kees Kwantum', motivation: 'Kwantumsensoren zijn mijn hobby.' },
      session,
      portalVacancies[1],
    );
    expect(await found('?q=kwantumsensoren')).toEqual([]);
    const theirs = await receipt(other);
    expect(theirs.body).not.toContain('Kwantumsensoren');
    expect(theirs.body).not.toContain('Kees');
    expect(theirs.key).toBeDefined();
    const page = await myData(theirs.key!);
    expect(page.json().applications.map((a: { id: string }) => a.id)).toEqual([id]);
  });

  it('lets the candidate take the pool consent back on its own, as easily as it was given (AVG art. 7(3))', async () => {
    // Signed in: their own list says until when, and one request takes them out.
    const seeker = await createUser(ctx.db, { role: 'job_seeker', email: 'lot.kwantum@example.org' });
    const session = await bearerOf(seeker);
    const id = await applyThroughPortal(
      { email: seeker.email, name: 'Lot Kwantum', motivation: 'Kwantumoptica is mijn vak.' },
      session,
    );
    expect(await found('?q=kwantumoptica')).toEqual([seeker.email]);
    const mine = () => ctx.app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: session });
    expect((await mine()).json().items).toEqual([
      expect.objectContaining({ id, consent: 'pool', poolConsentUntil: expect.any(String) }),
    ]);
    const endOwn = (applicationId: string, headers = session) =>
      ctx.app.inject({ method: 'DELETE', url: `/api/v1/me/applications/${applicationId}/pool-consent`, headers });
    // Another's application is not theirs to change.
    const stranger = await bearerOf(await createUser(ctx.db, { role: 'job_seeker' }));
    expect((await endOwn(id, stranger)).statusCode).toBe(404);
    expect((await endOwn(id)).statusCode).toBe(204);
    expect(await found('?q=kwantumoptica')).toEqual([]);
    expect((await mine()).json().items).toEqual([
      expect.objectContaining({ id, consent: 'procedure', poolConsentUntil: null }),
    ]);
    // The application itself stays, for its procedure.
    const [row] = await ctx.db.select().from(applications).where(eq(applications.id, id));
    expect(row).toMatchObject({ consent: 'procedure', poolConsentUntil: null });
    const twice = await endOwn(id);
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'no_pool_consent']);

    // A guest, with the key mailed to the address.
    const email = 'bram.kwantum@example.org';
    const guestId = await applyThroughPortal(
      { email, name: 'Bram Kwantum', motivation: 'Kwantumchemie ken ik.' },
      {},
      portalVacancies[1],
    );
    const { key } = await receipt(email);
    await myData(key!, 'POST', `/my-data/applications/${guestId}/renew-consent`);
    expect(await found('?q=kwantumchemie')).toEqual([email]);
    const ended = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/my-data/applications/${guestId}/pool-consent`,
      headers: { 'x-guest-key': key! },
    });
    expect(ended.statusCode, ended.body).toBe(204);
    expect(await found('?q=kwantumchemie')).toEqual([]);
    expect((await myData(key!)).json().applications).toEqual([
      expect.objectContaining({ id: guestId, consent: 'procedure', poolConsentUntil: null }),
    ]);
    // Taken back, there is nothing to renew: said as that, not as a membership state.
    const renewed = await myData(key!, 'POST', `/my-data/applications/${guestId}/renew-consent`);
    expect(renewed.statusCode).toBe(409);
    expect(renewed.json().error).toMatchObject({
      code: 'no_pool_consent',
      message: 'Deze sollicitatie heeft geen toestemming voor de talentpool (meer).',
    });
    // Not an application of that address: as if it did not exist.
    const other = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/my-data/applications/${id}/pool-consent`,
      headers: { 'x-guest-key': key! },
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('applications made before the confirmation existed (migration 0022)', () => {
  it("counts one made signed in with the account's own address as confirmed, and no other", async () => {
    const seeker = await createUser(ctx.db, { role: 'job_seeker', email: 'oud.kandidaat@example.org' });
    const vacancy = await createVacancy(ctx.db, { organisation: orgA, title: 'Archivaris' });
    const made = async (email: string, userId: string | null) =>
      (
        await ctx.db
          .insert(applications)
          .values({
            vacancyId: vacancy.id,
            organisationId: orgA.id,
            userId,
            name: 'Oud',
            email,
            motivation: 'Graag.',
            consent: 'pool',
            createdAt: ago(30),
          })
          .returning()
      )[0]!;
    const own = await made('Oud.Kandidaat@example.org', seeker.id);
    const otherAddress = await made('iemand.anders@example.org', seeker.id);
    const guest = await made('oud.kandidaat@example.org', null);
    const migration = await readFile(
      fileURLToPath(new URL('../../db/migrations/0022_application_address_confirmed.sql', import.meta.url)),
      'utf8',
    );
    const backfill = migration.split('--> statement-breakpoint')[1]!;
    await ctx.pool.query(backfill);
    const confirmed = await ctx.db
      .select({ id: applications.id, at: applications.addressConfirmedAt })
      .from(applications)
      .where(inArray(applications.id, [own.id, otherAddress.id, guest.id]));
    expect(new Map(confirmed.map((row) => [row.id, row.at]))).toEqual(
      new Map([
        [own.id, own.createdAt],
        [otherAddress.id, null],
        [guest.id, null],
      ]),
    );
  });
});
