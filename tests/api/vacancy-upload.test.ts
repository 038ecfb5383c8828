/**
 * Vacancies uploaded as a CSV file by an organisation's staff (issue 16, finding 10): each row
 * upserted as an item of the bulk route, answered per row by its line and its columns; a file
 * that cannot be read as a whole is refused with nothing written; the template to start from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { vacancies, type Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, isoDate, TEST_PASSWORD, TINY_PNG } from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';

let ctx: TestContext;
let organisation: Organisation;
let hr: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  organisation = await createOrganisation(ctx.db);
  hr = await signIn(ctx.app, (await createUser(ctx.db, { role: 'hr_officer', organisation })).email, TEST_PASSWORD);
});
afterAll(() => ctx.close());

const closing = isoDate(new Date(Date.now() + 30 * 86_400_000));
const upload = (csv: string | Buffer, headers: Record<string, string> = hr.bearer, orgId = organisation.id) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${orgId}/vacancies/upload`,
    headers: { 'content-type': 'text/csv', ...headers },
    payload: csv,
  });

interface Row {
  line: number;
  externalId: string | null;
  title: string | null;
  status: number;
  result?: { id: string; created: boolean; changed: boolean; state: string };
  error?: { code: string; message: string; fields?: Record<string, string> };
}

/** A spreadsheet as a Dutch Excel saves it: semicolons, Dutch labels. */
const file = [
  'kenmerk;titel;status;vakgebied;opleidingsniveau;dienstverband;uren_min;uren_max;gemeente;sluitingsdatum',
  `UP-1;Beleidsadviseur wonen;concept;Beleid en advies;HBO;Vast;32;36;Tilburg;${closing}`,
  `UP-2;Archivaris;gepubliceerd;informatiebeheer;wo;tijdelijk;24;32;GM0855;${closing}`,
  `UP-3;Jurist;concept;sterrenkunde;hbo;vast;veel;36;Atlantis;${closing}`,
].join('\r\n');

