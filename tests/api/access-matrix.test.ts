/**
 * Every protected route × every kind of caller, with the exact status expected. Staff of
 * organisation A act on A; to anyone of another organisation A's data does not exist (404).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import {
  applicationForm,
  type ApplicationParts,
  createOrganisation,
  createUser,
  createVacancy,
  pdfBytes,
  TINY_PNG,
  TEST_PASSWORD,
  profileVersionOf,
} from '../support/factories.ts';
import { signIn } from '../support/http.ts';
import { registeredRoutes, routeMatches } from '../support/routes.ts';
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
  request: () => Promise<{
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    url: string;
    payload?: object;
    headers?: Record<string, string>;
  }>;
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
let external = 0;
const vacancyBody = () => ({
  title: 'Toegangstest',
  category: 'beleid',
  educationLevel: 'hbo',
  employmentType: 'permanent',
  hoursMin: 32,
  hoursMax: 36,
  municipalityCode: 'GM0855',
});
const staffOfA = (success: number): Record<Actor, number> => ({ ...adminOfA(success), hrA: success });
const coordinatorOnly: Record<Actor, number> = {
  anonymous: 401,
  jobSeeker: 403,
  hrA: 403,
  adminA: 403,
  coordinator: 200,
  hrB: 403,
  adminB: 403,
  apiKeyA: 403,
  apiKeyB: 403,
};
/** Routes addressed by a vacancy's id: the role decides (403), then the vacancy is A's or unknown (404). */
const byVacancyId = (success: number): Record<Actor, number> => ({
  anonymous: 401,
  jobSeeker: 403,
  hrA: success,
  adminA: success,
  coordinator: 403,
  hrB: 404,
  adminB: 404,
  apiKeyA: 403,
  apiKeyB: 403,
});
/**
 * Vacancy operations by a vacancy's id: also for A's own API key (with every scope); B's key
 * does not find A's vacancy (404), as B's staff do not.
 */
const vacancyByIdWithKeys = (success: number): Record<Actor, number> => ({
  ...byVacancyId(success),
  apiKeyA: success,
  apiKeyB: 404,
});
/** The organisation's vacancies: its staff and its own API key. */
const vacanciesOfA = (success: number): Record<Actor, number> => ({ ...staffOfA(success), apiKeyA: success });
const vacancyOfA = async () =>
  (await createVacancy(ctx.db, { organisation: orgA, state: 'draft', publishedAt: null })).id;

let applicant = 0;
/**
 * Every application mails each of A's staff who did not turn it off, and the cases above made
 * dozens of them: silenced, so the mail worker has no backlog of thousands to send at the end.
 */
const silenceStaffOfA = () =>
  ctx.pool.query('UPDATE users SET notify_on_application = false WHERE organisation_id = $1', [orgA.id]);
