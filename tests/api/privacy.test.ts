/**
 * A job seeker's AVG/GDPR rights: `GET /me/export` holds everything the portal has about them
 * (their applications — also one made as a guest before the account existed — with notes and
 * the files themselves, the mail sent to them, the log about them), and `DELETE /me` leaves
 * nothing of them in any table or in the file store, while another applicant stays untouched.
 */
import { dutchDate } from '@samenwerven/calendar';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, Vacancy } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import {
  applicationForm,
  createOrganisation,
  createUser,
  createVacancy,
  pdfBytes,
  TEST_PASSWORD,
} from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';

let ctx: TestContext;
let organisation: Organisation;
let vacancy: Vacancy;
let hr: Session;
let seeker: { id: string; email: string; name: string; session: Session };
const applicationIds: string[] = [];
let otherApplicationId = '';
let ip = 0;

async function apply(
  parts: Parameters<typeof applicationForm>[0],
  headers: Record<string, string> = {},
  to: Vacancy = vacancy,
) {
  const form = await applicationForm(parts);
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/vacancies/${to.id}/applications`,
    payload: form.payload,
    headers: { ...form.headers, ...headers },
    remoteAddress: `10.9.0.${++ip}`,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

const storedFiles = async () => readdir(path.join(ctx.config.dataDir, 'files')).catch(() => [] as string[]);

/** Every row of every table in the public schema, as text: where a trace of someone would be. */
async function everyRowAsText(): Promise<string[]> {
  const { rows: tables } = await ctx.pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  expect(tables.map((t) => t.table_name)).toEqual(
    expect.arrayContaining([
      'users',
      'sessions',
      'user_tokens',
      'applications',
      'application_files',
      'application_notes',
      'mail_outbox',
      'audit_log',
    ]),
  );
  const texts: string[] = [];
  for (const { table_name } of tables) {
    const { rows } = await ctx.pool.query<{ row: string }>(`SELECT t::text AS row FROM "${table_name}" t`);
    texts.push(...rows.map((r) => `${table_name}: ${r.row}`));
  }
  return texts;
}

beforeAll(async () => {
  ctx = await createTestContext();
  organisation = await createOrganisation(ctx.db);
  vacancy = await createVacancy(ctx.db, { organisation });
  hr = await signIn(ctx.app, (await createUser(ctx.db, { role: 'hr_officer', organisation })).email, TEST_PASSWORD);
  const user = await createUser(ctx.db, { role: 'job_seeker', name: 'Noor Zwartkruis' });
  seeker = {
    id: user.id,
    email: user.email,
    name: 'Noor Zwartkruis',
    session: await signIn(ctx.app, user.email, TEST_PASSWORD),
  };
  // One as a guest with the same address (different case), one signed in (to another vacancy:
  // a second one to the same is refused, as the first is in their account).
  const second = await createVacancy(ctx.db, { organisation });
  applicationIds.push(
    await apply({
      name: seeker.name,
      email: seeker.email.toUpperCase(),
      cv: { name: 'cv.pdf', data: pdfBytes('eerste'), type: 'application/pdf' },
    }),
  );
  applicationIds.push(
    await apply(
      {
        name: seeker.name,
        email: seeker.email,
        cv: { name: 'cv.pdf', data: pdfBytes('tweede'), type: 'application/pdf' },
      },
      seeker.session.bearer,
      second,
    ),
  );
  otherApplicationId = await apply({ name: 'Iemand Anders', email: 'iemand-anders@example.org' });
  for (const id of applicationIds) {
    const noted = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      payload: { status: 'in_review', note: `Sterke kandidaat ${id.slice(0, 4)}` },
      headers: hr.bearer,
    });
    expect(noted.statusCode, noted.body).toBe(200);
  }
});
afterAll(() => ctx?.close());

describe('a job seeker’s own data', () => {
  it('lists their applications, also one made as a guest with their address', async () => {
    const mine = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me/applications',
      headers: seeker.session.bearer,
    });
    expect(
      mine
        .json()
        .items.map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual([...applicationIds].sort());
  });

  it('exports everything held about them, files included', async () => {
    const before = new Date();
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/me/export', headers: seeker.session.bearer });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    // Named after the Dutch day (also just after midnight, when the UTC date is yesterday's).
    expect(
      [dutchDate(before), dutchDate()].map((day) => `attachment; filename="samenwerven-mijn-gegevens-${day}.zip"`),
    ).toContain(response.headers['content-disposition']);
    // In English, an English name.
    const english = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me/export',
      headers: { ...seeker.session.bearer, 'accept-language': 'en' },
    });
    expect(english.headers['content-disposition']).toMatch(/^attachment; filename="samenwerven-my-data-[\d-]+\.zip"$/);
    // The page's language, which its link names, over the browser's.
    const fromDutchPage = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me/export?lang=nl',
      headers: { ...seeker.session.bearer, 'accept-language': 'en' },
    });
    expect(fromDutchPage.headers['content-disposition']).toMatch(/filename="samenwerven-mijn-gegevens-[\d-]+\.zip"$/);
    const unknown = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me/export?lang=fr',
      headers: seeker.session.bearer,
    });
    expect(unknown.statusCode).toBe(400);
    const zip = unzipSync(new Uint8Array(response.rawPayload));
    const read = (name: string) => JSON.parse(strFromU8(zip[name]!));
    expect(read('account.json')).toMatchObject({
      id: seeker.id,
      email: seeker.email,
      role: 'job_seeker',
      lastSignInAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(read('sessions.json')).toContainEqual({
      createdAt: expect.any(String),
      lastUsedAt: expect.any(String),
      expiresAt: expect.any(String),
    });
    const applications = read('applications.json') as { id: string; notes: { text: string }[]; files: unknown[] }[];
    expect(applications.map((a) => a.id).sort()).toEqual([...applicationIds].sort());
    for (const application of applications) {
      // What the organisation did with it, as the database has it (opened, hired, asked to renew the pool consent).
      expect(application).toMatchObject({ vacancy: { organisation: organisation.name }, hiredAt: null });
      expect(Object.keys(application)).toEqual(expect.arrayContaining(['seenAt', 'hiredAt', 'poolReminderSentAt']));
      expect(application.notes.map((n) => n.text)).toEqual([`Sterke kandidaat ${application.id.slice(0, 4)}`]);
      expect(application.files).toEqual([
        { kind: 'cv', name: 'cv.pdf', mediaType: 'application/pdf', size: expect.any(Number) },
      ]);
    }
    expect(Buffer.from(zip[`files/${applicationIds[0]}/cv.pdf`]!).equals(pdfBytes('eerste'))).toBe(true);
    expect(Buffer.from(zip[`files/${applicationIds[1]}/cv.pdf`]!).equals(pdfBytes('tweede'))).toBe(true);
    // The files are stored as they are (compressed already; compressing them again held the server
    // up), the JSON compressed: the method in each entry's local header, 0 stored and 8 deflated.
    const raw = Buffer.from(response.rawPayload);
    const methodOf = (name: string) => raw.readUInt16LE(raw.indexOf(Buffer.from(name)) - 30 + 8);
    expect(methodOf(`files/${applicationIds[0]}/cv.pdf`)).toBe(0);
    expect(methodOf('applications.json')).toBe(8);
    const mail = read('mail.json') as { subject: string; text: string | null; sentAt: string | null }[];
    expect(mail).toHaveLength(2);
    // The text while it is held; once sent it is not kept, and says so (null, not an empty text).
    for (const message of mail) {
      if (message.sentAt === null) expect(message.text).toMatch(/\S/);
      else expect(message.text).toBeNull();
    }
    expect(JSON.stringify(read('account.json'))).not.toMatch(/password|token/i);
    // A person can read what each file is, in both languages.
    const readme = strFromU8(zip['README.txt']!);
    for (const name of Object.keys(zip).filter((entry) => entry.endsWith('.json')))
      expect(readme, name).toContain(name);
    expect(readme).toContain('This zip file holds everything Samenwerven keeps about you.');
    expect(JSON.stringify(zip['applications.json'] && read('applications.json'))).not.toContain('Iemand Anders');
  });

  it('exports their alerts as they chose them, without the matching’s own bookkeeping', async () => {
    await ctx.pool.query(
      `INSERT INTO search_alerts (email, user_id, name, query, frequency, confirmed_at, matched_from)
       VALUES ($1, $2, 'Beleid', 'q=beleid', 'daily', now(), now())`,
      [seeker.email, seeker.id],
    );
    await ctx.pool.query(
      `INSERT INTO alert_matches (alert_id, vacancy_id, matched_at, mailed_at)
       SELECT id, $2, now(), now() FROM search_alerts WHERE user_id = $1`,
      [seeker.id, vacancy.id],
    );
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/me/export', headers: seeker.session.bearer });
    const zip = unzipSync(new Uint8Array(response.rawPayload));
    const alerts = JSON.parse(strFromU8(zip['alerts.json']!));
    expect(alerts).toEqual([expect.objectContaining({ name: 'Beleid', query: 'q=beleid', frequency: 'daily' })]);
    // And which vacancies it found and mailed them, as the privacy statement says is kept.
    expect(JSON.parse(strFromU8(zip['alert-matches.json']!))).toEqual([
      {
        alert: 'Beleid',
        vacancy: vacancy.title,
        vacancyId: vacancy.id,
        matchedAt: expect.any(String),
        mailedAt: expect.any(String),
      },
    ]);
    expect(Object.keys(alerts[0])).not.toContain('matchedFrom');
    expect(Object.keys(alerts[0])).not.toContain('userId');
    await ctx.pool.query('DELETE FROM search_alerts WHERE user_id = $1', [seeker.id]);
  });

  it('is not for staff: their accounts belong to their organisation', async () => {
    for (const method of ['GET', 'DELETE'] as const) {
      const response = await ctx.app.inject({
        method,
        url: method === 'GET' ? '/api/v1/me/export' : '/api/v1/me',
        headers: hr.bearer,
      });
      expect(response.statusCode).toBe(403);
    }
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/me/export' })).statusCode).toBe(401);
  });

  it('erases them: nothing of them in any table or the file store, the other applicant untouched', async () => {
    const filesBefore = await storedFiles();
    expect(filesBefore).toHaveLength(3);
    const traces = [seeker.id, seeker.email.toLowerCase(), seeker.name, ...applicationIds];
    const before = (await everyRowAsText()).filter((row) =>
      traces.some((t) => row.toLowerCase().includes(t.toLowerCase())),
    );
    expect(before.length).toBeGreaterThan(5);
    // The mail sent so far, as the mail drop keeps it without SMTP: for the portal's user alone.
    await ctx.deliverMail();
    const drop = path.join(ctx.config.dataDir, 'mail');
    const dropped = async () => (await readdir(drop)).map((name) => name.toLowerCase());
    const theirs = (names: string[]) => names.filter((name) => name.includes(seeker.email.toLowerCase()));
    expect(theirs(await dropped()).length).toBeGreaterThan(0);
    expect((await stat(drop)).mode & 0o777).toBe(0o700);
    for (const name of await readdir(drop)) expect((await stat(path.join(drop, name))).mode & 0o777, name).toBe(0o600);

    // The password is asked again (a session left open is not enough): none, or a wrong one, is
    // 400 at the field, and nothing goes.
    for (const payload of [{}, { password: 'niet-het-wachtwoord' }]) {
      const refused = await ctx.app.inject({
        method: 'DELETE',
        url: '/api/v1/me',
        payload,
        headers: seeker.session.bearer,
      });
      expect(refused.statusCode).toBe(400);
      expect(Object.keys(refused.json().error.fields)).toEqual(['password']);
    }
    expect(await storedFiles()).toHaveLength(3);

    const response = await ctx.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      payload: { password: TEST_PASSWORD },
      headers: seeker.session.bearer,
    });
    expect(response.statusCode).toBe(204);
    // No copy of what was sent to them is left (a key to their page, their motivation); others' stay.
    expect(theirs(await dropped())).toEqual([]);
    expect((await dropped()).some((name) => name.includes('iemand-anders@example.org'))).toBe(true);
    expect(response.cookies.map((c) => [c.name, c.value])).toEqual(
      expect.arrayContaining([
        ['sw_access', ''],
        ['sw_csrf', ''],
      ]),
    );

    const left = (await everyRowAsText()).filter((row) =>
      traces.some((t) => row.toLowerCase().includes(t.toLowerCase())),
    );
    expect(left).toEqual([]);
    expect(await storedFiles()).toHaveLength(1);
    const other = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${otherApplicationId}`,
      headers: hr.bearer,
    });
    expect(other.statusCode).toBe(200);
    expect(other.json().name).toBe('Iemand Anders');
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: seeker.session.bearer })).statusCode,
    ).toBe(401);
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: seeker.email, password: TEST_PASSWORD },
        })
      ).statusCode,
    ).toBe(401);
  });
});

