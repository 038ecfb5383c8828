/**
 * The retention purge (applications/retention.ts) with a controlled clock: applications go four
 * weeks after their procedure ended (the vacancy closed, or someone hired), pool candidates a
 * year after their consent, whichever is later — rows, notes and files — and nothing else goes.
 * The audit log says how many, never who.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  applicationFiles,
  applicationNotes,
  applications,
  auditLog,
  membershipPeriods,
  organisations,
  type Organisation,
} from '@samenwerven/db';
import { localFileStore, purgeDueApplications, sendConsentReminders } from '@samenwerven/server';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy } from '../support/factories.ts';

const DAY = 86_400_000;
const pdfBytes = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const ago = (days: number) => new Date(Date.now() - days * DAY);
/** A calendar date `days` ago (ahead, when negative). */
const dayAgo = (days: number) => ago(days).toISOString().slice(0, 10);

let ctx: TestContext;
let organisation: Organisation;
let authorId: string;
const ids: Record<string, string> = {};
const keys: Record<string, string> = {};

async function apply(
  label: string,
  vacancyId: string,
  options: {
    consent?: 'procedure' | 'pool';
    createdAt?: Date;
    status?: 'hired' | 'rejected';
    hiredAt?: Date;
    /** When HR turned the candidate down (for a rejection: when they applied, unless given). */
    rejectedAt?: Date;
    organisationId?: string;
    /** A pool consent's address confirmed by its owner (by default it was, when applying). */
    confirmed?: boolean;
  } = {},
) {
  const createdAt = options.createdAt ?? new Date();
  const store = localFileStore(ctx.config.dataDir);
  const [row] = await ctx.db
    .insert(applications)
    .values({
      vacancyId,
      organisationId: options.organisationId ?? organisation.id,
      name: `Kandidaat ${label}`,
      email: `kandidaat-${label}@example.org`,
      motivation: 'Graag.',
      consent: options.consent ?? 'procedure',
      status: options.status ?? 'received',
      hiredAt: options.hiredAt ?? null,
      rejectedAt: options.status === 'rejected' ? (options.rejectedAt ?? createdAt) : null,
      createdAt,
      addressConfirmedAt: options.consent === 'pool' && options.confirmed !== false ? createdAt : null,
    })
    .returning();
  const stored = await store.write(Readable.from(pdfBytes(label)), 1024 * 1024);
  await ctx.db.insert(applicationFiles).values({
    applicationId: row!.id,
    kind: 'cv',
    originalName: `cv-${label}.pdf`,
    mediaType: 'application/pdf',
    size: stored.size,
    storageKey: stored.key,
  });
  await ctx.db
    .insert(applicationNotes)
    .values({ applicationId: row!.id, authorUserId: authorId, text: `notitie ${label}` });
  ids[label] = row!.id;
  keys[label] = stored.key;
}

const remaining = async () =>
  new Set((await ctx.db.select({ id: applications.id }).from(applications)).map((r) => r.id));
const fileExists = (label: string) => existsSync(path.join(ctx.config.dataDir, 'files', keys[label]!));
const purge = (now: Date) => purgeDueApplications(ctx.db, localFileStore(ctx.config.dataDir), now);

