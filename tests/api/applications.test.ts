/**
 * Applying through the portal (issue 13, API.md "Applications"): guests and job seekers apply
 * with real PDF and DOCX bytes; the HR staff of the vacancy's organisation list, read, download
 * and move applications on; nobody else sees anything; files are checked by their bytes and
 * size; bots and floods are refused; the mails are in the outbox.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import {
  applicationFiles,
  applicationNotes,
  applications,
  mailOutbox,
  type Organisation,
  type User,
  type Vacancy,
} from '@samenwerven/db';
import { APPLICATIONS_PER_HOUR, APPLY_ATTEMPTS_PER_HOUR } from '../../server/src/applications/routes.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import {
  applicationForm,
  createOrganisation,
  createUser,
  createVacancy,
  docxBytes,
  pdfBytes,
  TEST_PASSWORD,
  type ApplicationParts,
} from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';

const MB10 = 10 * 1024 * 1024;

let ctx: TestContext;
let dataDir: string;
let organisation: Organisation;
let otherOrganisation: Organisation;
let vacancy: Vacancy;
let hrUser: User;
let hr: Session;
let quietHrUser: User;
let admin: Session;
let adminUser: User;
let otherHr: Session;
let coordinator: Session;
let seekerUser: User;
let seeker: Session;
let apiKey: { authorization: string };
let address = 0;

/** Each application from an address of its own, so the per-address limit is tested on purpose only. */
async function apply(
  vacancyId: string,
  parts: ApplicationParts = {},
  headers: Record<string, string> = {},
  ip?: string,
) {
  const form = await applicationForm(parts);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/vacancies/${vacancyId}/applications`,
    payload: form.payload,
    headers: { ...form.headers, ...headers },
    remoteAddress: ip ?? `10.1.${Math.floor(++address / 250)}.${address % 250}`,
  });
}

const storedFiles = async () => readdir(path.join(dataDir, 'files')).catch(() => [] as string[]);
const mailsTo = (recipient: string) =>
  ctx.db
    .select()
    .from(mailOutbox)
    .where(sql`lower(${mailOutbox.recipient}) = lower(${recipient})`);
const applicationsOf = (vacancyId: string) =>
  ctx.db.select().from(applications).where(eq(applications.vacancyId, vacancyId));

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'applications-'));
  ctx = await createTestContext({ env: { DATA_DIR: dataDir } });
  organisation = await createOrganisation(ctx.db);
  otherOrganisation = await createOrganisation(ctx.db);
  const office = await createOrganisation(ctx.db, { isCoordinatingBody: true, kind: 'joint_arrangement' });
  vacancy = await createVacancy(ctx.db, {
    organisation,
    title: 'Beleidsadviseur wonen',
    contactEmail: 'werving@gemeente.example',
  });
  hrUser = await createUser(ctx.db, { role: 'hr_officer', organisation });
  quietHrUser = await createUser(ctx.db, { role: 'hr_officer', organisation, locale: 'en' });
  adminUser = await createUser(ctx.db, { role: 'org_admin', organisation });
  seekerUser = await createUser(ctx.db, { locale: 'en' });
  hr = await signIn(ctx.app, hrUser.email, TEST_PASSWORD);
  admin = await signIn(ctx.app, adminUser.email, TEST_PASSWORD);
  const quiet = await signIn(ctx.app, quietHrUser.email, TEST_PASSWORD);
  const off = await ctx.app.inject({
    method: 'PATCH',
    url: '/api/v1/me',
    payload: { notifyOnApplication: false },
    headers: quiet.bearer,
  });
  expect(off.statusCode).toBe(200);
  expect(off.json().notifyOnApplication).toBe(false);
  otherHr = await signIn(
    ctx.app,
    (await createUser(ctx.db, { role: 'hr_officer', organisation: otherOrganisation })).email,
    TEST_PASSWORD,
  );
  coordinator = await signIn(
    ctx.app,
    (await createUser(ctx.db, { role: 'coordinator', organisation: office })).email,
    TEST_PASSWORD,
  );
  seeker = await signIn(ctx.app, seekerUser.email, TEST_PASSWORD);
  const key = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${organisation.id}/api-keys`,
    payload: { name: 'ATS' },
    headers: admin.bearer,
  });
  apiKey = { authorization: `Bearer ${key.json().key}` };
});
afterAll(async () => {
  await ctx.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('applying', () => {
  it('takes a guest’s application with a PDF, keeps the file under a random name and mails the applicant and HR', async () => {
    const before = await storedFiles();
    const email = 'gast.sollicitant@example.nl';
    const response = await apply(vacancy.id, {
      email,
      phone: '06 12345678',
      cv: { name: 'Mijn CV.pdf', data: pdfBytes('gast') },
    });
    expect(response.statusCode).toBe(201);
    const { id, status } = response.json();
    expect(status).toBe('received');
    const [row] = await ctx.db.select().from(applications).where(eq(applications.id, id));
    expect(row).toMatchObject({ userId: null, email, phone: '06 12345678', consent: 'procedure', status: 'received' });
    const files = await ctx.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ kind: 'cv', originalName: 'Mijn CV.pdf', mediaType: 'application/pdf' });
    expect(files[0]!.storageKey).not.toContain('CV');
    expect((await storedFiles()).filter((f) => !before.includes(f))).toEqual([files[0]!.storageKey]);

    const [confirmation] = await mailsTo(email);
    expect(confirmation).toMatchObject({ kind: 'job_application_received' });
    expect(confirmation!.subject).toBe(`Je sollicitatie op ${vacancy.title} is ontvangen`);
    expect(confirmation!.body).toContain('intrekken');
    // A guest's mail carries the key to their data, which a reply would quote: no Reply-To to
    // the vacancy's contact on it.
    expect(confirmation!.body).toContain('/mijn-gegevens#sleutel=');
    expect(confirmation!.headers).toBeNull();
    // Anyone may type any address: a guest's mail carries nothing the sender wrote.
    expect(confirmation!.body).not.toContain('Mijn CV.pdf');
    expect(confirmation!.body).not.toContain('06 12345678');
    expect(confirmation!.body).not.toContain('Sanne de Vries');
    expect(confirmation!.body).not.toContain('Ik wil graag bij u werken.');
    const hrMails = (await mailsTo(hrUser.email)).filter((m) => m.kind === 'job_application_notification');
    expect(hrMails.length).toBeGreaterThanOrEqual(1);
    expect(hrMails[0]!.subject).toBe(`Nieuwe sollicitatie op ${vacancy.title}`);
    // The link leads to the applications (an HR review: the overview lists none), not to this one
    // by its id, which would outlive an erasure in the mail kept.
    expect(hrMails.some((m) => m.body.includes('/beheer/sollicitaties\n'))).toBe(true);
    expect(hrMails.some((m) => m.body.includes(id))).toBe(false);
    // Turned off with PATCH /me: no mail for this officer.
    expect(await mailsTo(quietHrUser.email)).toEqual([]);
  });

  it('links a signed-in job seeker’s application (a DOCX CV and a PDF letter) and mails in their language', async () => {
    const response = await apply(
      vacancy.id,
      {
        email: seekerUser.email,
        consent: 'pool',
        cv: { name: 'cv.docx', data: docxBytes() },
        letter: { name: 'brief.pdf', data: pdfBytes('brief') },
      },
      { ...seeker.bearer, 'accept-language': 'en' },
    );
    expect(response.statusCode).toBe(201);
    const [row] = await ctx.db.select().from(applications).where(eq(applications.id, response.json().id));
    expect(row).toMatchObject({ userId: seekerUser.id, consent: 'pool' });
    const files = await ctx.db
      .select({ kind: applicationFiles.kind, mediaType: applicationFiles.mediaType })
      .from(applicationFiles)
      .where(eq(applicationFiles.applicationId, row!.id));
    expect(files.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'cv', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      { kind: 'letter', mediaType: 'application/pdf' },
    ]);
    const mails = (await mailsTo(seekerUser.email)).filter((m) => m.kind === 'job_application_received');
    expect(mails.map((m) => m.subject)).toEqual([`Your application for ${vacancy.title} has been received`]);
    // By name, with the way to the account, and no copy of what was sent: the account's download has
    // it (the mail said the account "shows what you sent", which its list does not: a job seeker's walk).
    expect(mails[0]!.body).toMatch(/^Dear /);
    expect(mails[0]!.body).toContain('/en/account');
    expect(mails[0]!.body).toContain('there you can download everything you sent');
    // With no key in it, a reply goes to the vacancy's contact, not to the portal's sender that nobody reads.
    expect(mails[0]!.headers).toEqual({ 'Reply-To': 'werving@gemeente.example' });
    for (const sent of ['Ik wil graag bij u werken.', 'cv.docx', 'brief.pdf', 'Motivation:']) {
      expect(mails[0]!.body, sent).not.toContain(sent);
    }

    const mine = await ctx.app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.bearer });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        id: row!.id,
        status: 'received',
        vacancy: { id: vacancy.id, title: vacancy.title, language: 'nl', organisation: organisation.name },
      }),
    ]);
  });

  it('takes a form sent twice at once (a double press) as one application, signed in or not: one answer, one round of mail', async () => {
    const target = await createVacancy(ctx.db, { organisation, applyMethod: 'portal' });
    const before = await storedFiles();
    const guest = `dubbel-${Date.now()}@example.org`;
    for (const [email, headers] of [
      [seekerUser.email, seeker.bearer],
      [guest, {}],
    ] as const) {
      const [first, second] = await Promise.all([
        apply(target.id, { email }, headers),
        apply(target.id, { email }, headers),
      ]);
      expect([first!.statusCode, second!.statusCode]).toEqual([201, 201]);
      expect(second!.json().id).toBe(first!.json().id);
      expect((await mailsTo(email)).filter((m) => m.subject.includes('ontvangen'))).toHaveLength(1);
    }
    expect(await applicationsOf(target.id)).toHaveLength(2);
    // The repeated sends' CVs are not kept.
    expect((await storedFiles()).filter((f) => !before.includes(f))).toHaveLength(2);
    // The same words with a corrected CV, or another choice for the pool, are other applications.
    const corrected = await apply(target.id, { email: guest, cv: { name: 'cv-goed.pdf', data: pdfBytes('goed') } });
    const pool = await apply(target.id, { email: guest, consent: 'pool' });
    // A corrected CV of the same name and size is no repeat either (an attacker's review: it was
    // answered 201 and dropped): its bytes differ.
    const sameSize = await apply(target.id, { email: guest, cv: { name: 'cv.pdf', data: pdfBytes('CV') } });
    expect(pdfBytes('CV')).toHaveLength(pdfBytes().length);
    const ids = await applicationsOf(target.id);
    expect([corrected.statusCode, pool.statusCode, sameSize.statusCode]).toEqual([201, 201, 201]);
    expect(ids.map((row) => row.id)).toEqual(
      expect.arrayContaining([corrected.json().id, pool.json().id, sameSize.json().id]),
    );
    expect(ids).toHaveLength(5);
  });

  it('refuses a signed-in job seeker’s second application to a vacancy; a guest’s is taken', async () => {
    const target = await createVacancy(ctx.db, { organisation, applyMethod: 'portal' });
    const first = await apply(target.id, { email: seekerUser.email }, seeker.bearer);
    expect(first.statusCode).toBe(201);
    const refused = await apply(target.id, { email: seekerUser.email, motivation: 'Nog een keer.' }, seeker.bearer);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'already_applied',
      message: expect.stringContaining('Je hebt al op deze vacature gesolliciteerd'),
    });
    expect(await applicationsOf(target.id)).toHaveLength(1);

    // Once withdrawn, they may apply again.
    const taken = first.json().id as string;
    const withdrawn = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/applications/${taken}`,
      headers: seeker.bearer,
    });
    expect(withdrawn.statusCode).toBe(204);
    expect((await apply(target.id, { email: seekerUser.email }, seeker.bearer)).statusCode).toBe(201);

    // Sent earlier as a guest with the account's address: it is in their account, so it counts.
    const asGuestFirst = await createVacancy(ctx.db, { organisation, applyMethod: 'portal' });
    expect((await apply(asGuestFirst.id, { email: seekerUser.email })).statusCode).toBe(201);
    expect((await apply(asGuestFirst.id, { email: seekerUser.email }, seeker.bearer)).statusCode).toBe(409);

    // Anyone can type an address: a guest's second application is taken, and says nothing of the first.
    const guest = `tweemaal-${Date.now()}@example.org`;
    const once = await apply(target.id, { email: guest });
    const twice = await apply(target.id, { email: guest, motivation: 'Met een betere brief.' });
    expect([once.statusCode, twice.statusCode]).toEqual([201, 201]);
    expect(twice.json().id).not.toBe(once.json().id);
  });

  it('refuses a vacancy that does not take applications: not the portal, closed, or never published', async () => {
    const external = await createVacancy(ctx.db, {
      organisation,
      applyMethod: 'url',
      applyUrl: 'https://werken.example.nl/1',
    });
    const closed = await createVacancy(ctx.db, { organisation, state: 'closed', closedAt: new Date() });
    const pastClosing = await createVacancy(ctx.db, { organisation, closingDate: '2020-01-01' });
    const draft = await createVacancy(ctx.db, { organisation, state: 'draft', publishedAt: null });
    for (const target of [external, closed, pastClosing]) {
      const response = await apply(target.id);
      expect(response.statusCode, target.state).toBe(409);
      expect(response.json().error.code).toBe('not_accepting_applications');
    }
    expect((await apply(draft.id)).statusCode).toBe(404);
    expect((await apply('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    for (const target of [external, closed, pastClosing, draft]) expect(await applicationsOf(target.id)).toEqual([]);
  });

  it('refuses a program renamed .pdf and a ZIP that is no Word document (415), naming the part', async () => {
    const target = await createVacancy(ctx.db, { organisation });
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]);
    const renamed = await apply(target.id, { cv: { name: 'cv.pdf', data: exe, type: 'application/pdf' } });
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().error).toMatchObject({ code: 'unsupported_file_type', fields: { cv: expect.any(String) } });
    const { zipSync, strToU8 } = await import('fflate');
    const zip = Buffer.from(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
    const notWord = await apply(target.id, { letter: { name: 'brief.docx', data: zip } });
    expect(notWord.statusCode).toBe(415);
    expect(Object.keys(notWord.json().error.fields)).toEqual(['letter']);
    expect(await applicationsOf(target.id)).toEqual([]);
  });

  it('takes a file of exactly 10 MB and refuses one byte more (413), keeping nothing', async () => {
    const target = await createVacancy(ctx.db, { organisation });
    const atLimit = Buffer.concat([pdfBytes(), Buffer.alloc(MB10 - pdfBytes().length, 0x20)]);
    expect((await apply(target.id, { cv: { name: 'groot.pdf', data: atLimit } })).statusCode).toBe(201);
    const before = await storedFiles();
    const over = Buffer.concat([atLimit, Buffer.from(' ')]);
    const response = await apply(target.id, { cv: { name: 'te-groot.pdf', data: over } }, { 'accept-language': 'en' });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'file_too_large',
      fields: { cv: 'This file is larger than 10 MB.' },
    });
    expect(await applicationsOf(target.id)).toHaveLength(1);
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses a body beyond two files at the limit as a whole (413 payload_too_large)', async () => {
    const target = await createVacancy(ctx.db, { organisation });
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(MB10 + 200 * 1024, 0x20)]);
    const response = await apply(target.id, { cv: { name: 'a.pdf', data: big }, letter: { name: 'b.pdf', data: big } });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
    expect(await applicationsOf(target.id)).toEqual([]);
  });

  it('refuses a third file by its part’s name (400), keeping nothing', async () => {
    const target = await createVacancy(ctx.db, { organisation });
    const before = await storedFiles();
    const response = await apply(
      target.id,
      {
        letter: { name: 'brief.pdf', data: pdfBytes('brief') },
        extra: { field: 'pasfoto', name: 'ik.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) },
      },
      { 'accept-language': 'en' },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'validation_failed',
      fields: { pasfoto: 'Only a CV and a letter can be sent; leave this file out.' },
    });
    expect(await applicationsOf(target.id)).toEqual([]);
    expect(await storedFiles()).toEqual(before);
  });

  it('names a part sent twice (400), keeping nothing', async () => {
    const target = await createVacancy(ctx.db, { organisation });
    const before = await storedFiles();
    const response = await apply(target.id, {
      extra: { field: 'cv', name: 'tweede.pdf', data: pdfBytes('tweede') },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'validation_failed',
      fields: { cv: 'Dit onderdeel is twee keer meegestuurd; stuur het één keer.' },
    });
    expect(await applicationsOf(target.id)).toEqual([]);
    expect(await storedFiles()).toEqual(before);
  });

  it('stores nothing and mails nobody when the honeypot is filled in', async () => {
    const target = await createVacancy(ctx.db, { organisation });
    const before = await storedFiles();
    const email = 'robot@example.nl';
    const response = await apply(target.id, { email, website: 'https://spam.example' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toBeUndefined();
    expect(await applicationsOf(target.id)).toEqual([]);
    expect(await storedFiles()).toEqual(before);
    expect(await mailsTo(email)).toEqual([]);
  });

  it('names each bad field in the caller’s language, and wants a CV', async () => {
    const response = await apply(vacancy.id, { name: '', email: 'geen-adres', motivation: 'x'.repeat(5001) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      name: 'Dit veld is verplicht.',
      email: expect.any(String),
      motivation: 'Gebruik hoogstens 5000 tekens.',
    });
    const english = await apply(vacancy.id, { consent: 'forever' }, { 'accept-language': 'en' });
    expect(english.json().error.fields).toEqual({ consent: 'Choose one of the allowed values.' });
    const noCv = await apply(vacancy.id, { cv: undefined });
    expect(noCv.statusCode).toBe(400);
    expect(Object.keys(noCv.json().error.fields)).toEqual(['cv']);
    // A file chosen and empty (a phone's cloud file not downloaded yet) is said so, not "required",
    // and an empty letter is not left out unsaid.
    const email = 'leeg-bestand@example.nl';
    const empty = { name: 'leeg.pdf', data: Buffer.alloc(0), type: 'application/pdf' };
    const emptyCv = await apply(vacancy.id, { email, cv: empty });
    expect([emptyCv.statusCode, emptyCv.json().error.fields]).toEqual([
      400,
      { cv: 'Dit bestand is leeg (0 bytes). Kies het opnieuw; staat het in de cloud, download het dan eerst.' },
    ]);
    const emptyLetter = await apply(vacancy.id, { email, letter: empty }, { 'accept-language': 'en' });
    expect([emptyLetter.statusCode, emptyLetter.json().error.fields]).toEqual([
      400,
      { letter: 'This file is empty (0 bytes). Choose it again; if it is kept in the cloud, download it first.' },
    ]);
    expect(await mailsTo(email)).toEqual([]);
  });

  it('counts a line end as one character, as typed, though a form sends it as two (CRLF)', async () => {
    const paragraphs = Array.from({ length: 50 }, () => 'x'.repeat(99)).join('\r\n');
    // 4,999 characters as typed, 5,048 as sent.
    expect(paragraphs.length).toBe(50 * 99 + 49 * 2);
    const response = await apply(vacancy.id, { email: 'alinea@example.nl', motivation: paragraphs });
    expect(response.statusCode, response.body).toBe(201);
    const [stored] = await ctx.pool
      .query('SELECT motivation FROM applications WHERE email = $1', ['alinea@example.nl'])
      .then((r) => r.rows);
    expect(stored.motivation).toBe(paragraphs.replaceAll('\r\n', '\n'));
  });

  it('takes a "�" typed or pasted in a letter, and refuses by its field only bytes that are no UTF-8', async () => {
    const pasted = 'Zie mijn cv \uFFFD bijgevoegd; één café, 😀.';
    const taken = await apply(vacancy.id, { email: 'vervanging@example.nl', name: 'Zoë Çelik', motivation: pasted });
    expect(taken.statusCode, taken.body).toBe(201);
    const [stored] = await ctx.pool
      .query('SELECT name, motivation FROM applications WHERE email = $1', ['vervanging@example.nl'])
      .then((r) => r.rows);
    expect(stored).toEqual({ name: 'Zoë Çelik', motivation: pasted });
    const form = await applicationForm({ email: 'kapot@example.nl', motivation: 'KAPOT' });
    const payload = Buffer.from(form.payload.toString('latin1').replace('KAPOT', 'ab\xffcd'), 'latin1');
    const broken = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${vacancy.id}/applications`,
      payload,
      headers: form.headers,
      remoteAddress: '10.2.0.1',
    });
    expect(broken.statusCode).toBe(400);
    expect(Object.keys(broken.json().error.fields)).toEqual(['motivation']);
    // A part that names its charset, as some clients do, is read in it (a diff review: "Zoë" was refused).
    const labelled = await applicationForm({ email: 'gelabeld@example.nl', name: 'Zoë Çelik', motivation: pasted });
    const withCharset = Buffer.from(
      labelled.payload
        .toString('latin1')
        .replace('name="name"\r\n', 'name="name"\r\nContent-Type: text/plain; charset=utf-8\r\n')
        .replace('name="motivation"\r\n', 'name="motivation"\r\nContent-Type: text/plain; charset=UTF-8\r\n'),
      'latin1',
    );
    const read = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${vacancy.id}/applications`,
      payload: withCharset,
      headers: labelled.headers,
      remoteAddress: '10.2.0.2',
    });
    expect(read.statusCode, read.body).toBe(201);
    const [labelledRow] = await ctx.pool
      .query('SELECT name, motivation FROM applications WHERE email = $1', ['gelabeld@example.nl'])
      .then((r) => r.rows);
    expect(labelledRow).toEqual({ name: 'Zoë Çelik', motivation: pasted });
  });

  it('limits applications from one network address to 60 an hour (429 with Retry-After); forms sent back for a correction do not count', async () => {
    const target = await createVacancy(ctx.db, { organisation });
    // A job centre's network: many job seekers, each their own address, one network address.
    const ip = '10.99.0.1';
    for (let i = 0; i < 5; i++) expect((await apply(target.id, { name: '' }, {}, ip)).statusCode).toBe(400);
    for (let i = 0; i < APPLICATIONS_PER_HOUR; i++)
      expect((await apply(target.id, { email: `zoeker${i}@example.nl` }, {}, ip)).statusCode).toBe(201);
    const limited = await apply(target.id, {}, {}, ip);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3000);
    expect((await apply(target.id, {}, {}, '10.99.0.2')).statusCode).toBe(201);
    expect(await applicationsOf(target.id)).toHaveLength(APPLICATIONS_PER_HOUR + 1);
  });

  it('stops a flood of attempts from one address before reading them, good or bad', async () => {
    const target = await createVacancy(ctx.db, { organisation });
    const ip = '10.99.0.3';
    for (let i = 0; i < APPLY_ATTEMPTS_PER_HOUR; i++)
      expect((await apply(target.id, { name: '' }, {}, ip)).statusCode).toBe(400);
    const limited = await apply(target.id, {}, {}, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(await applicationsOf(target.id)).toHaveLength(0);
  });
});

describe('the HR inbox', () => {
  let target: Vacancy;
  let first: string;
  let second: string;
  const cv = pdfBytes('inbox');
  const letterBytes = docxBytes();

  beforeAll(async () => {
    target = await createVacancy(ctx.db, {
      organisation,
      title: 'Projectleider inbox',
      contactEmail: 'inbox@gemeente.example',
    });
    first = (await apply(target.id, { name: 'Eerste', cv: { name: 'Één cv (test).pdf', data: cv } })).json().id;
    // Named as a page: it is downloaded under the type its bytes were checked to be.
    second = (await apply(target.id, { name: 'Tweede', letter: { name: 'brief.html', data: letterBytes } })).json().id;
  });

  it('lists a vacancy’s applications newest first, new ones marked, and counts them in the vacancy list', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/vacancies/${target.id}/applications`,
      headers: hr.bearer,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 2, counts: { received: 2 } });
    expect(response.json().items.map((i: { id: string }) => i.id)).toEqual([second, first]);
    // The counts are of every status, whatever the filter.
    const filtered = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/vacancies/${target.id}/applications?status=hired`,
      headers: hr.bearer,
    });
    expect(filtered.json()).toMatchObject({ total: 0, items: [], counts: { received: 2 } });
    expect(response.json().items[1]).toEqual({
      id: first,
      vacancy: { id: target.id, title: 'Projectleider inbox', language: 'nl' },
      name: 'Eerste',
      email: expect.any(String),
      status: 'received',
      createdAt: expect.any(String),
      isNew: true,
    });
    const list = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${organisation.id}/vacancies?pageSize=100`,
      headers: hr.bearer,
    });
    const counted = list.json().items.find((v: { id: string }) => v.id === target.id);
    expect(counted.applications).toBe(2);
  });

  it('reads one (marking it seen) and downloads its files as attachments with the stored bytes', async () => {
    const read = await ctx.app.inject({ method: 'GET', url: `/api/v1/applications/${first}`, headers: hr.bearer });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      id: first,
      name: 'Eerste',
      motivation: 'Ik wil graag bij u werken.',
      consent: 'procedure',
      phone: null,
      isNew: true,
      files: { cv: { name: 'Één cv (test).pdf', size: cv.length, mediaType: 'application/pdf' }, letter: null },
      notes: [],
    });
    expect(JSON.stringify(read.json())).not.toMatch(/storage|userId/i);
    const again = await ctx.app.inject({ method: 'GET', url: `/api/v1/applications/${first}`, headers: hr.bearer });
    expect(again.json().isNew).toBe(false);

    const download = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${first}/cv`,
      headers: hr.bearer,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(cv)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="__n cv (test).pdf"; filename*=UTF-8''%C3%89%C3%A9n%20cv%20%28test%29.pdf`,
    );
    const noLetter = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${first}/letter`,
      headers: hr.bearer,
    });
    expect(noLetter.statusCode).toBe(404);
    const letter = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${second}/letter`,
      headers: admin.bearer,
    });
    expect(letter.statusCode).toBe(200);
    expect(letter.rawPayload.equals(letterBytes)).toBe(true);
    expect(letter.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(letter.headers['content-disposition']).toBe(
      `attachment; filename="brief.docx"; filename*=UTF-8''brief.docx`,
    );
  });

  it('moves an application through every state to hired, with notes, and refuses other moves', async () => {
    const patch = (payload: object, session = hr) =>
      ctx.app.inject({ method: 'PATCH', url: `/api/v1/applications/${first}`, payload, headers: session.bearer });
    const skip = await patch({ status: 'hired' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toMatchObject({ code: 'invalid_transition', currentState: 'received' });
    // Said with the statuses as the inbox names them, not their codes.
    expect(skip.json().error.message).toMatch(
      /^Een sollicitatie met de status ‘Ontvangen’ kan niet naar ‘[A-Z][a-z]+’\.$/,
    );
    expect((await patch({ status: 'in_review', note: 'Sterke motivatie.' })).json()).toMatchObject({
      status: 'in_review',
      notes: [{ author: { id: hrUser.id }, text: 'Sterke motivatie.' }],
    });
    expect((await patch({ status: 'invited' }, admin)).json().status).toBe('invited');
    const hired = await patch({ status: 'hired' });
    expect(hired.statusCode).toBe(200);
    expect(hired.json().status).toBe('hired');
    expect(new Date(hired.json().hiredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const [row] = await ctx.db.select().from(applications).where(eq(applications.id, first));
    expect(row!.hiredAt).not.toBeNull();
    // The vacancy records its time to fill: it outlives the application, which is purged later.
    const list = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${organisation.id}/vacancies?pageSize=100`,
      headers: hr.bearer,
    });
    const listed = list.json().items.find((v: { id: string }) => v.id === target.id);
    expect(listed.filledAt).toBe(row!.hiredAt!.toISOString());
    const days = Math.round((row!.hiredAt!.getTime() - target.publishedAt!.getTime()) / 86_400_000);
    expect(listed.timeToFillDays).toBe(days);
    const final = await patch({ status: 'rejected' });
    expect(final.statusCode).toBe(409);
    const note = await patch({ note: 'Start op 1 maart.' });
    expect(note.json().notes.map((n: { text: string }) => n.text)).toEqual(['Sterke motivatie.', 'Start op 1 maart.']);
    // The same status again changes nothing.
    expect((await patch({ status: 'hired' })).statusCode).toBe(200);
    expect(await ctx.db.select().from(applicationNotes).where(eq(applicationNotes.applicationId, first))).toHaveLength(
      2,
    );
  });

  it('logs who downloaded a file and who moved an application on, by ids only, for the coordinating body', async () => {
    // The two tests before: a CV and a letter downloaded, and the first moved to hired.
    const log = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/audit-log?action=application.&pageSize=100',
      headers: coordinator.bearer,
    });
    expect(log.statusCode).toBe(200);
    const entries = (
      log.json().items as {
        action: string;
        subjectId: string;
        actor: { id: string } | null;
        organisation: { id: string } | null;
        before: unknown;
        after: unknown;
      }[]
    ).filter((entry) => entry.subjectId === first || entry.subjectId === second);
    const seen = entries.map(({ action, subjectId, actor, organisation: org, before, after }) => ({
      action,
      subjectId,
      actor: actor?.id,
      organisation: org?.id,
      before,
      after,
    }));
    const moved = (from: string, to: string, actor: string) => ({
      action: 'application.status_changed',
      subjectId: first,
      actor,
      organisation: organisation.id,
      before: { applicationStatus: from },
      after: { applicationStatus: to },
    });
    expect(seen).toEqual(
      expect.arrayContaining([
        {
          action: 'application.file_downloaded',
          subjectId: first,
          actor: hrUser.id,
          organisation: organisation.id,
          before: null,
          after: { file: 'cv' },
        },
        expect.objectContaining({
          action: 'application.file_downloaded',
          subjectId: second,
          after: { file: 'letter' },
        }),
        moved('received', 'in_review', hrUser.id),
        moved('in_review', 'invited', adminUser.id),
        moved('invited', 'hired', hrUser.id),
      ]),
    );
    // A refused move, a note alone and the same status again are no change; a missing letter no download.
    expect(entries).toHaveLength(5);
    expect(JSON.stringify(entries)).not.toContain('Eerste');
    // Named by the vacancy they are to (a review: the log did not say which), never the applicant.
    expect(new Set(entries.map((entry) => (entry as unknown as { subjectName: string }).subjectName))).toEqual(
      new Set(['Projectleider inbox']),
    );
  });

  it('rejects with the standard or an edited text, mailed to the applicant', async () => {
    const [row] = await ctx.db.select().from(applications).where(eq(applications.id, second));
    const early = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${second}`,
      payload: { status: 'in_review', rejectionMessage: 'Nee.' },
      headers: hr.bearer,
    });
    expect(early.statusCode).toBe(400);
    expect(Object.keys(early.json().error.fields)).toEqual(['rejectionMessage']);
    const rejected = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${second}`,
      payload: { status: 'rejected', rejectionMessage: 'Beste Tweede, helaas.' },
      headers: hr.bearer,
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json().status).toBe('rejected');
    // The candidate's procedure ended now: the four weeks of keeping run from this moment.
    const { rows: turnedDown } = await ctx.pool.query<{ rejected_at: Date | null }>(
      'SELECT rejected_at FROM applications WHERE id = $1',
      [second],
    );
    expect(Date.now() - turnedDown[0]!.rejected_at!.getTime()).toBeLessThan(60_000);
    const mails = (await mailsTo(row!.email)).filter((m) => m.kind === 'job_application_rejected');
    expect(mails.map((m) => [m.subject, m.body, m.headers])).toEqual([
      ['Je sollicitatie op Projectleider inbox', 'Beste Tweede, helaas.', { 'Reply-To': 'inbox@gemeente.example' }],
    ]);

    /** The standard rejection of a new application by `name`, its address confirmed by its owner or not. */
    const standardRejectionOf = async (name: string, confirmed: boolean) => {
      const id = (await apply(target.id, { name })).json().id as string;
      if (confirmed)
        await ctx.db.update(applications).set({ addressConfirmedAt: new Date() }).where(eq(applications.id, id));
      await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/applications/${id}`,
        payload: { status: 'rejected' },
        headers: hr.bearer,
      });
      const [stored] = await ctx.db.select().from(applications).where(eq(applications.id, id));
      const mails = (await mailsTo(stored!.email)).filter((m) => m.kind === 'job_application_rejected');
      expect(mails).toHaveLength(1);
      return mails[0]!.body;
    };
    expect(await standardRejectionOf('Derde', true)).toMatch(/^Beste Derde,/);
    // A name typed with an address nobody confirmed is not mailed to that address.
    const toGuest = await standardRejectionOf('Uw DigiD is geblokkeerd: log in op evil.example', false);
    expect(toGuest).toMatch(/^Goedendag,/);
    expect(toGuest).not.toContain('DigiD');
  });

  it('mails a guest who applied from the English pages in English later too, and tells HR so', async () => {
    const id = (await apply(target.id, { name: 'Jane Doe' }, { 'accept-language': 'en' })).json().id as string;
    const detail = await ctx.app.inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: hr.bearer });
    expect(detail.json().mailLanguage).toBe('en');
    // The vacancy's own language, for its title on a page in the other (WCAG 3.1.2).
    expect(detail.json().vacancy).toMatchObject({ title: 'Projectleider inbox', language: 'nl' });
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      payload: { status: 'rejected' },
      headers: hr.bearer,
    });
    const [stored] = await ctx.db.select().from(applications).where(eq(applications.id, id));
    const mails = (await mailsTo(stored!.email)).filter((m) => m.kind === 'job_application_rejected');
    expect(mails.map((m) => m.subject)).toEqual(['Your application for Projectleider inbox']);
  });

  it('filters the organisation’s inbox by status', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${organisation.id}/applications?status=hired`,
      headers: hr.bearer,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((i: { id: string }) => i.id)).toEqual([first]);
    expect(response.json().total).toBe(1);
  });

  it('shows nothing to another organisation, an API key, the coordinator, a job seeker or anonymous callers', async () => {
    const routes = [
      { method: 'GET', url: `/api/v1/vacancies/${target.id}/applications` },
      { method: 'GET', url: `/api/v1/organisations/${organisation.id}/applications` },
      { method: 'GET', url: `/api/v1/applications/${second}` },
      { method: 'PATCH', url: `/api/v1/applications/${second}`, payload: { note: 'Gezien' } },
      { method: 'GET', url: `/api/v1/applications/${second}/cv` },
      { method: 'GET', url: `/api/v1/applications/${second}/letter` },
    ] as const;
    const outsiders = {
      otherHr: otherHr.bearer,
      apiKey,
      coordinator: coordinator.bearer,
      seeker: seeker.bearer,
      anonymous: {},
    };
    for (const route of routes) {
      for (const [who, headers] of Object.entries(outsiders)) {
        const response = await ctx.app.inject({ ...route, headers });
        expect([401, 403, 404], `${who} ${route.method} ${route.url}`).toContain(response.statusCode);
        expect(response.json()).toEqual({ error: expect.objectContaining({ code: expect.any(String) }) });
      }
    }
    const notes = await ctx.db.select().from(applicationNotes).where(eq(applicationNotes.applicationId, second));
    expect(notes).toEqual([]);
  });
});

describe('the applicant’s own applications', () => {
  it('withdraws one: the row, its notes and its files are gone; someone else’s is 404', async () => {
    const target = await createVacancy(ctx.db, { organisation });
    const id = (await apply(target.id, { letter: { name: 'brief.pdf', data: pdfBytes() } }, seeker.bearer)).json()
      .id as string;
    const keys = (await ctx.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id))).map(
      (f) => f.storageKey,
    );
    expect(keys).toHaveLength(2);
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      payload: { note: 'Bellen' },
      headers: hr.bearer,
    });

    const other = await signIn(ctx.app, (await createUser(ctx.db)).email, TEST_PASSWORD);
    const notTheirs = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/applications/${id}`,
      headers: other.bearer,
    });
    expect(notTheirs.statusCode).toBe(404);
    const byHr = await ctx.app.inject({ method: 'DELETE', url: `/api/v1/me/applications/${id}`, headers: hr.bearer });
    expect(byHr.statusCode).toBe(404);

    const withdrawn = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/applications/${id}`,
      headers: seeker.bearer,
    });
    expect(withdrawn.statusCode).toBe(204);
    expect(await ctx.db.select().from(applications).where(eq(applications.id, id))).toEqual([]);
    expect(await ctx.db.select().from(applicationNotes).where(eq(applicationNotes.applicationId, id))).toEqual([]);
    const files = await storedFiles();
    for (const key of keys) expect(files).not.toContain(key);
    const mine = await ctx.app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.bearer });
    expect(mine.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('answers 401 to anonymous callers', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/me/applications' })).statusCode).toBe(401);
    const del = await ctx.app.inject({
      method: 'DELETE',
      url: '/api/v1/me/applications/00000000-0000-4000-8000-000000000000',
    });
    expect(del.statusCode).toBe(401);
  });
});

describe('another’s address typed by a signed-in job seeker', () => {
  it('keeps an application made signed in with another’s address typed in the form out of that one’s account', async () => {
    const target = await createVacancy(ctx.db, { organisation, applyMethod: 'portal' });
    const other = await createUser(ctx.db, { role: 'job_seeker' });
    const otherSession = await signIn(ctx.app, other.email, TEST_PASSWORD);
    const made = await apply(target.id, { email: seekerUser.email, motivation: 'Niet van jou.' }, otherSession.bearer);
    expect(made.statusCode).toBe(201);
    const listOf = async (session: Session) =>
      (await ctx.app.inject({ url: '/api/v1/me/applications', headers: session.bearer }))
        .json()
        .items.map((item: { id: string }) => item.id);
    expect(await listOf(otherSession)).toContain(made.json().id);
    // Not in the account of the address typed: it could not read, withdraw or erase it there.
    expect(await listOf(seeker)).not.toContain(made.json().id);
    const elsewhere = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/applications/${made.json().id}`,
      headers: seeker.bearer,
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(await applicationsOf(target.id)).toHaveLength(1);
  });
});

