/**
 * HR officers and ATS integrations managing vacancies: the life cycle, optimistic locking,
 * history, sanitising, validation, schedules and closing dates, and the idempotent upsert.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { vacancies, vacancyHistory, vacancyViews, type Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, isoDate, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';

let ctx: TestContext;
let organisation: Organisation;
let hr: Session;
let apiKey: { authorization: string };

beforeAll(async () => {
  ctx = await createTestContext({ jobs: true });
  organisation = await createOrganisation(ctx.db);
  hr = await signIn(ctx.app, (await createUser(ctx.db, { role: 'hr_officer', organisation })).email, TEST_PASSWORD);
  const admin = await signIn(
    ctx.app,
    (await createUser(ctx.db, { role: 'org_admin', organisation })).email,
    TEST_PASSWORD,
  );
  const key = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${organisation.id}/api-keys`,
    payload: { name: 'ATS' },
    headers: admin.bearer,
  });
  apiKey = { authorization: `Bearer ${key.json().key}` };
});
afterAll(() => ctx.close());

const inDays = (days: number) => isoDate(new Date(Date.now() + days * 86_400_000));
const body = (overrides: Record<string, unknown> = {}) => ({
  title: 'Beleidsadviseur wonen',
  summary: 'Werk aan betaalbaar wonen in de regio.',
  description: '<h2>Wat ga je doen?</h2><p>Je schrijft woonbeleid.</p><ul><li>Plannen</li></ul>',
  category: 'ruimte',
  educationLevel: 'hbo',
  employmentType: 'permanent',
  hoursMin: 32,
  hoursMax: 36,
  salaryScale: 11,
  salaryMin: 4200,
  salaryMax: 6100,
  municipalityCode: 'GM0855',
  postcode: '5038',
  closingDate: inDays(30),
  ...overrides,
});
const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  payload?: object,
  headers: Record<string, string> = hr.bearer,
) => ctx.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
const searchIds = async (q: string) => {
  await ctx.sync();
  return (await call('GET', `/vacancies?q=${encodeURIComponent(q)}&pageSize=100`, undefined, {}))
    .json()
    .hits.map((h: { id: string }) => h.id);
};

describe('the vacancy life cycle', () => {
  it('creates a draft, publishes, closes, reopens and duplicates, keeping history and search in step', async () => {
    const created = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies`,
      body({ title: 'Woonadviseur Noordhoek' }),
    );
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({
      state: 'draft',
      version: 1,
      place: { municipalityName: 'Tilburg', postcode: '5038' },
    });
    expect((await call('GET', `/vacancies/${draft.id}`, undefined, {})).statusCode).toBe(404);
    expect((await call('GET', `/vacancies/${draft.id}`)).json()).toMatchObject({ state: 'draft', publishedAt: null });
    // Not yet published: its creation is no publication, whoever reads it.
    expect(draft.publishedAt).toBeNull();

    const published = (await call('POST', `/vacancies/${draft.id}/publish`)).json();
    expect(published).toMatchObject({ state: 'published', version: 2 });
    expect(Date.parse(published.publishedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await searchIds('Noordhoek')).toEqual([draft.id]);

    expect((await call('POST', `/vacancies/${draft.id}/close`)).json().state).toBe('closed');
    expect(await searchIds('Noordhoek')).toEqual([]);
    expect((await call('POST', `/vacancies/${draft.id}/close`)).json().error).toMatchObject({
      code: 'invalid_transition',
      currentState: 'closed',
      message: 'Dat kan niet: deze vacature is gesloten. Laad de vacature opnieuw om te zien wat wel kan.',
    });
    expect((await call('POST', `/vacancies/${draft.id}/reopen`)).json().state).toBe('published');
    expect(await searchIds('Noordhoek')).toEqual([draft.id]);

    const copy = await call('POST', `/vacancies/${draft.id}/duplicate`);
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({
      state: 'draft',
      title: 'Woonadviseur Noordhoek (kopie)',
      externalId: null,
      publishedAt: null,
    });
    // An English vacancy's copy says so in English.
    const english = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies`,
      body({ title: 'Policy adviser', language: 'en' }),
    );
    expect((await call('POST', `/vacancies/${english.json().id}/duplicate`)).json().title).toBe(
      'Policy adviser (copy)',
    );

    const history = (await call('GET', `/vacancies/${draft.id}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['created', 'publish', 'close', 'reopen']);
    expect(history[1].changes.state).toEqual(['draft', 'published']);
    expect(history.every((h: { actor: { kind: string } }) => h.actor.kind === 'user')).toBe(true);

    const list = (await call('GET', `/organisations/${organisation.id}/vacancies?state=draft`)).json();
    expect(list.items.map((v: { id: string }) => v.id)).toContain(copy.json().id);
  });

  it('refuses to publish without a closing date (422) and names the field', async () => {
    const draft = (
      await call('POST', `/organisations/${organisation.id}/vacancies`, body({ closingDate: null }))
    ).json();
    const response = await call('POST', `/vacancies/${draft.id}/publish`);
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'closing_date_required',
      fields: { closingDate: expect.any(String) },
    });
  });
});

describe('the organisation’s list', () => {
  it('counts each vacancy’s own views and applications, and no other’s', async () => {
    const [viewed, quiet] = [
      await createVacancy(ctx.db, { organisation, title: 'Veel bekeken' }),
      await createVacancy(ctx.db, { organisation, title: 'Stil' }),
    ];
    await ctx.db.insert(vacancyViews).values([
      { vacancyId: viewed!.id, day: '2026-03-02', views: 7 },
      { vacancyId: viewed!.id, day: '2026-03-03', views: 5 },
      { vacancyId: quiet!.id, day: '2026-03-03', views: 1 },
    ]);
    const items = (await call('GET', `/organisations/${organisation.id}/vacancies?pageSize=100`)).json().items as {
      id: string;
      views: number;
      applications: number;
    }[];
    expect(items.find((item) => item.id === viewed!.id)).toMatchObject({ views: 12, applications: 0 });
    expect(items.find((item) => item.id === quiet!.id)).toMatchObject({ views: 1, applications: 0 });
  });
});

describe('editing', () => {
  it('gives a stale edit 409 with the current version, and loses nothing', async () => {
    const draft = (await call('POST', `/organisations/${organisation.id}/vacancies`, body())).json();
    const first = await call('PATCH', `/vacancies/${draft.id}`, { title: 'Eerste bewerking', version: 1 });
    expect(first.json()).toMatchObject({ title: 'Eerste bewerking', version: 2 });
    const stale = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/vacancies/${draft.id}`,
      payload: { title: 'Tweede' },
      headers: { ...hr.bearer, 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_version', currentVersion: 2 });
    expect((await call('GET', `/vacancies/${draft.id}`)).json().title).toBe('Eerste bewerking');
    expect((await call('PATCH', `/vacancies/${draft.id}`, { title: 'Zonder versie' })).statusCode).toBe(428);
    // A body that is no object is bad input before anything else, with or without a version.
    for (const payload of ['[]', 'null', '"tekst"']) {
      const notAnObject = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/vacancies/${draft.id}`,
        headers: { ...hr.bearer, 'content-type': 'application/json' },
        payload,
      });
      expect([notAnObject.statusCode, notAnObject.json().error.code], JSON.stringify(payload)).toEqual([
        400,
        'validation_failed',
      ]);
    }
    const history = await ctx.db.select().from(vacancyHistory).where(eq(vacancyHistory.vacancyId, draft.id));
    expect(history.find((h) => h.action === 'updated')!.changes).toEqual({ title: [draft.title, 'Eerste bewerking'] });
  });

  it('refuses an apply link that leads nowhere: no host, a bare word, or someone@ before it', async () => {
    for (const applyUrl of [
      'http://',
      'https://',
      'http:///',
      'http://.',
      'http://-',
      'https://werkenbij',
      'https://iemand@werken.nl',
    ]) {
      const refused = await call(
        'POST',
        `/organisations/${organisation.id}/vacancies`,
        body({ applyMethod: 'url', applyUrl }),
      );
      expect([refused.statusCode, Object.keys(refused.json().error.fields ?? {})], applyUrl).toEqual([
        400,
        ['applyUrl'],
      ]);
      expect(refused.json().error.fields.applyUrl).toContain('https://www.voorbeeld.nl/vacatures');
    }
    const taken = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies`,
      body({ applyMethod: 'url', applyUrl: 'https://werkenbij.proefstad.nl/vacatures/42?bron=samenwerven' }),
    );
    expect(taken.statusCode, taken.body).toBe(201);
  });

  it('takes the ETag it answered as If-Match (the version is in it), and `*` for any version', async () => {
    const draft = (await call('POST', `/organisations/${organisation.id}/vacancies`, body())).json();
    const patch = (title: string, ifMatch: string) =>
      ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/vacancies/${draft.id}`,
        payload: { title },
        headers: { ...hr.bearer, 'if-match': ifMatch },
      });
    const read = await call('GET', `/vacancies/${draft.id}`);
    const tag = String(read.headers.etag);
    expect(tag).toMatch(/^W\/"1-.+"$/);
    const edited = await patch('Met de ETag', tag);
    expect([edited.statusCode, edited.json().version]).toEqual([200, 2]);
    expect(String(edited.headers.etag)).toMatch(/^W\/"2-.+"$/);
    // The tag read before the edit is stale now, and says so as a stale version does.
    const stale = await patch('Met de oude ETag', tag);
    expect([stale.statusCode, stale.json().error.currentVersion]).toEqual([409, 2]);
    expect((await patch('Welke versie ook', '*')).json()).toMatchObject({ title: 'Welke versie ook', version: 3 });
    // A GET that did not change keeps its tag, so a cache still gets its 304.
    const again = await call('GET', `/vacancies/${draft.id}`);
    const revalidated = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/vacancies/${draft.id}`,
      headers: { ...hr.bearer, 'if-none-match': String(again.headers.etag) },
    });
    expect(revalidated.statusCode).toBe(304);
    const publish = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${draft.id}/publish`,
      headers: { ...hr.bearer, 'if-match': String(again.headers.etag) },
    });
    expect([publish.statusCode, publish.json().version]).toEqual([200, 4]);
  });

  it('clears a field sent as null (never stores 0 or an empty text for it), in an edit, a create and an upsert', async () => {
    const draft = (
      await call('POST', `/organisations/${organisation.id}/vacancies`, body({ department: 'Wonen' }))
    ).json();
    const cleared = await call('PATCH', `/vacancies/${draft.id}`, {
      version: 1,
      salaryScale: null,
      salaryMin: null,
      salaryMax: null,
      department: null,
      closingDate: null,
    });
    expect(cleared.statusCode).toBe(200);
    const columns = 'salary_scale, salary_min, salary_max, department, closing_date';
    const row = async (id: string) =>
      (await ctx.pool.query(`SELECT ${columns} FROM vacancies WHERE id = $1`, [id])).rows[0];
    const nothing = { salary_scale: null, salary_min: null, salary_max: null, department: null, closing_date: null };
    expect(await row(draft.id)).toEqual(nothing);
    const nulls = { salaryScale: null, salaryMin: null, salaryMax: null, department: null, closingDate: null };
    const created = await call('POST', `/organisations/${organisation.id}/vacancies`, body(nulls));
    expect(created.statusCode).toBe(201);
    expect(await row(created.json().id)).toEqual(nothing);
    const upserted = await call(
      'PUT',
      `/organisations/${organisation.id}/vacancies/by-external-id/NULL-1`,
      body(nulls),
      apiKey,
    );
    expect(upserted.statusCode).toBe(201);
    expect(await row(upserted.json().id)).toEqual(nothing);
  });

  it('refuses a number sent as text in a body, naming the field, but reads numbers in the address', async () => {
    const response = await call('POST', `/organisations/${organisation.id}/vacancies`, body({ hoursMin: '32' }));
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields)).toEqual(['hoursMin']);
    expect((await call('GET', '/vacancies?hoursMin=32&pageSize=5', undefined, {})).statusCode).toBe(200);
  });

  it('checks the rules per field, in the caller’s language', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/vacancies`,
      payload: body({
        hoursMin: 36,
        hoursMax: 24,
        salaryMin: 6000,
        salaryMax: 3000,
        category: 'astrologie',
        postcode: '0000',
        applyMethod: 'url',
      }),
      headers: { ...hr.bearer, 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      category: 'Choose a job field from the list.',
      hoursMax: 'The maximum hours must be at least the minimum.',
      salaryMax: 'The maximum salary must be at least the minimum.',
      postcode: 'We do not know this postcode (use the four digits).',
      applyUrl: 'Give the web address to apply at.',
    });
    const typed = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies`,
      body({ hoursMin: 'veel', educationLevel: 'phd', title: '' }),
    );
    expect(Object.keys(typed.json().error.fields).sort()).toEqual(['educationLevel', 'hoursMin', 'title']);
    const offScale = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies`,
      body({ salaryScale: 4, salaryMin: 6000, salaryMax: 7000 }),
    );
    // With the range the scale takes (2.400–3.050, with room for allowances): HR sees what to change.
    expect(offScale.json().error.fields.salaryScale).toBe(
      'Het salaris past niet bij schaal 4: die gaat van € 2.160 tot € 3.507 bruto per maand bij een volledige werkweek, toelagen meegerekend. Pas het salaris of de schaal aan.',
    );
  });

  it('stores descriptions sanitised: an XSS corpus comes back inert', async () => {
    const corpus = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">klik</a>',
      '<p onclick="alert(1)" style="color:red">tekst</p>',
      '<svg><script>alert(1)</script></svg>',
      '<iframe src="https://evil.example"></iframe>',
      '<a href="JaVaScRiPt:alert(1)">x</a>',
      '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
      '<div><style>body{}</style></div>',
      '"><script>alert(1)</script>',
    ].join('\n');
    const created = (
      await call(
        'POST',
        `/organisations/${organisation.id}/vacancies`,
        body({ description: `<h2>Taken</h2>${corpus}<a href="https://www.tilburg.nl">site</a>` }),
      )
    ).json();
    const html: string = created.description;
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<svg|<math|<img|style=|<style/i);
    expect(html).toContain('<h2>Taken</h2>');
    expect(html).toContain('<a href="https://www.tilburg.nl" rel="nofollow noopener noreferrer">site</a>');
  });
});

describe('every rule at once', () => {
  /** One body that breaks types, both min–max rules, the scale and the place. */
  const broken = () =>
    body({
      title: '',
      educationLevel: 'phd',
      hoursMin: 36,
      hoursMax: 24,
      salaryScale: 4,
      salaryMin: 6000,
      salaryMax: 5000,
      municipalityCode: 'GM0766',
      postcode: '5038',
    });
  const everyProblem = ['educationLevel', 'hoursMax', 'postcode', 'salaryMax', 'salaryScale', 'title'];

  it('answers the type problems and the rules’ problems in one 400, on every way in', async () => {
    const created = await call('POST', `/organisations/${organisation.id}/vacancies`, broken());
    expect(created.statusCode).toBe(400);
    expect(created.json().error.code).toBe('validation_failed');
    expect(Object.keys(created.json().error.fields).sort()).toEqual(everyProblem);

    const draft = (await call('POST', `/organisations/${organisation.id}/vacancies`, body())).json();
    const patched = await call('PATCH', `/vacancies/${draft.id}`, { ...broken(), version: 1 });
    expect(patched.statusCode).toBe(400);
    expect(Object.keys(patched.json().error.fields).sort()).toEqual(everyProblem);
    expect((await call('GET', `/vacancies/${draft.id}`)).json().version).toBe(1);

    const upserted = await call(
      'PUT',
      `/organisations/${organisation.id}/vacancies/by-external-id/ALL-1`,
      broken(),
      apiKey,
    );
    expect(upserted.statusCode).toBe(400);
    expect(Object.keys(upserted.json().error.fields).sort()).toEqual(everyProblem);

    const bulk = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies/bulk`,
      { items: [{ ...broken(), externalId: 'ALL-2' }] },
      apiKey,
    );
    expect(bulk.json().items[0].status).toBe(400);
    expect(Object.keys(bulk.json().items[0].error.fields).sort()).toEqual(everyProblem);
    const stored = await ctx.pool.query('SELECT 1 FROM vacancies WHERE external_id IN ($1, $2)', ['ALL-1', 'ALL-2']);
    expect(stored.rowCount).toBe(0);
  });

  it('names text the database cannot store beside the rules’ problems, on every way in', async () => {
    // The NUL used to be answered alone: the rules' problems of the other fields came only after.
    const withNul = () => body({ summary: 'Met \u0000 erin', hoursMin: 36, hoursMax: 24, category: 'bestaat-niet' });
    const expected = {
      summary: 'Dit bevat een teken dat niet is toegestaan.',
      hoursMax: expect.any(String),
      category: expect.any(String),
    };
    const created = await call('POST', `/organisations/${organisation.id}/vacancies`, withNul());
    expect(created.statusCode, created.body).toBe(400);
    expect(created.json().error.fields).toEqual(expected);

    const draft = (await call('POST', `/organisations/${organisation.id}/vacancies`, body())).json();
    const patched = await call('PATCH', `/vacancies/${draft.id}`, { ...withNul(), version: 1 });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.fields).toEqual(expected);
    // A body that can never be stored as sent is answered so before its version is asked for (428).
    const unversioned = await call('PATCH', `/vacancies/${draft.id}`, withNul());
    expect(unversioned.statusCode).toBe(400);
    expect(unversioned.json().error.fields).toEqual(expected);
    // Beside a header that is wrong.
    const badHeader = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/vacancies/${draft.id}`,
      payload: { summary: 'Met \u0000 erin' },
      headers: { ...hr.bearer, 'if-match': 'x'.repeat(120) },
    });
    expect(badHeader.statusCode).toBe(400);
    expect(Object.keys(badHeader.json().error.fields).sort()).toEqual(['if-match', 'summary']);
    // In a key, in a nested value, and a lone surrogate: each named where it is.
    const nested = await call('PATCH', `/vacancies/${draft.id}`, {
      version: 1,
      'ti\u0000tle': 'x',
      additionalPlaces: [{ municipalityCode: 'GM0855', postcode: '50\u00008' }],
      department: 'Wonen \ud800',
    });
    expect(nested.statusCode).toBe(400);
    expect(Object.keys(nested.json().error.fields).sort()).toEqual(
      ['additionalPlaces.0.postcode', 'department', 'ti\u0000tle'].sort(),
    );
    expect((await call('GET', `/vacancies/${draft.id}`)).json().version).toBe(1);

    const upserted = await call(
      'PUT',
      `/organisations/${organisation.id}/vacancies/by-external-id/NUL-RULES`,
      withNul(),
      apiKey,
    );
    expect(upserted.statusCode).toBe(400);
    expect(upserted.json().error.fields).toEqual(expected);
    const stored = await ctx.pool.query('SELECT 1 FROM vacancies WHERE external_id = $1', ['NUL-RULES']);
    expect(stored.rowCount).toBe(0);
    // A body that is no object is refused as it is.
    const text = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/vacancies`,
      payload: JSON.stringify('\u0000'),
      headers: { ...hr.bearer, 'content-type': 'application/json' },
    });
    expect(text.statusCode).toBe(400);
  });

  it('names a passed closing date with the other problems of a live vacancy, and alone answers 422', async () => {
    const draft = (await call('POST', `/organisations/${organisation.id}/vacancies`, body())).json();
    const live = (await call('POST', `/vacancies/${draft.id}/publish`)).json();
    const both = await call('PATCH', `/vacancies/${draft.id}`, {
      version: live.version,
      hoursMin: 36,
      hoursMax: 24,
      closingDate: '2020-01-01',
    });
    expect(both.statusCode).toBe(400);
    expect(Object.keys(both.json().error.fields).sort()).toEqual(['closingDate', 'hoursMax']);
    const alone = await call('PATCH', `/vacancies/${draft.id}`, { version: live.version, closingDate: '2020-01-01' });
    expect(alone.statusCode).toBe(422);
    expect(alone.json().error.code).toBe('closing_date_passed');
  });

  it('questions a monthly salary without a scale that no public-sector scale comes near', async () => {
    const create = (overrides: Record<string, unknown>, lang = 'nl') =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${organisation.id}/vacancies`,
        payload: body({ salaryScale: null, ...overrides }),
        headers: { ...hr.bearer, 'accept-language': lang },
      });
    const yearly = await create({ salaryMin: 45_000, salaryMax: 50_000 });
    expect(yearly.statusCode).toBe(400);
    expect(yearly.json().error.fields.salaryMin).toContain('de hoogste schaal gaat tot ongeveer € 14.490');
    expect(yearly.json().error.fields).toHaveProperty('salaryMax');
    const english = await create({ salaryMin: 45_000, salaryMax: 50_000 }, 'en');
    expect(english.json().error.fields.salaryMax).toContain('the highest scale goes up to about €14,490');
    const hourly = await create({ salaryMin: 25, salaryMax: 3000 });
    expect(Object.keys(hourly.json().error.fields)).toEqual(['salaryMin']);
    expect(hourly.json().error.fields.salaryMin).toContain('minimumloon');

    // Plausible amounts pass, and so do an intern's allowance and an interim's monthly fee.
    expect((await create({ salaryMin: 3500, salaryMax: 4800 })).statusCode).toBe(201);
    expect((await create({ employmentType: 'internship', salaryMin: 500, salaryMax: 500 })).statusCode).toBe(201);
    expect((await create({ employmentType: 'interim', salaryMin: 15_000, salaryMax: 18_000 })).statusCode).toBe(201);
  });

  it('saves a draft whose closing date has passed, saying so, and refuses to publish it', async () => {
    const created = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies`,
      body({ closingDate: '2020-01-01' }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      state: 'draft',
      closingDate: '2020-01-01',
      warnings: { closingDate: expect.stringContaining('De sluitingsdatum is al voorbij') },
    });
    const edited = await call('PATCH', `/vacancies/${created.json().id}`, { version: 1, title: 'Nog steeds te laat' });
    expect(edited.json().warnings).toHaveProperty('closingDate');
    const fixed = await call('PATCH', `/vacancies/${created.json().id}`, { version: 2, closingDate: inDays(20) });
    expect(fixed.json()).not.toHaveProperty('warnings');

    const late = (
      await call('POST', `/organisations/${organisation.id}/vacancies`, body({ closingDate: inDays(-1) }))
    ).json();
    const publish = await call('POST', `/vacancies/${late.id}/publish`);
    expect(publish.statusCode).toBe(422);
    expect(publish.json().error).toMatchObject({
      code: 'closing_date_passed',
      fields: { closingDate: expect.any(String) },
    });

    const upserted = await call(
      'PUT',
      `/organisations/${organisation.id}/vacancies/by-external-id/LATE-1`,
      body({ closingDate: '2020-01-01' }),
      apiKey,
    );
    expect(upserted.statusCode).toBe(201);
    expect(upserted.json()).toMatchObject({ state: 'draft', warnings: { closingDate: expect.any(String) } });
  });

  it('refuses a postcode that lies outside the chosen municipality, naming both', async () => {
    const inDongen = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies`,
      body({ municipalityCode: 'GM0766', postcode: '5038' }),
    );
    expect(inDongen.statusCode).toBe(400);
    expect(inDongen.json().error.fields).toEqual({
      postcode:
        'Postcode 5038 ligt in Tilburg, niet in Dongen. Kies de gemeente van de werkplek of pas de postcode aan.',
    });
    const extra = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/vacancies`,
      // In Dongen, so that Tilburg is a further place of its own (the same place twice is refused).
      payload: body({
        municipalityCode: 'GM0766',
        postcode: '5101',
        additionalPlaces: [{ municipalityCode: 'GM0855', postcode: '5101' }],
      }),
      headers: { ...hr.bearer, 'accept-language': 'en' },
    });
    expect(extra.json().error.fields).toEqual({
      'additionalPlaces.0.postcode':
        'Postcode 5101 is in Dongen, not in Tilburg. Choose the municipality of the workplace or correct the postcode.',
    });
    const matching = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies`,
      body({ municipalityCode: 'GM0766', postcode: '5101' }),
    );
    expect(matching.statusCode).toBe(201);
  });
});