beforeAll(async () => {
  ctx = await createTestContext();
  organisation = await createOrganisation(ctx.db);
  authorId = (await createUser(ctx.db, { role: 'hr_officer', organisation })).id;
  const closedLongAgo = await createVacancy(ctx.db, { organisation, state: 'closed', closedAt: ago(30) });
  const closedRecently = await createVacancy(ctx.db, { organisation, state: 'closed', closedAt: ago(10) });
  const open = await createVacancy(ctx.db, { organisation });
  // Closed after someone was hired: the hire ended the procedure of those who had applied by then.
  const filled = await createVacancy(ctx.db, { organisation, state: 'closed', closedAt: ago(5) });
  // Still published after a hire (several people wanted, or not closed yet): nobody's procedure ended.
  const hiringStill = await createVacancy(ctx.db, { organisation });
  // Reopened after a hire and closed again lately: who applied after the hire is in a new procedure.
  const reopened = await createVacancy(ctx.db, { organisation, state: 'closed', closedAt: ago(3) });
  await apply('closed-procedure', closedLongAgo.id);
  await apply('closed-pool-recent', closedLongAgo.id, { consent: 'pool', createdAt: ago(100) });
  await apply('closed-pool-old', closedLongAgo.id, { consent: 'pool', createdAt: ago(366) });
  // Its address's owner never confirmed the pool consent: it goes with the procedure.
  await apply('closed-pool-unconfirmed', closedLongAgo.id, { consent: 'pool', createdAt: ago(100), confirmed: false });
  await apply('recent-procedure', closedRecently.id);
  await apply('open-procedure', open.id, { createdAt: ago(400) });
  // Turned down while the vacancy stays open (a standing one may run for years): the four weeks run
  // from the rejection; a confirmed pool consent still keeps it for its year.
  await apply('open-rejected-long-ago', open.id, { status: 'rejected', createdAt: ago(40), rejectedAt: ago(30) });
  await apply('open-rejected-recently', open.id, { status: 'rejected', createdAt: ago(40), rejectedAt: ago(10) });
  await apply('open-rejected-pool', open.id, {
    status: 'rejected',
    consent: 'pool',
    createdAt: ago(40),
    rejectedAt: ago(30),
  });
  await apply('filled-hired', filled.id, { status: 'hired', hiredAt: ago(29), createdAt: ago(40) });
  await apply('filled-rejected', filled.id, { status: 'rejected', createdAt: ago(40) });
  await apply('hiring-hired', hiringStill.id, { status: 'hired', hiredAt: ago(60), createdAt: ago(70) });
  await apply('hiring-earlier', hiringStill.id, { createdAt: ago(70) });
  await apply('hiring-yesterday', hiringStill.id, { createdAt: ago(1) });
  await apply('reopened-hired', reopened.id, { status: 'hired', hiredAt: ago(60), createdAt: ago(70) });
  await apply('reopened-after-hire', reopened.id, { createdAt: ago(20) });
  // Off the portal (a suspension withdraws vacancies): the closing date ends the procedure as closing would.
  const withdrawnPast = await createVacancy(ctx.db, { organisation, state: 'withdrawn', closingDate: dayAgo(30) });
  const withdrawnAhead = await createVacancy(ctx.db, { organisation, state: 'withdrawn', closingDate: dayAgo(-30) });
  await apply('withdrawn-past-closing', withdrawnPast.id);
  await apply('withdrawn-before-closing', withdrawnAhead.id);
  // Members that left the alliance 30 and 10 days ago, with an application to an open vacancy each,
  // and one in the talent pool (a pool consent does not keep it past the leave's four weeks).
  for (const [label, days] of [
    ['left-long-ago', 30],
    ['left-recently', 10],
  ] as const) {
    const departed = await createOrganisation(ctx.db);
    const vacancy = await createVacancy(ctx.db, { organisation: departed });
    await apply(label, vacancy.id, { organisationId: departed.id, createdAt: ago(days + 5) });
    await apply(`${label}-pool`, vacancy.id, { organisationId: departed.id, consent: 'pool', createdAt: ago(50) });
    await ctx.db.update(organisations).set({ state: 'left' }).where(eq(organisations.id, departed.id));
    await ctx.db
      .update(membershipPeriods)
      .set({ startedAt: ago(400), endedAt: ago(days) })
      .where(eq(membershipPeriods.organisationId, departed.id));
  }
  // A member that left 30 days ago and rejoined 20 days ago: what was sent before the leave goes
  // on the date its candidates were mailed; what came after the rejoin is in a procedure of its own.
  const rejoined = await createOrganisation(ctx.db);
  await ctx.db
    .update(membershipPeriods)
    .set({ startedAt: ago(400), endedAt: ago(30) })
    .where(eq(membershipPeriods.organisationId, rejoined.id));
  await ctx.db.insert(membershipPeriods).values({ organisationId: rejoined.id, startedAt: ago(20) });
  const rejoinedVacancy = await createVacancy(ctx.db, { organisation: rejoined });
  await apply('rejoined-before', rejoinedVacancy.id, { organisationId: rejoined.id, createdAt: ago(40) });
  await apply('rejoined-after', rejoinedVacancy.id, { organisationId: rejoined.id, createdAt: ago(10) });
});
afterAll(() => ctx?.close());