describe('a guest applicant’s own data, through the key in their confirmation e-mail', () => {
  const guest = { name: 'Gijs Gastvrij', email: `gijs-${Date.now()}@example.org` };
  let key = '';
  const guestIds: string[] = [];
  const asGuest = (method: 'GET' | 'DELETE', url: string, withKey = key) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { 'x-guest-key': withKey } });

  beforeAll(async () => {
    guestIds.push(
      await apply({
        name: guest.name,
        email: guest.email,
        cv: { name: 'cv.pdf', data: pdfBytes('gast'), type: 'application/pdf' },
      }),
    );
    // A second application of their own (not the same form sent twice, which is one).
    guestIds.push(await apply({ name: guest.name, email: guest.email, motivation: 'Ook deze baan trekt me.' }));
    const { rows } = await ctx.pool.query<{ body: string }>(
      `SELECT body FROM mail_outbox WHERE recipient = $1 AND kind = 'job_application_received' ORDER BY id`,
      [guest.email],
    );
    expect(rows).toHaveLength(2);
    const link = /(https?:\/\/\S+\/mijn-gegevens#sleutel=(\S+))/.exec(rows[0]!.body);
    expect(link, rows[0]!.body).not.toBeNull();
    key = link![2]!;
  });

  it('shows their applications and exports them, with the files, to the key only', async () => {
    const mine = await asGuest('GET', '/my-data');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().email).toBe(guest.email);
    expect(
      mine
        .json()
        .applications.map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual([...guestIds].sort());
    // Each names its employer: two vacancies may share a title.
    expect(mine.json().applications[0].vacancy).toEqual({
      id: vacancy.id,
      title: vacancy.title,
      language: 'nl',
      organisation: organisation.name,
    });
    // A sign-in tried with the address (no account has it) is logged by the address: theirs to see and erase.
    const failed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: guest.email, password: 'geen wachtwoord van mij' },
    });
    expect(failed.statusCode).toBe(401);
    const exported = await asGuest('GET', '/my-data/export');
    expect(exported.headers['content-type']).toBe('application/zip');
    const zip = unzipSync(new Uint8Array(exported.rawPayload));
    expect(JSON.parse(strFromU8(zip['audit-log.json']!))).toEqual([
      // Without the network address it came from: that may have been someone else's.
      expect.objectContaining({ action: 'auth.sign_in_failed', subjectId: guest.email.toLowerCase(), after: null }),
    ]);
    expect(Buffer.from(zip[`files/${guestIds[0]}/cv.pdf`]!).equals(pdfBytes('gast'))).toBe(true);
    expect(strFromU8(zip['applications.json']!)).not.toContain('Iemand Anders');
    for (const forged of ['', 'x.y', `${key.split('.')[0]}.${'A'.repeat(43)}`]) {
      expect((await asGuest('GET', '/my-data', forged)).statusCode, forged).toBe(401);
    }
    // No key at all is the same 401, not a validation error.
    const keyless = await ctx.app.inject({ method: 'GET', url: '/api/v1/my-data' });
    expect([keyless.statusCode, keyless.json().error.code]).toEqual([401, 'invalid_token']);
  });

  it('withdraws one application, never another address’s', async () => {
    expect((await asGuest('DELETE', `/my-data/applications/${otherApplicationId}`)).statusCode).toBe(404);
    expect((await asGuest('DELETE', `/my-data/applications/${guestIds[1]}`)).statusCode).toBe(204);
    const left = (await asGuest('GET', '/my-data')).json().applications.map((a: { id: string }) => a.id);
    expect(left).toEqual([guestIds[0]]);
  });

  it('erases everything held for the address, leaving others untouched', async () => {
    expect((await asGuest('DELETE', '/my-data')).statusCode).toBe(204);
    const traces = [guest.email.toLowerCase(), guest.name, ...guestIds];
    const left = (await everyRowAsText()).filter((row) =>
      traces.some((t) => row.toLowerCase().includes(t.toLowerCase())),
    );
    expect(left).toEqual([]);
    expect(await storedFiles()).toHaveLength(1);
    expect((await asGuest('GET', '/my-data')).json().applications).toEqual([]);
  });
});