describe('further work places', () => {
  it('refuses a further work place in a municipality the vacancy names already, on every way in', async () => {
    // The review's case: Tilburg twice beside a vacancy in Tilburg showed "Tilburg (ook in Tilburg, Tilburg)".
    const repeated = {
      additionalPlaces: [{ municipalityCode: 'GM0855' }, { municipalityCode: 'GM0855', postcode: '5038' }],
    };
    const message =
      'Tilburg staat al bij de werkplekken van deze vacature. Kies een andere gemeente of haal deze werkplek weg.';
    const both = { 'additionalPlaces.0.municipalityCode': message, 'additionalPlaces.1.municipalityCode': message };
    const made = (await call('POST', `/organisations/${organisation.id}/vacancies`, body())).json();
    const patched = await call('PATCH', `/vacancies/${made.id}`, { ...repeated, version: made.version });
    expect([patched.statusCode, patched.json().error?.code]).toEqual([400, 'validation_failed']);
    expect(patched.json().error.fields).toEqual(both);

    const created = await call('POST', `/organisations/${organisation.id}/vacancies`, body(repeated));
    expect(created.json().error.fields).toEqual(both);
    const upserted = await call(
      'PUT',
      `/organisations/${organisation.id}/vacancies/by-external-id/PLACES-1`,
      body(repeated),
      apiKey,
    );
    expect(upserted.json().error.fields).toEqual(both);
    const bulk = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies/bulk`,
      { items: [{ ...body(repeated), externalId: 'PLACES-2' }] },
      apiKey,
    );
    expect(bulk.json().items[0]).toMatchObject({ status: 400, error: { fields: both } });

    // An earlier further place counts too, in the caller's language; a place of its own is taken.
    const english = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/vacancies/${made.id}`,
      payload: {
        additionalPlaces: [
          { municipalityCode: 'GM0363' },
          { municipalityCode: 'GM0766' },
          { municipalityCode: 'GM0363' },
        ],
        version: made.version,
      },
      headers: { ...hr.bearer, 'accept-language': 'en' },
    });
    expect(english.json().error.fields).toEqual({
      'additionalPlaces.2.municipalityCode':
        'Amsterdam is already one of this vacancy’s workplaces. Choose another municipality or remove this workplace.',
    });
    const distinct = await call('PATCH', `/vacancies/${made.id}`, {
      additionalPlaces: [{ municipalityCode: 'GM0363' }, { municipalityCode: 'GM0766' }],
      version: made.version,
    });
    expect(distinct.statusCode).toBe(200);
  });
});

