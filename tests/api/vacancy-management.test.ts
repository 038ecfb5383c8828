/**
 * HR officers and ATS integrations managing vacancies: the life cycle, optimistic locking,
 * history, sanitising, validation, schedules and closing dates, and the idempotent upsert.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { vacancies, vacancyHistory, type Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, isoDate, TEST_PASSWORD } from '../support/factories.ts';
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
    expect((await call('GET', `/vacancies/${draft.id}`)).json().state).toBe('draft');

    const published = (await call('POST', `/vacancies/${draft.id}/publish`)).json();
    expect(published).toMatchObject({ state: 'published', version: 2 });
    expect(await searchIds('Noordhoek')).toEqual([draft.id]);

    expect((await call('POST', `/vacancies/${draft.id}/close`)).json().state).toBe('closed');
    expect(await searchIds('Noordhoek')).toEqual([]);
    expect((await call('POST', `/vacancies/${draft.id}/close`)).json().error).toMatchObject({
      code: 'invalid_transition',
      currentState: 'closed',
    });
    expect((await call('POST', `/vacancies/${draft.id}/reopen`)).json().state).toBe('published');
    expect(await searchIds('Noordhoek')).toEqual([draft.id]);

    const copy = await call('POST', `/vacancies/${draft.id}/duplicate`);
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({ state: 'draft', title: 'Woonadviseur Noordhoek (kopie)', externalId: null });

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
    const history = await ctx.db.select().from(vacancyHistory).where(eq(vacancyHistory.vacancyId, draft.id));
    expect(history.find((h) => h.action === 'updated')!.changes).toEqual({ title: [draft.title, 'Eerste bewerking'] });
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
    expect(offScale.json().error.fields).toHaveProperty('salaryScale');
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

describe('time', () => {
  it('publishes a scheduled vacancy at its moment and closes one whose closing date passed, across a restart', async () => {
    const scheduled = (
      await call(
        'POST',
        `/organisations/${organisation.id}/vacancies`,
        body({ title: 'Planoloog Zuidwest', publishAt: new Date(Date.now() + 2500).toISOString() }),
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
    for (let i = 0; i < 150; i++) {
      const rows = await ctx.db.select({ id: vacancies.id, state: vacancies.state }).from(vacancies);
      states = [scheduled.id, expiring.id].map((id) => rows.find((r) => r.id === id)!.state);
      if (states[0] === 'published' && states[1] === 'closed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(states).toEqual(['published', 'closed']);
    expect(await searchIds('Planoloog Zuidwest')).toEqual([scheduled.id]);
    expect(await searchIds('Archivaris Oost')).toEqual([]);
    expect((await call('GET', `/vacancies/${expiring.id}`)).json().state).toBe('closed');
  }, 30_000);
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
    const history = await ctx.db.select().from(vacancyHistory).where(eq(vacancyHistory.vacancyId, first.json().id));
    expect(history.map((h) => h.action)).toEqual(['created', 'publish']);
    expect(history.every((h) => h.actorApiKeyId !== null)).toBe(true);

    const changed = await call('PUT', url, body({ title: 'Senior jurist Omgevingswet', state: 'published' }), apiKey);
    expect(changed.json()).toMatchObject({ changed: true, version: first.json().version + 1 });
    expect(await searchIds('Senior jurist Omgevingswet')).toEqual([first.json().id]);
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
    const publishAt = new Date(Date.now() + 1500).toISOString();
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
    for (let i = 0; i < 80 && state !== 'published'; i++) {
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

    // Opened to the public at its date (by the job queue's due check).
    await ctx.db
      .update(vacancies)
      .set({ publicFrom: new Date(Date.now() - 1000) })
      .where(eq(vacancies.id, draft.id));
    const { applyDueChanges } = await import('@samenwerven/server');
    await applyDueChanges(ctx.db);
    await ctx.sync();
    expect(await find({})).toEqual([draft.id]);
  });
});
