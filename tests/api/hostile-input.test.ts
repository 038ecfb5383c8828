/**
 * Input PostgreSQL cannot store (NUL characters, lone surrogates, bad percent-encoding) and
 * requests the HTTP parser refuses: always a 4xx in the contract's error shape, never a 5xx,
 * and no error answer is ever cacheable. Every registered route is walked with NUL in its
 * path parameters, query parameters and body.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import {
  applicationForm,
  createOrganisation,
  createUser,
  createVacancy,
  pdfBytes,
  TEST_PASSWORD,
  profileVersionOf,
} from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';
import { registeredRoutes } from '../support/routes.ts';

let ctx: TestContext;
let webRoot: string;
let organisation: Organisation;
let coordinator: Session;
let admin: Session;

beforeAll(async () => {
  // With the web app's index.html, so page addresses and the page not-found handler are walked too.
  webRoot = await mkdtemp(path.join(os.tmpdir(), 'sw-web-'));
  await copyFile(fileURLToPath(new URL('../../web/index.html', import.meta.url)), path.join(webRoot, 'index.html'));
  // Thousands of requests from 127.0.0.1, which the global limit (600/min) no longer exempts.
  ctx = await createTestContext({ webRoot, env: { RATE_LIMIT_PER_MINUTE: '100000' } });
  organisation = await createOrganisation(ctx.db, { slug: 'gemeente' });
  await createVacancy(ctx.db, { organisation, title: 'Jurist omgevingsrecht' });
  await ctx.sync();
  const office = await createOrganisation(ctx.db, { isCoordinatingBody: true, kind: 'joint_arrangement' });
  coordinator = await signIn(
    ctx.app,
    (await createUser(ctx.db, { role: 'coordinator', organisation: office })).email,
    TEST_PASSWORD,
  );
  admin = await signIn(ctx.app, (await createUser(ctx.db, { role: 'org_admin', organisation })).email, TEST_PASSWORD);
});
afterAll(async () => {
  await ctx.close();
  await rm(webRoot, { recursive: true, force: true });
});

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

describe('NUL and other text PostgreSQL rejects', () => {
  it('answers 400 with a field message for the probed addresses', async () => {
    for (const [url, field] of [
      ['/api/v1/suggestions?q=ab%00', 'q'],
      ['/api/v1/organisations/gemeente%00', 'slug'],
      ['/api/v1/organisations/gemeente%00/logo', 'orgId'],
      ['/widget/organisaties/gemeente%00', 'slug'],
      ['/en/widget/organisations/gemeente%00', 'slug'],
      ['/api/v1/vacancies?q=jurist%00', 'q'],
      ['/feeds/vacancies.xml?region=%00', 'region'],
    ] as const) {
      const response = await ctx.app.inject(url);
      expect(response.statusCode, `${url}: ${response.body}`).toBe(400);
      const body = response.json<ErrorBody>();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.fields?.[field], url).toBe('Dit bevat een teken dat niet is toegestaan.');
    }
  });

  it('refuses a sign-in with NUL in the e-mail address, in the caller’s language', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { email: 'a\u0000@example.nl', password: 'whatever-it-is' },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<ErrorBody>().error).toEqual({
      code: 'validation_failed',
      message: 'Some fields are not filled in correctly.',
      fields: { email: 'This contains a character that is not allowed.' },
    });
  });

  it('refuses NUL in the parts of an application form, and in a file’s name, naming the part', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation, title: 'Formulier met NUL' });
    for (const [parts, field] of [
      [{ name: 'San\u0000ne' }, 'name'],
      [{ motivation: 'Graag\u0000.' }, 'motivation'],
      [{ phone: '06\u000012345678' }, 'phone'],
      [{ cv: { name: 'cv\u0000.pdf', data: pdfBytes(), type: 'application/pdf' } }, 'cv'],
    ] as const) {
      const form = await applicationForm(parts);
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/vacancies/${vacancy.id}/applications`,
        ...form,
        remoteAddress: '198.51.100.77',
      });
      expect(response.statusCode, response.body).toBe(400);
      expect((response.json() as ErrorBody).error.fields).toHaveProperty(field);
    }
  });

  it('refuses NUL deep inside a body, naming the field', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/membership-applications',
      payload: {
        organisation: { name: 'Gemeente\u0000Nul', kind: 'municipality', municipalityCode: 'GM0855' },
        admin: { name: 'Beheerder', email: 'beheer@nul.example', password: 'een-goed-test-wachtwoord' },
      },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<ErrorBody>().error.fields).toHaveProperty(['organisation.name']);
  });

  it('names the body’s other problems beside the text it cannot store, in one answer', async () => {
    // The NUL used to be answered alone: the wrong number and the missing name came only after.
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/membership-applications',
      payload: {
        organisation: { name: 'Gemeente\u0000Nul', kind: 'municipality', municipalityCode: 'GM0855', weight: 'x' },
        admin: { email: 'beheer@nul.example', password: 'een-goed-test-wachtwoord' },
      },
    });
    expect(response.statusCode, response.body).toBe(400);
    const fields = response.json<ErrorBody>().error.fields ?? {};
    expect(fields['organisation.name']).toBe('Dit bevat een teken dat niet is toegestaan.');
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['organisation.name', 'admin.name']));
  });

  it('refuses lone surrogates and malformed percent-encoding instead of storing them mangled', async () => {
    const surrogate = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":"a\\ud800@example.nl","password":"whatever-it-is"}',
    });
    expect(surrogate.statusCode, surrogate.body).toBe(400);
    expect(surrogate.json<ErrorBody>().error.fields).toHaveProperty('email');
    // A malformed escape in a query string is kept as typed (plain, storable text).
    for (const [url, status] of [
      ['/api/v1/suggestions?q=ab%ED%A0%80', 200],
      ['/api/v1/suggestions?q=ab%FF', 200],
      ['/api/v1/organisations/gemeente%ED%A0%80', 400],
      ['/api/v1/organisations/gemeente%FF', 400],
      ['/api/v1/organisations/%zz', 400],
      ['/vacatures/%FF', 400],
      ['/vacatures/%ED%A0%80', 400],
      ['/organisaties/gemeente%00', 400],
    ] as const) {
      const response = await ctx.app.inject(url);
      expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(status);
    }
  });

  it('refuses bytes that are no UTF-8 by the field they are in, and JSON in another charset as a whole', async () => {
    const membership = (name: Buffer, contentType = 'application/json') =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/membership-applications',
        headers: { 'content-type': contentType },
        payload: Buffer.concat([
          Buffer.from('{"organisation":{"name":"'),
          name,
          Buffer.from(
            '","kind":"municipality","municipalityCode":"GM0855"},' +
              '"admin":{"name":"Beheerder","email":"beheer@latijn.example","password":"een-goed-test-wachtwoord"}}',
          ),
        ]),
      });
    // "Café" in Latin-1: one byte that is no UTF-8, once said to be UTF-8 and once said to be what it is.
    const latin1 = Buffer.from('Gemeente Caf\xe9', 'latin1');
    const bytes = await membership(latin1);
    expect(bytes.statusCode, bytes.body).toBe(400);
    expect(bytes.json<ErrorBody>().error.fields).toEqual({
      'organisation.name': 'Dit bevat een teken dat niet is toegestaan.',
    });
    const charset = await membership(latin1, 'application/json; charset=iso-8859-1');
    expect([charset.statusCode, charset.json<ErrorBody>().error.message]).toEqual([
      415,
      'Stuur JSON als UTF-8, niet als iso-8859-1.',
    ]);
    // UTF-8 said as such, or said of nothing, is what it always was.
    const named = await membership(Buffer.from('Gemeente Café'), 'application/json; charset=UTF-8');
    expect(named.statusCode, named.body).not.toBe(400);
    // A part of an application form the same.
    const vacancy = await createVacancy(ctx.db, { organisation, title: 'Formulier in Latin-1' });
    const form = await applicationForm({ name: 'Ren\u00e9e' });
    const latinForm = Buffer.from(
      (form.payload as Buffer).toString('latin1').replace('Ren\u00c3\u00a9e', 'Ren\u00e9e'),
      'latin1',
    );
    const applied = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${vacancy.id}/applications`,
      headers: form.headers,
      payload: latinForm,
      remoteAddress: '198.51.100.78',
    });
    expect(applied.statusCode, applied.body).toBe(400);
    expect(applied.json<ErrorBody>().error.fields).toHaveProperty('name');
  });

  it('never answers 5xx on any route with NUL in its parameters, query or body', async () => {
    const routes = registeredRoutes(ctx.app);
    // The routes read from Fastify's tree include every operation the API documents (parameter
    // names aside: the tree writes a node that two routes name differently as `:orgId|:slug`).
    const shape = ({ method, url }: { method: string; url: string }) => `${method} ${url.replace(PARAM, ':p')}`;
    expect(routes.map(shape)).toEqual(expect.arrayContaining(documentedOperations().map(shape)));
    const queryNames = queryParametersByPath();
    const failures: string[] = [];
    for (const who of [undefined, coordinator, admin]) {
      for (const { method, url } of routes) {
        const withParams = (value: string) => url.replace(PARAM, () => value).replace(/\*$/, () => value);
        const names = ['q', 'lang', ...(queryNames.get(url.replace(PARAM, ':p')) ?? [])];
        const attempts = [
          withParams('a%00b'),
          ...[organisation.id, organisation.slug].flatMap((value) =>
            names.map((name) => `${withParams(value)}?${name}=a%00b`),
          ),
        ];
        for (const attempt of attempts) {
          const response = await ctx.app.inject({
            method: method as 'GET',
            url: attempt,
            headers: { ...(who?.bearer ?? {}) },
            ...(['POST', 'PUT', 'PATCH'].includes(method)
              ? { payload: { name: 'a\u0000b', email: 'a\u0000b@x.nl', items: [{ title: '\u0000' }] } }
              : {}),
          });
          if (response.statusCode >= 500) failures.push(`${method} ${attempt} → ${response.statusCode}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('routes opened by a key from a mail', () => {
  it('answer 401 without the key, whatever else was sent, before naming a bad id or body', async () => {
    for (const [method, url, payload] of [
      ['DELETE', '/api/v1/my-data/applications/x', undefined],
      ['POST', '/api/v1/my-data/applications/x/renew-consent', undefined],
      ['GET', '/api/v1/my-data', undefined],
      ['PATCH', '/api/v1/alerts/manage/x', { frequency: 'elk uur' }],
      ['DELETE', '/api/v1/alerts/manage/x', undefined],
    ] as const) {
      const response = await ctx.app.inject({ method, url, ...(payload ? { payload } : {}) });
      expect([response.statusCode, response.json<ErrorBody>().error.code], `${method} ${url}`).toEqual([
        401,
        'invalid_token',
      ]);
    }
  });
});

describe('numbers and dates at the edges', () => {
  const fieldsOf = async (url: string, who?: Session) => {
    const response = await ctx.app.inject({ url, headers: { ...(who?.bearer ?? {}) } });
    expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(400);
    return (response.json() as ErrorBody).error.fields ?? {};
  };

  it('refuses infinite numbers in an address, naming the field', async () => {
    // ajv made "1e400" an infinite number and let it past the maximum: a 500, or a filter kept.
    expect(await fieldsOf('/api/v1/vacancies?page=1e400')).toEqual({ page: 'Vul een getal in.' });
    // ajv read numbers as JavaScript does: "0x1388" was 5000.
    expect(await fieldsOf('/api/v1/vacancies?salaryMin=0x1388')).toEqual({ salaryMin: 'Vul een getal in.' });
    expect(await fieldsOf('/api/v1/vacancies?page=0b10')).toEqual({ page: 'Vul een getal in.' });
    const decimal = await ctx.app.inject({ url: '/api/v1/vacancies?salaryMin=5000&page=1&hoursMin=3.2e1' });
    expect(decimal.statusCode, decimal.body).toBe(200);
    expect(await fieldsOf('/api/v1/vacancies?salaryMin=Infinity')).toHaveProperty('salaryMin');
    expect(await fieldsOf('/api/v1/vacancies?hoursMin=-Infinity')).toHaveProperty('hoursMin');
    expect(await fieldsOf('/api/v1/stats?amount=1e400', coordinator)).toHaveProperty('amount');
  });

  it('names an unknown parameter by its name', async () => {
    expect(await fieldsOf('/api/v1/vacancies?foo=bar')).toEqual({ foo: 'Dit veld kennen we niet: foo.' });
    // Operations that read no query string used to ignore one: a client's typo went unnoticed.
    for (const url of ['/api/v1/taxonomies?lang=en', '/api/v1/organisations/gemeente-tilburg?lang=en']) {
      expect(await fieldsOf(url)).toEqual({ lang: 'Dit veld kennen we niet: lang.' });
    }
    expect(await fieldsOf('/api/v1/me?lang=en', coordinator)).toEqual({ lang: 'Dit veld kennen we niet: lang.' });
    // A list in the address is a parameter given more than once: a wrong value is named by its
    // place in it, so a client (the search page) can leave out that value and keep the others.
    expect(await fieldsOf('/api/v1/vacancies?educationLevel=hbo&educationLevel=phd')).toEqual({
      'educationLevel.1': 'Kies een van de toegestane waarden.',
    });
    // Given once, it is named as it was sent, as a form field would be.
    expect(await fieldsOf('/api/v1/vacancies?educationLevel=phd')).toEqual({
      educationLevel: 'Kies een van de toegestane waarden.',
    });
    const plain = await ctx.app.inject({ url: '/api/v1/taxonomies' });
    expect(plain.statusCode).toBe(200);
  });

  it('names a prototype key in a body as the unknown field it is; malformed JSON stays a bad request', async () => {
    const post = (payload: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        payload,
      });
    // The parser refuses these before validation: the answer used to name no field.
    const proto = await post('{"email":"a@example.nl","password":"x","__proto__":{"admin":true}}');
    expect(proto.statusCode).toBe(400);
    const answer = proto.json() as ErrorBody;
    expect(answer.error.code).toBe('validation_failed');
    // An own key, as JSON.parse makes it (in an object literal `__proto__` would set the prototype).
    expect(Object.entries(answer.error.fields ?? {})).toEqual([['__proto__', 'Unknown field: __proto__.']]);
    // However the key is escaped.
    const escaped = await post('{"email":"a@example.nl","\\u005f_proto__":{"admin":true}}');
    expect(Object.keys((escaped.json() as ErrorBody).error.fields ?? {})).toEqual(['__proto__']);
    // However deep it is nested (the search for it overflowed the call stack: a 500), and beside a
    // very long array.
    const deep = 20_000;
    for (const payload of [
      `{"email":"a@example.nl","z":${'['.repeat(deep)}{"__proto__":1}${']'.repeat(deep)}}`,
      `{"email":"a@example.nl","z":[${'0,'.repeat(300_000)}{"__proto__":1}]}`,
    ]) {
      const nested = await post(payload);
      expect(nested.statusCode).toBe(400);
      expect(Object.keys((nested.json() as ErrorBody).error.fields ?? {})).toEqual(['__proto__']);
    }
    // And in the address, where the query parser keeps it as a parameter like any other.
    const inQuery = await ctx.app.inject({ url: '/api/v1/taxonomies?__proto__=1' });
    expect(Object.entries((inQuery.json() as ErrorBody).error.fields ?? {})).toEqual([
      ['__proto__', 'Dit veld kennen we niet: __proto__.'],
    ]);
    const constructor = await post('{"email":"a@example.nl","constructor":{"prototype":{"admin":true}}}');
    expect(constructor.json()).toMatchObject({
      error: { code: 'validation_failed', fields: { constructor: 'Unknown field: constructor.' } },
    });
    // Malformed JSON says so, and where when the parser knows (it said only that the request was
    // not valid: a fuzzing review).
    const cut = await post('{"email":');
    expect(cut.statusCode).toBe(400);
    expect(cut.json()).toEqual({
      error: {
        code: 'bad_request',
        message: 'The body is not valid JSON: it ends too soon. Check its quotes, commas and brackets.',
      },
    });
    const broken = await post('{"email": "a@example.nl",}');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toBe(
      'The body is not valid JSON (at character 26). Check its quotes, commas and brackets.',
    );
    // Not cut short, only malformed: not said to end too soon (where JSON.parse names no place).
    for (const payload of ['abc', "{'email':'a@example.nl'}", 'undefined']) {
      const bare = await post(payload);
      expect(bare.statusCode, payload).toBe(400);
      expect(bare.json().error.message, payload).toMatch(
        /^The body is not valid JSON( \(at character \d+\))?\. Check its quotes, commas and brackets\.$/,
      );
    }
    // An empty body is no body: where one is needed, the fields it lacks are named.
    const empty = await post('');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('validation_failed');
  });

  it('takes a POST with a JSON content type and no body where the operation takes none (a fuzzing review)', async () => {
    const draft = await createVacancy(ctx.db, { organisation, state: 'draft' });
    const publish = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${draft.id}/publish`,
      headers: { ...admin.bearer, 'content-type': 'application/json', 'content-length': '0' },
    });
    expect(publish.statusCode, publish.body).toBe(200);
    // Any type named over no body sends nothing of that type, also where a body may come (the
    // version here, corrections to an apply-again): it was a 415 (a diff review).
    const close = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${draft.id}/close`,
      headers: { ...admin.bearer, 'content-type': 'text/plain', 'content-length': '0' },
    });
    expect(close.statusCode, close.body).toBe(200);
  });

  it('names a field sent to an operation that takes none, instead of ignoring it (an attacker’s review)', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation });
    const duplicate = (payload: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/vacancies/${vacancy.id}/duplicate`,
        headers: { ...admin.bearer, 'content-type': 'application/json', 'accept-language': 'en' },
        payload,
      });
    // The copy was made as "… (kopie)", the title sent dropped unsaid.
    const titled = await duplicate('{"title":"Mijn nieuwe titel"}');
    expect(titled.statusCode).toBe(400);
    expect((titled.json() as ErrorBody).error.fields).toEqual({ title: 'Unknown field: title.' });
    for (const payload of ['[]', '5', '"kopie"']) {
      const refused = await duplicate(payload);
      expect(refused.statusCode, payload).toBe(400);
      expect(refused.json().error.code, payload).toBe('validation_failed');
    }
    // Nothing, or nothing in an object, is what it takes.
    expect((await duplicate('{}')).statusCode).toBe(201);
    const bare = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${vacancy.id}/duplicate`,
      headers: admin.bearer,
    });
    expect(bare.statusCode).toBe(201);
  });

  it('answers 404 for an API address ending in a slash, never a problem with an id it took for empty', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/vacancies/'],
      ['GET', '/api/v1/vacancies/?q=jurist'],
      ['GET', `/api/v1/organisations/${organisation.id}/users/`],
      ['DELETE', `/api/v1/organisations/${organisation.id}/api-keys/`],
    ] as const) {
      const response = await ctx.app.inject({ method, url, headers: admin.bearer });
      expect([response.statusCode, response.json().error.code], url).toEqual([404, 'not_found']);
    }
    // A slash inside a query value is no address ending in one.
    expect((await ctx.app.inject({ url: '/api/v1/vacancies?q=ict/' })).statusCode).toBe(200);
  });

  it('writes a limit as the language writes a number (it said "hoogstens 100000")', async () => {
    expect(await fieldsOf('/api/v1/vacancies?salaryMin=250000')).toEqual({
      salaryMin: 'De waarde mag hoogstens 100.000 zijn.',
    });
    const english = await ctx.app.inject({
      url: '/api/v1/vacancies?salaryMin=250000',
      headers: { 'accept-language': 'en' },
    });
    expect((english.json() as ErrorBody).error.fields).toEqual({ salaryMin: 'The value must be at most 100,000.' });
    // A year's limit is no amount: 2100, not "2.100" (a diff review).
    const year = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/coordination/budgets/2200',
      payload: { amount: 1, costKey: 'equal' },
      headers: coordinator.bearer,
    });
    expect((year.json() as ErrorBody).error.fields).toEqual({ year: 'De waarde mag hoogstens 2100 zijn.' });
  });

  it('says a parameter given twice was given twice, not that it wants text', async () => {
    expect(await fieldsOf('/api/v1/vacancies?q=jurist&q=beleid')).toEqual({
      q: 'Geef deze parameter één keer op, niet vaker.',
    });
    expect(await fieldsOf('/api/v1/vacancies?page=1&page=2')).toEqual({
      page: 'Geef deze parameter één keer op, niet vaker.',
    });
    const english = await ctx.app.inject({ url: '/api/v1/vacancies?q=a&q=b', headers: { 'accept-language': 'en' } });
    expect((english.json() as ErrorBody).error.fields).toEqual({ q: 'Give this parameter once, not more often.' });
  });

  it('refuses dates that do not exist or lie outside the years 1900–9999', async () => {
    for (const from of ['0001-01-01', '1899-12-31', '2026-02-30'])
      expect(await fieldsOf(`/api/v1/coordination/cockpit?from=${from}`, coordinator)).toHaveProperty('from');
    const created = (publishAt: string, closingDate = '2099-01-01') =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${organisation.id}/vacancies`,
        headers: admin.bearer,
        payload: { title: 'Randgeval', category: 'beleid', closingDate, publishAt },
      });
    // A leap second, an offset that carries the moment into the year 10000, and a moment of the
    // year 10000 in the Netherlands (its day was a 500 in the rules).
    for (const publishAt of [
      '2027-01-01T23:59:60Z',
      '9999-12-31T23:59:59-23:59',
      '9999-12-31T23:30:00Z',
      '0001-01-01T00:00:00Z',
    ]) {
      const response = await created(publishAt);
      expect(response.statusCode, `${publishAt}: ${response.body}`).toBe(400);
      expect((response.json() as ErrorBody).error.fields).toHaveProperty('publishAt');
    }
    const closing = await created('2027-01-01T09:00:00+01:00', '0000-01-01');
    expect((closing.json() as ErrorBody).error.fields).toHaveProperty('closingDate');
  });

  it('indexes and shows a vacancy that closes on the last day of the calendar', async () => {
    // Its closing moment was worked out through the next day's date, which has no four-digit year:
    // the search sync and the vacancy's page threw.
    const created = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/vacancies`,
      headers: admin.bearer,
      payload: {
        title: 'Voor altijd open',
        category: 'beleid',
        educationLevel: 'hbo',
        employmentType: 'permanent',
        hoursMin: 32,
        hoursMax: 36,
        municipalityCode: 'GM0855',
        closingDate: '9999-12-31',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, version } = created.json() as { id: string; version: number };
    const published = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${id}/publish`,
      headers: { ...admin.bearer, 'if-match': `"${version}"` },
    });
    expect(published.statusCode, published.body).toBe(200);
    await ctx.sync();
    expect((await ctx.app.inject(`/api/v1/vacancies/${id}`)).statusCode).toBe(200);
    const found = await ctx.app.inject('/api/v1/vacancies?q=altijd');
    expect((found.json() as { hits: { id: string }[] }).hits.map((hit) => hit.id)).toContain(id);
  });

  it('makes figures for ten years at most: a longer period ran the process out of memory', async () => {
    const fields = await fieldsOf('/api/v1/coordination/cockpit?from=2000-01-01&to=9999-12-31', coordinator);
    expect(fields).toEqual({ to: 'Kies een periode van hoogstens 10 jaar.' });
    const dashboard = `/api/v1/organisations/${organisation.id}/dashboard?from=2026-01-01&to=2036-01-01`;
    expect(await fieldsOf(dashboard, admin)).toHaveProperty('to');
    const decade = await ctx.app.inject({
      url: '/api/v1/coordination/cockpit?from=2016-01-02&to=2026-01-01',
      headers: coordinator.bearer,
    });
    expect(decade.statusCode, decade.body).toBe(200);
    // The calendar's last month is one month: compared as text, "10000-01" came before "9999-12"
    // and the dashboard made a million months, blocking the process for twenty seconds.
    const last = await ctx.app.inject({
      url: `/api/v1/organisations/${organisation.id}/dashboard?from=9999-12-01&to=9999-12-31`,
      headers: admin.bearer,
    });
    expect(last.statusCode, last.body.slice(0, 200)).toBe(200);
    expect(last.json().months).toHaveLength(1);
    // The alerts' figures keep to the same periods.
    expect(await fieldsOf('/api/v1/coordination/alerts?from=1900-01-01&to=9999-12-31', coordinator)).toEqual({
      to: 'Kies een periode van hoogstens 10 jaar.',
    });
    expect(await fieldsOf('/api/v1/coordination/alerts?from=2026-12-05&to=2026-12-01', coordinator)).toEqual({
      to: 'De einddatum ligt vóór de begindatum.',
    });
  });

  it('says how long an external id in the path may be', async () => {
    const response = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/organisations/${organisation.id}/vacancies/by-external-id/${'b'.repeat(101)}`,
      headers: admin.bearer,
      payload: { title: 'Lang kenmerk' },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect((response.json() as ErrorBody).error.fields).toEqual({ externalId: 'Gebruik hoogstens 100 tekens.' });
  });

  it('says what an If-Match header must hold', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation, title: 'Versie' });
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/vacancies/${vacancy.id}`,
      headers: { ...admin.bearer, 'if-match': 'abc' },
      payload: { title: 'Andere titel' },
    });
    expect(response.statusCode).toBe(400);
    expect((response.json() as ErrorBody).error.fields).toEqual({
      'if-match': 'Stuur het versienummer, zoals "3", of de ETag die je bij het lezen kreeg.',
    });
  });

  it('names an unknown query parameter on every API route that reads', async () => {
    const passed: string[] = [];
    for (const who of [coordinator, admin]) {
      for (const { url } of registeredRoutes(ctx.app).filter(
        (r) => r.method === 'GET' && r.url.startsWith('/api/v1/') && !r.url.endsWith('openapi.json'),
      )) {
        const attempt = `${url.replace(PARAM, () => organisation.id)}?zzz=1`;
        const response = await ctx.app.inject({ url: attempt, headers: who.bearer });
        if (response.statusCode < 400) passed.push(`${attempt} → ${response.statusCode}`);
        // (A route missing a required parameter names that one.)
        else if (response.statusCode === 400 && !(response.json() as ErrorBody).error.fields)
          passed.push(`${attempt} → 400 naming nothing: ${response.body.slice(0, 200)}`);
      }
    }
    expect([...new Set(passed)]).toEqual([]);
  });

  it('never answers 5xx on any route with huge numbers or far dates in its query, and names the field it refuses', async () => {
    const queryNames = queryParametersByPath();
    const failures: string[] = [];
    for (const who of [coordinator, admin]) {
      for (const { method, url } of registeredRoutes(ctx.app).filter((route) => route.method === 'GET')) {
        const names = queryNames.get(url.replace(PARAM, ':p')) ?? [];
        for (const name of names) {
          // 1e308 is a finite number: as a page it made an offset of Infinity, which the database refused.
          for (const value of ['1e400', '1e308', '-Infinity', '1900-01-01', '9999-12-31']) {
            const attempt = `${url.replace(PARAM, () => organisation.id)}?${name}=${value}`;
            const response = await ctx.app.inject({ method: method as 'GET', url: attempt, headers: who.bearer });
            if (response.statusCode >= 500) failures.push(`${method} ${attempt} → ${response.statusCode}`);
            // A refusal of the one parameter sent says which it is.
            else if (response.statusCode === 400 && !(response.json() as ErrorBody).error.fields)
              failures.push(`${method} ${attempt} → 400 without the field: ${response.body.slice(0, 120)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('error answers are never cached', () => {
  it('marks every error answer no-store, even where the route asked for a public cache', async () => {
    for (const [url, status] of [
      ['/api/v1/suggestions?q=ab%00', 400],
      ['/api/v1/suggestions?q=a', 400],
      ['/api/v1/bestaat-niet', 404],
      ['/api/v1/vacancies/00000000-0000-4000-8000-000000000000', 404],
      ['/widget/organisaties/bestaat-niet', 404],
      ['/vacatures/00000000-0000-4000-8000-000000000000', 404],
      ['/api/v1/audit-log', 401],
    ] as const) {
      const response = await ctx.app.inject(url);
      expect(response.statusCode, url).toBe(status);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
  });
});

describe('a method the address does not take', () => {
  it('is 405 with the methods it does take in Allow, in the error shape and not cached', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url, allow] of [
      ['DELETE', '/api/v1/vacancies', 'GET, HEAD'],
      ['DELETE', `/api/v1/organisations/${id}/vacancies`, 'GET, HEAD, POST'],
      ['POST', `/api/v1/vacancies/${id}?x=1`, 'GET, HEAD, PATCH'],
      // Through the pages' catch-all, which sends what is not a page to the API's answer.
      ['GET', '/api/v1/auth/login', 'POST'],
      ['PUT', '/feeds/vacancies.xml', 'GET, HEAD'],
    ] as const) {
      const response = await ctx.app.inject({ method, url, headers: { 'accept-language': 'en' } });
      expect(response.statusCode, `${method} ${url}`).toBe(405);
      expect(response.headers.allow, `${method} ${url}`).toBe(allow);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json().error).toEqual({
        code: 'method_not_allowed',
        message: 'This address cannot be used this way; the Allow header says which methods it takes.',
      });
    }
  });

  it('leaves an address nothing answers at a 404', async () => {
    for (const [method, url] of [
      ['DELETE', '/api/v1/bestaat-niet'],
      ['POST', '/api/v1/vacancies/1/2/3'],
    ] as const) {
      const response = await ctx.app.inject({ method, url });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.headers.allow).toBeUndefined();
    }
  });
});

describe('text of only spaces or control characters where text is required', () => {
  // Each was stored trimmed, as "": a vacancy without a title, an application without a name.
  const blanks = ['   ', '\u0001', ' \t\u0002 '];

  it('is refused as empty, naming the field, on every way in that takes a name, a title or a reason', async () => {
    for (const blank of blanks) {
      for (const [url, payload, field, session, message] of [
        [
          '/api/v1/auth/register',
          { email: 'leeg@example.nl', password: 'een-lang-wachtwoord', name: blank },
          'name',
          undefined,
          'Dit veld is verplicht.',
        ],
        [`/api/v1/organisations/${organisation.id}/api-keys`, { name: blank }, 'name', admin, 'Dit veld is verplicht.'],
        [
          `/api/v1/organisations/${organisation.id}/users`,
          { email: 'nieuw@example.nl', name: blank, role: 'hr_officer' },
          'name',
          admin,
          'Dit veld is verplicht.',
        ],
        [
          '/api/v1/membership-applications',
          {
            organisation: { name: `${blank}  `, kind: 'municipality', municipalityCode: 'GM0855' },
            admin: { name: 'Iemand', email: 'lid@example.nl', password: 'een-lang-wachtwoord' },
          },
          'organisation.name',
          undefined,
          'Gebruik minstens 2 tekens.',
        ],
        [
          `/api/v1/organisations/${organisation.id}/vacancies`,
          { title: `${blank}   `, category: 'ict' },
          'title',
          admin,
          'Gebruik minstens 3 tekens.',
        ],
      ] as const) {
        const response = await ctx.app.inject({
          method: 'POST',
          url,
          payload,
          headers: session ? session.bearer : {},
        });
        expect(response.statusCode, `${url} ${JSON.stringify(blank)}: ${response.body.slice(0, 300)}`).toBe(400);
        expect((response.json() as ErrorBody).error.fields?.[field]).toBe(message);
      }
    }
    // A visible name with spaces around it is taken, and stored without them.
    const key = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/api-keys`,
      payload: { name: '  ATS Zoë  ' },
      headers: admin.bearer,
    });
    expect(key.statusCode).toBe(201);
    expect(key.json().name).toBe('ATS Zoë');
  });

  const post = (url: string, payload: object, session: Session = admin) =>
    ctx.app.inject({ method: 'POST', url, payload, headers: session.bearer });

  it('counts a minimum length from the first character that shows to the last, zero-width ones not showing', async () => {
    const vacancies = `/api/v1/organisations/${organisation.id}/vacancies`;
    const short = await post(vacancies, { title: '  a  ', category: 'ict' });
    expect((short.json() as ErrorBody).error.fields?.['title']).toBe('Gebruik minstens 3 tekens.');
    const zeroWidth = await post(vacancies, { title: '\u200b\u00ad\u2060', category: 'ict' });
    expect((zeroWidth.json() as ErrorBody).error.fields?.['title']).toBe('Gebruik minstens 3 tekens.');
    const keyName = await post(`/api/v1/organisations/${organisation.id}/api-keys`, { name: '\u200b\ufeff' });
    expect((keyName.json() as ErrorBody).error.fields?.['name']).toBe('Dit veld is verplicht.');
    const externalId = await post(vacancies, { title: 'Adviseur', category: 'ict', externalId: ' \u0001 ' });
    // An external id names what it may hold instead (only what shows, nothing around it).
    expect((externalId.json() as ErrorBody).error.fields?.['externalId']).toMatch(/^Vul een kenmerk in/);
    const synonym = await post('/api/v1/search/synonyms', { words: ['\u0001', 'beleid'] }, coordinator);
    expect((synonym.json() as ErrorBody).error.fields?.['words.0']).toBe('Dit veld is verplicht.');
  });

  it('stores an optional text that shows nothing as none, so no page shows a label over nothing', async () => {
    const created = await post(`/api/v1/organisations/${organisation.id}/vacancies`, {
      title: 'Adviseur met lege velden',
      category: 'ict',
      educationLevel: 'hbo',
      employmentType: 'permanent',
      hoursMin: 32,
      hoursMax: 36,
      municipalityCode: 'GM0855',
      department: '\u0001\u0002',
      contactName: '   ',
      contactPhone: ' ',
      summary: '\u0007',
      description: '<p>\u0001</p><p>&nbsp;</p><h2> </h2>',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      department: null,
      contactName: null,
      contactPhone: null,
      summary: '',
      description: '',
    });
    // Characters that show nothing of their own, by Unicode's categories: direction overrides and
    // isolates, tags, variation selectors, a grapheme joiner, a bare combining mark, noncharacters.
    for (const blank of [
      '\u202A\u202B\u202C\u202D\u202E',
      '\u2066\u2069\u061C',
      '\u{E0001}\u{E0020}\u{E0041}',
      '\uFE0F\u034F',
      '\u0301',
      '\uFFA0\uFFFF',
    ]) {
      const refused = await post(`/api/v1/organisations/${organisation.id}/vacancies`, {
        title: blank,
        category: 'ict',
      });
      expect(refused.statusCode, JSON.stringify(blank)).toBe(400);
      expect(refused.json().error.fields, JSON.stringify(blank)).toHaveProperty('title');
    }
    const profile = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${organisation.id}/profile`,
      payload: { offer: '\u0001 \u200b', description: '<p> </p>' },
      headers: { ...admin.bearer, 'if-match': String(await profileVersionOf(ctx.db, organisation.id)) },
    });
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({ offer: '', description: '' });
  });

  it('gives a feed no words or filter for a parameter that shows nothing', async () => {
    for (const query of ['q=%01', 'q=%E2%80%8B', 'category=%01']) {
      const feed = await ctx.app.inject({ url: `/feeds/vacancies.xml?${query}` });
      expect(feed.statusCode, query).toBe(200);
      expect(feed.body, query).not.toMatch(/voor ‘’|Vacatures in {2}/);
      expect(feed.body, query).toContain('<title>Nieuwe vacatures — Samenwerven</title>');
    }
  });

  it('refuses a search range whose maximum lies below its minimum, on the maximum', async () => {
    for (const [query, field, message] of [
      ['salaryMin=5000&salaryMax=1000', 'salaryMax', 'Het maximumsalaris moet minstens het minimumsalaris zijn.'],
      ['scaleMin=12&scaleMax=3', 'scaleMax', 'De hoogste schaal moet minstens de laagste zijn.'],
      ['hoursMin=40&hoursMax=10', 'hoursMax', 'Het maximum aantal uren moet minstens het minimum zijn.'],
    ] as const) {
      const search = await ctx.app.inject({ url: `/api/v1/vacancies?${query}` });
      expect([search.statusCode, search.json().error?.fields], query).toEqual([400, { [field]: message }]);
    }
    // Equal ends are a range of one.
    expect((await ctx.app.inject({ url: '/api/v1/vacancies?hoursMin=36&hoursMax=36' })).statusCode).toBe(200);
  });

  it('takes a search parameter that shows nothing as not sent, as the feed does (a form’s “all” option)', async () => {
    const all = (await ctx.app.inject({ url: '/api/v1/vacancies' })).json().total;
    expect(all).toBeGreaterThan(0);
    for (const query of ['category=', 'region=', 'q=', 'q=%01', 'category=%E2%80%8B', 'category=&category=']) {
      const search = await ctx.app.inject({ url: `/api/v1/vacancies?${query}` });
      expect([search.statusCode, search.json().total], query).toEqual([200, all]);
    }
  });
});

describe('requests the HTTP parser refuses', () => {
  let port: number;
  beforeAll(async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    port = (ctx.app.server.address() as net.AddressInfo).port;
  });

  /** Sends raw bytes and reads the whole answer until the server closes the connection. */
  const raw = (request: string) =>
    new Promise<{ status: number; headers: string; body: string }>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      let answer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (answer += chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const [head = '', body = ''] = answer.split('\r\n\r\n');
        resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body });
      });
      socket.write(request);
    });

  it('answers headers that are too large with 431 in the contract’s error shape', async () => {
    const response = await raw(`GET /api/v1/vacancies HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(response.status).toBe(431);
    expect(response.headers).toContain('content-type: application/json');
    expect(response.headers).toContain('cache-control: no-store');
    expect(JSON.parse(response.body)).toEqual({
      error: { code: 'headers_too_large', message: expect.any(String) },
    });
  });

  it('answers a malformed request line with 400 in the contract’s error shape', async () => {
    for (const request of ['GET / HTTP/1.1 extra\r\n\r\n', 'BLAH\u0001 / HTTP/1.1\r\nHost: x\r\n\r\n']) {
      const response = await raw(request);
      expect(response.status).toBe(400);
      expect(response.headers).toContain('cache-control: no-store');
      expect(JSON.parse(response.body)).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
    }
  });

  it('answers a request without the Host header HTTP/1.1 needs with 400 in the contract’s error shape', async () => {
    const response = await raw('GET /api/v1/health HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(response.status).toBe(400);
    expect(response.headers).toContain('content-type: application/json');
    expect(response.headers).toContain('cache-control: no-store');
    expect(JSON.parse(response.body)).toEqual({
      error: { code: 'bad_request', message: 'Een verzoek in HTTP/1.1 noemt de server in de header Host.' },
    });
  });

  it('answers a malformed URL with 400 in the contract’s error shape', async () => {
    const response = await raw('GET /api/v1/organisations/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
  });
});

/** A path parameter in Fastify's route tree; `:orgId|:slug` where routes name one position differently. */
const PARAM = /:\w+(\|:\w+)*/g;

/** The query parameters of each documented route, from the OpenAPI document. */
/** The method and Fastify-style URL (`:id`, not `{id}`) of every operation in the OpenAPI document. */
function documentedOperations(): { method: string; url: string }[] {
  const spec = ctx.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(spec.paths).flatMap(([openApiPath, operations]) =>
    Object.keys(operations).map((method) => ({
      method: method.toUpperCase(),
      url: openApiPath.replace(/\{(\w+)\}/g, ':$1'),
    })),
  );
}

function queryParametersByPath(): Map<string, string[]> {
  const spec = ctx.app.swagger() as {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
  };
  const byPath = new Map<string, string[]>();
  for (const [openApiPath, operations] of Object.entries(spec.paths)) {
    const names = Object.values(operations).flatMap((o) =>
      (o.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    );
    byPath.set(openApiPath.replace(/\{\w+\}/g, ':p'), [...new Set(names)]);
  }
  return byPath;
}
