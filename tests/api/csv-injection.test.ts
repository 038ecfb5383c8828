/**
 * Text anyone can type (a failed sign-in's e-mail, an applying organisation's name, a
 * vacancy title) must come out of every CSV download as text, never as a formula a
 * spreadsheet would run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, signInNewCoordinator, type Session } from '../support/http.ts';

let ctx: TestContext;
let coordinator: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  coordinator = await signInNewCoordinator(ctx);
});
afterAll(() => ctx.close());

/** Would a spreadsheet read this cell as a formula (OWASP's list, also after leading spaces)? */
const runsAsFormula = (cell: string) => /^\s*[=+\-@\t\r]/.test(cell);

describe('CSV downloads', () => {
  it('writes a failed sign-in’s typed e-mail and an applicant’s name into the audit CSV as text', async () => {
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      // An address by the format's rules (what is no address is not logged by what was typed).
      payload: { email: '=1+cmd|x@a.nl', password: 'geen-idee-welk' },
    });
    expect(login.statusCode).toBe(401);
    const application = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/membership-applications',
      payload: {
        organisation: { name: ' =HYPERLINK("http://evil.example","Klik")', kind: 'other', municipalityCode: 'GM0855' },
        admin: { name: '@SUM(1+1)', email: '+1+2@formule.example', password: TEST_PASSWORD },
      },
    });
    // Accepted (201, or 202 where the applicant first confirms the address).
    expect([201, 202], application.body).toContain(application.statusCode);

    const response = await ctx.app.inject({
      url: '/api/v1/audit-log?format=csv',
      headers: coordinator.bearer,
    });
    expect(response.statusCode).toBe(200);
    const csv = response.body;
    expect(csv).toContain('"\'=1+cmd|x@a.nl"');
    // The name is stored trimmed.
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""Klik"")"');
    expect(csv).toContain('"\'+1+2@formule.example"');
    // The two entries this test caused, one line each (parseCsv leaves the header out).
    const lines = parseCsv(csv);
    expect(lines.map((line) => line[1]).sort()).toEqual(['auth.sign_in_failed', 'membership.applied']);
    expect(lines.flat().filter(runsAsFormula)).toEqual([]);
  });

  it('writes the organisation export’s CSV files the same way', async () => {
    const organisation = await createOrganisation(ctx.db, { name: '-Gemeente Min' });
    await createVacancy(ctx.db, { organisation, title: '=1+1', summary: '\tTab voorop', department: '@afdeling' });
    const admin = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'org_admin', organisation, name: '+Beheerder' })).email,
      TEST_PASSWORD,
    );
    const response = await ctx.app.inject({
      url: `/api/v1/organisations/${organisation.id}/export`,
      headers: admin.bearer,
    });
    expect(response.statusCode).toBe(200);
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const vacancies = strFromU8(files['vacancies.csv']!);
    expect(vacancies).toContain('"\'=1+1"');
    expect(vacancies).toContain('"\'\tTab voorop"');
    for (const [name, file] of Object.entries(files).filter(([name]) => name.endsWith('.csv'))) {
      expect(parseCsv(strFromU8(file)).flat().filter(runsAsFormula), name).toEqual([]);
    }
  });
});
