import { BaseResolver, createConfig, lintDocument, makeDocumentFromString } from '@redocly/openapi-core';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { signIn } from '../support/http.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('API documentation', () => {
  it('publishes an OpenAPI 3 document generated from the route schemas', async () => {
    const response = await ctx.app.inject('/api/v1/openapi.json');
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/health',
      '/api/v1/vacancies',
      '/api/v1/vacancies/{id}',
      '/api/v1/organisations',
      '/api/v1/taxonomies',
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
    const parameters = document.paths['/api/v1/vacancies'].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(
      expect.arrayContaining(['q', 'category', 'near', 'radiusKm', 'sort', 'page', 'pageSize']),
    );
    // A query parameter with a default need not be sent (an ATS review: generated clients demanded page).
    const defaulted = Object.values(document.paths as Record<string, Record<string, { parameters?: unknown[] }>>)
      .flatMap((operations) => Object.values(operations))
      .flatMap((operation) => (operation.parameters ?? []) as { in: string; required?: boolean; schema?: object }[])
      .filter((parameter) => parameter.in === 'query' && parameter.schema && 'default' in parameter.schema);
    expect(defaulted.length).toBeGreaterThan(10);
    expect(defaulted.filter((parameter) => parameter.required)).toEqual([]);
    // A body the operation takes without (publish's `{ version }`) is not required; one it needs is
    // (a diff review: every body was marked required). The mark that says so does not stay behind.
    const operation = (path: string, method: string) => document.paths[path][method];
    expect(operation('/api/v1/vacancies/{id}/publish', 'post').requestBody.required).toBe(false);
    expect(operation('/api/v1/auth/login', 'post').requestBody.required).toBe(true);
    expect(response.body).not.toContain('x-optional-body');
    // And the server agrees: publish without a body goes through (tests/api/hostile-input.test.ts).
  });

  it('passes a maintained OpenAPI linter (Redocly’s recommended rules): no two paths one client cannot tell apart', async () => {
    const source = (await ctx.app.inject('/api/v1/openapi.json')).body;
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintDocument({
      document: makeDocumentFromString(source, 'openapi.json'),
      config: config.styleguide,
      externalRefResolver: new BaseResolver(),
    });
    const found = problems
      .map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`)
      .filter(
        (line) =>
          // The one-click unsubscribe answers only 303 to the page that ends the alert: a redirect, not a 2xx.
          !line.startsWith('operation-2xx-response at #/paths/~1api~1v1~1alerts~1unsubscribe/get') &&
          // The server is PUBLIC_URL: the tests' own address (production requires a real https one).
          !line.startsWith('no-server-example.com at #/servers/0/url'),
      );
    expect(found).toEqual([]);
  });

  it('serves a reference for people at /api/docs: every operation, in English, without a script', async () => {
    const document = (await ctx.app.inject('/api/v1/openapi.json')).json();
    for (const url of ['/api/docs', '/api/docs/']) {
      const response = await ctx.app.inject(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('<title>API documentation — Samenwerven</title>');
      expect(response.body).toContain('<html lang="en">');
      expect(response.body).not.toMatch(/<script/i);
    }
    const page = (await ctx.app.inject('/api/docs')).body;
    const listed = [...page.matchAll(/<h3 id="op-\d+"><span class="method">(\w+)<\/span> <code>([^<]+)<\/code>/g)].map(
      ([, method, path]) => `${method} ${path}`,
    );
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) => METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(listed.toSorted()).toEqual(documented.toSorted());
    // Who may call, and the shape of what comes back, as an outline.
    expect(page).toContain(
      'Signed in as an HR officer or an organisation admin (bearer token or session cookie), or an organisation API key with the scope <code>write</code>',
    );
    expect(page).toMatch(
      /<code>\/api\/v1\/organisations\/\{orgId\}\/end<\/code><\/h3>[\s\S]*?Signed in as the coordinator \(/,
    );
    expect(page).toMatch(/<pre>\{\n {2}items: \{/);
  });
});

interface Operation {
  security?: Record<string, string[]>[];
  'x-api-key-scope'?: string;
}
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

async function operations(): Promise<{ method: string; path: string; operation: Operation }[]> {
  const document = (await ctx.app.inject('/api/v1/openapi.json')).json();
  return Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ method, path, operation: item[method]! })),
  );
}
const schemesOf = (operation: Operation) => new Set((operation.security ?? []).flatMap((r) => Object.keys(r)));

describe('security requirements in the OpenAPI document', () => {
  it('declares the schemes, and on every operation who may call it (`[]` when anyone may)', async () => {
    const document = (await ctx.app.inject('/api/v1/openapi.json')).json();
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['apiKey', 'bearer', 'cookie']);
    const all = await operations();
    expect(all.length).toBeGreaterThan(50);
    for (const { method, path, operation } of all) {
      expect(Array.isArray(operation.security), `${method} ${path}`).toBe(true);
    }
    const find = (method: string, path: string) => all.find((o) => o.method === method && o.path === path)!.operation;
    expect(find('get', '/api/v1/health').security).toEqual([]);
    expect(find('get', '/api/v1/taxonomies').security).toEqual([]);
    expect(find('get', '/api/v1/audit-log').security).toEqual([{ bearer: [] }, { cookie: [] }]);
    // Public, but answering more to staff and keys: anyone (`{}`), or signed in, or a key.
    expect(find('get', '/api/v1/vacancies/{id}').security).toEqual([
      {},
      { bearer: [] },
      { cookie: [] },
      { apiKey: [] },
    ]);
  });

  it('lists the API-key scheme, with the scope needed, on exactly the operations that take a key', async () => {
    const scopes: Record<string, string | undefined> = {};
    for (const { method, path, operation } of await operations()) {
      if (schemesOf(operation).has('apiKey')) scopes[`${method.toUpperCase()} ${path}`] = operation['x-api-key-scope'];
    }
    expect(scopes).toEqual({
      'GET /api/v1/me': undefined,
      'GET /api/v1/vacancies/{id}': undefined,
      'GET /api/v1/organisations/{orgId}/vacancies': 'read',
      'GET /api/v1/vacancies/{id}/history': 'read',
      'POST /api/v1/organisations/{orgId}/vacancies': 'write',
      'PATCH /api/v1/vacancies/{id}': 'write',
      'POST /api/v1/vacancies/{id}/duplicate': 'write',
      'GET /api/v1/organisations/{orgId}/vacancies/by-external-id/{externalId}': 'read',
      'PUT /api/v1/organisations/{orgId}/vacancies/by-external-id/{externalId}': 'write',
      'POST /api/v1/organisations/{orgId}/vacancies/bulk': 'write',
      'POST /api/v1/vacancies/{id}/publish': 'publish',
      'POST /api/v1/vacancies/{id}/close': 'publish',
      'POST /api/v1/vacancies/{id}/reopen': 'publish',
      'POST /api/v1/vacancies/{id}/unschedule': 'publish',
    });
  });

  it('agrees with what the server does: a key is refused exactly where the document does not list it', async () => {
    // Every protected operation, called with a key of every scope (ids that exist nowhere, no
    // body): a key the route does not take is refused before anything else (403 forbidden).
    const organisation = await createOrganisation(ctx.db);
    const admin = await createUser(ctx.db, { role: 'org_admin', organisation });
    const session = await signIn(ctx.app, admin.email, TEST_PASSWORD);
    const made = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/api-keys`,
      payload: { name: 'Documentatie' },
      headers: session.bearer,
    });
    const key = { authorization: `Bearer ${made.json().key}` };
    const unknownId = '00000000-0000-4000-8000-000000000000';
    const mismatches: string[] = [];
    for (const { method, path, operation } of await operations()) {
      // Anyone may call a public operation (`[]`, or `{}` among the requirements): a key too.
      const security = operation.security ?? [];
      if (security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0)) continue;
      const url = path
        .replace('{orgId}', organisation.id)
        .replace(/\{(id|userId|keyId)\}/g, unknownId)
        .replace(/\{[^}]+\}/g, 'x');
      const response = await ctx.app.inject({ method: method.toUpperCase() as 'GET', url, headers: key });
      const refused = response.statusCode === 403 && response.json().error?.code === 'forbidden';
      if (refused === schemesOf(operation).has('apiKey')) {
        mismatches.push(`${method.toUpperCase()} ${path}: ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('an OpenAPI document an integrator can work from alone', () => {
  interface FullOperation extends Operation {
    operationId?: string;
    description?: string;
    summary?: string;
    parameters?: unknown[];
    requestBody?: unknown;
    responses: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
  }

  it('gives every operation a unique operationId, a description and described answers, errors included', async () => {
    const all = (await operations()) as { method: string; path: string; operation: FullOperation }[];
    const ids = new Set<string>();
    for (const { method, path, operation } of all) {
      const name = `${method} ${path}`;
      expect(operation.operationId, name).toMatch(/^[a-z]+[A-Za-z0-9]*$/);
      expect(ids.has(operation.operationId!), `${name}: ${operation.operationId} twice`).toBe(false);
      ids.add(operation.operationId!);
      expect(operation.description?.length, name).toBeGreaterThan(10);
      const statuses = Object.keys(operation.responses);
      for (const status of statuses) {
        expect(operation.responses[status]!.description, `${name} ${status}`).not.toBe('Default Response');
      }
      // Every operation says how it fails: too many requests, a server away; bad input when it takes any.
      expect(statuses, name).toEqual(expect.arrayContaining(['429', '503']));
      if (operation.parameters?.length || operation.requestBody) expect(statuses, name).toContain('400');
      // And those that need credentials, that they may be missing or not enough.
      const anonymous =
        (operation.security ?? []).length === 0 || operation.security!.some((s) => !Object.keys(s).length);
      if (!anonymous) expect(statuses, name).toEqual(expect.arrayContaining(['401', '403']));
    }
    expect(ids.has('getVacanciesById')).toBe(true);
  });

  it('says what every operation answers when it succeeds, with the content type of a file or feed', async () => {
    const all = (await operations()) as { method: string; path: string; operation: FullOperation }[];
    const silent = all
      .filter(({ operation }) => !Object.keys(operation.responses).some((status) => /^[23]/.test(status)))
      .map(({ method, path }) => `${method} ${path}`);
    expect(silent).toEqual([]);
    const successTypes = (method: string, path: string) => {
      const { responses } = all.find((one) => one.method === method && one.path === path)!.operation;
      return Object.keys(responses['200']?.content ?? {});
    };
    expect(successTypes('get', '/feeds/vacancies.xml')).toEqual(['application/rss+xml']);
    expect(successTypes('get', '/feeds/vacancies.atom')).toEqual(['application/atom+xml']);
    expect(successTypes('get', '/sitemap.xml')).toEqual(['application/xml']);
    expect(successTypes('get', '/widget/organisaties/{slug}')).toEqual(['text/html']);
    expect(successTypes('get', '/api/v1/organisations/{orgId}/vacancies/upload-template')).toEqual(['text/csv']);
  });

  it('says what to send where a file is sent as it is: the CSV upload and the logo', async () => {
    const all = (await operations()) as { method: string; path: string; operation: FullOperation }[];
    const sent = (method: string, path: string) => {
      const { operation } = all.find((one) => one.method === method && one.path === path)!;
      const body = operation.requestBody as { content?: Record<string, unknown> } | undefined;
      return { types: Object.keys(body?.content ?? {}), statuses: Object.keys(operation.responses) };
    };
    const upload = sent('post', '/api/v1/organisations/{orgId}/vacancies/upload');
    expect(upload.types).toEqual(['text/csv', 'text/plain']);
    const logo = sent('put', '/api/v1/organisations/{orgId}/logo');
    expect(logo.types).toEqual(['image/png', 'image/jpeg', 'image/webp']);
    // Too large, or another type: as for any body.
    expect(logo.statuses).toEqual(expect.arrayContaining(['400', '413', '415']));
  });

  it('names the public address as its server', async () => {
    const document = (await ctx.app.inject('/api/v1/openapi.json')).json();
    expect(document.servers).toEqual([{ url: ctx.config.publicUrl }]);
  });

  interface Media {
    schema?: unknown;
    example?: unknown;
  }
  /** Each request body and success answer with a schema: where it is, its schema and example. */
  async function documented(): Promise<{ where: string; media: Media; components: unknown }[]> {
    const document = (await ctx.app.inject('/api/v1/openapi.json')).json();
    const found: { where: string; media: Media; components: unknown }[] = [];
    for (const { method, path, operation } of (await operations()) as {
      method: string;
      path: string;
      operation: FullOperation;
    }[]) {
      const body = (operation.requestBody as { content?: Record<string, Media> } | undefined)?.content ?? {};
      for (const [type, media] of Object.entries(body))
        found.push({ where: `${method} ${path} body ${type}`, media, components: document.components });
      for (const [status, answer] of Object.entries(operation.responses)) {
        if (!status.startsWith('2')) continue;
        for (const [type, media] of Object.entries(answer.content ?? {})) {
          if (media.schema)
            found.push({ where: `${method} ${path} ${status} ${type}`, media, components: document.components });
        }
      }
    }
    return found;
  }

  it('shows an example of every request body and every success answer, each valid by its own schema', async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    // CommonJS: under Node's ESM the plugin is the module and its `default` alike; TypeScript knows the latter.
    ajvFormats.default(ajv);
    ajv.addFormat('binary', true);
    const all = await documented();
    expect(all.filter(({ where }) => where.includes(' body ')).length).toBeGreaterThan(30);
    const wrong: string[] = [];
    for (const { where, media, components } of all) {
      if (media.example === undefined) {
        wrong.push(`${where}: no example`);
        continue;
      }
      // The schema with the document's components beside it, so its $refs resolve.
      const validate = ajv.compile({ ...(media.schema as object), components });
      if (!validate(media.example)) wrong.push(`${where}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives examples an integrator can send as they are: the vacancy example is accepted and published', async () => {
    const all = await documented();
    const example = (where: string) => all.find((one) => one.where === where)!.media.example as Record<string, unknown>;
    const organisation = await createOrganisation(ctx.db);
    const officer = await createUser(ctx.db, { role: 'hr_officer', organisation });
    const session = await signIn(ctx.app, officer.email, TEST_PASSWORD);
    const created = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/vacancies`,
      payload: example('post /api/v1/organisations/{orgId}/vacancies body application/json'),
      headers: session.bearer,
    });
    expect(created.statusCode, created.body).toBe(201);
    const vacancy = created.json();
    // The hand-written example (vacancies/input.ts), not one made from the field names.
    expect(vacancy).toMatchObject({
      employmentType: 'temporary_to_permanent',
      workMode: 'hybrid',
      applyMethod: 'portal',
    });
    // Its closing date has not passed, or publishing it would be refused.
    expect(vacancy.closingDate >= new Date().toISOString().slice(0, 10)).toBe(true);
    const published = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${vacancy.id}/publish`,
      payload: { ...example('post /api/v1/vacancies/{id}/publish body application/json'), version: vacancy.version },
      headers: session.bearer,
    });
    expect(published.statusCode, published.body).toBe(200);

    const bulk = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/vacancies/bulk`,
      payload: example('post /api/v1/organisations/{orgId}/vacancies/bulk body application/json'),
      headers: session.bearer,
    });
    expect(bulk.statusCode, bulk.body).toBe(200);
    expect(bulk.json()).toMatchObject({ succeeded: 2, failed: 0 });
  });
});
