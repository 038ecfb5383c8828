/**
 * What staff of a member that is suspended or has left may still do, and what not: they keep
 * writing drafts (nobody outside sees them), while everything that reaches beyond the
 * organisation is refused with one plain message. `/me` says which, so the web offers only that.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { mailOutbox, organisations, type Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import {
  applicationForm,
  createOrganisation,
  createUser,
  createVacancy,
  isoDate,
  TEST_PASSWORD,
} from '../support/factories.ts';
import { signIn } from '../support/http.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const body = (overrides: Record<string, unknown> = {}) => ({
  title: 'Adviseur archief',
  category: 'beleid',
  educationLevel: 'hbo',
  employmentType: 'permanent',
  hoursMin: 32,
  hoursMax: 36,
  municipalityCode: 'GM0855',
  closingDate: isoDate(new Date(Date.now() + 30 * 86_400_000)),
  ...overrides,
});

/** An active member with an HR officer, an admin and an ATS key, then put in `state`. */
async function memberIn(state: 'active' | 'suspended' | 'left') {
  const organisation = await createOrganisation(ctx.db);
  const hrUser = await createUser(ctx.db, { role: 'hr_officer', organisation });
  const adminUser = await createUser(ctx.db, { role: 'org_admin', organisation });
  const hr = await signIn(ctx.app, hrUser.email, TEST_PASSWORD);
  const admin = await signIn(ctx.app, adminUser.email, TEST_PASSWORD);
  const key = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${organisation.id}/api-keys`,
    payload: { name: 'ATS' },
    headers: admin.bearer,
  });
  const apiKey = { authorization: `Bearer ${key.json().key}` };
  const live = await createVacancy(ctx.db, { organisation });
  const applied = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/vacancies/${live.id}/applications`,
    ...(await applicationForm()),
  });
  await ctx.db.update(organisations).set({ state }).where(eq(organisations.id, organisation.id));
  return { organisation, hr, admin, apiKey, live, applicationId: applied.json().id as string };
}

const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => ctx.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

describe.each(['suspended', 'left'] as const)('a member that is %s', (state) => {
  let member: Awaited<ReturnType<typeof memberIn>>;
  beforeAll(async () => {
    member = await memberIn(state);
  });

  it('is told by /me that it may draft and nothing more', async () => {
    const me = (await call('GET', '/me', member.hr.bearer)).json();
    expect(me.organisation).toMatchObject({ state, allows: ['draft'] });
  });

  it('keeps writing drafts: create, edit and copy', async () => {
    const { organisation, hr } = member;
    const created = await call('POST', `/organisations/${organisation.id}/vacancies`, hr.bearer, body());
    expect(created.statusCode).toBe(201);
    expect(created.json().state).toBe('draft');
    const edited = await call('PATCH', `/vacancies/${created.json().id}`, hr.bearer, {
      version: 1,
      title: 'Adviseur archief en informatie',
    });
    expect(edited.statusCode).toBe(200);
    const copy = await call('POST', `/vacancies/${created.json().id}/duplicate`, hr.bearer);
    expect(copy.statusCode).toBe(201);
    expect(copy.json().state).toBe('draft');
  });

  it('refuses whatever reaches beyond the organisation, saying so plainly', async () => {
    const { organisation, hr, admin, apiKey, live } = member;
    const draft = (await call('POST', `/organisations/${organisation.id}/vacancies`, hr.bearer, body())).json();
    const refused = [
      await call('POST', `/vacancies/${draft.id}/publish`, hr.bearer),
      await call('POST', `/vacancies/${live.id}/reopen`, hr.bearer),
      await call('PUT', `/organisations/${organisation.id}/vacancies/by-external-id/ATS-1`, apiKey, body()),
      await call('POST', `/organisations/${organisation.id}/vacancies/bulk`, apiKey, {
        items: [{ ...body(), externalId: 'ATS-2' }],
      }),
      await call('POST', `/organisations/${organisation.id}/users`, admin.bearer, {
        email: `collega-${state}@example.nl`,
        name: 'Collega',
        role: 'hr_officer',
      }),
      await call('POST', `/organisations/${organisation.id}/api-keys`, admin.bearer, { name: 'Nog een' }),
      await call('PATCH', `/organisations/${organisation.id}/profile`, hr.bearer, { description: '<p>Nieuw</p>' }),
    ];
    for (const response of refused) {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().error).toMatchObject({
        code: 'membership_inactive',
        message: expect.stringContaining('Dit kan niet zolang je organisatie geen actief lid van de alliantie is.'),
      });
    }
  });
});

describe.each(['suspended', 'left'] as const)('a member that is %s, deciding on an application', (state) => {
  it('rejects in the portal’s standard words: a message of its own would reach outside it', async () => {
    const { hr, applicationId } = await memberIn(state);
    const own = await call('PATCH', `/applications/${applicationId}`, hr.bearer, {
      status: 'rejected',
      rejectionMessage: 'Bel ons op 06-12345678 of kijk op onze eigen site.',
    });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('membership_inactive');
    const standard = await call('PATCH', `/applications/${applicationId}`, hr.bearer, { status: 'rejected' });
    expect(standard.statusCode).toBe(200);
    expect(standard.json().status).toBe('rejected');
    const mails = await ctx.db
      .select({ text: mailOutbox.body })
      .from(mailOutbox)
      .where(eq(mailOutbox.kind, 'job_application_rejected'));
    const texts = mails.map((mail) => mail.text);
    expect(texts.some((text) => text.includes('Na zorgvuldige afweging'))).toBe(true);
    expect(texts.some((text) => text.includes('06-12345678'))).toBe(false);
  });
});

describe('members in other states', () => {
  it('lets an active member do everything', async () => {
    const { hr } = await memberIn('active');
    expect((await call('GET', '/me', hr.bearer)).json().organisation.allows).toEqual(['draft', 'publish']);
  });

  it('lets an organisation that is not admitted read only, not draft', async () => {
    const applied: Organisation = await createOrganisation(ctx.db, { state: 'applied' });
    const user = await createUser(ctx.db, { role: 'org_admin', organisation: applied });
    const admin = await signIn(ctx.app, user.email, TEST_PASSWORD);
    expect((await call('GET', '/me', admin.bearer)).json().organisation).toMatchObject({
      state: 'applied',
      allows: [],
    });
    const created = await call('POST', `/organisations/${applied.id}/vacancies`, admin.bearer, body());
    expect(created.statusCode).toBe(403);
    expect(created.json().error.code).toBe('membership_inactive');
    expect((await call('GET', `/organisations/${applied.id}/vacancies`, admin.bearer)).statusCode).toBe(200);
  });
});