describe('the retention purge', () => {
  it('deletes exactly what is due now — rows, notes and files — and nothing else', async () => {
    expect(await purge(new Date())).toBe(11);
    expect(await remaining()).toEqual(
      new Set([
        ids['open-rejected-recently'],
        ids['open-rejected-pool'],
        ids['rejoined-after'],
        ids['hiring-hired'],
        ids['hiring-earlier'],
        ids['hiring-yesterday'],
        ids['reopened-after-hire'],
        ids['closed-pool-recent'],
        ids['recent-procedure'],
        ids['open-procedure'],
        ids['left-recently'],
        ids['left-recently-pool'],
        ids['withdrawn-before-closing'],
      ]),
    );
    const goneLabels = [
      'withdrawn-past-closing',
      'closed-procedure',
      'closed-pool-old',
      'closed-pool-unconfirmed',
      'filled-hired',
      'filled-rejected',
      'open-rejected-long-ago',
      'reopened-hired',
      'left-long-ago',
      'left-long-ago-pool',
      'rejoined-before',
    ];
    for (const gone of goneLabels) {
      expect(fileExists(gone), gone).toBe(false);
    }
    for (const kept of [
      'open-rejected-recently',
      'open-rejected-pool',
      'rejoined-after',
      'hiring-hired',
      'hiring-earlier',
      'hiring-yesterday',
      'reopened-after-hire',
      'closed-pool-recent',
      'recent-procedure',
      'open-procedure',
      'left-recently',
      'left-recently-pool',
      'withdrawn-before-closing',
    ]) {
      expect(fileExists(kept), kept).toBe(true);
    }
    const notes = await ctx.db.select({ applicationId: applicationNotes.applicationId }).from(applicationNotes);
    expect(new Set(notes.map((n) => n.applicationId))).toEqual(await remaining());
    expect(await ctx.db.select().from(applicationFiles)).toHaveLength(13);
  });

  it('logs how many went per organisation, without a name, address or file', async () => {
    const entries = await ctx.db.select().from(auditLog);
    const purges = entries.filter((e) => e.action === 'applications.purged');
    // Ours, the member that left long ago (two), and the one that rejoined (one).
    expect(purges.map((e) => (e.after as { count: number }).count).sort()).toEqual([1, 2, 8]);
    expect(purges.find((e) => e.organisationId === organisation.id)?.after).toEqual({ count: 8 });
    expect(JSON.stringify(purges)).not.toMatch(/Kandidaat|example\.org|cv-|\.pdf/);
  });

  it('takes nothing twice, and takes the rest when their time comes', async () => {
    expect(await purge(new Date())).toBe(0);
    // Closed 10 days ago: due 18 days from now. The pool candidate's year runs 265 days more.
    expect(await purge(new Date(Date.now() + 17 * DAY))).toBe(0);
    // The recent closing, the recent rejection and the recent departure (both its applications)
    // are due 18 days from now.
    expect(await purge(new Date(Date.now() + 19 * DAY))).toBe(4);
    expect(fileExists('open-rejected-recently')).toBe(false);
    expect(fileExists('recent-procedure')).toBe(false);
    expect(fileExists('left-recently')).toBe(false);
    expect(fileExists('left-recently-pool')).toBe(false);
    // Closed again 3 days ago after its reopening: who applied after the old hire goes four weeks after that.
    expect(await purge(new Date(Date.now() + 24 * DAY))).toBe(0);
    expect(await purge(new Date(Date.now() + 26 * DAY))).toBe(1);
    expect(fileExists('reopened-after-hire')).toBe(false);
    // The vacancy taken off the portal that closes in 30 days: due four weeks after.
    expect(await purge(new Date(Date.now() + 57 * DAY))).toBe(0);
    expect(await purge(new Date(Date.now() + 60 * DAY))).toBe(1);
    expect(await purge(new Date(Date.now() + 266 * DAY))).toBe(1);
    // A procedure still running keeps its applications, however old, also after a hire; a pool
    // consent keeps the rejected candidate until its year ends.
    expect(await remaining()).toEqual(
      new Set([
        ids['open-rejected-pool'],
        ids['open-procedure'],
        ids['hiring-hired'],
        ids['hiring-earlier'],
        ids['hiring-yesterday'],
        ids['rejoined-after'],
      ]),
    );
  });

  it('runs as a persistent job every night, Amsterdam time', async () => {
    // A context of its own: the job also runs once at start, which must not race the tests above.
    const withJobs = await createTestContext({ jobs: true });
    try {
      const { rows } = await withJobs.pool.query(
        `SELECT cron, timezone FROM pgboss.schedule WHERE name = 'retention-purge'`,
      );
      expect(rows).toEqual([{ cron: '17 3 * * *', timezone: 'Europe/Amsterdam' }]);
    } finally {
      await withJobs.close();
    }
  });
});

