/**
 * Every protected route × every kind of caller, with the exact status expected. Staff of
 * organisation A act on A; to anyone of another organisation A's data does not exist (404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { signIn } from '../support/http.ts';
import { startMailCatcher, type MailCatcher } from '../support/mail.ts';
import type { Organisation } from '@samenwerven/db';

type Actor = 'anonymous' | 'jobSeeker' | 'hrA' | 'adminA' | 'coordinator' | 'hrB' | 'adminB' | 'apiKeyA' | 'apiKeyB';
const actors: Actor[] = [
  'anonymous',
  'jobSeeker',
  'hrA',
  'adminA',
  'coordinator',
  'hrB',
  'adminB',
  'apiKeyA',
  'apiKeyB',
];

let ctx: TestContext;
let mail: MailCatcher;
let orgA: Organisation;
let orgB: Organisation;
const headers: Partial<Record<Actor, Record<string, string>>> = {};

async function apiKeyFor(organisation: Organisation): Promise<string> {
  const admin = await createUser(ctx.db, { role: 'org_admin', organisation });
  const session = await signIn(ctx.app, admin.email, TEST_PASSWORD);
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${organisation.id}/api-keys`,
    payload: { name: 'ATS' },
    headers: session.bearer,
  });
  return response.json().key;
}

beforeAll(async () => {
  mail = await startMailCatcher();
  ctx = await createTestContext({ env: { SMTP_URL: mail.url } });
  orgA = await createOrganisation(ctx.db);
  orgB = await createOrganisation(ctx.db);
  const office = await createOrganisation(ctx.db, { isCoordinatingBody: true, kind: 'joint_arrangement' });
  const users = {
    jobSeeker: await createUser(ctx.db),
    hrA: await createUser(ctx.db, { role: 'hr_officer', organisation: orgA }),
    adminA: await createUser(ctx.db, { role: 'org_admin', organisation: orgA }),
    coordinator: await createUser(ctx.db, { role: 'coordinator', organisation: office }),
    hrB: await createUser(ctx.db, { role: 'hr_officer', organisation: orgB }),
    adminB: await createUser(ctx.db, { role: 'org_admin', organisation: orgB }),
  };
  for (const [actor, user] of Object.entries(users)) {
    headers[actor as Actor] = (await signIn(ctx.app, user.email, TEST_PASSWORD)).bearer;
  }
  headers.apiKeyA = { authorization: `Bearer ${await apiKeyFor(orgA)}` };
  headers.apiKeyB = { authorization: `Bearer ${await apiKeyFor(orgB)}` };
  headers.anonymous = {};
});
afterAll(async () => {
  await ctx.close();
  await mail.close();
});

interface RouteCase {
  name: string;
  /** Builds a fresh request (targets are made anew, so destructive calls don't interfere). */
  request: () => Promise<{ method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object }>;
  expected: Record<Actor, number>;
}

const staffTarget = async (organisation: () => Organisation) =>
  (await createUser(ctx.db, { role: 'hr_officer', organisation: organisation() })).id;
