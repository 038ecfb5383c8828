/**
 * Applicants' files in an S3-compatible bucket (S3_BUCKET and friends, issue 13): the whole
 * life of a file — upload, download by HR, the member's export, withdrawal — goes through a
 * real S3 server (s3rver) and nothing lands in DATA_DIR/files. When the store is down, applying
 * and downloading answer a clear 503 and keep nothing, and an erasure still removes the rows at
 * once while its files wait in `file_removals` until the nightly retention job reaches the
 * store again.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, Vacancy } from '@samenwerven/db';
import { openFileStore, purgeDueApplications } from '@samenwerven/server';
import { createTestContext, type TestContext } from '../support/context.ts';
import { startS3Server, type S3TestServer } from '../support/s3-server.ts';
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

let s3: S3TestServer;
let ctx: TestContext;
let organisation: Organisation;
let vacancy: Vacancy;
let hr: Session;
let orgAdmin: Session;
let ip = 0;

const apply = async (parts: ApplicationParts = {}, headers: Record<string, string> = {}) => {
  const form = await applicationForm(parts);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/vacancies/${vacancy.id}/applications`,
    payload: form.payload,
    headers: { ...form.headers, ...headers },
    remoteAddress: `10.33.0.${++ip}`,
  });
};
const localFiles = async () => {
  const found: string[] = [];
  for (const folder of ['files', 'upload-spool/files'])
    found.push(...(await readdir(path.join(ctx.config.dataDir, folder)).catch(() => [] as string[])));
  return found;
};
const queuedRemovals = async () =>
  (await ctx.pool.query<{ storage_key: string }>('SELECT storage_key FROM file_removals')).rows.map(
    (r) => r.storage_key,
  );
const applicationCount = async () =>
  Number((await ctx.pool.query<{ n: string }>('SELECT count(*) AS n FROM applications')).rows[0]!.n);

beforeAll(async () => {
  s3 = await startS3Server();
  ctx = await createTestContext({ env: s3.env });
  organisation = await createOrganisation(ctx.db);
  vacancy = await createVacancy(ctx.db, { organisation });
  hr = await signIn(ctx.app, (await createUser(ctx.db, { role: 'hr_officer', organisation })).email, TEST_PASSWORD);
  orgAdmin = await signIn(
    ctx.app,
    (await createUser(ctx.db, { role: 'org_admin', organisation })).email,
    TEST_PASSWORD,
  );
});
afterAll(async () => {
  await ctx?.close();
  await s3?.close();
});

describe('applicants’ files in an S3-compatible bucket', () => {
  it('keeps the files in the bucket only, and gives them back to HR and in the export', async () => {
    const cv = pdfBytes('in de bucket');
    const response = await apply({
      cv: { name: 'cv.pdf', data: cv, type: 'application/pdf' },
      letter: { name: 'brief.docx', data: docxBytes() },
    });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().id as string;
    const { rows } = await ctx.pool.query<{ storage_key: string }>(
      'SELECT storage_key FROM application_files WHERE application_id = $1',
      [id],
    );
    expect((await s3.keys()).sort()).toEqual(rows.map((r) => r.storage_key).sort());
    expect(await localFiles()).toEqual([]);

    const download = await ctx.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/cv`, headers: hr.bearer });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(cv)).toBe(true);
    expect(download.headers['x-content-type-options']).toBe('nosniff');

    const exported = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${organisation.id}/export`,
      headers: orgAdmin.bearer,
    });
    expect(exported.statusCode).toBe(200);
    const zip = unzipSync(new Uint8Array(exported.rawPayload));
    expect(Buffer.from(zip[`application-files/${id}/cv.pdf`]!).equals(cv)).toBe(true);
  });

  it('keeps nothing of a refused upload', async () => {
    const before = await s3.keys();
    const refused = await apply({ cv: { name: 'cv.pdf', data: Buffer.from('<html>geen pdf</html>') } });
    expect(refused.statusCode).toBe(415);
    expect(await s3.keys()).toEqual(before);
    expect(await localFiles()).toEqual([]);
  });

  it('removes the files from the bucket when the applicant withdraws', async () => {
    const seeker = await createUser(ctx.db, { role: 'job_seeker' });
    const session = await signIn(ctx.app, seeker.email, TEST_PASSWORD);
    const before = await s3.keys();
    const applied = await apply({ email: seeker.email }, session.bearer);
    expect(applied.statusCode, applied.body).toBe(201);
    expect(await s3.keys()).toHaveLength(before.length + 1);
    const withdrawn = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/applications/${applied.json().id}`,
      headers: session.bearer,
    });
    expect(withdrawn.statusCode).toBe(204);
    expect((await s3.keys()).sort()).toEqual([...before].sort());
    expect(await queuedRemovals()).toEqual([]);
  });
});

describe('when the S3 store is down', () => {
  let seeker: { email: string; session: Session };
  let keysOfSeeker: string[] = [];

  beforeAll(async () => {
    const user = await createUser(ctx.db, { role: 'job_seeker' });
    seeker = { email: user.email, session: await signIn(ctx.app, user.email, TEST_PASSWORD) };
    const applied = await apply({ email: user.email }, seeker.session.bearer);
    expect(applied.statusCode, applied.body).toBe(201);
    const { rows } = await ctx.pool.query<{ storage_key: string }>(
      'SELECT storage_key FROM application_files WHERE application_id = $1',
      [applied.json().id],
    );
    keysOfSeeker = rows.map((r) => r.storage_key);
    expect(keysOfSeeker).toHaveLength(1);
    await s3.stop();
  });
  afterAll(async () => {
    await s3.start();
  });

  it('answers applying with a clear 503 and keeps nothing', async () => {
    const before = await applicationCount();
    const response = await apply();
    expect(response.statusCode, response.body).toBe(503);
    expect(response.json().error.code).toBe('service_unavailable');
    expect(response.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(await applicationCount()).toBe(before);
    expect(await localFiles()).toEqual([]);
  });

  it('answers a download with a clear 503, not a broken file', async () => {
    const { rows } = await ctx.pool.query<{ id: string }>('SELECT id FROM applications LIMIT 1');
    const download = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${rows[0]!.id}/cv`,
      headers: hr.bearer,
    });
    expect(download.statusCode).toBe(503);
    expect(download.headers['content-disposition']).toBeUndefined();
    expect(download.json().error.code).toBe('service_unavailable');
  });

  it('erases the person at once and removes their files once the store is back', async () => {
    const erased = await ctx.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      payload: { password: TEST_PASSWORD },
      headers: seeker.session.bearer,
    });
    expect(erased.statusCode).toBe(204);
    expect(await queuedRemovals()).toEqual(keysOfSeeker);
    expect(await s3.keys()).toEqual(expect.arrayContaining(keysOfSeeker));

    // Still down: the nightly job leaves them queued and does not fail.
    await purgeDueApplications(ctx.db, openFileStore(ctx.config));
    expect(await queuedRemovals()).toEqual(keysOfSeeker);

    await s3.start();
    await purgeDueApplications(ctx.db, openFileStore(ctx.config));
    expect(await queuedRemovals()).toEqual([]);
    expect(await s3.keys()).not.toEqual(expect.arrayContaining(keysOfSeeker));
    await s3.stop();
  });
});
