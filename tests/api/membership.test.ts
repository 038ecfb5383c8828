/**
 * The alliance's membership life cycle through the API: apply, approve, suspend,
 * reinstate, leave (now and scheduled, across a restart), rejoin; the export; the figures.
 */
import { dutchDate } from '@samenwerven/calendar';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import {
  applications,
  auditLog,
  mailOutbox,
  membershipApplications,
  membershipPeriods,
  organisations,
  vacancies,
  users,
  vacancyViews,
  type Organisation,
} from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { csvHeader, parseCsv, UTF8_BOM_BYTES } from '../support/csv.ts';
import {
  applicationForm,
  createOrganisation,
  createUser,
  createVacancy,
  pdfBytes,
  TEST_PASSWORD,
} from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';
import { linkIn, startMailCatcher, type MailCatcher } from '../support/mail.ts';

let ctx: TestContext;
let mail: MailCatcher;
let coordinator: Session;
let coordinatorEmail: string;
let coordinatorId: string;

/** The alliance office's details as this portal is configured: every decision mail must carry them. */
const office = {
  ALLIANCE_NAME: 'Regiobureau Proef',
  ALLIANCE_EMAIL: 'vragen@regiobureau-proef.example',
  ALLIANCE_PHONE: '013 555 12 34',
  ALLIANCE_ADDRESS: 'Proefstraat 7, 5038 AA Tilburg',
};

/** A mail says how to reach the alliance office, and links to the portal at `path`. */
function expectContactAndLink(text: string, path: string) {
  for (const detail of Object.values(office)) expect(text).toContain(detail);
  expect(text).toContain(`${ctx.config.publicUrl}${path}`);
}

beforeAll(async () => {
  mail = await startMailCatcher();
  ctx = await createTestContext({ env: { SMTP_URL: mail.url, ...office }, jobs: true });
  const body = await createOrganisation(ctx.db, {
    isCoordinatingBody: true,
    kind: 'joint_arrangement',
    name: 'Alliantiebureau',
  });
  const user = await createUser(ctx.db, { role: 'coordinator', organisation: body });
  coordinatorEmail = user.email;
  coordinatorId = user.id;
  coordinator = await signIn(ctx.app, user.email, TEST_PASSWORD);
});
afterAll(async () => {
  await ctx.close();
  await mail.close();
});

const call = (method: 'GET' | 'POST' | 'DELETE' | 'PUT', url: string, session?: Session, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: session?.bearer ?? {}, ...(payload ? { payload } : {}) });

async function memberWithAdmin(): Promise<{ organisation: Organisation; admin: Session; adminEmail: string }> {
  const organisation = await createOrganisation(ctx.db);
  const user = await createUser(ctx.db, { role: 'org_admin', organisation });
  return { organisation, admin: await signIn(ctx.app, user.email, TEST_PASSWORD), adminEmail: user.email };
}

/** Everywhere the public could meet a vacancy: search, its own address, its organisation's page. */
async function publicSightings(organisation: Organisation, vacancyIds: string[]) {
  await ctx.sync();
  const search = (await call('GET', `/vacancies?organisation=${organisation.slug}&pageSize=100`)).json();
  const byId = await Promise.all(vacancyIds.map(async (id) => (await call('GET', `/vacancies/${id}`)).statusCode));
  const page = (await call('GET', `/organisations/${organisation.slug}`)).statusCode;
  const listed = (await call('GET', '/organisations'))
    .json()
    .items.some((o: { slug: string }) => o.slug === organisation.slug);
  return { inSearch: search.total as number, byId, page, listed };
}