describe('time', () => {
  it('takes a scheduled vacancy back to draft before it goes online, and not from any other state', async () => {
    const moment = new Date(Date.now() + 3_600_000).toISOString();
    const made = (
      await call(
        'POST',
        `/organisations/${organisation.id}/vacancies`,
        body({ title: 'Beleidsmedewerker Zandpad', publishAt: moment }),
      )
    ).json();
    const scheduled = await call('POST', `/vacancies/${made.id}/publish`, { version: made.version });
    expect(scheduled.json().state).toBe('scheduled');
    const back = await call('POST', `/vacancies/${made.id}/unschedule`, { version: scheduled.json().version });
    expect([back.statusCode, back.json().state, back.json().publishAt]).toEqual([200, 'draft', moment]);
    // Its history says so, and the moment stays for the next publication; a draft has nothing to take back.
    const history = (await call('GET', `/vacancies/${made.id}/history`)).json().items;
    expect(history.at(-1)).toMatchObject({ action: 'unschedule', changes: { state: ['scheduled', 'draft'] } });
    const again = await call('POST', `/vacancies/${made.id}/unschedule`);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'invalid_transition']);
    expect(await searchIds('Zandpad')).toEqual([]);
    // Published again, it is scheduled for the moment it kept.
    expect((await call('POST', `/vacancies/${made.id}/publish`)).json().state).toBe('scheduled');
  });

  it('publishes a scheduled vacancy at its moment and closes one whose closing date passed, across a restart', async () => {
    const scheduled = (
      await call(
        'POST',
        `/organisations/${organisation.id}/vacancies`,
        // Ahead far enough to be still to come when the publish is asked for on a busy machine.
        body({ title: 'Planoloog Zuidwest', publishAt: new Date(Date.now() + 8000).toISOString() }),
      )
    ).json();
    expect((await call('POST', `/vacancies/${scheduled.id}/publish`)).json().state).toBe('scheduled');
    const expiring = (
      await call('POST', `/organisations/${organisation.id}/vacancies`, body({ title: 'Archivaris Oost' }))
    ).json();
    await call('POST', `/vacancies/${expiring.id}/publish`);
    // The closing date passes (as if the calendar moved on).
    await ctx.db
      .update(vacancies)
      .set({ closingDate: inDays(-1) })
      .where(eq(vacancies.id, expiring.id));

    await ctx.restart();

    let states: string[] = [];
    for (let i = 0; i < 250; i++) {
      const rows = await ctx.db.select({ id: vacancies.id, state: vacancies.state }).from(vacancies);
      states = [scheduled.id, expiring.id].map((id) => rows.find((r) => r.id === id)!.state);
      if (states[0] === 'published' && states[1] === 'closed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(states).toEqual(['published', 'closed']);
    expect(await searchIds('Planoloog Zuidwest')).toEqual([scheduled.id]);
    expect(await searchIds('Archivaris Oost')).toEqual([]);
    expect((await call('GET', `/vacancies/${expiring.id}`)).json().state).toBe('closed');
  }, 60_000);
});