describe('talent-pool consent', () => {
  it('reminds once, two weeks before it ends, with a link that renews it for a year; only candidates in the pool', async () => {
    const own = await createTestContext();
    try {
      const org = await createOrganisation(own.db);
      const vacancy = await createVacancy(own.db, { organisation: org });
      const row = async (values: Partial<typeof applications.$inferInsert>) =>
        (
          await own.db
            .insert(applications)
            .values({
              vacancyId: vacancy.id,
              organisationId: org.id,
              name: 'Pool Kandidaat',
              email: `pool-${Math.random().toString(36).slice(2)}@example.org`,
              motivation: 'Graag.',
              consent: 'pool',
              addressConfirmedAt: new Date(),
              ...values,
            })
            .returning()
        )[0]!;
      const endsSoon = await row({ poolConsentUntil: new Date(Date.now() + 10 * DAY) });
      await row({ poolConsentUntil: new Date(Date.now() + 20 * DAY) });
      await row({ consent: 'procedure', poolConsentUntil: null });
      // Its address's owner never confirmed it: never in the pool, and nothing sent there.
      await row({ poolConsentUntil: new Date(Date.now() + 10 * DAY), addressConfirmedAt: null });
      const options = { publicUrl: 'https://portal.example', guestKeySecret: own.config.JWT_SECRET };

      expect(await sendConsentReminders(own.db, options)).toBe(1);
      expect(await sendConsentReminders(own.db, options)).toBe(0);
      const { rows } = await own.pool.query<{ recipient: string; body: string }>(
        `SELECT recipient, body FROM mail_outbox WHERE kind = 'pool_consent_reminder'`,
      );
      expect(rows.map((r) => r.recipient)).toEqual([endsSoon.email]);
      const key = /#sleutel=(\S+)/.exec(rows[0]!.body)![1]!;

      const renew = await own.app.inject({
        method: 'POST',
        url: `/api/v1/my-data/applications/${endsSoon.id}/renew-consent`,
        headers: { 'x-guest-key': key },
      });
      expect(renew.statusCode, renew.body).toBe(200);
      const until = new Date(renew.json().poolConsentUntil).getTime();
      expect(Math.abs(until - (Date.now() + 365 * DAY))).toBeLessThan(60_000);
      // Renewed: no reminder until two weeks before the new end, and the purge keeps it.
      expect(await sendConsentReminders(own.db, options, new Date(Date.now() + 340 * DAY))).toBe(0);
      expect(await sendConsentReminders(own.db, options, new Date(Date.now() + 355 * DAY))).toBe(1);
      const forged = await own.app.inject({
        method: 'POST',
        url: `/api/v1/my-data/applications/${endsSoon.id}/renew-consent`,
        headers: { 'x-guest-key': `${key.split('.')[0]}.AAAA` },
      });
      expect(forged.statusCode).toBe(401);

      // The member leaves: no reminder, and no renewal of what goes four weeks on.
      const departed = await createOrganisation(own.db);
      const departedVacancy = await createVacancy(own.db, { organisation: departed });
      const [leaving] = await own.db
        .insert(applications)
        .values({
          vacancyId: departedVacancy.id,
          organisationId: departed.id,
          name: 'Pool Kandidaat',
          email: endsSoon.email,
          motivation: 'Ook hier.',
          consent: 'pool',
          addressConfirmedAt: new Date(),
          poolConsentUntil: new Date(Date.now() + 10 * DAY),
        })
        .returning();
      await own.db.update(organisations).set({ state: 'left' }).where(eq(organisations.id, departed.id));
      expect(await sendConsentReminders(own.db, options)).toBe(0);
      const refused = await own.app.inject({
        method: 'POST',
        url: `/api/v1/my-data/applications/${leaving!.id}/renew-consent`,
        headers: { 'x-guest-key': key },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('organisation_left');
    } finally {
      await own.close();
    }
  });
});