describe('joining', () => {
  it('leaves a pending sign-up alone when an application to join names its address: nobody proved anything yet', async () => {
    const address = 'bestuur@dommelland.example';
    const post = (url: string, payload: object) => call('POST', url, undefined, payload);
    expect(
      (await post('/auth/register', { email: address, password: 'de echte eigenaar 2026', name: 'Ada' })).statusCode,
    ).toBe(202);
    const { token } = linkIn(await mail.waitFor(address), '/registratie-bevestigen');
    const response = await post('/membership-applications', {
      organisation: { name: 'Gemeente Dommelland', kind: 'municipality', municipalityCode: 'GM0855' },
      admin: { name: 'Iemand anders', email: address, password: 'een vreemde aanvrager 2026' },
    });
    expect(response.statusCode).toBe(202);
    // The address has an account: that mail, nothing applied for, and the sign-up still confirms.
    expect((await mail.waitFor(address)).subject).toBe('Je aanmelding bij Samenwerven');
    const confirmed = await post('/auth/register/confirm', { token, password: 'de echte eigenaar 2026' });
    expect(confirmed.statusCode).toBe(200);
  });

  it('tells an applicant who sends the form again before confirming how to confirm, not only to sign in', async () => {
    const address = 'opnieuw@kempen.example';
    const applyAs = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/membership-applications',
        // From a network of its own: the joins an hour from one network are the other stories'.
        remoteAddress: '198.51.100.78',
        payload: {
          organisation: { name: 'Gemeente De Kempen', kind: 'municipality', municipalityCode: 'GM1724' },
          admin: { name: 'Kim', email: address, password: 'een prima wachtwoord' },
        },
      });
    expect((await applyAs()).statusCode).toBe(202);
    await mail.waitFor(address); // the receipt, whose link is lost
    await mail.waitFor(coordinatorEmail); // the office hears of it once, as of any application
    expect((await applyAs()).statusCode).toBe(202);
    // "Sign in here" alone was a dead end: an unconfirmed account cannot sign in (a membership review).
    const again = await mail.waitFor(address);
    expect(again.subject).toBe('Je aanmelding bij Samenwerven');
    expect(again.text).toMatch(/je adres nog niet bevestigd[^\n]*\n\nhttps?:\/\/\S+\/wachtwoord-vergeten\n/);
    // That way, a new password confirms the address, and the applicant signs in.
    expect((await call('POST', '/auth/password-reset', undefined, { email: address })).statusCode).toBe(202);
    const { token } = linkIn(await mail.waitFor(address), '/wachtwoord-herstellen');
    const reset = await call('POST', '/auth/password-reset/confirm', undefined, {
      token,
      password: 'een nieuw lang wachtwoord',
    });
    expect(reset.statusCode, reset.body).toBe(204);
    const applicant = await signIn(ctx.app, address, 'een nieuw lang wachtwoord');
    expect((await call('GET', '/me', applicant)).json().organisation.state).toBe('applied');
  });

  it('forgets an applicant turned down before confirming the address: no mail, and the address is free again', async () => {
    const address = 'vreemd@proefdorp.example';
    const applied = await call('POST', '/membership-applications', undefined, {
      organisation: { name: 'Gemeente Proefdorp', kind: 'municipality', municipalityCode: 'GM0855' },
      admin: { name: 'Bezetter', email: address, password: 'een vreemde aanvrager 2026' },
    });
    expect(applied.statusCode).toBe(202);
    await mail.waitFor(address);
    await mail.waitFor(coordinatorEmail);
    const pending = (await call('GET', '/membership-applications?state=pending', coordinator)).json().items;
    const { id } = pending.find(
      (a: { organisation: { name: string } }) => a.organisation.name === 'Gemeente Proefdorp',
    );
    const rejected = await call('POST', `/membership-applications/${id}/reject`, coordinator, { reason: 'Onbekend' });
    expect(rejected.statusCode).toBe(200);
    expect(await ctx.db.select().from(users).where(eq(users.email, address))).toEqual([]);
    // A member may invite the address now; the rejection was never mailed to it.
    const { organisation, admin } = await memberWithAdmin();
    const invited = await call('POST', `/organisations/${organisation.id}/users`, admin, {
      email: address,
      name: 'Nieuwe collega',
      role: 'hr_officer',
    });
    expect(invited.statusCode).toBe(201);
    expect((await mail.waitFor(address)).subject).not.toMatch(/afgewezen/i);
  });

  it('takes an application, lets the coordinator approve it, and tells the applicant', async () => {
    const response = await call('POST', '/membership-applications', undefined, {
      organisation: {
        name: 'Waterschap Aa en Maas',
        kind: 'water_board',
        municipalityCode: 'GM0796',
        website: 'https://www.aaenmaas.example',
      },
      admin: { name: 'Petra Smit', email: 'petra@aaenmaas.example', password: 'dijken en sluizen 2026' },
    });
    expect([response.statusCode, response.body]).toEqual([202, '']);

    const pending = (await call('GET', '/membership-applications?state=pending', coordinator)).json().items;
    const { id, organisation: applied } = pending.find(
      (a: { organisation: { contactEmail: string } }) => a.organisation.contactEmail === 'petra@aaenmaas.example',
    );
    const slug = applied.slug;
    expect(slug).toBe('waterschap-aa-en-maas');

    // The applicant's receipt, which also confirms the address, says how to reach the alliance office.
    const receipt = await mail.waitFor('petra@aaenmaas.example');
    expect(receipt.subject).toBe('Aanmelding ontvangen: bevestig je e-mailadres voor Samenwerven');
    expectContactAndLink(receipt.text, '/registratie-bevestigen#token=');
    // The coordinators hear of it, with the page where it waits (and no word the applicant typed).
    const note = await mail.waitFor(coordinatorEmail);
    expect(note.subject).toBe('Nieuwe aanmelding voor Samenwerven');
    expect(note.text).toContain(`${ctx.config.publicUrl}/coordinatie`);
    expect(note.text).toContain("soort: waterschap; gemeente: 's-Hertogenbosch");
    expect(note.text).not.toContain('Aa en Maas');

    // The coordinator sees whether the applicant has confirmed the address yet.
    const confirmed = async () =>
      (await call('GET', '/membership-applications?state=pending', coordinator))
        .json()
        .items.find((a: { id: string }) => a.id === id).review.emailConfirmed;
    expect(await confirmed()).toBe(false);
    // Anyone can type a name, a website and an address: admitting waits for the address's confirmation.
    const early = await call('POST', `/membership-applications/${id}/approve`, coordinator, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('applicant_unconfirmed');
    // The applicant confirms the address from the mail, can then sign in, but is not a member yet: not listed publicly.
    const { token } = linkIn(receipt, '/registratie-bevestigen');
    expect(
      (await call('POST', '/auth/register/confirm', undefined, { token, password: 'dijken en sluizen 2026' }))
        .statusCode,
    ).toBe(200);
    expect(await confirmed()).toBe(true);
    const applicant = await signIn(ctx.app, 'petra@aaenmaas.example', 'dijken en sluizen 2026');
    expect((await call('GET', '/me', applicant)).json().organisation.state).toBe('applied');
    expect((await call('GET', `/organisations/${slug}`)).statusCode).toBe(404);

    const approved = await call('POST', `/membership-applications/${id}/approve`, coordinator, { reason: 'Welkom!' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toEqual({ id, state: 'approved' });
    expect((await call('GET', `/organisations/${slug}`)).statusCode).toBe(200);
    const message = await mail.waitFor('petra@aaenmaas.example');
    expect(message.subject).toBe('Waterschap Aa en Maas is toegelaten tot Samenwerven');
    expect(message.text).toContain('Toelichting: Welkom!');
    expectContactAndLink(message.text, '/inloggen');

    const again = await call('POST', `/membership-applications/${id}/approve`, coordinator, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'invalid_transition',
      currentState: 'approved',
      message: 'Dat kan niet: deze aanmelding is al toegelaten. Laad de pagina opnieuw om te zien wat wel kan.',
    });

    const [organisation] = await ctx.db.select().from(organisations).where(eq(organisations.slug, slug));
    const periods = await ctx.db
      .select()
      .from(membershipPeriods)
      .where(eq(membershipPeriods.organisationId, organisation!.id));
    expect(periods).toHaveLength(1);
    expect(periods[0]!.endedAt).toBeNull();
  });

  it('rejects with a reason and refuses bad applications field by field', async () => {
    const bad = await call('POST', '/membership-applications', undefined, {
      organisation: { name: 'X', kind: 'bank', municipalityCode: 'GM9999' },
      admin: { name: '', email: 'geen-adres', password: 'kort' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(
      expect.arrayContaining(['organisation.name', 'organisation.kind', 'admin.name', 'admin.email', 'admin.password']),
    );
    const unknownPlace = await call('POST', '/membership-applications', undefined, {
      organisation: { name: 'Gemeente Nergens', kind: 'municipality', municipalityCode: 'GM9999' },
      admin: { name: 'Ad', email: 'ad@nergens.example', password: 'een prima wachtwoord' },
    });
    expect(unknownPlace.json().error.fields).toHaveProperty(['organisation.municipalityCode']);

    const response = await call('POST', '/membership-applications', undefined, {
      organisation: { name: 'Stichting Twijfel', kind: 'other', municipalityCode: 'GM0855' },
      admin: { name: 'Tom', email: 'tom@twijfel.example', password: 'een prima wachtwoord' },
    });
    expect(response.statusCode).toBe(202);
    // Tom confirms his address: a rejection is mailed only to an address its owner confirmed.
    const { token } = linkIn(await mail.waitFor('tom@twijfel.example'), '/registratie-bevestigen');
    const confirm = { token, password: 'een prima wachtwoord' };
    expect((await call('POST', '/auth/register/confirm', undefined, confirm)).statusCode).toBe(200);
    const pending = (await call('GET', '/membership-applications?state=pending', coordinator)).json().items;
    const { id } = pending.find((a: { organisation: { name: string } }) => a.organisation.name === 'Stichting Twijfel');

    // No rejection without a reason: the applicant is told why.
    for (const body of [{}, { reason: '   ' }]) {
      const refused = await call('POST', `/membership-applications/${id}/reject`, coordinator, body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.code).toBe('validation_failed');
      expect(refused.json().error.fields).toHaveProperty('reason');
    }
    const blank = await call('POST', `/membership-applications/${id}/reject`, coordinator, { reason: ' ' });
    expect(blank.json().error.fields.reason).toBe(
      'Geef de reden van de afwijzing: de aanvrager krijgt die per e-mail.',
    );
    expect((await call('GET', '/membership-applications?state=pending', coordinator)).json().items).toContainEqual(
      expect.objectContaining({ id }),
    );

    const rejected = await call('POST', `/membership-applications/${id}/reject`, coordinator, {
      reason: 'Geen publieke organisatie',
    });
    expect(rejected.json().state).toBe('rejected');
    const message = await mail.waitFor('tom@twijfel.example');
    expect(message.text).toContain('Reden: Geen publieke organisatie');
    // It leads to the page where it applies again (it was the home page: a membership review).
    expectContactAndLink(message.text, '/beheer/lidmaatschap');
    expect(message.text).not.toContain('neem contact op met het alliantiebureau.');
    const decided = (await call('GET', '/membership-applications?state=rejected', coordinator)).json().items;
    expect(decided.find((a: { id: string }) => a.id === id)).toMatchObject({
      reason: 'Geen publieke organisatie',
      review: null,
    });
  });

  it('lets an admin of a turned-down organisation apply again, for the coordinator to decide anew', async () => {
    const organisation = await createOrganisation(ctx.db, { state: 'applied' });
    const [first] = await ctx.db.insert(membershipApplications).values({ organisationId: organisation.id }).returning();
    const adminUser = await createUser(ctx.db, { role: 'org_admin', organisation });
    const admin = await signIn(ctx.app, adminUser.email, TEST_PASSWORD);
    const hr = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'hr_officer', organisation })).email,
      TEST_PASSWORD,
    );
    const other = await memberWithAdmin();

    const rejected = await call('POST', `/membership-applications/${first!.id}/reject`, coordinator, {
      reason: 'Nog geen besluit van het college',
    });
    expect(rejected.json().state).toBe('rejected');
    // The decision says the way back; the membership page says why, as the mail did.
    expect((await mail.waitFor(adminUser.email)).text).toContain('opnieuw aanmelden');
    expect((await call('GET', `/organisations/${organisation.id}/leave-preview`, admin)).json()).toMatchObject({
      state: 'rejected',
      reason: 'Nog geen besluit van het college',
    });

    // Only its own admins: not its HR officers (403); to another organisation's admin and the coordinator
    // the organisation is not theirs to see (404), as everywhere under /organisations/{orgId}.
    expect((await call('POST', `/organisations/${organisation.id}/apply-again`, hr)).statusCode).toBe(403);
    expect((await call('POST', `/organisations/${organisation.id}/apply-again`, other.admin)).statusCode).toBe(404);
    expect((await call('POST', `/organisations/${organisation.id}/apply-again`, coordinator)).statusCode).toBe(404);
    // A member has nothing to apply for.
    const member = await call('POST', `/organisations/${other.organisation.id}/apply-again`, other.admin);
    expect(member.statusCode).toBe(409);
    expect(member.json().error).toMatchObject({
      code: 'invalid_transition',
      currentState: 'active',
      message: 'Dat kan niet: de organisatie is actief lid. Laad de pagina opnieuw om te zien wat wel kan.',
    });

    const again = await call('POST', `/organisations/${organisation.id}/apply-again`, admin);
    expect([again.statusCode, again.json()]).toEqual([200, { id: organisation.id, state: 'applied' }]);
    expect((await call('GET', '/me', admin)).json().organisation.state).toBe('applied');
    const told = await mail.waitFor(adminUser.email);
    expect(told.subject).toBe(`${organisation.name} is opnieuw aangemeld bij Samenwerven`);
    expectContactAndLink(told.text, '/beheer/lidmaatschap');
    expect((await mail.waitFor(coordinatorEmail)).subject).toBe('Nieuwe aanmelding voor Samenwerven');
    // Twice is once: the application is pending.
    const twice = await call('POST', `/organisations/${organisation.id}/apply-again`, admin);
    expect(twice.json().error).toMatchObject({ code: 'invalid_transition', currentState: 'applied' });

    // A new application, beside the decided one, which the coordinator decides like the first.
    const pending = (await call('GET', '/membership-applications?state=pending', coordinator)).json().items;
    const second = pending.find((a: { organisation: { id: string } }) => a.organisation.id === organisation.id);
    expect(second.id).not.toBe(first!.id);
    expect(second.review.emailConfirmed).toBe(true);
    const approved = await call('POST', `/membership-applications/${second.id}/approve`, coordinator, {});
    expect(approved.json()).toEqual({ id: second.id, state: 'approved' });
    expect((await call('GET', '/me', admin)).json().organisation).toMatchObject({
      state: 'active',
      applicationsDeletedAt: null,
    });
    const logged = await ctx.db.select().from(auditLog).where(eq(auditLog.organisationId, organisation.id));
    expect(logged.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['membership.reject', 'membership.apply_again', 'membership.approve']),
    );
  });

  it('lets a turned-down organisation correct what the rejection asked for as it applies again', async () => {
    const organisation = await createOrganisation(ctx.db, {
      state: 'applied',
      name: 'Omgevingsdienst',
      municipalityCode: 'GM0855',
      website: 'https://odmb.example',
    });
    const [first] = await ctx.db.insert(membershipApplications).values({ organisationId: organisation.id }).returning();
    const adminUser = await createUser(ctx.db, { role: 'org_admin', organisation });
    const admin = await signIn(ctx.app, adminUser.email, TEST_PASSWORD);
    await call('POST', `/membership-applications/${first!.id}/reject`, coordinator, {
      reason: 'Geef de volledige naam van de organisatie',
    });
    expect((await mail.waitFor(adminUser.email)).text).toContain('Geef de volledige naam van de organisatie');
    // The membership page has what it applied with, to correct.
    const preview = async () => (await call('GET', `/organisations/${organisation.id}/leave-preview`, admin)).json();
    expect((await preview()).application).toEqual({
      name: 'Omgevingsdienst',
      kind: organisation.kind,
      municipalityCode: 'GM0855',
      website: 'https://odmb.example',
    });

    // Bad corrections are refused on their fields, and nothing changes.
    const again = (payload: object) => call('POST', `/organisations/${organisation.id}/apply-again`, admin, payload);
    for (const [payload, field] of [
      [{ organisation: { name: ' ' } }, 'organisation.name'],
      [{ organisation: { municipalityCode: 'GM9999' } }, 'organisation.municipalityCode'],
      [{ organisation: { kind: 'bank' } }, 'organisation.kind'],
      [{ organisation: { website: 'javascript:alert(1)' } }, 'organisation.website'],
      [{ organisation: { slug: 'gemeente-tilburg' } }, 'organisation.slug'],
    ] as const) {
      const refused = await again(payload);
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
      expect(Object.keys(refused.json().error.fields ?? {}), JSON.stringify(payload)).toContain(field);
    }
    expect((await preview()).state).toBe('rejected');

    const corrected = await again({
      organisation: { name: 'Omgevingsdienst Midden- en West-Brabant', municipalityCode: 'GM0826', website: null },
    });
    expect([corrected.statusCode, corrected.json()]).toEqual([200, { id: organisation.id, state: 'applied' }]);
    // Its admins are told under the name corrected (it was the one the rejection asked to correct).
    expect((await mail.waitFor(adminUser.email)).subject).toBe(
      'Omgevingsdienst Midden- en West-Brabant is opnieuw aangemeld bij Samenwerven',
    );
    // The coordinators decide on what it is now; the correction is in the audit log.
    const pending = (await call('GET', '/membership-applications?state=pending', coordinator)).json().items;
    expect(
      pending.find((a: { organisation: { id: string } }) => a.organisation.id === organisation.id).organisation,
    ).toMatchObject({ name: 'Omgevingsdienst Midden- en West-Brabant', municipalityCode: 'GM0826', website: null });
    const [entry] = await ctx.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.organisationId, organisation.id), eq(auditLog.action, 'membership.application_corrected')),
      );
    expect([entry!.before, entry!.after]).toEqual([
      { name: 'Omgevingsdienst', municipality: 'Tilburg', website: 'https://odmb.example' },
      { name: 'Omgevingsdienst Midden- en West-Brabant', municipality: 'Oosterhout', website: null },
    ]);
    expect((await preview()).application).toBeNull();
  });

  it('stores a name without direction controls, so it shows as it is compared (a membership review)', async () => {
    const oisterwijk = await createOrganisation(ctx.db, { name: 'Gemeente Oisterwijk', municipalityCode: 'GM0824' });
    // "Gemeente \u202EkjiwretsiO\u202C" showed as "Gemeente Oisterwijk" and matched no name.
    const applied = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/membership-applications',
      // From a network of its own: the joins an hour from one network are the other stories'.
      remoteAddress: '198.51.100.77',
      payload: {
        organisation: { name: 'Gemeente \u2066Oisterwijk\u2069', kind: 'other', municipalityCode: 'GM1719' },
        admin: { name: 'Jan \u202EkjiwretsiO\u202C', email: 'spoof@webmail.example', password: 'een prima wachtwoord' },
      },
    });
    expect(applied.statusCode).toBe(202);
    const items = (await call('GET', '/membership-applications?state=pending', coordinator)).json().items;
    const spoof = items.find(
      (a: { organisation: { contactEmail: string } }) => a.organisation.contactEmail === 'spoof@webmail.example',
    );
    expect(spoof.organisation.name).toBe('Gemeente Oisterwijk');
    expect(spoof.review.likelyDuplicates).toEqual([
      expect.objectContaining({ id: oisterwijk.id, matchedOn: ['name'] }),
    ]);
    const { rows } = await ctx.pool.query<{ name: string }>(
      "SELECT name FROM users WHERE email = 'spoof@webmail.example'",
    );
    expect(rows[0]!.name).toBe('Jan kjiwretsiO');
  });

  it('shows the coordinator the organisations an application looks like, and its address against its website', async () => {
    const breda = await createOrganisation(ctx.db, {
      name: 'Gemeente Breda',
      slug: 'gemeente-breda',
      municipalityCode: 'GM0758',
      website: 'https://www.breda.example',
    });
    const apply = (name: string, email: string, website?: string) =>
      call('POST', '/membership-applications', undefined, {
        organisation: { name, kind: 'municipality', municipalityCode: 'GM0758', ...(website ? { website } : {}) },
        admin: { name: 'Piet', email, password: 'een prima wachtwoord' },
      });
    // The same name from an unrelated address, and a genuine-looking one of the same town.
    expect((await apply('Gemeente  BREDA', 'piet@webmail.example', 'https://breda.example/werken')).statusCode).toBe(
      202,
    );
    expect(
      (await apply('Werkbedrijf Breda', 'hr@werkbedrijf-breda.example', 'https://werkbedrijf-breda.example'))
        .statusCode,
    ).toBe(202);

    const items = (await call('GET', '/membership-applications?state=pending', coordinator)).json().items;
    const namesake = items.find(
      (a: { organisation: { contactEmail: string } }) => a.organisation.contactEmail === 'piet@webmail.example',
    );
    expect(namesake.organisation.slug).toBe('gemeente-breda-2');
    expect(namesake.review).toEqual({
      likelyDuplicates: [
        {
          id: breda.id,
          slug: 'gemeente-breda',
          name: 'Gemeente Breda',
          state: 'active',
          website: 'https://www.breda.example',
          matchedOn: ['name', 'municipality', 'website'],
        },
        expect.objectContaining({ name: 'Werkbedrijf Breda', state: 'applied', matchedOn: ['municipality'] }),
      ],
      emailDomain: 'webmail.example',
      websiteDomain: 'breda.example',
      emailMatchesWebsite: false,
      emailConfirmed: false,
    });
    const other = items.find((a: { organisation: { name: string } }) => a.organisation.name === 'Werkbedrijf Breda');
    expect(other.review).toMatchObject({ emailDomain: 'werkbedrijf-breda.example', emailMatchesWebsite: true });
    // By name: "Gemeente BREDA" (stored with its double space as one) and "Gemeente Breda" sort as one.
    expect(other.review.likelyDuplicates.map((d: { slug: string }) => d.slug).toSorted()).toEqual([
      'gemeente-breda',
      'gemeente-breda-2',
    ]);

    // The coordinators' note warns of it, without repeating the name the applicant typed.
    const notes = () => mail.messages.filter((m) => m.to === coordinatorEmail.toLowerCase());
    await vi.waitFor(
      () => {
        const texts = notes().map((m) => m.text);
        expect(
          texts.some((t) => t.includes('Let op: de aanmelding lijkt op een organisatie die het portaal al kent')),
        ).toBe(true);
        expect(texts.some((t) => t.includes('Let op: de aanmelding lijkt op 2 organisaties'))).toBe(true);
      },
      { timeout: 5000, interval: 50 },
    );
    expect(notes().every((m) => !m.text.includes('BREDA') && !m.text.includes('Werkbedrijf'))).toBe(true);
  });

  it("gives an organisation admitted its own name's address, from a stranger's application that never was a member", async () => {
    const apply = (email: string) =>
      call('POST', '/membership-applications', undefined, {
        organisation: { name: 'Gemeente Eindhoven', kind: 'municipality', municipalityCode: 'GM0772' },
        admin: { name: 'Aanvrager', email, password: 'een prima wachtwoord' },
      });
    // A stranger applies first, under the real name, and never confirms anything.
    expect((await apply('kaper@webmail.example')).statusCode).toBe(202);
    expect((await apply('hr@eindhoven.example')).statusCode).toBe(202);
    const pending = (await call('GET', '/membership-applications?state=pending', coordinator)).json().items;
    const of = (email: string) =>
      pending.find((a: { organisation: { contactEmail: string } }) => a.organisation.contactEmail === email);
    expect([of('kaper@webmail.example').organisation.slug, of('hr@eindhoven.example').organisation.slug]).toEqual([
      'gemeente-eindhoven',
      'gemeente-eindhoven-2',
    ]);
    const { token } = linkIn(await mail.waitFor('hr@eindhoven.example'), '/registratie-bevestigen');
    await call('POST', '/auth/register/confirm', undefined, { token, password: 'een prima wachtwoord' });
    const approved = await call(
      'POST',
      `/membership-applications/${of('hr@eindhoven.example').id}/approve`,
      coordinator,
      {},
    );
    expect(approved.statusCode, approved.body).toBe(200);

    expect((await call('GET', '/organisations/gemeente-eindhoven')).statusCode).toBe(200);
    const slugOf = async (email: string) =>
      (
        await ctx.db
          .select({ slug: organisations.slug })
          .from(organisations)
          .where(eq(organisations.id, of(email).organisation.id))
      )[0]!.slug;
    expect(await slugOf('hr@eindhoven.example')).toBe('gemeente-eindhoven');
    expect(await slugOf('kaper@webmail.example')).toBe('gemeente-eindhoven-3');
    // Both moves are in the audit log: the addresses of a page, a widget and a feed went with them.
    const moves = await ctx.pool.query(
      `SELECT subject_id, before, after FROM audit_log WHERE action = 'organisation.slug_changed'`,
    );
    expect(moves.rows.map((r) => [r.subject_id, r.before.slug, r.after.slug]).toSorted()).toEqual(
      [
        [of('kaper@webmail.example').organisation.id, 'gemeente-eindhoven', 'gemeente-eindhoven-3'],
        [of('hr@eindhoven.example').organisation.id, 'gemeente-eindhoven-2', 'gemeente-eindhoven'],
      ].toSorted(),
    );

    // A name whose first 80 characters of slug end between two words: cut at a word, not refused (a 500).
    const long = await call('POST', '/membership-applications', undefined, {
      organisation: {
        name: 'Regionale Uitvoeringsdienst Zuid-Holland Zuid voor Vergunningverlening, Toezicht en Handhaving Milieu',
        kind: 'joint_arrangement',
        municipalityCode: 'GM0772',
      },
      admin: { name: 'Aanvrager', email: 'lang@rud.example', password: 'een prima wachtwoord' },
    });
    expect([long.statusCode, long.body]).toEqual([202, '']);
  });
});

