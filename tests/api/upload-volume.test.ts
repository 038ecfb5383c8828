/**
 * What applicants' files may take (an attacker's review): one network sends at most
 * UPLOAD_MB_PER_HOUR of files an hour, and the portal keeps FILES_MIN_FREE_MB free on the
 * files' disk, answering 503 rather than filling the disk PostgreSQL may share.
 */
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { applications, type Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { applicationForm, createOrganisation, createVacancy, pdfBytes } from '../support/factories.ts';

const KB = 1024;
/** A PDF of about `size` bytes. */
const cvOf = (size: number) => Buffer.concat([pdfBytes(), Buffer.alloc(size - pdfBytes().length, 0x20)]);

async function apply(ctx: TestContext, vacancyId: string, cvBytes: Buffer, ip: string, locale = 'nl') {
  const form = await applicationForm({ cv: { name: 'cv.pdf', data: cvBytes, type: 'application/pdf' } });
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/vacancies/${vacancyId}/applications`,
    payload: form.payload,
    headers: { ...form.headers, 'accept-language': locale },
    remoteAddress: ip,
  });
}

const applicationsOf = (ctx: TestContext, vacancyId: string) =>
  ctx.db.select().from(applications).where(eq(applications.vacancyId, vacancyId));

describe('the volume of files one network sends an hour', () => {
  let ctx: TestContext;
  let organisation: Organisation;

  beforeAll(async () => {
    ctx = await createTestContext({ env: { UPLOAD_MB_PER_HOUR: '1' } });
    organisation = await createOrganisation(ctx.db);
  });
  afterAll(async () => ctx?.close());

  it('refuses the file that would pass the hour, says how long to wait, and leaves other networks alone', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation });
    const ip = '10.77.0.1';
    expect((await apply(ctx, vacancy.id, cvOf(400 * KB), ip)).statusCode).toBe(201);
    expect((await apply(ctx, vacancy.id, cvOf(400 * KB), ip)).statusCode).toBe(201);
    const refused = await apply(ctx, vacancy.id, cvOf(400 * KB), ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect(refused.json().error.message).toMatch(
      /^Vanaf dit netwerk zijn het afgelopen uur te veel bestanden verstuurd/,
    );
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
    // A small CV still fits in what is left of the megabyte.
    expect((await apply(ctx, vacancy.id, cvOf(50 * KB), ip)).statusCode).toBe(201);
    // Another network has its own hour.
    expect((await apply(ctx, vacancy.id, cvOf(400 * KB), '10.77.0.2')).statusCode).toBe(201);
    expect(await applicationsOf(ctx, vacancy.id)).toHaveLength(4);
  });

  it('counts the requests under way: sent at once, no more pass than the hour holds', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => apply(ctx, vacancy.id, cvOf(300 * KB), '10.77.0.3')),
    );
    // Three of 300 KB fit in the megabyte with their forms; before, all five were taken.
    expect(answers.map((answer) => answer.statusCode).toSorted()).toEqual([201, 201, 201, 429, 429]);
    expect(await applicationsOf(ctx, vacancy.id)).toHaveLength(3);
    // What was refused is not counted: the hour still has room for a small CV.
    expect((await apply(ctx, vacancy.id, cvOf(20 * KB), '10.77.0.3')).statusCode).toBe(201);
  });

  it('gives back what a request reserved when its client leaves before the answer', async () => {
    // Over a real connection: a whole body sent, then the socket closed before the answer ran
    // neither onResponse nor onRequestAbort, and the reservation stayed for ever (a review).
    const origin = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const form = await applicationForm({ cv: { name: 'cv.pdf', data: cvOf(900 * KB), type: 'application/pdf' } });
    const post = (vacancyId: string, leaveAfterMs?: number) =>
      new Promise<number>((resolve) => {
        const request = http.request(`${origin}/api/v1/vacancies/${vacancyId}/applications`, {
          method: 'POST',
          headers: { ...form.headers, 'content-length': String(form.payload.length) },
        });
        request.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', () => resolve(0));
        request.end(form.payload);
        if (leaveAfterMs !== undefined) setTimeout(() => request.destroy(), leaveAfterMs);
      });
    // A vacancy that does not exist keeps nothing; the client leaves as soon as it has sent.
    for (let i = 0; i < 3; i++) await post(randomUUID(), 5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const vacancy = await createVacancy(ctx.db, { organisation });
    expect(await post(vacancy.id)).toBe(201);
  });

  it('does not count a second send of the same form, whose files are not kept', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation });
    const form = await applicationForm({ cv: { name: 'cv.pdf', data: cvOf(400 * KB), type: 'application/pdf' } });
    const send = () =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/vacancies/${vacancy.id}/applications`,
        payload: form.payload,
        headers: form.headers,
        remoteAddress: '10.77.0.4',
      });
    expect((await send()).statusCode).toBe(201);
    expect((await send()).statusCode).toBe(201);
    expect(await applicationsOf(ctx, vacancy.id)).toHaveLength(1);
    // 400 KB stored, not 800: another 400 KB still fits.
    expect((await apply(ctx, vacancy.id, cvOf(400 * KB), '10.77.0.4')).statusCode).toBe(201);
  });
});

describe('a disk without room for the files', () => {
  let ctx: TestContext;
  let organisation: Organisation;

  beforeAll(async () => {
    // More free space to keep than any disk has.
    ctx = await createTestContext({ env: { FILES_MIN_FREE_MB: String(1024 * 1024 * 1024) } });
    organisation = await createOrganisation(ctx.db);
  });
  afterAll(async () => ctx?.close());

  it('refuses an application with files with a clear 503, and stores nothing of it', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation });
    const refused = await apply(ctx, vacancy.id, cvOf(20 * KB), '10.78.0.1', 'en');
    expect(refused.statusCode).toBe(503);
    expect(refused.json().error).toEqual({
      code: 'storage_full',
      message: 'The portal cannot store files right now. Please try again later; nothing was sent.',
    });
    expect(refused.headers['retry-after']).toBe('300');
    expect(await applicationsOf(ctx, vacancy.id)).toHaveLength(0);
    expect(await readdir(path.join(ctx.config.dataDir, 'files')).catch(() => [])).toEqual([]);
  });
});