describe('uploading vacancies as a CSV file', () => {
  it('creates each good row, answers per row by its line, and names the problems by column', async () => {
    const response = await upload(file);
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json() as { rows: Row[]; succeeded: number; failed: number };
    expect(answer).toMatchObject({ succeeded: 2, failed: 1 });
    expect(answer.rows.map((r) => [r.line, r.externalId, r.title, r.status])).toEqual([
      [2, 'UP-1', 'Beleidsadviseur wonen', 201],
      [3, 'UP-2', 'Archivaris', 201],
      [4, 'UP-3', 'Jurist', 400],
    ]);
    expect(answer.rows[0]!.result).toMatchObject({ created: true, state: 'draft' });
    expect(answer.rows[1]!.result).toMatchObject({ created: true, state: 'published' });
    expect(answer.rows[2]!.error).toMatchObject({
      code: 'validation_failed',
      fields: {
        vakgebied: expect.stringMatching(/^Dit vakgebied kennen we niet\. Vul een van deze codes in .*: .*\bmilieu\b/),
        uren_min: expect.any(String),
        gemeente:
          'Deze gemeente kennen we niet. Vul de naam van de gemeente in zoals het CBS die schrijft (zoals Tilburg) of haar CBS-code (zoals GM0855).',
      },
    });
    // A file with the API's names gets its problems under those names: the columns it has.
    const apiNames = await upload(
      ['externalId,title,category,hoursMin', `UP-API,Jurist,sterrenkunde,veel`].join('\r\n'),
    );
    expect(Object.keys((apiNames.json() as { rows: Row[] }).rows[0]!.error!.fields!)).toEqual(
      expect.arrayContaining(['category', 'hoursMin']),
    );
    expect((apiNames.json() as { rows: Row[] }).rows[0]!.error!.fields).not.toHaveProperty('uren_min');
    const [stored] = await ctx.db.select().from(vacancies).where(eq(vacancies.id, answer.rows[0]!.result!.id));
    expect(stored).toMatchObject({
      organisationId: organisation.id,
      externalId: 'UP-1',
      categoryCode: 'beleid',
      employmentType: 'permanent',
      educationLevel: 'hbo',
      municipalityCode: 'GM0855',
    });
  });

  it('updates by kenmerk when the same file comes again, and changes nothing that did not change', async () => {
    const again = (await upload(file.replace('Archivaris;', 'Senior archivaris;'))).json() as { rows: Row[] };
    expect(again.rows.map((r) => [r.externalId, r.status, r.result?.created, r.result?.changed])).toEqual([
      ['UP-1', 200, false, false],
      ['UP-2', 200, false, true],
      ['UP-3', 400, undefined, undefined],
    ]);
    const rows = await ctx.db.select().from(vacancies).where(eq(vacancies.organisationId, organisation.id));
    expect(rows.map((r) => r.title).sort()).toEqual(['Beleidsadviseur wonen', 'Senior archivaris']);
  });

  it('takes salaries as a Dutch spreadsheet writes them, and says that cents are not taken', async () => {
    // A review: 4.200 and € 4.200,00 (Excel in Dutch) were "enter a whole number", which the vacancy form takes.
    const head =
      'kenmerk;titel;vakgebied;opleidingsniveau;dienstverband;uren_min;uren_max;gemeente;salaris_min;salaris_max';
    const row = (reference: string, min: string, max: string) =>
      `${reference};Beleidsadviseur geld;beleid;hbo;vast;32;36;Tilburg;${min};${max}`;
    const response = await upload(
      [
        head,
        row('SAL-1', '4.200', '6.100'),
        row('SAL-2', '"€ 4.200,00"', '"€\u00a06.100,-"'),
        row('SAL-3', '"4.200,50"', '6100'),
        row('SAL-4', '"4200,5"', 'veel'),
      ].join('\r\n'),
    );
    const rows = (response.json() as { rows: Row[] }).rows;
    expect(rows.map((r) => r.status)).toEqual([201, 201, 400, 400]);
    const stored = await ctx.db.select().from(vacancies).where(eq(vacancies.organisationId, organisation.id));
    const salaries = stored
      .filter((v) => v.externalId?.startsWith('SAL-'))
      .map((v) => [v.externalId, v.salaryMin, v.salaryMax]);
    expect(salaries.sort()).toEqual([
      ['SAL-1', 4200, 6100],
      ['SAL-2', 4200, 6100],
    ]);
    const cents = 'Vul het bedrag in hele euro’s in, zonder centen, zoals 4.200 of 4200.';
    expect(rows[2]!.error!.fields).toEqual({ salaris_min: cents });
    expect(rows[3]!.error!.fields).toEqual({ salaris_min: cents, salaris_max: 'Vul een heel getal in.' });
  });

  it('answers in English for an English caller', async () => {
    const response = await upload(file, { ...hr.bearer, 'accept-language': 'en' });
    const rows = (response.json() as { rows: Row[] }).rows;
    expect(rows[2]!.error!.fields!['vakgebied']).toMatch(/^We do not know this job field\. Enter one of these codes/);
  });

  it('says which values a coded column takes, as a spreadsheet may write them', async () => {
    // A review: "choose a job field from the list" named a list the upload page does not show
    // (nobody guesses that "Natuur, milieu en water" is `milieu`).
    const csv = [
      'kenmerk;titel;status;vakgebied;opleidingsniveau;dienstverband;werkplek;solliciteren_via;uren_min;uren_max;gemeente',
      'CODE-1;Ecoloog;klaar;natuur;universiteit;flex;thuis;post;32;36;Tilburg',
    ].join('\r\n');
    const [row] = ((await upload(csv)).json() as { rows: Row[] }).rows;
    const categoryCodes = (await ctx.pool.query('SELECT code FROM categories ORDER BY name_nl')).rows.map(
      (r) => r.code,
    );
    expect(row!.error!.fields).toEqual({
      status: 'Deze waarde kennen we niet. Vul een van deze in: concept, gepubliceerd, gesloten.',
      vakgebied: `Dit vakgebied kennen we niet. Vul een van deze codes in (of de naam van het vakgebied): ${categoryCodes.join(', ')}.`,
      opleidingsniveau: 'Deze waarde kennen we niet. Vul een van deze in: vmbo, mbo, hbo, wo.',
      dienstverband:
        'Deze waarde kennen we niet. Vul een van deze in: vast, tijdelijk, tijdelijk met uitzicht op vast, traineeship, stage, detachering, inhuur.',
      werkplek: 'Deze waarde kennen we niet. Vul een van deze in: op locatie, hybride, op afstand.',
      solliciteren_via: 'Deze waarde kennen we niet. Vul een van deze in: samenwerven, website, e-mail.',
    });
    expect(categoryCodes).toContain('milieu');
    const english = await upload(csv, { ...hr.bearer, 'accept-language': 'en' });
    expect((english.json() as { rows: Row[] }).rows[0]!.error!.fields).toMatchObject({
      dienstverband:
        'We do not know this value. Enter one of these: permanent, temporary, temporary_to_permanent, traineeship, internship, secondment, interim.',
    });
  });

  it('refuses a file it cannot read as a whole with the problem under `file`, and writes nothing of it', async () => {
    const before = await ctx.db.select().from(vacancies).where(eq(vacancies.organisationId, organisation.id));
    for (const [csv, problem] of [
      ['', 'geen kopregel'],
      ['kenmerk,titel,salaris\nUP-9,Planoloog,3000', 'Deze kolommen kennen we niet: salaris.'],
      ['titel\nPlanoloog', 'De kolom kenmerk ontbreekt'],
      ['kenmerk,titel\nUP-8,Planoloog\nUP-8,Ecoloog', 'Het kenmerk UP-8 staat op meer dan één regel (2, 3).'],
    ] as const) {
      const response = await upload(csv);
      expect(response.statusCode, csv).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'validation_failed',
        fields: { file: expect.stringContaining(problem) },
      });
    }
    // A picture or a workbook sent as CSV: said as what it is, not as columns we do not know.
    for (const bytes of [TINY_PNG, Buffer.from('PK\x03\x04\x14\x00\x06\x00xl/workbook.xml')]) {
      const response = await upload(bytes);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual({
        file: 'Dit is geen CSV-bestand. Sla het werkblad op als ‘CSV UTF-8’ en upload dat bestand.',
      });
    }
    const after = await ctx.db.select().from(vacancies).where(eq(vacancies.organisationId, organisation.id));
    expect(after).toHaveLength(before.length);
  });

  it('reads a file Excel wrote in Windows-1252', async () => {
    const latin1 = Buffer.from(`kenmerk,titel\nUP-10,Co\xf6rdinator jeugd`, 'latin1');
    const rows = ((await upload(latin1)).json() as { rows: Row[] }).rows;
    expect(rows[0]!.title).toBe('Coördinator jeugd');
  });

  it('is for the organisation’s own staff only', async () => {
    const other = await createOrganisation(ctx.db);
    const stranger = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'hr_officer', organisation: other })).email,
      TEST_PASSWORD,
    );
    const seeker = await signIn(ctx.app, (await createUser(ctx.db)).email, TEST_PASSWORD);
    expect((await upload(file, stranger.bearer)).statusCode).toBe(404);
    // To anyone outside the organisation, its vacancies do not exist.
    expect((await upload(file, seeker.bearer)).statusCode).toBe(404);
    expect((await upload(file, {})).statusCode).toBe(401);
    expect(
      (await ctx.app.inject(`/api/v1/organisations/${organisation.id}/vacancies/upload-template`)).statusCode,
    ).toBe(401);
  });

  it('takes the file as text/plain too, and refuses a body that is no file', async () => {
    const call = (contentType: string, payload: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${organisation.id}/vacancies/upload`,
        headers: { ...hr.bearer, 'content-type': contentType },
        payload,
      });
    expect((await call('text/plain; charset=utf-8', file)).statusCode).toBe(200);
    const json = await call('application/json', JSON.stringify({ items: [] }));
    // Another type than the file this route takes.
    expect(json.statusCode).toBe(415);
    expect(json.json().error).toEqual({
      code: 'unsupported_media_type',
      message: 'Stuur het bestand zelf, als CSV (text/csv).',
    });
    expect((await call('application/pdf', '%PDF-1.4')).statusCode).toBe(415);
    // Nothing sent at all is a missing file, not another type.
    const nothing = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/vacancies/upload`,
      headers: hr.bearer,
    });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().error.fields).toEqual({ file: 'Stuur het bestand zelf, als CSV (text/csv).' });
  });

  it('offers a template with every column and an example row, which uploads as it is', async () => {
    const response = await ctx.app.inject({
      url: `/api/v1/organisations/${organisation.id}/vacancies/upload-template`,
      headers: hr.bearer,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('attachment');
    const [header] = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.split(',').slice(0, 4)).toEqual(['kenmerk', 'titel', 'status', 'vakgebied']);
    const answer = (await upload(response.body)).json() as { rows: Row[] };
    expect(answer.rows[0]).toMatchObject({ line: 2, status: 201, result: { created: true, state: 'draft' } });

    // With semicolons, for Excel set up for the Netherlands; it uploads as it is too.
    const excel = await ctx.app.inject({
      url: `/api/v1/organisations/${organisation.id}/vacancies/upload-template?separator=semicolon`,
      headers: hr.bearer,
    });
    expect(excel.headers['content-disposition']).toContain('samenwerven-vacatures-voorbeeld-excel.csv');
    const [excelHeader] = excel.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(excelHeader!.split(';').slice(0, 4)).toEqual(['kenmerk', 'titel', 'status', 'vakgebied']);
    const again = (await upload(excel.body)).json() as { rows: Row[] };
    expect(again.rows[0]).toMatchObject({ line: 2, status: 200, result: { created: false } });
  });
});