describe('suspension', () => {
  it('takes a suspended member off the portal and brings its live vacancies back on reinstatement', async () => {
    const { organisation, admin } = await memberWithAdmin();
    const live = await createVacancy(ctx.db, { organisation });
    const draft = await createVacancy(ctx.db, { organisation, state: 'draft', publishedAt: null });
    expect((await publicSightings(organisation, [live.id])).inSearch).toBe(1);

    const suspended = await call('POST', `/organisations/${organisation.id}/suspend`, coordinator, {
      reason: 'Bijdrage niet betaald',
    });
    expect(suspended.json()).toEqual({ id: organisation.id, state: 'suspended' });
    expect(await publicSightings(organisation, [live.id])).toEqual({
      inSearch: 0,
      byId: [404],
      page: 404,
      listed: false,
    });
    const [withdrawn] = await ctx.db.select().from(vacancies).where(eq(vacancies.id, live.id));
    expect(withdrawn).toMatchObject({ state: 'withdrawn', withdrawnReason: 'suspended' });
    // An old link says it is away for now, not that it closed: a reinstatement brings it back
    // (it said "Deze vacature is gesloten", 410 — gone for good).
    expect((await call('GET', `/vacancies/${live.id}/closed`)).json()).toMatchObject({
      title: live.title,
      organisation: null,
      mayReturn: true,
    });
    // Its page: tests/api/pages.test.ts.
    // The member's admins read why on their membership page, not only in the mail.
    const reasonNow = async () =>
      (await call('GET', `/organisations/${organisation.id}/leave-preview`, admin)).json().reason;
    expect(await reasonNow()).toBe('Bijdrage niet betaald');

    expect(
      (await call('POST', `/organisations/${organisation.id}/suspend`, coordinator, {})).json().error.currentState,
    ).toBe('suspended');
    await call('POST', `/organisations/${organisation.id}/reinstate`, coordinator, { reason: 'Betaald' });
    expect(await reasonNow()).toBeNull();
    expect(await publicSightings(organisation, [live.id])).toEqual({
      inSearch: 1,
      byId: [200],
      page: 200,
      listed: true,
    });
    const [back] = await ctx.db.select().from(vacancies).where(eq(vacancies.id, draft.id));
    expect(back!.state).toBe('draft');
  });

  it('reinstates a scheduled vacancy as scheduled, and closes one whose closing date passed meanwhile', async () => {
    const { organisation } = await memberWithAdmin();
    const scheduled = await createVacancy(ctx.db, {
      organisation,
      state: 'scheduled',
      publishAt: new Date(Date.now() + 86_400_000),
    });
    const expiring = await createVacancy(ctx.db, { organisation });
    await call('POST', `/organisations/${organisation.id}/suspend`, coordinator, {});
    // The closing date passes while the member is suspended.
    await ctx.db.update(vacancies).set({ closingDate: '2020-01-01' }).where(eq(vacancies.id, expiring.id));

    await call('POST', `/organisations/${organisation.id}/reinstate`, coordinator, {});
    const rows = await ctx.db.select().from(vacancies).where(eq(vacancies.organisationId, organisation.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(scheduled.id)).toMatchObject({ state: 'scheduled', closedAt: null, withdrawnFromState: null });
    expect(byId.get(expiring.id)).toMatchObject({ state: 'closed', withdrawnReason: null });
    expect(byId.get(expiring.id)!.closedAt).toBeInstanceOf(Date);
  });

  it('writes the withdrawal and the return in the history: published internally, reinstated closed, made public and reopened, it is new', async () => {
    const { organisation, admin } = await memberWithAdmin();
    const weeksAgo = new Date(Date.now() - 20 * 86_400_000);
    const internal = await createVacancy(ctx.db, { organisation, visibility: 'internal', publishedAt: weeksAgo });
    await call('POST', `/organisations/${organisation.id}/suspend`, coordinator, {});
    await ctx.db.update(vacancies).set({ closingDate: '2020-01-01' }).where(eq(vacancies.id, internal.id));
    await call('POST', `/organisations/${organisation.id}/reinstate`, coordinator, {});
    const { rows } = await ctx.pool.query<{ action: string; changes: unknown }>(
      'SELECT action, changes FROM vacancy_history WHERE vacancy_id = $1 ORDER BY id',
      [internal.id],
    );
    expect(rows.slice(-2)).toEqual([
      { action: 'withdrawn', changes: { state: ['published', 'withdrawn'] } },
      { action: 'restored', changes: { state: ['withdrawn', 'closed'] } },
    ]);
    // Made public while closed, and reopened: new to the public (it read as published before).
    const closed = (await call('GET', `/vacancies/${internal.id}`, admin)).json();
    const edited = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/vacancies/${internal.id}`,
      headers: admin.bearer,
      payload: {
        version: closed.version,
        visibility: 'public',
        closingDate: dutchDate(new Date(Date.now() + 30 * 86_400_000)),
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const reopened = (await call('POST', `/vacancies/${internal.id}/reopen`, admin)).json();
    expect(reopened.state).toBe('published');
    expect(Date.now() - Date.parse(reopened.publishedAt)).toBeLessThan(60_000);
  });

  it('tells the admins of every change of their membership, with the reason, the portal and the alliance office', async () => {
    const { organisation, admin, adminEmail } = await memberWithAdmin();
    const steps = [
      {
        path: 'suspend',
        session: coordinator,
        reason: 'Bijdrage niet betaald',
        subject: 'is geschorst bij Samenwerven',
        link: '/beheer',
      },
      {
        path: 'reinstate',
        session: coordinator,
        reason: 'Bijdrage ontvangen',
        subject: 'De schorsing van',
        link: '/beheer',
      },
      {
        path: 'leave',
        session: admin,
        reason: 'Fusie',
        subject: 'heeft de alliantie Samenwerven verlaten',
        link: '/beheer/lidmaatschap',
      },
      {
        path: 'rejoin',
        session: coordinator,
        reason: 'Welkom terug',
        subject: 'is weer lid van Samenwerven',
        link: '/beheer',
      },
      {
        path: 'end',
        session: coordinator,
        reason: 'Voldoet niet meer aan de afspraken',
        subject: 'bij Samenwerven is beëindigd',
        link: '/beheer/lidmaatschap',
      },
    ];
    for (const step of steps) {
      const response = await call('POST', `/organisations/${organisation.id}/${step.path}`, step.session, {
        reason: step.reason,
      });
      expect(response.statusCode, step.path).toBe(200);
      const message = await mail.waitFor(adminEmail);
      expect(message.subject, step.path).toContain(step.subject);
      expect(message.subject, step.path).toContain(organisation.name);
      expect(message.text, step.path).toContain(step.reason);
      expectContactAndLink(message.text, step.link);
    }
  });

  it('never lets the coordinating body leave, be suspended or be ended', async () => {
    const [office] = await ctx.db.select().from(organisations).where(eq(organisations.isCoordinatingBody, true));
    for (const [path, body] of [
      ['suspend', {}],
      ['end', { reason: 'Probeersel' }],
    ] as const) {
      const response = await call('POST', `/organisations/${office!.id}/${path}`, coordinator, body);
      expect(response.statusCode, path).toBe(409);
      expect(response.json().error.code).toBe('coordinating_body');
    }
  });
});

describe('the coordinator ending a membership', () => {
  it('takes a suspended member to left at once, off everywhere, with the reason in the log; only the coordinator, only with a reason', async () => {
    const { organisation, admin } = await memberWithAdmin();
    const vacancy = await createVacancy(ctx.db, { organisation, title: 'Handhaver openbare ruimte' });
    const other = await createVacancy(ctx.db, { organisation, title: 'Jurist bestuursrecht' });
    // One candidate with two applications (one in the pool), another with one whose address nobody
    // confirmed, under a name anyone could have typed.
    const candidate = `kandidaat-${organisation.slug}@example.org`;
    for (const [target, email, consent, name, confirmed] of [
      [vacancy, candidate, 'procedure', 'Kim Kandidaat', true],
      [other, candidate.toUpperCase(), 'pool', 'Kim Kandidaat', true],
      [other, `tweede-${organisation.slug}@example.org`, 'procedure', 'Win een prijs op evil.example', false],
    ] as const) {
      await ctx.db.insert(applications).values({
        vacancyId: target.id,
        organisationId: organisation.id,
        name,
        email,
        motivation: 'Graag.',
        consent,
        addressConfirmedAt: confirmed ? new Date() : null,
      });
    }
    expect((await call('POST', `/organisations/${organisation.id}/suspend`, coordinator, {})).statusCode).toBe(200);

    expect((await call('POST', `/organisations/${organisation.id}/end`, admin, { reason: 'Zelf' })).statusCode).toBe(
      403,
    );
    const noReason = await call('POST', `/organisations/${organisation.id}/end`, coordinator, { reason: '   ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toEqual({
      reason: 'Geef de reden waarom het lidmaatschap eindigt: de beheerders van de organisatie krijgen die per e-mail.',
    });

    const ended = await call('POST', `/organisations/${organisation.id}/end`, coordinator, {
      reason: 'Bijdrage al een jaar niet betaald',
    });
    expect(ended.json()).toEqual({ id: organisation.id, state: 'left' });
    expect(await publicSightings(organisation, [vacancy.id])).toMatchObject({ inSearch: 0, byId: [404] });
    const [period] = await ctx.db
      .select()
      .from(membershipPeriods)
      .where(eq(membershipPeriods.organisationId, organisation.id));
    expect(period).toMatchObject({ endReason: 'Bijdrage al een jaar niet betaald' });
    expect(period!.endedAt).not.toBeNull();
    const entries = await ctx.db.select().from(auditLog).where(eq(auditLog.organisationId, organisation.id));
    expect(entries.find((e) => e.action === 'membership.end')).toMatchObject({
      reason: 'Bijdrage al een jaar niet betaald',
      before: { state: 'suspended' },
      after: { state: 'left' },
    });
    // Its candidates hear of it: one mail per address, naming each vacancy, the date, and the pool.
    const notice = await mail.waitFor(candidate);
    expect(notice.subject).toBe(
      `${organisation.name} doet niet meer mee aan Samenwerven · ${organisation.name} has left Samenwerven`,
    );
    expect(notice.text).toContain('- Handhaver openbare ruimte\n- Jurist bestuursrecht');
    const deletedOn = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
      new Date(Date.now() + 28 * 86_400_000),
    );
    expect(notice.text).toContain(`Op ${deletedOn} verwijdert Samenwerven je sollicitatie`);
    expect(notice.text).toContain('niet meer in de talentpool');
    expect(notice.text).toMatch(/^Beste Kim Kandidaat,/);
    expect(notice.text).toContain('Dear Kim Kandidaat,');
    const second = await mail.waitFor(`tweede-${organisation.slug}@example.org`);
    expect(second.text).not.toContain('talentpool');
    // Nothing typed reaches an address nobody confirmed (API.md): greeted without the name.
    expect(second.text).toMatch(/^Goedendag,/);
    expect(second.text).toContain('Hello,');
    expect(second.text).not.toContain('evil.example');
    // Told they are out of the pool, they are, for good: a rejoin does not bring them back in.
    const consents = await ctx.db
      .select({ consent: applications.consent, until: applications.poolConsentUntil })
      .from(applications)
      .where(eq(applications.organisationId, organisation.id));
    expect(consents).toHaveLength(3);
    expect(consents.every((row) => row.consent === 'procedure' && row.until === null)).toBe(true);
    // Its data stays its own to take: the export still answers its admin.
    expect((await call('GET', `/organisations/${organisation.id}/export`, admin)).statusCode).toBe(200);
    const again = await call('POST', `/organisations/${organisation.id}/end`, coordinator, { reason: 'Nog eens' });
    expect(again.statusCode).toBe(409);
  });
});

describe('leaving', () => {
  it('shows what leaving means, then takes the member off everywhere at once, leaving others untouched', async () => {
    const { organisation, admin } = await memberWithAdmin();
    const other = await createOrganisation(ctx.db);
    const otherVacancy = await createVacancy(ctx.db, { organisation: other });
    const mine = [await createVacancy(ctx.db, { organisation }), await createVacancy(ctx.db, { organisation })];
    await createVacancy(ctx.db, { organisation, state: 'draft', publishedAt: null });
    // Scheduled: not online, and never published once the member has left.
    await createVacancy(ctx.db, {
      organisation,
      state: 'scheduled',
      publishedAt: null,
      publishAt: new Date(Date.now() + 86_400_000),
    });
    expect(
      (
        await publicSightings(
          organisation,
          mine.map((v) => v.id),
        )
      ).inSearch,
    ).toBe(2);

    const preview = await call('GET', `/organisations/${organisation.id}/leave-preview`, admin);
    expect(preview.json()).toEqual({
      state: 'active',
      leaveAt: null,
      vacanciesGoingOffline: 2,
      vacanciesScheduled: 1,
      vacanciesKept: 4,
      canLeave: true,
      reason: null,
      application: null,
    });

    const left = await call('POST', `/organisations/${organisation.id}/leave`, admin, {
      reason: 'Geen meerwaarde meer',
    });
    expect(left.json()).toEqual({ id: organisation.id, state: 'left', leaveAt: null });
    // Its staff are told when the applications go: four weeks after the leave.
    const [leftPeriod] = await ctx.db
      .select({ endedAt: membershipPeriods.endedAt })
      .from(membershipPeriods)
      .where(eq(membershipPeriods.organisationId, organisation.id))
      .orderBy(desc(membershipPeriods.endedAt))
      .limit(1);
    expect((await call('GET', '/me', admin)).json().organisation.applicationsDeletedAt).toBe(
      new Date(leftPeriod!.endedAt!.getTime() + 28 * 86_400_000).toISOString(),
    );
    // The alliance office hears of it: the cost split changes (a coordinator's review).
    const office = await ctx.db
      .select({ subject: mailOutbox.subject, body: mailOutbox.body })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.kind, 'membership_left'), eq(mailOutbox.organisationId, organisation.id)));
    expect(office.length).toBeGreaterThan(0);
    expect(office[0]!.subject).toBe(`${organisation.name} is uit de alliantie Samenwerven gegaan`);
    expect(office[0]!.body).toContain('Reden: Geen meerwaarde meer');
    expect((await call('GET', `/organisations/${organisation.id}/leave-preview`, admin)).json()).toMatchObject({
      state: 'left',
      reason: 'Geen meerwaarde meer',
    });
    // It leads to the members' overview it names (it opened the applications: a membership review).
    expect(office[0]!.body).toMatch(/In het overzicht van de leden:\n\nhttps?:\/\/[^/\s]+\/coordinatie\/leden\n/);
    expect(
      await publicSightings(
        organisation,
        mine.map((v) => v.id),
      ),
    ).toEqual({ inSearch: 0, byId: [404, 404], page: 404, listed: false });
    expect((await publicSightings(other, [otherVacancy.id])).byId).toEqual([200]);

    // The rows stay as history, and the admin can still sign in and export.
    const rows = await ctx.db.select().from(vacancies).where(eq(vacancies.organisationId, organisation.id));
    expect(rows.map((row) => row.state).sort()).toEqual(['draft', 'withdrawn', 'withdrawn', 'withdrawn']);
    expect((await call('GET', `/organisations/${organisation.id}/export`, admin)).statusCode).toBe(200);
    expect(
      (await call('POST', `/organisations/${organisation.id}/leave`, admin, { reason: 'nog eens' })).json().error,
    ).toMatchObject({
      code: 'invalid_transition',
      currentState: 'left',
    });
    const [period] = await ctx.db
      .select()
      .from(membershipPeriods)
      .where(eq(membershipPeriods.organisationId, organisation.id));
    expect(period).toMatchObject({ endReason: 'Geen meerwaarde meer' });
    expect(period!.endedAt).not.toBeNull();

    // Rejoining brings the former vacancies back as drafts, not live.
    expect(
      (await call('POST', `/organisations/${organisation.id}/rejoin`, coordinator, { reason: 'Terug' })).json().state,
    ).toBe('active');
    const states = (await ctx.db.select().from(vacancies).where(eq(vacancies.organisationId, organisation.id))).map(
      (v) => v.state,
    );
    expect(states).toEqual(['draft', 'draft', 'draft', 'draft']);
    expect((await publicSightings(organisation, [])).inSearch).toBe(0);
    expect(
      await ctx.db.select().from(membershipPeriods).where(eq(membershipPeriods.organisationId, organisation.id)),
    ).toHaveLength(2);
  });

  it('applies a scheduled leave at its moment, across a server restart', async () => {
    const { organisation, admin, adminEmail } = await memberWithAdmin();
    const vacancy = await createVacancy(ctx.db, { organisation });
    // Far enough ahead that a busy machine (CI runs the browser tests beside) still sees the
    // member before its moment; the restart and the wait below take less than 30 s together.
    const at = new Date(Date.now() + 10_000);
    const scheduled = await call('POST', `/organisations/${organisation.id}/leave`, admin, {
      reason: 'Fusie met buurgemeente',
      effectiveDate: at.toISOString(),
    });
    expect(scheduled.json()).toEqual({ id: organisation.id, state: 'active', leaveAt: at.toISOString() });
    expect((await publicSightings(organisation, [vacancy.id])).inSearch).toBe(1);

    await ctx.restart();

    let state = 'active';
    for (let i = 0; i < 300 && state !== 'left'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      [{ state } = { state }] = await ctx.db
        .select({ state: organisations.state })
        .from(organisations)
        .where(eq(organisations.id, organisation.id));
    }
    expect(state).toBe('left');
    expect(await publicSightings(organisation, [vacancy.id])).toEqual({
      inSearch: 0,
      byId: [404],
      page: 404,
      listed: false,
    });
    const entries = await ctx.db.select().from(auditLog).where(eq(auditLog.organisationId, organisation.id));
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['membership.leave_scheduled', 'membership.leave']),
    );
    expect(entries.find((e) => e.action === 'membership.leave')!.actorUserId).toBeNull();
    // The admins hear of it when it is planned, and again when it takes effect, as when they leave at once.
    expect((await mail.waitFor(adminEmail)).subject).toMatch(/ gaat op .* uit de alliantie Samenwerven$/);
    const message = await mail.waitFor(adminEmail);
    expect(message.subject).toBe(`${organisation.name} heeft de alliantie Samenwerven verlaten`);
    expect(message.text).toContain('Opgegeven reden: Fusie met buurgemeente');
    // What goes, and by when to take it: the applications, in four weeks.
    expect(message.text).toContain('verwijdert het portaal over vier weken. Download de export');
  }, 60_000);

  it('keeps a scheduled leave through a suspension and reinstatement, and refuses one years away', async () => {
    const { organisation, admin } = await memberWithAdmin();
    const scheduled = await call('POST', `/organisations/${organisation.id}/leave`, admin, {
      reason: 'Per 1 januari weg',
      effectiveDate: '2099-01-01',
    });
    expect(scheduled.statusCode, scheduled.body).toBe(400);
    expect(scheduled.json().error.fields).toEqual({ effectiveDate: 'Kies een datum binnen twee jaar vanaf vandaag.' });
    // Nor a day gone by: yesterday typed for tomorrow did not take the member out at once.
    for (const effectiveDate of [dutchDate(new Date(Date.now() - 86_400_000)), '2020-01-01T00:00:00Z']) {
      const past = await call('POST', `/organisations/${organisation.id}/leave`, admin, {
        reason: 'Weg',
        effectiveDate,
      });
      expect([past.statusCode, past.json().error.fields], effectiveDate).toEqual([
        400,
        { effectiveDate: 'Kies vandaag of een latere datum. Wil je nu uit de alliantie, laat de datum dan weg.' },
      ]);
    }
    const { rows } = await ctx.pool.query('SELECT state FROM organisations WHERE id = $1', [organisation.id]);
    expect(rows).toEqual([{ state: 'active' }]);

    const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
    expect(
      (await call('POST', `/organisations/${organisation.id}/leave`, admin, { reason: 'Weg', effectiveDate: inAYear }))
        .statusCode,
    ).toBe(200);
    for (const event of ['suspend', 'reinstate'])
      expect(
        (await call('POST', `/organisations/${organisation.id}/${event}`, coordinator, { reason: 'Controle' }))
          .statusCode,
      ).toBe(200);
    const preview = (await call('GET', `/organisations/${organisation.id}/leave-preview`, admin)).json();
    expect(preview.leaveAt).toBe(inAYear);
  });

  it('lets an admin cancel a scheduled leave, and tells every admin and the alliance office of both', async () => {
    const { organisation, admin, adminEmail } = await memberWithAdmin();
    const colleague = await createUser(ctx.db, { role: 'org_admin', organisation, locale: 'en' });
    const about = (to: string, subject: RegExp) =>
      expect.poll(() => mail.messages.filter((m) => m.to === to.toLowerCase() && subject.test(m.subject)).length, {
        timeout: 5000,
      });
    await call('POST', `/organisations/${organisation.id}/leave`, admin, {
      reason: 'Misschien',
      effectiveDate: dutchDate(new Date(Date.now() + 30 * 86_400_000)),
    });
    expect((await call('GET', `/organisations/${organisation.id}/leave-preview`, admin)).json().leaveAt).not.toBeNull();
    // One admin alone does not plan the organisation's exit unseen.
    await about(colleague.email, new RegExp(`^${organisation.name} will leave the Samenwerven alliance on `)).toBe(1);
    await about(adminEmail, new RegExp(`^${organisation.name} gaat op .* uit de alliantie Samenwerven$`)).toBe(1);
    await about(coordinatorEmail, new RegExp(`^${organisation.name} gaat op`)).toBe(1);
    const planned = mail.messages.find((m) => m.to === colleague.email.toLowerCase())!;
    expect(planned.text).toContain('Reason: Misschien');
    expect(planned.text).toContain('/en/manage/membership');

    expect((await call('DELETE', `/organisations/${organisation.id}/leave`, admin)).statusCode).toBe(204);
    expect((await call('GET', `/organisations/${organisation.id}/leave-preview`, admin)).json().leaveAt).toBeNull();
    await about(colleague.email, new RegExp(`^${organisation.name} stays a member`)).toBe(1);
    await about(coordinatorEmail, new RegExp(`^${organisation.name} blijft lid`)).toBe(1);
  });
});

describe('the export', () => {
  it('holds every row of the organisation and nothing of another', async () => {
    const { organisation, admin } = await memberWithAdmin();
    const other = await createOrganisation(ctx.db);
    await createVacancy(ctx.db, { organisation: other });
    for (let i = 0; i < 3; i++) await createVacancy(ctx.db, { organisation });
    await createUser(ctx.db, { role: 'hr_officer', organisation });
    const applyTo = async (vacancyId: string, cv: Buffer) => {
      const form = await applicationForm({ cv: { name: 'cv.pdf', data: cv, type: 'application/pdf' } });
      const applied = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/vacancies/${vacancyId}/applications`,
        ...form,
      });
      expect(applied.statusCode, applied.body).toBe(201);
      return applied.json().id as string;
    };
    const [ownVacancy] = await ctx.db.select().from(vacancies).where(eq(vacancies.organisationId, organisation.id));
    const applicationId = await applyTo(ownVacancy!.id, pdfBytes('eigen'));
    await applyTo((await createVacancy(ctx.db, { organisation: other })).id, pdfBytes('ander'));
    await call('POST', `/organisations/${organisation.id}/api-keys`, admin, { name: 'ATS' });
    // A colleague's mistyped password, from the network they were on.
    const colleague = await createUser(ctx.db, { role: 'hr_officer', organisation });
    const mistyped = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: colleague.email, password: 'niet-het-wachtwoord' },
      remoteAddress: '198.51.100.23',
    });
    expect(mistyped.statusCode).toBe(401);

    const response = await call('GET', `/organisations/${organisation.id}/export`, admin);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toContain(`samenwerven-export-${organisation.slug}`);
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const json = (name: string) => JSON.parse(strFromU8(files[name]!)) as { id: string | number }[];

    const expectSame = async (file: string, table: string) => {
      const rows = await ctx.pool.query<{ id: string }>(`SELECT id::text FROM ${table} WHERE organisation_id = $1`, [
        organisation.id,
      ]);
      expect(
        json(file)
          .map((r) => String(r.id))
          .sort(),
        file,
      ).toEqual(rows.rows.map((r) => r.id).sort());
    };
    await expectSame('vacancies.json', 'vacancies');
    await expectSame('users.json', 'users');
    await expectSame('api-keys.json', 'api_keys');
    await expectSame('audit-log.json', 'audit_log');
    // Without where a colleague was when they mistyped: that is the alliance office's to see (a privacy review).
    const failed = (json('audit-log.json') as { action?: string; after?: unknown }[]).filter(
      (row) => row.action === 'auth.sign_in_failed',
    );
    expect(failed.length).toBeGreaterThan(0);
    expect(JSON.stringify(failed)).not.toContain('198.51.100');
    await expectSame('membership-periods.json', 'membership_periods');
    await expectSame('membership-applications.json', 'membership_applications');
    await expectSame('applications.json', 'applications');
    expect(Buffer.from(files[`application-files/${applicationId}/cv.pdf`]!).equals(pdfBytes('eigen'))).toBe(true);
    expect(Object.keys(files).filter((name) => name.startsWith('application-files/'))).toHaveLength(1);
    expect(JSON.stringify(json('application-files.json'))).not.toContain('storageKey');
    expect(JSON.parse(strFromU8(files['organisation.json']!)).id).toBe(organisation.id);

    // Every column of a vacancy but the internal ones (the search vector) and the organisation's own id.
    const [vacancyRow] = (
      await ctx.pool.query('SELECT * FROM vacancies WHERE organisation_id = $1 LIMIT 1', [organisation.id])
    ).rows;
    const exported = json('vacancies.json').find((v) => v.id === vacancyRow.id) as Record<string, unknown>;
    const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    expect(Object.keys(exported).sort()).toEqual(
      Object.keys(vacancyRow)
        .filter((column) => column !== 'search_vector' && column !== 'organisation_id')
        .map(camel)
        .sort(),
    );
    expect(parseCsv(strFromU8(files['vacancies.csv']!))).toHaveLength(3);
    const everything = Object.values(files)
      .map((f) => strFromU8(f))
      .join('\n');
    expect(everything).not.toContain(other.id);
    expect(everything).not.toMatch(/password_hash|passwordHash|key_hash|keyHash|\$argon2/);
  });

  it('has each vacancy’s history, no internal column, CSVs Excel reads, and a README of every column', async () => {
    const { organisation, admin } = await memberWithAdmin();
    const [adminName] = (await ctx.pool.query('SELECT name FROM users WHERE organisation_id = $1', [organisation.id]))
      .rows;
    const created = await call('POST', `/organisations/${organisation.id}/vacancies`, admin, {
      title: 'Coördinator openbare ruimte',
      summary: 'Zorg voor een schone, hele en veilige stad.',
      description: '<p>Je coördineert het beheer van de openbare ruimte.</p>',
      category: 'ruimte',
      educationLevel: 'hbo',
      employmentType: 'permanent',
      hoursMin: 32,
      hoursMax: 36,
      municipalityCode: 'GM0855',
      closingDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    });
    expect(created.statusCode, created.body).toBe(201);
    const vacancyId = created.json().id as string;
    expect((await call('POST', `/vacancies/${vacancyId}/publish`, admin)).statusCode).toBe(200);
    expect((await call('POST', `/vacancies/${vacancyId}/close`, admin)).statusCode).toBe(200);
    await call('POST', `/organisations/${organisation.id}/api-keys`, admin, { name: 'ATS' });

    // Its figures per day go with it; another member's do not.
    const elsewhere = await createVacancy(ctx.db, { organisation: await createOrganisation(ctx.db) });
    await ctx.db.insert(vacancyViews).values([
      { vacancyId, day: '2026-11-30', views: 12, impressions: 340, applications: 2 },
      { vacancyId: elsewhere.id, day: '2026-11-30', views: 99 },
    ]);

    const response = await call('GET', `/organisations/${organisation.id}/export`, admin);
    expect(response.statusCode).toBe(200);
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const text = (name: string) => strFromU8(files[name]!);
    const rowsOf = (name: string) => {
      const parsed = JSON.parse(text(`${name}.json`)) as Record<string, unknown> | Record<string, unknown>[];
      return Array.isArray(parsed) ? parsed : [parsed];
    };

    // The history: who published and closed it, and what changed.
    const history = rowsOf('vacancy-history').filter((h) => h.vacancyId === vacancyId);
    expect(history.map((h) => h.action)).toEqual(['created', 'publish', 'close']);
    expect(history.map((h) => h.actorName)).toEqual([adminName.name, adminName.name, adminName.name]);
    expect(history[2]!.changes).toMatchObject({ state: ['published', 'closed'] });
    expect(parseCsv(text('vacancy-history.csv')).map((h) => h['action'])).toEqual(['created', 'publish', 'close']);

    expect(rowsOf('vacancy-figures')).toEqual([
      {
        vacancyId,
        day: '2026-11-30',
        views: 12,
        fromWidget: 0,
        fromFeed: 0,
        impressions: 340,
        applications: 2,
        hires: 0,
      },
    ]);

    // Nothing internal, in any file.
    const everything = Object.values(files)
      .map((f) => strFromU8(f))
      .join('\n');
    expect(everything).not.toMatch(/searchVector|search_vector|storageKey|storage_key|keyHash|key_hash|decidedBy/);

    // Every table as JSON and CSV; each CSV starts with the byte-order mark and reads back as the JSON.
    const tables = Object.keys(JSON.parse(text('manifest.json')).counts as Record<string, number>);
    expect(tables).toEqual(expect.arrayContaining(['organisation', 'vacancies', 'vacancy-history', 'audit-log']));
    for (const table of tables) {
      const csv = files[`${table}.csv`]!;
      expect([...csv.subarray(0, 3)], table).toEqual(UTF8_BOM_BYTES);
      const rows = rowsOf(table);
      expect(parseCsv(strFromU8(csv)), table).toHaveLength(rows.length);
      for (const row of rows) expect(Object.keys(row), table).toEqual(csvHeader(strFromU8(csv)));
    }
    expect(parseCsv(text('vacancies.csv'))[0]).toMatchObject({ title: 'Coördinator openbare ruimte' });

    // The README, in Dutch and in English, documents every column of every table and no other.
    const readme = text('README.txt');
    expect([...files['README.txt']!.subarray(0, 3)]).toEqual(UTF8_BOM_BYTES);
    const [dutch = '', english = ''] = readme.split(/^ENGLISH$/m);
    expect(dutch).toContain('NEDERLANDS');
    for (const section of [dutch, english]) {
      const documented = new Map<string, string[]>();
      let file = '';
      for (const line of section.split('\r\n')) {
        const heading = /^== (.+) ==$/.exec(line);
        if (heading) documented.set((file = heading[1]!), []);
        const column = /^ {2}- ([^:]+): \S/.exec(line);
        if (column) documented.get(file)!.push(column[1]!);
      }
      for (const table of tables)
        expect(documented.get(`${table}.json, ${table}.csv`), table).toEqual(csvHeader(text(`${table}.csv`)));
      const names = [...documented.keys()].flatMap((heading) => heading.split(/, | \| /));
      for (const entry of Object.keys(files).filter((name) => !name.includes('/')))
        expect(names, entry).toContain(entry);
      expect(names).toContain('manifest.json');
      expect(documented.get('manifest.json')).toEqual(Object.keys(JSON.parse(text('manifest.json'))));
    }
  });

  it('is 404 for another organisation’s admin', async () => {
    const { organisation } = await memberWithAdmin();
    const { admin: otherAdmin } = await memberWithAdmin();
    expect((await call('GET', `/organisations/${organisation.id}/export`, otherAdmin)).statusCode).toBe(404);
  });
});