describe('another’s address typed, and its owner confirming the application with their key', () => {
  it('takes the application out of the sending account: it is the address’s from then on', async () => {
    const target = await createVacancy(ctx.db, { organisation, applyMethod: 'portal' });
    const owner = await createUser(ctx.db, { role: 'job_seeker' });
    const ownerSession = await signIn(ctx.app, owner.email, TEST_PASSWORD);
    const sender = await createUser(ctx.db, { role: 'job_seeker' });
    const senderSession = await signIn(ctx.app, sender.email, TEST_PASSWORD);
    const made = await apply(target.id, { email: owner.email, consent: 'pool' }, senderSession.bearer);
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    const { rows } = await ctx.pool.query<{ body: string }>(
      `SELECT body FROM mail_outbox WHERE lower(recipient) = lower($1) ORDER BY id DESC LIMIT 1`,
      [owner.email],
    );
    const key = /mijn-gegevens#sleutel=(\S+)/.exec(rows[0]!.body)![1]!;
    const confirmed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/my-data/applications/${id}/renew-consent`,
      headers: { 'x-guest-key': key },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const listOf = async (session: Session) =>
      (await ctx.app.inject({ url: '/api/v1/me/applications', headers: session.bearer }))
        .json()
        .items.map((item: { id: string }) => item.id);
    expect(await listOf(senderSession)).not.toContain(id);
    expect(await listOf(ownerSession)).toContain(id);
    for (const url of [`/api/v1/me/applications/${id}/pool-consent`, `/api/v1/me/applications/${id}`]) {
      const taken = await ctx.app.inject({ method: 'DELETE', url, headers: senderSession.bearer });
      expect(taken.statusCode, url).toBe(404);
    }
    const [row] = await ctx.db.select().from(applications).where(eq(applications.id, id));
    expect(row!.poolConsentUntil).not.toBeNull();
  });
});

describe('a file name that says one thing and shows another', () => {
  it.each([
    // Direction controls: `cv\u202Efdp.exe` showed HR "cvexe.pdf".
    // Shown with the extension of what it is, as it downloads.
    ['without its direction controls', 'cv\u202Efdp.exe', 'cvfdp.pdf'],
    // Control characters showed as `\u0001` in HR's list and the exports.
    ['without control characters, and a byte that was no UTF-8 as "_"', 'a\u0001\u001Fb\uFFFD.pdf', 'ab_.pdf'],
    // A Word file sent as "cv.pdf" was listed as "cv.pdf" and saved as "cv.docx" (a review).
    ['by the name it downloads under', 'cv.pdf', 'cv.docx', docxBytes()],
  ])('is stored %s, so HR sees the name as it is', async (_how, sent, shown, data = pdfBytes('naam')) => {
    const target = await createVacancy(ctx.db, { organisation, applyMethod: 'portal' });
    const made = await apply(target.id, { cv: { name: sent, data } });
    expect(made.statusCode, made.body).toBe(201);
    const read = await ctx.app.inject({ url: `/api/v1/applications/${made.json().id}`, headers: hr.bearer });
    expect(read.json().files.cv.name).toBe(shown);
    const download = await ctx.app.inject({
      url: `/api/v1/applications/${made.json().id}/cv`,
      headers: hr.bearer,
    });
    expect(download.headers['content-disposition']).toContain(`filename="${shown}"`);
  });
});

describe('an applicant’s name', () => {
  it('is stored on one line without direction controls, and migration 0032 does so for names stored before', async () => {
    const target = await createVacancy(ctx.db, { organisation, applyMethod: 'portal' });
    // "Jan \u202EnaJ\u202C" showed HR a name the applicant did not type (a membership review's sibling).
    const made = await apply(target.id, { name: 'Jan \u202EnaJ\u202C' });
    expect(made.statusCode, made.body).toBe(201);
    const read = await ctx.app.inject({ url: `/api/v1/applications/${made.json().id}`, headers: hr.bearer });
    expect(read.json().name).toBe('Jan naJ');
    const before = await apply(target.id, { name: 'Piet Plat', email: 'piet.plat@example.nl' });
    await ctx.pool.query('UPDATE applications SET name = $1 WHERE id = $2', [
      ' Piet\r\n\u2066Plat\u2069  ',
      before.json().id,
    ]);
    const migration = await readFile(
      new URL('../../db/migrations/0032_applicant_names_one_line.sql', import.meta.url),
      'utf8',
    );
    await ctx.pool.query(migration);
    const { rows } = await ctx.pool.query<{ id: string; name: string }>(
      'SELECT id, name FROM applications WHERE id = ANY($1) ORDER BY name',
      [[made.json().id, before.json().id]],
    );
    expect(rows.map((row) => [row.id, row.name])).toEqual([
      [made.json().id, 'Jan naJ'],
      [before.json().id, 'Piet Plat'],
    ]);
  });
});

describe('a form with odd parts', () => {
  /** A multipart body written out by hand: a browser's FormData cannot send these. */
  function rawForm(parts: string[]) {
    const boundary = 'grenslijn';
    const body = `${parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('')}--${boundary}--\r\n`;
    return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
  }
  const field = (name: string, value: string) => `Content-Disposition: form-data; name="${name}"\r\n\r\n${value}`;
  const cvPart = `Content-Disposition: form-data; name="cv"; filename="cv.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdfBytes('raw').toString('latin1')}`;
  const usual = () => [
    field('name', 'Rauw Formulier'),
    field('email', `rauw-${Date.now()}-${Math.random()}@example.org`),
    field('motivation', 'Met de hand geschreven.'),
    cvPart,
  ];
  const send = (vacancyId: string, parts: string[]) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${vacancyId}/applications`,
      ...rawForm(parts),
      remoteAddress: `10.3.0.${++address % 250}`,
    });

  it('names a CV or a letter sent as text rather than a file, beside the other parts’ problems', async () => {
    // A review: 300 characters were "at most 255", "hallo" was "required", and a letter so sent was dropped.
    const target = await createVacancy(ctx.db, { organisation, applyMethod: 'portal' });
    const notAFile = 'Kies een bestand: een PDF of een Word-document (.docx). Tekst in dit veld kan niet mee.';
    const [name, email, motivation] = usual();
    for (const text of ['x'.repeat(300), 'hallo']) {
      const asText = await send(target.id, [name!, email!, motivation!, field('cv', text)]);
      expect([asText.statusCode, asText.json().error.fields]).toEqual([400, { cv: notAFile }]);
    }
    const letter = await send(target.id, [...usual(), field('letter', 'hallo')]);
    expect([letter.statusCode, letter.json().error.fields]).toEqual([400, { letter: notAFile }]);
    const withOthers = await send(target.id, [name!, field('email', 'geen adres'), field('cv', 'hallo')]);
    expect(withOthers.json().error.fields).toEqual({
      cv: notAFile,
      email: expect.any(String),
      motivation: 'Dit veld is verplicht.',
    });
    expect(await applicationsOf(target.id)).toEqual([]);
  });

  it('passes over a part without a name', async () => {
    const target = await createVacancy(ctx.db, { organisation, applyMethod: 'portal' });
    const made = await send(target.id, [...usual(), 'Content-Disposition: form-data\r\n\r\nzonder naam']);
    expect(made.statusCode, made.body).toBe(201);
  });
});