/** An application (CV and letter) to a new vacancy of A, by a guest or as the given caller. */
const applicationOfA = async (as: Record<string, string> = {}, parts: ApplicationParts = {}) => {
  await silenceStaffOfA();
  const vacancy = await createVacancy(ctx.db, { organisation: orgA });
  const form = await applicationForm({ letter: { name: 'brief.pdf', data: pdfBytes('brief') }, ...parts });
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/vacancies/${vacancy.id}/applications`,
    payload: form.payload,
    headers: { ...form.headers, ...as },
    remoteAddress: `10.3.${Math.floor(++applicant / 250)}.${applicant % 250}`,
  });
  if (response.statusCode !== 201) throw new Error(`applying failed: ${response.statusCode} ${response.body}`);
  return { vacancyId: vacancy.id, id: response.json().id as string };
};
/** A request to change a new member (neither A nor B) by `action`, made anew for each caller. */
const toAnotherMember =
  (method: 'POST' | 'PUT', action: string, payload: object = {}): RouteCase['request'] =>
  async () => ({ method, url: `/api/v1/organisations/${(await createOrganisation(ctx.db)).id}/${action}`, payload });
/** A member other than A and B, changed by the coordinator: to anyone else it does not exist. */
const coordinatorOfAnother = (success: number): Record<Actor, number> => ({
  anonymous: 401,
  jobSeeker: 404,
  hrA: 404,
  adminA: 404,
  coordinator: success,
  hrB: 404,
  adminB: 404,
  apiKeyA: 404,
  apiKeyB: 404,
});
let savedSearch = 0;
/** A saved search (an alert) of the job seeker's, or of another one, made anew for each request. */
const savedSearchOfJobSeeker = async (owner = headers.jobSeeker) => {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/me/saved-searches',
    payload: { query: `q=toegang${++savedSearch}`, frequency: 'none' },
    headers: owner,
  });
  if (response.statusCode !== 201) throw new Error(`saving a search failed: ${response.statusCode} ${response.body}`);
  return response.json().id as string;
};
/** A job seeker's own saved searches: other roles have none (403). */
const jobSeekerOnly = (success: number): Record<Actor, number> => ({
  anonymous: 401,
  jobSeeker: success,
  hrA: 403,
  adminA: 403,
  coordinator: 403,
  hrB: 403,
  adminB: 403,
  apiKeyA: 403,
  apiKeyB: 403,
});
const anyUser = (success: number): Record<Actor, number> => ({
  anonymous: 401,
  jobSeeker: success,
  hrA: success,
  adminA: success,
  coordinator: success,
  hrB: success,
  adminB: success,
  apiKeyA: 403,
  apiKeyB: 403,
});

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
      apiKeyA: 200,
      apiKeyB: 200,
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
  {
    name: 'GET vacancies of A (any state)',
    request: async () => ({ method: 'GET', url: `/api/v1/organisations/${orgA.id}/vacancies` }),
    expected: vacanciesOfA(200),
  },
  {
    name: 'GET a draft vacancy of A by external id (ATS)',
    request: async () => {
      const externalId = `R-${++external}`;
      await createVacancy(ctx.db, { organisation: orgA, state: 'draft', publishedAt: null, externalId });
      return { method: 'GET', url: `/api/v1/organisations/${orgA.id}/vacancies/by-external-id/${externalId}` };
    },
    expected: vacanciesOfA(200),
  },
  {
    name: 'POST a vacancy for A',
    request: async () => ({
      method: 'POST',
      url: `/api/v1/organisations/${orgA.id}/vacancies`,
      payload: vacancyBody(),
    }),
    expected: vacanciesOfA(201),
  },
  {
    name: 'PUT a vacancy of A by external id (ATS)',
    request: async () => ({
      method: 'PUT',
      url: `/api/v1/organisations/${orgA.id}/vacancies/by-external-id/X-${++external}`,
      payload: vacancyBody(),
    }),
    expected: vacanciesOfA(201),
  },
  {
    name: 'PATCH a vacancy of A',
    request: async () => ({
      method: 'PATCH',
      url: `/api/v1/vacancies/${await vacancyOfA()}`,
      payload: { title: 'Gewijzigd', version: 1 },
    }),
    expected: vacancyByIdWithKeys(200),
  },
  {
    name: 'POST publish a draft of A',
    request: async () => ({ method: 'POST', url: `/api/v1/vacancies/${await vacancyOfA()}/publish` }),
    expected: vacancyByIdWithKeys(200),
  },
  {
    name: 'POST close a published vacancy of A',
    request: async () => ({
      method: 'POST',
      url: `/api/v1/vacancies/${(await createVacancy(ctx.db, { organisation: orgA })).id}/close`,
    }),
    expected: vacancyByIdWithKeys(200),
  },
  {
    name: 'POST duplicate a vacancy of A',
    request: async () => ({ method: 'POST', url: `/api/v1/vacancies/${await vacancyOfA()}/duplicate` }),
    expected: vacancyByIdWithKeys(201),
  },
  {
    name: 'POST bulk upsert for A',
    request: async () => ({
      method: 'POST',
      url: `/api/v1/organisations/${orgA.id}/vacancies/bulk`,
      payload: { items: [{ ...vacancyBody(), externalId: `BULK-${++external}` }] },
    }),
    expected: vacanciesOfA(200),
  },
  {
    name: 'GET the history of a vacancy of A',
    request: async () => ({ method: 'GET', url: `/api/v1/vacancies/${await vacancyOfA()}/history` }),
    expected: vacancyByIdWithKeys(200),
  },
  {
    name: 'GET a draft vacancy of A',
    request: async () => ({ method: 'GET', url: `/api/v1/vacancies/${await vacancyOfA()}` }),
    expected: {
      anonymous: 404,
      jobSeeker: 404,
      hrA: 200,
      adminA: 200,
      coordinator: 404,
      hrB: 404,
      adminB: 404,
      apiKeyA: 200,
      apiKeyB: 404,
    },
  },
  // A file is for a person at a browser: keys have the bulk route.
  {
    name: 'POST a CSV file of vacancies for A',
    request: async () => ({
      method: 'POST',
      url: `/api/v1/organisations/${orgA.id}/vacancies/upload`,
      headers: { 'content-type': 'text/csv' },
      payload: Buffer.from(
        `kenmerk,titel,vakgebied,opleidingsniveau,dienstverband,uren_min,uren_max,gemeente\nCSV-${++external},Toegangstest,beleid,hbo,vast,32,36,GM0855`,
      ),
    }),
    expected: staffOfA(200),
  },
  {
    name: 'GET the CSV template for A',
    request: async () => ({ method: 'GET', url: `/api/v1/organisations/${orgA.id}/vacancies/upload-template` }),
    expected: staffOfA(200),
  },
  {
    name: 'GET the profile of A',
    request: async () => ({ method: 'GET', url: `/api/v1/organisations/${orgA.id}/profile` }),
    expected: staffOfA(200),
  },
  {
    name: 'PATCH the profile of A',
    request: async () => ({
      method: 'PATCH',
      url: `/api/v1/organisations/${orgA.id}/profile`,
      // The version it is at: each actor allowed to save moves it on.
      payload: { offer: 'Goede voorwaarden', version: await profileVersionOf(ctx.db, orgA.id) },
    }),
    expected: staffOfA(200),
  },
  {
    name: 'GET the leave preview of A',
    request: async () => ({ method: 'GET', url: `/api/v1/organisations/${orgA.id}/leave-preview` }),
    expected: adminOfA(200),
  },
  {
    name: 'GET the export of A',
    request: async () => ({ method: 'GET', url: `/api/v1/organisations/${orgA.id}/export` }),
    expected: adminOfA(200),
  },
  {
    name: 'POST suspend of a member',
    request: toAnotherMember('POST', 'suspend', { reason: 'test' }),
    expected: coordinatorOfAnother(200),
  },
  {
    name: 'GET membership applications',
    request: async () => ({ method: 'GET', url: '/api/v1/membership-applications' }),
    expected: coordinatorOnly,
  },
  {
    name: 'GET all organisations (coordination)',
    request: async () => ({ method: 'GET', url: '/api/v1/coordination/organisations' }),
    expected: coordinatorOnly,
  },
  {
    name: 'POST an application to a vacancy of A (open to anyone)',
    request: async () => {
      await silenceStaffOfA();
      const vacancy = await createVacancy(ctx.db, { organisation: orgA });
      const form = await applicationForm();
      return { method: 'POST', url: `/api/v1/vacancies/${vacancy.id}/applications`, ...form };
    },
    expected: Object.fromEntries(actors.map((a) => [a, 201])) as Record<Actor, number>,
  },
  {
    name: 'GET the applications to a vacancy of A',
    request: async () => ({
      method: 'GET',
      url: `/api/v1/vacancies/${(await applicationOfA()).vacancyId}/applications`,
    }),
    expected: byVacancyId(200),
  },
  {
    name: 'GET the applications of A',
    request: async () => ({ method: 'GET', url: `/api/v1/organisations/${orgA.id}/applications` }),
    expected: staffOfA(200),
  },
  {
    name: 'GET the talent pool, on A',
    request: async () => ({ method: 'GET', url: `/api/v1/organisations/${orgA.id}/talent-pool` }),
    expected: staffOfA(200),
  },
  {
    name: 'GET an application to A',
    request: async () => ({ method: 'GET', url: `/api/v1/applications/${(await applicationOfA()).id}` }),
    expected: byVacancyId(200),
  },
  {
    name: 'PATCH an application to A',
    request: async () => ({
      method: 'PATCH',
      url: `/api/v1/applications/${(await applicationOfA()).id}`,
      payload: { status: 'in_review', note: 'Gezien' },
    }),
    expected: byVacancyId(200),
  },
  {
    name: 'GET the CV of an application to A',
    request: async () => ({ method: 'GET', url: `/api/v1/applications/${(await applicationOfA()).id}/cv` }),
    expected: byVacancyId(200),
  },
  {
    name: 'GET the letter of an application to A',
    request: async () => ({ method: 'GET', url: `/api/v1/applications/${(await applicationOfA()).id}/letter` }),
    expected: byVacancyId(200),
  },
  {
    name: 'GET /me/applications',
    request: async () => ({ method: 'GET', url: '/api/v1/me/applications' }),
    expected: anyUser(200),
  },
  {
    name: 'DELETE a job seeker’s application (withdraw)',
    request: async () => ({
      method: 'DELETE',
      url: `/api/v1/me/applications/${(await applicationOfA(headers.jobSeeker)).id}`,
    }),
    expected: { ...anyUser(404), jobSeeker: 204 },
  },
  {
    name: 'DELETE a job seeker’s talent-pool consent',
    request: async () => ({
      method: 'DELETE',
      url: `/api/v1/me/applications/${(await applicationOfA(headers.jobSeeker, { consent: 'pool' })).id}/pool-consent`,
    }),
    expected: { ...anyUser(404), jobSeeker: 204 },
  },
  {
    name: 'PATCH a job seeker’s saved search',
    request: async () => ({
      method: 'PATCH',
      url: `/api/v1/me/saved-searches/${await savedSearchOfJobSeeker()}`,
      payload: { frequency: 'weekly' },
    }),
    expected: jobSeekerOnly(200),
  },
  {
    name: 'DELETE a job seeker’s saved search',
    request: async () => ({ method: 'DELETE', url: `/api/v1/me/saved-searches/${await savedSearchOfJobSeeker()}` }),
    expected: jobSeekerOnly(204),
  },
  {
    name: 'PATCH a job seeker’s alert',
    request: async () => ({
      method: 'PATCH',
      url: `/api/v1/me/alerts/${await savedSearchOfJobSeeker()}`,
      payload: { frequency: 'weekly' },
    }),
    expected: jobSeekerOnly(200),
  },
  {
    name: 'DELETE a job seeker’s alert',
    request: async () => ({ method: 'DELETE', url: `/api/v1/me/alerts/${await savedSearchOfJobSeeker()}` }),
    expected: jobSeekerOnly(204),
  },
  {
    name: 'DELETE another job seeker’s alert',
    request: async () => {
      const other = await signIn(ctx.app, (await createUser(ctx.db)).email, TEST_PASSWORD);
      return { method: 'DELETE', url: `/api/v1/me/alerts/${await savedSearchOfJobSeeker(other.bearer)}` };
    },
    expected: jobSeekerOnly(404),
  },
  {
    name: 'POST a visit of a job seeker’s alert',
    request: async () => ({ method: 'POST', url: `/api/v1/me/alerts/${await savedSearchOfJobSeeker()}/visit` }),
    expected: jobSeekerOnly(204),
  },
  {
    name: 'PATCH /me (settings)',
    request: async () => ({ method: 'PATCH', url: '/api/v1/me', payload: { notifyOnApplication: true } }),
    expected: anyUser(200),
  },
  {
    name: 'GET the audit log',
    request: async () => ({ method: 'GET', url: '/api/v1/audit-log' }),
    expected: coordinatorOnly,
  },
  {
    name: 'GET the alliance figures',
    request: async () => ({ method: 'GET', url: '/api/v1/stats' }),
    expected: coordinatorOnly,
  },
  {
    name: 'GET my saved searches (alerts)',
    request: async () => ({ method: 'GET', url: '/api/v1/me/alerts' }),
    expected: {
      anonymous: 401,
      jobSeeker: 200,
      hrA: 403,
      adminA: 403,
      coordinator: 403,
      hrB: 403,
      adminB: 403,
      apiKeyA: 403,
      apiKeyB: 403,
    },
  },
  {
    name: 'GET the alert counts',
    request: async () => ({ method: 'GET', url: '/api/v1/coordination/alerts' }),
    expected: coordinatorOnly,
  },
  {
    name: 'GET the coordinator’s cockpit',
    request: async () => ({ method: 'GET', url: '/api/v1/coordination/cockpit' }),
    expected: coordinatorOnly,
  },
  {
    name: 'GET the budgets',
    request: async () => ({ method: 'GET', url: '/api/v1/coordination/budgets' }),
    expected: coordinatorOnly,
  },
  {
    name: 'PUT a year’s budget',
    request: async () => ({
      method: 'PUT',
      url: '/api/v1/coordination/budgets/2031',
      payload: { amount: 1000, costKey: 'equal' },
    }),
    expected: coordinatorOnly,
  },
  {
    name: 'GET a member’s dashboard',
    request: async () => ({ method: 'GET', url: `/api/v1/organisations/${orgA.id}/dashboard` }),
    expected: {
      anonymous: 401,
      jobSeeker: 404,
      hrA: 200,
      adminA: 200,
      coordinator: 200,
      hrB: 404,
      adminB: 404,
      apiKeyA: 403,
      apiKeyB: 404,
    },
  },
  {
    name: 'GET search health',
    request: async () => ({ method: 'GET', url: '/api/v1/search/health' }),
    expected: coordinatorOnly,
  },
  {
    name: 'GET synonyms',
    request: async () => ({ method: 'GET', url: '/api/v1/search/synonyms' }),
    expected: coordinatorOnly,
  },
  {
    // Switched on while it is on: a change of nothing, so the index is not touched by this test.
    name: 'PUT a built-in synonym group',
    request: async () => ({ method: 'PUT', url: '/api/v1/search/synonyms/built-in/kcc', payload: { active: true } }),
    expected: coordinatorOnly,
  },
  {
    name: 'POST reopen a closed vacancy of A',
    request: async () => {
      const closed = await createVacancy(ctx.db, { organisation: orgA, state: 'closed', closedAt: new Date() });
      return { method: 'POST', url: `/api/v1/vacancies/${closed.id}/reopen`, payload: {} };
    },
    expected: vacancyByIdWithKeys(200),
  },
  {
    name: 'POST unschedule a scheduled vacancy of A',
    request: async () => {
      const scheduled = await createVacancy(ctx.db, {
        organisation: orgA,
        state: 'scheduled',
        publishedAt: null,
        publishAt: new Date(Date.now() + 86_400_000),
      });
      return { method: 'POST', url: `/api/v1/vacancies/${scheduled.id}/unschedule`, payload: {} };
    },
    expected: vacancyByIdWithKeys(200),
  },
  {
    name: 'PUT the logo of A',
    request: async () => ({
      method: 'PUT',
      url: `/api/v1/organisations/${orgA.id}/logo`,
      payload: TINY_PNG,
      headers: { 'content-type': 'image/png' },
    }),
    expected: staffOfA(204),
  },
  {
    name: 'DELETE the logo of A',
    request: async () => ({ method: 'DELETE', url: `/api/v1/organisations/${orgA.id}/logo` }),
    expected: staffOfA(204),
  },
  // The membership's own changes, sent incomplete: whoever may is told what is missing (400),
  // so A stays a member for the cases after it, and the access decision is still what is seen.
  {
    name: 'POST leave for A (incomplete)',
    request: async () => ({ method: 'POST', url: `/api/v1/organisations/${orgA.id}/leave`, payload: {} }),
    expected: adminOfA(400),
  },
  {
    name: 'DELETE a scheduled leave of A (none scheduled)',
    request: async () => ({ method: 'DELETE', url: `/api/v1/organisations/${orgA.id}/leave` }),
    expected: adminOfA(409),
  },
  {
    name: 'POST apply again for A (a member: nothing to apply for)',
    request: async () => ({ method: 'POST', url: `/api/v1/organisations/${orgA.id}/apply-again`, payload: {} }),
    expected: adminOfA(409),
  },
  {
    name: 'POST end a member (incomplete)',
    request: toAnotherMember('POST', 'end'),
    expected: coordinatorOfAnother(400),
  },
  {
    name: 'POST reinstate a member (not suspended)',
    request: toAnotherMember('POST', 'reinstate'),
    expected: coordinatorOfAnother(409),
  },
  {
    name: 'POST rejoin a member (not departed)',
    request: toAnotherMember('POST', 'rejoin'),
    expected: coordinatorOfAnother(409),
  },
  {
    name: 'PUT the cost weight of a member',
    request: toAnotherMember('PUT', 'cost-weight', { costWeight: 2 }),
    expected: coordinatorOfAnother(204),
  },
  {
    name: 'POST approve a membership application (unknown)',
    request: async () => ({
      method: 'POST',
      url: `/api/v1/membership-applications/${randomUUID()}/approve`,
      payload: {},
    }),
    expected: { ...coordinatorOnly, coordinator: 404 },
  },
  {
    name: 'POST reject a membership application (without a reason)',
    request: async () => ({
      method: 'POST',
      url: `/api/v1/membership-applications/${randomUUID()}/reject`,
      payload: {},
    }),
    expected: { ...coordinatorOnly, coordinator: 400 },
  },
  {
    name: 'POST a synonym group (incomplete)',
    request: async () => ({ method: 'POST', url: '/api/v1/search/synonyms', payload: {} }),
    expected: { ...coordinatorOnly, coordinator: 400 },
  },
  {
    name: 'DELETE a synonym group (unknown)',
    request: async () => ({ method: 'DELETE', url: `/api/v1/search/synonyms/${randomUUID()}` }),
    expected: { ...coordinatorOnly, coordinator: 404 },
  },
  {
    name: 'POST a rebuild of the search index',
    request: async () => ({ method: 'POST', url: '/api/v1/search/reindex', payload: {} }),
    expected: coordinatorOnly,
  },
];

let caller = 0;
/** Each method and path the cases above sent, for the check that every route has one. */
const requested = new Set<string>();

describe('access matrix', () => {
  for (const routeCase of cases) {
    it(`${routeCase.name}: ${actors.map((a) => `${a} ${routeCase.expected[a]}`).join(', ')}`, async () => {
      const actual: Partial<Record<Actor, number>> = {};
      for (const actor of actors) {
        const request = await routeCase.request();
        requested.add(`${request.method} ${request.url.split('?')[0]}`);
        const response = await ctx.app.inject({
          ...request,
          headers: { ...request.headers, ...headers[actor] },
          remoteAddress: `10.4.${actors.indexOf(actor)}.${++caller % 250}`,
        });
        actual[actor] = response.statusCode;
      }
      expect(actual).toEqual(routeCase.expected);
    });
  }

  // Routes the matrix leaves to other files: open to anyone, or acting only on the caller's own
  // account, address or key (whose own checks are in the files named). Everything else behind a
  // sign-in must have a case above, so a new route cannot go without one.
  const CHECKED_ELSEWHERE: Record<string, string> = {
    'GET /api/v1/health': 'open to anyone',
    'GET /api/v1/openapi.json': 'open to anyone',
    'GET /api/v1/contact': 'open to anyone',
    'GET /api/v1/taxonomies': 'open to anyone',
    'GET /api/v1/vacancies': 'open to anyone (internal ones: search.test.ts)',
    'GET /api/v1/vacancies/:id/closed': 'open to anyone (pages.test.ts)',
    'GET /api/v1/suggestions': 'open to anyone',
    'GET /api/v1/organisations': 'open to anyone',
    'GET /api/v1/organisations/:orgId|:slug': 'open to anyone (the public profile)',
    'GET /api/v1/organisations/:orgId|:slug/logo': 'open to anyone',
    'POST /api/v1/membership-applications': 'open to anyone (membership.test.ts)',
    'POST /api/v1/auth/login': 'signing in',
    'POST /api/v1/auth/logout': 'the caller’s own session (sessions.test.ts)',
    'POST /api/v1/auth/refresh': 'the caller’s own session (sessions.test.ts)',
    'POST /api/v1/auth/register': 'open to anyone (auth.test.ts)',
    'POST /api/v1/auth/register/confirm': 'by the mailed key (auth.test.ts)',
    'POST /api/v1/auth/password-reset': 'open to anyone (auth.test.ts)',
    'POST /api/v1/auth/password-reset/check': 'by the mailed key (auth.test.ts)',
    'POST /api/v1/auth/password-reset/confirm': 'by the mailed key (auth.test.ts)',
    'POST /api/v1/auth/invitations/lookup': 'by the mailed key (staff-invitations.test.ts)',
    'POST /api/v1/auth/invitations/accept': 'by the mailed key (staff-invitations.test.ts)',
    'POST /api/v1/alerts': 'open to anyone (alerts.test.ts)',
    'POST /api/v1/alerts/confirm': 'by the mailed key (alerts.test.ts)',
    'POST /api/v1/alerts/confirm/preview': 'by the mailed key (alerts.test.ts)',
    'POST /api/v1/alerts/keep': 'by the mailed key (alerts.test.ts)',
    'GET /api/v1/alerts/unsubscribe': 'by the mailed key (alerts.test.ts)',
    'POST /api/v1/alerts/unsubscribe': 'by the mailed key (alerts.test.ts)',
    'GET /api/v1/alerts/manage': 'the address’s own alerts, by its key (alerts.test.ts)',
    'DELETE /api/v1/alerts/manage': 'the address’s own alerts, by its key (alerts.test.ts)',
    'GET /api/v1/alerts/manage/export': 'the address’s own alerts, by its key (alerts.test.ts)',
    'PATCH /api/v1/alerts/manage/:id': 'the address’s own alerts, by its key (alerts.test.ts)',
    'DELETE /api/v1/alerts/manage/:id': 'the address’s own alerts, by its key (alerts.test.ts)',
    'DELETE /api/v1/me': 'the caller’s own account (privacy.test.ts)',
    'GET /api/v1/me/export': 'the caller’s own account (privacy.test.ts)',
    'POST /api/v1/me/password': 'the caller’s own account (auth.test.ts)',
    'GET /api/v1/me/saved-searches': 'the caller’s own account (alerts.test.ts)',
    'POST /api/v1/me/saved-searches': 'the caller’s own account (alerts.test.ts)',
    'GET /api/v1/my-data': 'a guest’s own data, by the mailed key (privacy.test.ts)',
    'DELETE /api/v1/my-data': 'a guest’s own data, by the mailed key (privacy.test.ts)',
    'GET /api/v1/my-data/export': 'a guest’s own data, by the mailed key (privacy.test.ts)',
    'DELETE /api/v1/my-data/applications/:id': 'a guest’s own data, by the mailed key (privacy.test.ts)',
    'DELETE /api/v1/my-data/applications/:id/pool-consent': 'a guest’s own data, by the mailed key (privacy.test.ts)',
    'POST /api/v1/my-data/applications/:id/renew-consent': 'a guest’s own data, by the mailed key (privacy.test.ts)',
  };

  it('has a case for every route of the API, or says where it is checked', () => {
    const routes = registeredRoutes(ctx.app).filter(
      (route) => route.url.startsWith('/api/v1/') && route.method !== 'HEAD' && route.method !== 'OPTIONS',
    );
    expect(routes.length).toBeGreaterThan(80);
    const sent = [...requested].map((entry) => entry.split(' ') as [string, string]);
    const withoutCase = routes
      .map(({ method, url }) => `${method} ${url}`)
      .filter((route) => !(route in CHECKED_ELSEWHERE))
      .filter((route) => {
        const [method, url] = route.split(' ') as [string, string];
        return !sent.some(([m, path]) => m === method && routeMatches(url, path));
      });
    expect(withoutCase).toEqual([]);
    // And the list names no route that is gone.
    const names = new Set(routes.map(({ method, url }) => `${method} ${url}`));
    expect(Object.keys(CHECKED_ELSEWHERE).filter((route) => !names.has(route))).toEqual([]);
  });

  it('lists no staff or keys of another organisation in any answer', async () => {
    const listOfA = async (what: 'users' | 'api-keys') => {
      const response = await ctx.app.inject({
        url: `/api/v1/organisations/${orgA.id}/${what}`,
        headers: headers.adminA,
      });
      expect(response.statusCode, what).toBe(200);
      const items = response.json().items as object[];
      expect(items.length, `A's own ${what}`).toBeGreaterThan(0);
      return JSON.stringify(items);
    };
    const staffOfA = await listOfA('users');
    const ofB = await ctx.pool.query<{ email: string }>('SELECT email FROM users WHERE organisation_id = $1', [
      orgB.id,
    ]);
    expect(ofB.rows.length).toBeGreaterThan(0);
    for (const row of ofB.rows) expect(staffOfA).not.toContain(row.email);
    const keysOfA = await listOfA('api-keys');
    const keysOfB = await ctx.pool.query<{ id: string }>('SELECT id FROM api_keys WHERE organisation_id = $1', [
      orgB.id,
    ]);
    expect(keysOfB.rows.length).toBeGreaterThan(0);
    for (const row of keysOfB.rows) expect(keysOfA).not.toContain(row.id);
  });

  it('takes the organisation’s id in capitals as its own (one UUID), and another’s still not', async () => {
    const own = await ctx.app.inject({
      url: `/api/v1/organisations/${orgA.id.toUpperCase()}/applications`,
      headers: headers.hrA,
    });
    expect(own.statusCode).toBe(200);
    const keys = await ctx.app.inject({
      url: `/api/v1/organisations/${orgA.id.toUpperCase()}/api-keys`,
      headers: headers.adminA,
    });
    expect(keys.statusCode).toBe(200);
    const other = await ctx.app.inject({
      url: `/api/v1/organisations/${orgB.id.toUpperCase()}/applications`,
      headers: headers.hrA,
    });
    expect(other.statusCode).toBe(404);
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

describe('access is decided before the body is read', () => {
  it('answers an incomplete vacancy from outside with 401, 404 or 403, never with field messages', async () => {
    const incomplete = async (actor: Actor) => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${orgA.id}/vacancies`,
        payload: { title: 'x' },
        headers: headers[actor],
      });
      return { status: response.statusCode, fields: response.json().error?.fields };
    };
    expect(await incomplete('anonymous')).toEqual({ status: 401, fields: undefined });
    expect(await incomplete('hrB')).toEqual({ status: 404, fields: undefined });
    expect(await incomplete('jobSeeker')).toEqual({ status: 404, fields: undefined });
    expect(await incomplete('apiKeyB')).toEqual({ status: 404, fields: undefined });
    // Someone allowed in is told what is missing.
    const own = await incomplete('hrA');
    expect(own.status).toBe(400);
    expect(Object.keys(own.fields ?? {})).toEqual(expect.arrayContaining(['category', 'educationLevel']));
  });

  it('answers 401 to a request without sign-in whatever its parameters look like', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/organisations/not-a-uuid/vacancies',
      payload: {},
    });
    expect(response.statusCode).toBe(401);
  });
});