describe('audit log and figures', () => {
  it('filters the audit log and exports it as CSV', async () => {
    const { organisation } = await memberWithAdmin();
    await call('POST', `/organisations/${organisation.id}/suspend`, coordinator, { reason: 'Controle, "tijdelijk"' });
    const page = (
      await call('GET', `/audit-log?organisation=${organisation.slug}&action=membership.`, coordinator)
    ).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      action: 'membership.suspend',
      reason: 'Controle, "tijdelijk"',
      before: { state: 'active' },
      after: { state: 'suspended' },
    });
    expect(page.items[0].actor.id).toBe(coordinatorId);

    const csv = await call('GET', `/audit-log?organisation=${organisation.id}&format=csv`, coordinator);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      '\uFEFFat,action,actor,organisation,subjectType,subjectId,subjectName,reason,before,after',
    );
    expect(csv.body).toContain('"Controle, ""tijdelijk"""');
    // Moments on the Dutch clock with its offset, as every CSV download of the portal has them.
    expect(csv.body.split('\r\n')[1]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00,/);
    // Nothing found: still the columns, in either separator; a reversed period is refused.
    const none = await call('GET', '/audit-log?action=niets.hier&format=csv&separator=semicolon', coordinator);
    expect(none.body).toBe(
      '\uFEFFat;action;actor;organisation;subjectType;subjectId;subjectName;reason;before;after\r\n',
    );
    const reversed = await call('GET', '/audit-log?from=2026-12-31&to=2026-01-01', coordinator);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.fields).toHaveProperty('to');
    expect((await call('GET', '/audit-log', (await memberWithAdmin()).admin)).statusCode).toBe(403);
  });

  it('splits the costs by the chosen key over the members of the period', async () => {
    const response = await call('GET', '/stats?costKey=equal&amount=12000', coordinator);
    expect(response.statusCode).toBe(200);
    const stats = response.json();
    expect(stats.items.length).toBeGreaterThan(0);
    expect(stats.totals.costShare).toBeCloseTo(12000, 0);
    const byWeight = (await call('GET', '/stats?costKey=weight&amount=12000', coordinator)).json();
    expect(byWeight.totals.costShare).toBeCloseTo(12000, 0);
    // The key by its name and by its older one, saying different things: which one was meant is
    // not guessed (key=budgets divided by the budgets' keys without a word). The same twice is fine.
    const differ = await call('GET', '/stats?key=budgets&costKey=weight&amount=12000', coordinator);
    expect(differ.statusCode).toBe(400);
    expect(differ.json().error.fields.costKey).toMatch(/verdeelsleutel/);
    expect((await call('GET', '/stats?key=weight&costKey=weight&amount=12000', coordinator)).statusCode).toBe(200);
    // A member whose weight is 0 pays nothing by weight.
    const target = stats.items[0].organisation.id;
    await call('PUT', `/organisations/${target}/cost-weight`, coordinator, { costWeight: 0 });
    const after = (await call('GET', '/stats?costKey=weight&amount=12000', coordinator)).json();
    expect(after.items.find((i: { organisation: { id: string } }) => i.organisation.id === target).costShare).toBe(0);
    // Saved again as it is: nothing changed, nothing logged.
    const logged = async () =>
      (await ctx.db.select().from(auditLog).where(eq(auditLog.organisationId, target))).filter(
        (e) => e.action === 'membership.cost_weight_changed',
      ).length;
    const before = await logged();
    expect(before).toBeGreaterThan(0);
    expect((await call('PUT', `/organisations/${target}/cost-weight`, coordinator, { costWeight: 0 })).statusCode).toBe(
      204,
    );
    expect(await logged()).toBe(before);
  });
});