describe('an account holder who also applied as a guest, on the page the guest key opens', () => {
  it('sees and erases only what was sent without the account; the account keeps its own', async () => {
    const user = await createUser(ctx.db, { role: 'job_seeker', name: 'Kees Beide' });
    const session = await signIn(ctx.app, user.email, TEST_PASSWORD);
    const second = await createVacancy(ctx.db, { organisation });
    const signedIn = await apply({ name: 'Kees Beide', email: user.email }, session.bearer, second);
    const saved = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/me/saved-searches',
      payload: { query: 'q=archief', frequency: 'weekly', name: 'Kees zoekt' },
      headers: session.bearer,
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const asGuest = await apply({ name: 'Kees Beide', email: user.email });
    const { rows } = await ctx.pool.query<{ body: string }>(
      `SELECT body FROM mail_outbox WHERE lower(recipient) = lower($1) AND kind = 'job_application_received' ORDER BY id`,
      [user.email],
    );
    const key = /mijn-gegevens#sleutel=(\S+)/.exec(rows.at(-1)!.body)![1]!;
    const headers = { 'x-guest-key': key };

    const shown = await ctx.app.inject({ method: 'GET', url: '/api/v1/my-data', headers });
    expect(shown.json().applications.map((a: { id: string }) => a.id)).toEqual([asGuest]);
    expect((await ctx.app.inject({ method: 'DELETE', url: '/api/v1/my-data', headers })).statusCode).toBe(204);

    const mine = await ctx.app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: session.bearer });
    expect(mine.json().items.map((a: { id: string }) => a.id)).toEqual([signedIn]);
    const searches = await ctx.app.inject({ method: 'GET', url: '/api/v1/me/saved-searches', headers: session.bearer });
    expect(searches.json().items.map((a: { name: string }) => a.name)).toEqual(['Kees zoekt']);
  });
});