describe('ATS integration', () => {
  it('upserts by external id idempotently: the same body twice changes nothing and writes one history entry', async () => {
    const url = `/organisations/${organisation.id}/vacancies/by-external-id/ATS-1001`;
    const first = await call('PUT', url, body({ title: 'Jurist Omgevingswet', state: 'published' }), apiKey);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ created: true, changed: true, state: 'published' });
    const second = await call('PUT', url, body({ title: 'Jurist Omgevingswet', state: 'published' }), apiKey);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ created: false, changed: false, version: first.json().version });
    const history = await ctx.db
      .select()
      .from(vacancyHistory)
      .where(eq(vacancyHistory.vacancyId, first.json().id))
      .orderBy(vacancyHistory.id);
    expect(history.map((h) => h.action)).toEqual(['created', 'publish']);
    expect(history.every((h) => h.actorApiKeyId !== null)).toBe(true);
    // Written in its state at once, with the history the life cycle writes: a draft at version 1, then published.
    expect(history.map((h) => h.version)).toEqual([1, 2]);
    expect(history[0]!.changes).toMatchObject({ state: [null, 'draft'], title: [null, 'Jurist Omgevingswet'] });
    expect(history[1]!.changes).toEqual({ state: ['draft', 'published'] });
    expect(first.json().version).toBe(2);

    const changed = await call('PUT', url, body({ title: 'Senior jurist Omgevingswet', state: 'published' }), apiKey);
    expect(changed.json()).toMatchObject({ changed: true, version: first.json().version + 1 });
    expect(await searchIds('Senior jurist Omgevingswet')).toEqual([first.json().id]);
  });

  it('takes an external id only as it shows: no space around it, nothing invisible in it (one vacancy per id)', async () => {
    const base = `/organisations/${organisation.id}/vacancies`;
    const message =
      'Vul een kenmerk in van zichtbare tekens, zonder spatie aan het begin of eind en zonder onzichtbare tekens.';
    for (const id of ['ATS-7 ', ' ATS-7', 'ATS-7\u200b', 'ATS-\u00017', 'ATS\t7']) {
      const put = await call('PUT', `${base}/by-external-id/${encodeURIComponent(id)}`, body(), apiKey);
      expect([put.statusCode, put.json().error?.fields?.externalId], JSON.stringify(id)).toEqual([400, message]);
      const created = await call('POST', base, body({ externalId: id }), apiKey);
      expect([created.statusCode, created.json().error?.fields?.externalId], JSON.stringify(id)).toEqual([
        400,
        message,
      ]);
    }
    const bulk = await call('POST', `${base}/bulk`, { items: [{ ...body(), externalId: 'ATS-7 ' }] }, apiKey);
    expect(bulk.json().items[0]).toMatchObject({ status: 400, error: { fields: { externalId: message } } });
    // A plain space between is an id's own; the same id again is the same vacancy.
    const inner = await call('PUT', `${base}/by-external-id/${encodeURIComponent('ATS 7')}`, body(), apiKey);
    expect(inner.statusCode, inner.body).toBe(201);
    const again = await call('POST', `${base}/bulk`, { items: [{ ...body(), externalId: 'ATS 7' }] }, apiKey);
    expect(again.json().items[0]).toMatchObject({ status: 200, result: { id: inner.json().id } });
    const stored = await ctx.pool.query(`SELECT count(*)::int AS n FROM vacancies WHERE external_id LIKE 'ATS%7%'`);
    expect(stored.rows[0].n).toBe(1);
  });

  it('answers an external id another vacancy has with 409 on that field, in a create and an edit (was a 500)', async () => {
    const url = `/organisations/${organisation.id}/vacancies/by-external-id/ATS-TAKEN`;
    expect((await call('PUT', url, body(), apiKey)).statusCode).toBe(201);
    const create = await call('POST', `/organisations/${organisation.id}/vacancies`, body({ externalId: 'ATS-TAKEN' }));
    expect(create.statusCode, create.body).toBe(409);
    expect(create.json().error).toMatchObject({
      code: 'conflict',
      fields: { externalId: 'Een andere vacature van je organisatie heeft dit kenmerk al.' },
    });
    const other = (await call('POST', `/organisations/${organisation.id}/vacancies`, body())).json();
    const edit = await call(
      'PATCH',
      `/vacancies/${other.id}`,
      { version: other.version, externalId: 'ATS-TAKEN' },
      {
        ...hr.bearer,
        'accept-language': 'en',
      },
    );
    expect(edit.statusCode, edit.body).toBe(409);
    expect(edit.json().error.fields).toEqual({
      externalId: 'Another vacancy of your organisation has this reference already.',
    });
  });

  it('sees the same further work places sent again as no change (the database orders their keys its own way)', async () => {
    const url = `/organisations/${organisation.id}/vacancies/by-external-id/ATS-PLACES`;
    const places = body({ additionalPlaces: [{ municipalityCode: 'GM0758', postcode: '4837' }] });
    const first = (await call('PUT', url, places, apiKey)).json();
    const again = await call('PUT', url, places, apiKey);
    expect(again.json()).toMatchObject({ changed: false, version: first.version });
    const edit = await call('PATCH', `/vacancies/${first.id}`, { version: first.version, ...places });
    expect(edit.json().version).toBe(first.version);
  });

  it('writes an upsert sent with If-Match only over the version it names', async () => {
    const url = `/organisations/${organisation.id}/vacancies/by-external-id/ATS-LOCKED`;
    const withMatch = (version: string, title: string) =>
      call('PUT', url, body({ title }), { ...apiKey, 'if-match': version });
    // A vacancy that does not exist is at no version.
    expect((await withMatch('1', 'Jurist')).statusCode).toBe(409);
    const created = (await call('PUT', url, body({ title: 'Jurist' }), apiKey)).json();
    const stale = await withMatch(String(created.version + 1), 'Jurist bestuursrecht');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_version', currentVersion: created.version });
    const fresh = await withMatch(`"${created.version}"`, 'Jurist bestuursrecht');
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.json()).toMatchObject({ changed: true, version: created.version + 1 });
    expect((await withMatch('abc', 'Jurist')).json().error.fields).toHaveProperty('if-match');
    // `*`: only a vacancy that exists (RFC 9110).
    expect((await withMatch('*', 'Jurist bestuursrecht')).statusCode).toBe(200);
    const nowhere = `/organisations/${organisation.id}/vacancies/by-external-id/ATS-NOWHERE`;
    expect((await call('PUT', nowhere, body(), { ...apiKey, 'if-match': '*' })).statusCode).toBe(409);
    // Without If-Match the upsert is the ATS's last word, as before (the body's version is the GET shape's).
    const last = await call('PUT', url, body({ title: 'Jurist', version: 1 }), apiKey);
    expect(last.statusCode).toBe(200);
  });

  it('refuses a CSV file or plain text sent to a route that takes JSON with 415, and JSON sent as the file', async () => {
    const url = `/api/v1/organisations/${organisation.id}/vacancies/by-external-id/ATS-TYPE`;
    for (const type of ['text/csv', 'text/plain']) {
      const sent = await ctx.app.inject({
        method: 'PUT',
        url,
        headers: { ...apiKey, 'content-type': type },
        payload: 'kenmerk,titel\nATS-TYPE,Jurist\n',
      });
      expect(sent.statusCode, `${type}: ${sent.body.slice(0, 200)}`).toBe(415);
      expect(sent.json().error.code).toBe('unsupported_media_type');
    }
    const json = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/vacancies/upload`,
      headers: { ...hr.bearer, 'content-type': 'application/json' },
      payload: JSON.stringify({ kenmerk: 'ATS-TYPE' }),
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toBe('Stuur het bestand zelf, als CSV (text/csv).');
  });

  it('refuses text or a form sent to an operation that takes no body with 415, and takes none or JSON', async () => {
    const draft = (
      await call('POST', `/organisations/${organisation.id}/vacancies`, body({ title: 'Kopieerbaar' }))
    ).json();
    const duplicate = (headers: Record<string, string>, payload?: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/vacancies/${draft.id}/duplicate`,
        headers: { ...hr.bearer, ...headers },
        ...(payload === undefined ? {} : { payload }),
      });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/csv']) {
      const sent = await duplicate({ 'content-type': type }, 'titel=Jurist');
      expect(sent.statusCode, `${type}: ${sent.body.slice(0, 200)}`).toBe(415);
      expect(sent.json().error.code).toBe('unsupported_media_type');
    }
    expect((await duplicate({ 'content-type': 'application/json' }, '{}')).statusCode).toBe(201);
    expect((await duplicate({})).statusCode).toBe(201);
    // A type named over no body sends nothing of that type.
    expect((await duplicate({ 'content-type': 'text/plain' }, '')).statusCode).toBe(201);
  });

  it('names an unknown field called constructor, as any other (it was taken for one already named)', async () => {
    const url = `/organisations/${organisation.id}/vacancies/by-external-id/ATS-CONSTRUCTOR`;
    const sent = await call('PUT', url, { ...body(), constructor: 'x' }, apiKey);
    expect(sent.statusCode).toBe(400);
    expect(sent.json().error.fields).toEqual({ constructor: 'Dit veld kennen we niet: constructor.' });
  });

  it('writes a second bulk item for one external id over the first, in the same hundred', async () => {
    const items = [
      { ...body({ title: 'Tweemaal eerst' }), externalId: 'TWICE-1', state: 'published' },
      { ...body({ title: 'Anders' }), externalId: 'TWICE-2' },
      { ...body({ title: 'Tweemaal daarna' }), externalId: 'TWICE-1', state: 'closed' },
    ];
    const response = await call('POST', `/organisations/${organisation.id}/vacancies/bulk`, { items }, apiKey);
    const answers = response.json().items as {
      status: number;
      result: { id: string; state: string; version: number };
    }[];
    expect(answers.map((a) => a.status)).toEqual([201, 201, 200]);
    expect(answers[2]!.result).toMatchObject({ id: answers[0]!.result.id, state: 'closed', version: 4 });
    const [row] = await ctx.db.select().from(vacancies).where(eq(vacancies.id, answers[0]!.result.id));
    expect(row).toMatchObject({ title: 'Tweemaal daarna', state: 'closed', version: 4 });
    const history = await ctx.db
      .select()
      .from(vacancyHistory)
      .where(eq(vacancyHistory.vacancyId, row!.id))
      .orderBy(vacancyHistory.id);
    expect(history.map((h) => [h.action, h.version])).toEqual([
      ['created', 1],
      ['publish', 2],
      ['upserted', 3],
      ['close', 4],
    ]);

    // Two more for it, now that it exists: the second sees what the first wrote.
    const again = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies/bulk`,
      {
        items: [
          { ...body({ title: 'Derde keer' }), externalId: 'TWICE-1', state: 'closed' },
          { ...body({ title: 'Vierde keer' }), externalId: 'TWICE-1', state: 'closed' },
        ],
      },
      apiKey,
    );
    expect(again.json().items.map((a: { result: { version: number } }) => a.result.version)).toEqual([5, 6]);
    const [after] = await ctx.db.select().from(vacancies).where(eq(vacancies.id, row!.id));
    expect(after).toMatchObject({ title: 'Vierde keer', version: 6 });
  });

  it('never makes two rows for one external id, however many upserts race', async () => {
    const url = `/organisations/${organisation.id}/vacancies/by-external-id/ATS-RACE`;
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => call('PUT', url, body({ title: 'Gelijktijdig' }), apiKey)),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    const rows = await ctx.pool.query('SELECT id FROM vacancies WHERE organisation_id = $1 AND external_id = $2', [
      organisation.id,
      'ATS-RACE',
    ]);
    expect(rows.rowCount).toBe(1);
  });

  it('bulk-upserts, reporting each bad item without rejecting the good ones', async () => {
    const response = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies/bulk`,
      {
        items: [
          { ...body({ title: 'Bulk een' }), externalId: 'B-1' },
          { ...body({ title: 'Bulk twee', hoursMin: 40, hoursMax: 8 }), externalId: 'B-2' },
          { ...body({ title: 'Bulk drie' }), externalId: 'B-3', state: 'published' },
          { title: 'Zonder alles', externalId: 'B-4' },
          'geen object',
        ],
      },
      apiKey,
    );
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.items.map((i: { status: number }) => i.status)).toEqual([201, 400, 201, 400, 400]);
    expect(result).toMatchObject({ succeeded: 2, failed: 3 });
    expect(result.items[1].error.fields).toHaveProperty('hoursMax');
    expect(Object.keys(result.items[3].error.fields)).toEqual(expect.arrayContaining(['category', 'hoursMin']));
    const stored = await ctx.pool.query(
      'SELECT external_id FROM vacancies WHERE organisation_id = $1 AND external_id LIKE $2 ORDER BY 1',
      [organisation.id, 'B-%'],
    );
    expect(stored.rows.map((r) => r.external_id)).toEqual(['B-1', 'B-3']);
  });

  it('checks bulk items as sent: a null stays null and a number in quotes is refused', async () => {
    const response = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies/bulk`,
      {
        items: [
          {
            ...body({ title: 'Bulk zonder salaris', salaryScale: null, salaryMin: null, salaryMax: null }),
            externalId: 'N-1',
          },
          { ...body({ title: 'Bulk met tekst', hoursMin: '32' }), externalId: 'N-2' },
        ],
      },
      apiKey,
    );
    const [stored, refused] = response.json().items;
    expect(stored.status).toBe(201);
    const row = await ctx.pool.query('SELECT salary_min, salary_max FROM vacancies WHERE id = $1', [stored.result.id]);
    expect(row.rows[0]).toEqual({ salary_min: null, salary_max: null });
    expect(refused).toMatchObject({ status: 400, error: { fields: { hoursMin: expect.any(String) } } });
  });

  it('publishes a bulk-upserted scheduled vacancy at its moment, without waiting for the minute sweep', async () => {
    const publishAt = new Date(Date.now() + 6000).toISOString();
    const response = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies/bulk`,
      { items: [{ ...body({ title: 'Bulk gepland', publishAt }), externalId: 'SCHED-1', state: 'published' }] },
      apiKey,
    );
    const { result } = response.json().items[0];
    expect(result.state).toBe('scheduled');
    // The sweep would publish it too, but only at its next minute: the upsert asked the queue itself.
    const checks = await ctx.pool.query("SELECT 1 FROM pgboss.job WHERE name = 'due-check' AND singleton_key LIKE $1", [
      `vacancy:${result.id}:%`,
    ]);
    expect(checks.rowCount).toBe(1);
    let state: string | undefined = 'scheduled';
    for (let i = 0; i < 150 && state !== 'published'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const [row] = await ctx.db.select({ state: vacancies.state }).from(vacancies).where(eq(vacancies.id, result.id));
      state = row?.state;
    }
    expect(state).toBe('published');
  });

  it('keeps every good bulk item when one holds text the database cannot store', async () => {
    const items = [0, 1, 2, 3, 4].map((i) => ({
      ...body({ title: i === 2 ? 'Bulk met \u0000 erin' : `Bulk los ${i}` }),
      externalId: `NUL-${i}`,
    }));
    const response = await call('POST', `/organisations/${organisation.id}/vacancies/bulk`, { items }, apiKey);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.items.map((i: { status: number }) => i.status)).toEqual([201, 201, 400, 201, 201]);
    expect(result).toMatchObject({ succeeded: 4, failed: 1 });
    expect(result.items[2]).toMatchObject({
      index: 2,
      externalId: 'NUL-2',
      error: { code: 'validation_failed', fields: { title: 'Dit bevat een teken dat niet is toegestaan.' } },
    });
    const stored = await ctx.pool.query(
      'SELECT external_id FROM vacancies WHERE organisation_id = $1 AND external_id LIKE $2 ORDER BY 1',
      [organisation.id, 'NUL-%'],
    );
    expect(stored.rows.map((r) => r.external_id)).toEqual(['NUL-0', 'NUL-1', 'NUL-3', 'NUL-4']);
  });

  it('writes a hundred’s new vacancies together with the history single upserts write, beside updates', async () => {
    const url = `/organisations/${organisation.id}/vacancies/bulk`;
    await call('POST', url, { items: [{ ...body({ title: 'Bestond al' }), externalId: 'MIX-0' }] }, apiKey);
    const items = [
      { ...body({ title: 'Bestond al, gewijzigd' }), externalId: 'MIX-0', state: 'published' },
      { ...body({ title: 'Nieuw gepubliceerd' }), externalId: 'MIX-1', state: 'published' },
      { ...body({ title: 'Nieuw concept' }), externalId: 'MIX-2' },
      { ...body({ title: 'Nieuw gesloten' }), externalId: 'MIX-3', state: 'closed' },
      { ...body({ title: 'Nieuw maar fout', hoursMin: 40, hoursMax: 8 }), externalId: 'MIX-4', state: 'published' },
    ];
    const response = await call('POST', url, { items }, apiKey);
    const answers = response.json().items as {
      status: number;
      result?: { id: string; state: string; version: number };
    }[];
    expect(answers.map((a) => a.status)).toEqual([200, 201, 201, 201, 400]);
    expect(answers.map((a) => [a.result?.state, a.result?.version])).toEqual([
      ['published', 3],
      ['published', 2],
      ['draft', 1],
      ['closed', 2],
      [undefined, undefined],
    ]);
    const historyOf = async (id: string) =>
      (
        await ctx.db.select().from(vacancyHistory).where(eq(vacancyHistory.vacancyId, id)).orderBy(vacancyHistory.id)
      ).map((h) => ({ action: h.action, version: h.version, state: h.changes.state, key: h.actorApiKeyId !== null }));
    expect(await historyOf(answers[1]!.result!.id)).toEqual([
      { action: 'created', version: 1, state: [null, 'draft'], key: true },
      { action: 'publish', version: 2, state: ['draft', 'published'], key: true },
    ]);
    expect(await historyOf(answers[2]!.result!.id)).toEqual([
      { action: 'created', version: 1, state: [null, 'draft'], key: true },
    ]);
    expect(await historyOf(answers[3]!.result!.id)).toEqual([
      { action: 'created', version: 1, state: [null, 'draft'], key: true },
      { action: 'close', version: 2, state: ['draft', 'closed'], key: true },
    ]);
    const [published] = await ctx.db.select().from(vacancies).where(eq(vacancies.id, answers[1]!.result!.id));
    expect(published).toMatchObject({
      title: 'Nieuw gepubliceerd',
      externalId: 'MIX-1',
      organisationId: organisation.id,
    });
    expect(published!.publishedAt).not.toBeNull();
    const refused = await ctx.pool.query('SELECT 1 FROM vacancies WHERE organisation_id = $1 AND external_id = $2', [
      organisation.id,
      'MIX-4',
    ]);
    expect(refused.rowCount).toBe(0);
  });

  it('keeps every good new vacancy of a hundred when the database refuses one of them', async () => {
    // A refusal only the database makes (here a trigger of this test's own, as a constraint
    // would): the hundred's new vacancies, written in one statement, are then written one by one.
    await ctx.pool.query(`
      CREATE FUNCTION refuse_weigeren() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.title = 'Weigeren' THEN RAISE EXCEPTION 'refused' USING ERRCODE = '22023'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_weigeren BEFORE INSERT ON vacancies FOR EACH ROW EXECUTE FUNCTION refuse_weigeren();`);
    try {
      const items = [0, 1, 2, 3].map((i) => ({
        ...body({ title: i === 1 ? 'Weigeren' : `Samen nieuw ${i}` }),
        externalId: `REFUSE-${i}`,
        state: 'published',
      }));
      const response = await call('POST', `/organisations/${organisation.id}/vacancies/bulk`, { items }, apiKey);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().items.map((i: { status: number }) => i.status)).toEqual([201, 400, 201, 201]);
      const stored = await ctx.pool.query(
        `SELECT v.external_id, array_agg(h.version ORDER BY h.id) AS versions
         FROM vacancies v JOIN vacancy_history h ON h.vacancy_id = v.id
         WHERE v.organisation_id = $1 AND v.external_id LIKE 'REFUSE-%' GROUP BY 1 ORDER BY 1`,
        [organisation.id],
      );
      expect(stored.rows).toEqual(
        ['REFUSE-0', 'REFUSE-2', 'REFUSE-3'].map((id) => ({ external_id: id, versions: [1, 2] })),
      );
    } finally {
      await ctx.pool.query('DROP TRIGGER refuse_weigeren ON vacancies; DROP FUNCTION refuse_weigeren();');
    }
  });

  it('answers every item of a bulk that spans several transactions, keeping the good ones and making them findable', async () => {
    // 250 items are written a hundred to a transaction: a bad item first, in the middle and last.
    const bad = new Set([0, 150, 249]);
    const items = Array.from({ length: 250 }, (_, i) => ({
      ...body({ title: `Reeksadviseur ${i}`, ...(bad.has(i) ? { hoursMin: 40, hoursMax: 8 } : {}) }),
      externalId: `SPAN-${i}`,
      state: 'published',
    }));
    const response = await call('POST', `/organisations/${organisation.id}/vacancies/bulk`, { items }, apiKey);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ succeeded: 247, failed: 3 });
    result.items.forEach((item: { index: number; externalId: string; status: number }, i: number) => {
      expect(item).toMatchObject({ index: i, externalId: `SPAN-${i}`, status: bad.has(i) ? 400 : 201 });
    });
    const stored = await ctx.pool.query(
      'SELECT count(*)::int AS n FROM vacancies WHERE organisation_id = $1 AND external_id LIKE $2',
      [organisation.id, 'SPAN-%'],
    );
    expect(stored.rows[0].n).toBe(247);
    await ctx.sync();
    const found = await call('GET', '/vacancies?q=Reeksadviseur&pageSize=1');
    expect(found.json().total).toBe(247);
  });

  it('answers every item of two bulks that write the same vacancies in opposite orders at once', async () => {
    // Each bulk holds its hundred's row locks until it commits: crossing orders deadlock, and the
    // hundred the database gives up on is written again once the other has committed.
    const ids = Array.from({ length: 20 }, (_, i) => `CROSS-${i}`);
    const items = (title: string, order: string[]) => order.map((externalId) => ({ ...body({ title }), externalId }));
    const url = `/organisations/${organisation.id}/vacancies/bulk`;
    expect((await call('POST', url, { items: items('Kruising', ids) }, apiKey)).json().succeeded).toBe(20);
    const [forward, backward] = await Promise.all([
      call('POST', url, { items: items('Kruising heen', ids) }, apiKey),
      call('POST', url, { items: items('Kruising terug', ids.toReversed()) }, apiKey),
    ]);
    for (const answer of [forward, backward]) {
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json(), answer.body.slice(0, 1500)).toMatchObject({ succeeded: 20, failed: 0 });
    }
    const rows = await ctx.pool.query(
      'SELECT title FROM vacancies WHERE organisation_id = $1 AND external_id LIKE $2',
      [organisation.id, 'CROSS-%'],
    );
    // One row per external id, each as one of the two bulks wrote it (the batch is not atomic).
    expect(rows.rowCount).toBe(20);
    for (const row of rows.rows) expect(['Kruising heen', 'Kruising terug']).toContain(row.title);
  });

  it('lets no key write another organisation’s vacancies', async () => {
    const other = await createOrganisation(ctx.db);
    const response = await call('PUT', `/organisations/${other.id}/vacancies/by-external-id/X`, body(), apiKey);
    expect(response.statusCode).toBe(404);
    const hrElsewhere = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'hr_officer', organisation: other })).email,
      TEST_PASSWORD,
    );
    const mine = (await call('POST', `/organisations/${organisation.id}/vacancies`, body())).json();
    for (const attempt of [
      call('GET', `/vacancies/${mine.id}/history`, undefined, hrElsewhere.bearer),
      call('PATCH', `/vacancies/${mine.id}`, { title: 'Gekaapt', version: 1 }, hrElsewhere.bearer),
      call('POST', `/vacancies/${mine.id}/publish`, undefined, hrElsewhere.bearer),
    ]) {
      expect((await attempt).statusCode).toBe(404);
    }
    expect((await call('GET', `/vacancies/${mine.id}`, undefined, hrElsewhere.bearer)).statusCode).toBe(404);
  });
});