const keyTarget = async (organisation: () => Organisation) => {
  const admin = await createUser(ctx.db, { role: 'org_admin', organisation: organisation() });
  const session = await signIn(ctx.app, admin.email, TEST_PASSWORD);
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${organisation().id}/api-keys`,
    payload: { name: 'tmp' },
    headers: session.bearer,
  });
  return response.json().id as string;
};

const adminOfA = (success: number): Record<Actor, number> => ({
  anonymous: 401,
  jobSeeker: 404,
  hrA: 403,
  adminA: success,
  coordinator: 404,
  hrB: 404,
  adminB: 404,
  apiKeyA: 403,
  apiKeyB: 404,
});

let invitation = 0;
const cases: RouteCase[] = [
  {
    name: 'GET /me',
    request: async () => ({ method: 'GET', url: '/api/v1/me' }),
    expected: {
      anonymous: 401,
      jobSeeker: 200,
      hrA: 200,
      adminA: 200,
      coordinator: 200,
      hrB: 200,
      adminB: 200,
      apiKeyA: 403,
      apiKeyB: 403,
    },
  },
  {
    name: 'GET staff of A',
    request: async () => ({ method: 'GET', url: `/api/v1/organisations/${orgA.id}/users` }),
    expected: adminOfA(200),
  },
  {
    name: 'POST staff of A (invite)',
    request: async () => ({
      method: 'POST',
      url: `/api/v1/organisations/${orgA.id}/users`,
      payload: { email: `uitnodiging-${++invitation}@example.nl`, name: 'Nieuw', role: 'hr_officer' },
    }),
    expected: adminOfA(201),
  },
  {
    name: 'PATCH a staff member of A',
    request: async () => ({
      method: 'PATCH',
      url: `/api/v1/organisations/${orgA.id}/users/${await staffTarget(() => orgA)}`,
      payload: { role: 'org_admin' },
    }),
    expected: adminOfA(200),
  },
  {
    name: 'DELETE a staff member of A',
    request: async () => ({
      method: 'DELETE',
      url: `/api/v1/organisations/${orgA.id}/users/${await staffTarget(() => orgA)}`,
    }),
    expected: adminOfA(204),
  },
  {
    name: 'PATCH a staff member of B through A’s address',
    request: async () => ({
      method: 'PATCH',
      url: `/api/v1/organisations/${orgA.id}/users/${await staffTarget(() => orgB)}`,
      payload: { role: 'org_admin' },
    }),
    expected: adminOfA(404),
  },
  {
    name: 'GET API keys of A',
    request: async () => ({ method: 'GET', url: `/api/v1/organisations/${orgA.id}/api-keys` }),
    expected: adminOfA(200),
  },
  {
    name: 'POST an API key for A',
    request: async () => ({
      method: 'POST',
      url: `/api/v1/organisations/${orgA.id}/api-keys`,
      payload: { name: 'ATS' },
    }),
    expected: adminOfA(201),
  },
  {
    name: 'DELETE an API key of A',
    request: async () => ({
      method: 'DELETE',
      url: `/api/v1/organisations/${orgA.id}/api-keys/${await keyTarget(() => orgA)}`,
    }),
    expected: adminOfA(204),
  },
  {
    name: 'DELETE an API key of B through A’s address',
    request: async () => ({
      method: 'DELETE',
      url: `/api/v1/organisations/${orgA.id}/api-keys/${await keyTarget(() => orgB)}`,
    }),
    expected: adminOfA(404),
  },
];

describe('access matrix', () => {
  for (const routeCase of cases) {
    it(`${routeCase.name}: ${actors.map((a) => `${a} ${routeCase.expected[a]}`).join(', ')}`, async () => {
      const actual: Partial<Record<Actor, number>> = {};
      for (const actor of actors) {
        const request = await routeCase.request();
        const response = await ctx.app.inject({ ...request, headers: headers[actor] });
        actual[actor] = response.statusCode;
      }
      expect(actual).toEqual(routeCase.expected);
    });
  }

  it('lists no staff or keys of another organisation in any answer', async () => {
    const staff = await ctx.app.inject({ url: `/api/v1/organisations/${orgA.id}/users`, headers: headers.adminA });
    const emails = staff.json().items.map((u: { email: string }) => u.email);
    const ofB = await ctx.pool.query<{ email: string }>('SELECT email FROM users WHERE organisation_id = $1', [
      orgB.id,
    ]);
    for (const row of ofB.rows) expect(emails).not.toContain(row.email);
  });
});

describe('a suspended member', () => {
  it('can still sign in and read its data, but cannot create integration keys', async () => {
    const suspended = await createOrganisation(ctx.db, { state: 'suspended' });
    const admin = await createUser(ctx.db, { role: 'org_admin', organisation: suspended });
    const session = await signIn(ctx.app, admin.email, TEST_PASSWORD);
    expect((await ctx.app.inject({ url: '/api/v1/me', headers: session.bearer })).json().organisation.state).toBe(
      'suspended',
    );
    expect(
      (await ctx.app.inject({ url: `/api/v1/organisations/${suspended.id}/users`, headers: session.bearer }))
        .statusCode,
    ).toBe(200);
    const key = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${suspended.id}/api-keys`,
      payload: { name: 'ATS' },
      headers: session.bearer,
    });
    expect(key.statusCode).toBe(403);
    expect(key.json().error.code).toBe('membership_inactive');
  });
});