describe('the alliance-internal mobility pool', () => {
  it('shows an internal vacancy to staff of members only, and to everyone from its public date', async () => {
    const draft = (
      await call(
        'POST',
        `/organisations/${organisation.id}/vacancies`,
        body({ title: 'Mobiliteitspool adviseur', visibility: 'internal' }),
      )
    ).json();
    await call('POST', `/vacancies/${draft.id}/publish`);
    await ctx.sync();
    const other = await createOrganisation(ctx.db);
    const colleague = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'hr_officer', organisation: other })).email,
      TEST_PASSWORD,
    );
    const seeker = await signIn(ctx.app, (await createUser(ctx.db)).email, TEST_PASSWORD);
    const find = async (headers: Record<string, string>) =>
      (await ctx.app.inject({ url: '/api/v1/vacancies?q=Mobiliteitspool', headers }))
        .json()
        .hits.map((h: { id: string }) => h.id);
    expect(await find({})).toEqual([]);
    expect(await find(seeker.bearer)).toEqual([]);
    expect(await find(colleague.bearer)).toEqual([draft.id]);
    expect((await ctx.app.inject({ url: `/api/v1/vacancies/${draft.id}` })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: `/api/v1/vacancies/${draft.id}`, headers: colleague.bearer })).statusCode).toBe(
      200,
    );

    // Opened to the public at its date (by the job queue's due check), as new to the public: it
    // was published internally three weeks ago.
    const weeksAgo = new Date(Date.now() - 21 * 86_400_000);
    await ctx.db
      .update(vacancies)
      .set({ publicFrom: new Date(Date.now() - 1000), publishedAt: weeksAgo })
      .where(eq(vacancies.id, draft.id));
    const { applyDueChanges } = await import('@samenwerven/server');
    await applyDueChanges(ctx.db, ctx.config);
    await ctx.sync();
    expect(await find({})).toEqual([draft.id]);
    const recent = await ctx.app.inject({ url: '/api/v1/vacancies?q=Mobiliteitspool&postedWithinDays=1' });
    expect(recent.json().hits.map((h: { id: string }) => h.id)).toEqual([draft.id]);
  });

  it('counts an internal vacancy made public by an edit as new to the public from then', async () => {
    const draft = (
      await call(
        'POST',
        `/organisations/${organisation.id}/vacancies`,
        body({ title: 'Zwijgzame archivaris', visibility: 'internal' }),
      )
    ).json();
    await call('POST', `/vacancies/${draft.id}/publish`);
    const weeksAgo = new Date(Date.now() - 20 * 86_400_000);
    await ctx.db.update(vacancies).set({ publishedAt: weeksAgo }).where(eq(vacancies.id, draft.id));
    const version = (await call('GET', `/vacancies/${draft.id}`)).json().version;
    const opened = await call('PATCH', `/vacancies/${draft.id}`, { version, visibility: 'public' });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(Date.now() - Date.parse(opened.json().publishedAt)).toBeLessThan(60_000);
    await ctx.sync();
    const recent = await ctx.app.inject({ url: '/api/v1/vacancies?q=Zwijgzame&postedWithinDays=7' });
    expect(recent.json().hits.map((h: { id: string }) => h.id)).toEqual([draft.id]);

    // Only the first time: internal and public again does not put it on top of the feeds anew.
    const firstPublic = opened.json().publishedAt as string;
    const hidden = await call('PATCH', `/vacancies/${draft.id}`, {
      version: opened.json().version,
      visibility: 'internal',
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await call('PATCH', `/vacancies/${draft.id}`, {
      version: hidden.json().version,
      visibility: 'public',
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().publishedAt).toBe(firstPublic);
    // Nor does the minute sweep, for one made public again at a date.
    const back = await call('PATCH', `/vacancies/${draft.id}`, {
      version: again.json().version,
      visibility: 'internal',
      publicFrom: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(back.statusCode, back.body).toBe(200);
    await ctx.db
      .update(vacancies)
      .set({ publicFrom: new Date(Date.now() - 1000) })
      .where(eq(vacancies.id, draft.id));
    const { applyDueChanges } = await import('@samenwerven/server');
    await applyDueChanges(ctx.db, ctx.config);
    const swept = (await call('GET', `/vacancies/${draft.id}`)).json();
    expect([swept.visibility, swept.publishedAt]).toEqual(['public', firstPublic]);
  });

  it('stores a title, department and contact name on one line: line breaks put lines of their own in mails', async () => {
    const made = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies`,
      body({
        title: 'Jurist\r\nBcc: evil@example.org\r\nX-Evil: 1',
        department: 'Werk\nen Inkomen',
        contactName: 'Jan\r\nJansen',
      }),
    );
    expect(made.statusCode, made.body).toBe(201);
    expect([made.json().title, made.json().department, made.json().contactName]).toEqual([
      'Jurist Bcc: evil@example.org X-Evil: 1',
      'Werk en Inkomen',
      'Jan Jansen',
    ]);
    // Stored before, by migration 0029: the same, and only where something changes.
    const before = await createVacancy(ctx.db, { organisation, title: ' Oude\r\ntitel\u2028 met  ruimte ' });
    const plain = await createVacancy(ctx.db, { organisation, title: 'Gewone titel' });
    const migration = await readFile(new URL('../../db/migrations/0029_one_line_names.sql', import.meta.url), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await ctx.pool.query(statement);
    const titles = await ctx.pool.query<{ id: string; title: string; version: number }>(
      'SELECT id, title, version FROM vacancies WHERE id = ANY($1) ORDER BY title',
      [[before.id, plain.id]],
    );
    expect(titles.rows.map((row) => [row.id, row.title])).toEqual([
      [plain.id, 'Gewone titel'],
      [before.id, 'Oude titel met ruimte'],
    ]);

    // Direction controls, by the API left out now and by migration 0031 before (a membership review).
    const turned = await call(
      'POST',
      `/organisations/${organisation.id}/vacancies`,
      body({ title: 'Jurist \u202EtsiruJ\u202C' }),
    );
    expect(turned.json().title).toBe('Jurist tsiruJ');
    const stored = await createVacancy(ctx.db, { organisation, title: 'Oud \u2066 gekeerd\u2069 ' });
    const directions = await readFile(
      new URL('../../db/migrations/0031_names_without_direction_controls.sql', import.meta.url),
      'utf8',
    );
    await ctx.pool.query(directions);
    const after = await ctx.pool.query<{ id: string; title: string }>(
      'SELECT id, title FROM vacancies WHERE id = ANY($1) ORDER BY title',
      [[stored.id, plain.id]],
    );
    expect(after.rows.map((row) => [row.id, row.title])).toEqual([
      [plain.id, 'Gewone titel'],
      [stored.id, 'Oud gekeerd'],
    ]);
  });

  it('counts an internal vacancy made public while closed as new to the public when it reopens', async () => {
    const weeksAgo = new Date(Date.now() - 20 * 86_400_000);
    const closedAfterPublishing = async (title: string, visibility: 'internal' | 'public') => {
      const draft = (
        await call('POST', `/organisations/${organisation.id}/vacancies`, body({ title, visibility }))
      ).json();
      await call('POST', `/vacancies/${draft.id}/publish`);
      await ctx.db.update(vacancies).set({ publishedAt: weeksAgo }).where(eq(vacancies.id, draft.id));
      return (await call('POST', `/vacancies/${draft.id}/close`)).json();
    };
    const edit = async (closed: { id: string; version: number }, visibility: 'internal' | 'public') => {
      const edited = await call('PATCH', `/vacancies/${closed.id}`, { version: closed.version, visibility });
      expect(edited.statusCode, edited.body).toBe(200);
      return edited.json();
    };

    // Published internally, closed, made public while closed: reopened, it is new to the public.
    const internal = await closedAfterPublishing('Verborgen kartograaf', 'internal');
    const madePublic = await edit(internal, 'public');
    expect(madePublic.publishedAt).toBe(weeksAgo.toISOString());
    const reopened = (await call('POST', `/vacancies/${internal.id}/reopen`)).json();
    expect(reopened.state).toBe('published');
    expect(Date.now() - Date.parse(reopened.publishedAt)).toBeLessThan(60_000);
    await ctx.sync();
    const recent = await ctx.app.inject({ url: '/api/v1/vacancies?q=kartograaf&postedWithinDays=7' });
    expect(recent.json().hits.map((h: { id: string }) => h.id)).toEqual([internal.id]);

    // Public while open, then internal and public again while closed: it keeps its date.
    const known = await closedAfterPublishing('Bekende kartograaf', 'public');
    await edit(await edit(known, 'internal'), 'public');
    const back = (await call('POST', `/vacancies/${known.id}/reopen`)).json();
    expect([back.state, back.publishedAt]).toEqual(['published', weeksAgo.toISOString()]);
  });

  it('counts a draft made internal before publishing as never public: it goes public as new', async () => {
    // New drafts are public by default: made internal while a draft, it was never seen by the public.
    const draft = (
      await call('POST', `/organisations/${organisation.id}/vacancies`, body({ title: 'Stille planner' }))
    ).json();
    const internal = await call('PATCH', `/vacancies/${draft.id}`, { version: draft.version, visibility: 'internal' });
    expect(internal.statusCode, internal.body).toBe(200);
    await call('POST', `/vacancies/${draft.id}/publish`);
    await ctx.db
      .update(vacancies)
      .set({ publishedAt: new Date(Date.now() - 20 * 86_400_000) })
      .where(eq(vacancies.id, draft.id));
    const version = (await call('GET', `/vacancies/${draft.id}`)).json().version;
    const opened = await call('PATCH', `/vacancies/${draft.id}`, { version, visibility: 'public' });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(Date.now() - Date.parse(opened.json().publishedAt)).toBeLessThan(60_000);
  });

  it('keeps what closed, went back to draft or was withdrawn before its public date internal for good', async () => {
    const due = new Date(Date.now() - 1000);
    const made = await Promise.all(
      (['closed', 'draft', 'withdrawn'] as const).map((state) =>
        createVacancy(ctx.db, { organisation, state, visibility: 'internal', publicFrom: due }),
      ),
    );
    const { applyDueChanges } = await import('@samenwerven/server');
    await applyDueChanges(ctx.db, ctx.config);
    for (const vacancy of made) {
      const [row] = await ctx.db.select().from(vacancies).where(eq(vacancies.id, vacancy.id));
      expect(row, vacancy.state).toMatchObject({ visibility: 'internal', version: vacancy.version });
    }
    // What stays public of a closed vacancy is for one that was public: this one never was.
    expect((await ctx.app.inject({ url: `/api/v1/vacancies/${made[0]!.id}/closed` })).statusCode).toBe(404);
  });
});

describe('moments after the closing date', () => {
  it('refuses a publication moment or a public date the vacancy would never reach', async () => {
    const create = (overrides: Record<string, unknown>) =>
      call('POST', `/organisations/${organisation.id}/vacancies`, body({ closingDate: '2027-03-01', ...overrides }));
    const late = await create({ publishAt: '2027-04-01T08:00:00Z' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields.publishAt).toBe(
      'Dit moment ligt na de sluitingsdatum: de vacature zou nooit online komen. Kies een moment op of vóór de sluitingsdatum, of een latere sluitingsdatum.',
    );
    // Amsterdam's day: 23:30 UTC on the closing date is already the day after there.
    expect((await create({ publishAt: '2027-03-01T23:30:00Z' })).json().error.fields).toHaveProperty('publishAt');
    const internal = await create({ visibility: 'internal', publicFrom: '2027-03-02T08:00:00Z' });
    expect(Object.keys(internal.json().error.fields)).toEqual(['publicFrom']);
    // On the closing date itself it is online for that day.
    expect((await create({ publishAt: '2027-03-01T08:00:00Z' })).statusCode).toBe(201);
    expect((await create({ visibility: 'internal', publicFrom: '2027-03-01T08:00:00Z' })).statusCode).toBe(201);
  });
});

describe('changes that come with time', () => {
  it('records the state a vacancy closed from by its date: a scheduled one was never published', async () => {
    const yesterday = isoDate(new Date(Date.now() - 86_400_000));
    const scheduled = await createVacancy(ctx.db, {
      organisation,
      state: 'scheduled',
      publishedAt: null,
      publishAt: new Date(Date.now() + 86_400_000),
      closingDate: yesterday,
    });
    const published = await createVacancy(ctx.db, { organisation, closingDate: yesterday });
    const { applyDueChanges } = await import('@samenwerven/server');
    await applyDueChanges(ctx.db, ctx.config);
    for (const [vacancy, from] of [
      [scheduled, 'scheduled'],
      [published, 'published'],
    ] as const) {
      const history = await ctx.db.select().from(vacancyHistory).where(eq(vacancyHistory.vacancyId, vacancy.id));
      expect(history.find((entry) => entry.action === 'closed_by_date')?.changes, from).toEqual({
        state: [from, 'closed'],
      });
    }
  });
});

describe('the staff’s list: finding and ordering (issue 16)', () => {
  let own: Organisation;
  let session: Session;
  const ids: Record<string, string> = {};
  const DAY = 86_400_000;

  beforeAll(async () => {
    own = await createOrganisation(ctx.db);
    session = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'hr_officer', organisation: own })).email,
      TEST_PASSWORD,
    );
    const now = Date.now();
    // Made one day apart, changed in another order, so each order gives its own answer.
    const rows = [
      {
        key: 'draft',
        title: 'Archivaris',
        state: 'draft',
        externalId: 'ATS-100',
        closingDate: null,
        made: 4,
        changed: 1,
      },
      {
        key: 'open',
        title: 'beleidsadviseur wonen',
        state: 'published',
        externalId: 'ATS-200',
        closingDate: inDays(10),
        made: 3,
        changed: 3,
      },
      {
        key: 'closed',
        title: 'Beleidsmedewerker 100% sport',
        state: 'closed',
        externalId: null,
        closingDate: inDays(-5),
        made: 2,
        changed: 4,
      },
      {
        key: 'scheduled',
        title: 'Controller',
        state: 'scheduled',
        externalId: 'REF-9',
        closingDate: inDays(40),
        made: 1,
        changed: 2,
      },
    ] as const;
    for (const row of rows) {
      const vacancy = await createVacancy(ctx.db, {
        organisation: own,
        title: row.title,
        state: row.state,
        externalId: row.externalId,
        closingDate: row.closingDate,
        publishedAt: row.state === 'draft' || row.state === 'scheduled' ? null : new Date(now - 20 * DAY),
        publishAt: row.state === 'scheduled' ? new Date(now + DAY) : null,
        closedAt: row.state === 'closed' ? new Date(now - 5 * DAY) : null,
        createdAt: new Date(now - (10 - row.made) * DAY),
        updatedAt: new Date(now - (10 - row.changed) * DAY),
      });
      ids[row.key] = vacancy.id;
    }
    // Another organisation's vacancy with a matching title is never in this list.
    await createVacancy(ctx.db, { title: 'Beleidsadviseur elders', externalId: 'ATS-201' });
  });

  const list = async (query: string) => {
    const response = await call('GET', `/organisations/${own.id}/vacancies?${query}`, undefined, session.bearer);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { items: { id: string }[]; total: number };
    const keys = body.items.map((item) => Object.keys(ids).find((key) => ids[key] === item.id) ?? item.id);
    return { keys, total: body.total };
  };

  it('finds a part of the title or of the reference, in any case, and % as itself', async () => {
    expect(await list('q=BELEID')).toEqual({ keys: ['closed', 'open'], total: 2 });
    expect(await list('q=ats-2')).toEqual({ keys: ['open'], total: 1 });
    expect(await list('q=100%25')).toEqual({ keys: ['closed'], total: 1 });
    expect(await list('q=beleid&state=closed')).toEqual({ keys: ['closed'], total: 1 });
    expect(await list('q=%20%20')).toMatchObject({ total: 4 });
    expect(await list('q=nergens')).toEqual({ keys: [], total: 0 });
  });

  it('orders by last change (the default), newest, closing date, title and state', async () => {
    expect((await list('')).keys).toEqual(['closed', 'open', 'scheduled', 'draft']);
    expect((await list('sort=updated')).keys).toEqual(['closed', 'open', 'scheduled', 'draft']);
    expect((await list('sort=newest')).keys).toEqual(['draft', 'open', 'closed', 'scheduled']);
    // Soonest first; no closing date yet goes last.
    expect((await list('sort=closing')).keys).toEqual(['closed', 'open', 'scheduled', 'draft']);
    expect((await list('sort=title')).keys).toEqual(['draft', 'open', 'closed', 'scheduled']);
    expect((await list('sort=state')).keys).toEqual(['draft', 'scheduled', 'open', 'closed']);
  });

  it('pages through an order without gaps or repeats', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) seen.push(...(await list(`sort=title&pageSize=1&page=${page}`)).keys);
    expect(seen).toEqual(['draft', 'open', 'closed', 'scheduled']);
  });

  it('answers a bad order or an overlong search with 400 and a message per field, in the caller’s language', async () => {
    const response = await call(
      'GET',
      `/organisations/${own.id}/vacancies?sort=cheapest&q=${'x'.repeat(201)}`,
      undefined,
      session.bearer,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'validation_failed',
      fields: { sort: expect.any(String), q: expect.stringContaining('200') },
    });
    const english = await ctx.app.inject({
      url: `/api/v1/organisations/${own.id}/vacancies?sort=cheapest`,
      headers: { ...session.bearer, 'accept-language': 'en' },
    });
    expect(english.statusCode).toBe(400);
    expect(english.json().error.message).toBe('Some fields are not filled in correctly.');
    expect(english.json().error.fields.sort).toEqual(expect.any(String));
  });
});
