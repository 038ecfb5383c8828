/**
 * Fault: the API process itself dies (SIGKILL) in the middle of work, and two processes run
 * the background work at once. After a restart nothing acknowledged is lost and nothing is
 * done twice: no duplicate mails, no double transitions; the servers the dead process
 * started do not linger (Meilisearch dies with it; a stale PostgreSQL is stopped by the
 * next start); two workers converge the index without doing any work twice.
 */
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailCatcher, type MailCatcher } from '../support/mail.ts';
import {
  call,
  connectDatabase,
  createVacancy,
  eventually,
  isAlive,
  meilisearchPid,
  postgresServer,
  processesOn,
  publishVacancy,
  signInDemo,
  startPortal,
  type PortalProcess,
} from '../support/portal-process.ts';

let dataDir: string;
let mail: MailCatcher;
const portals: PortalProcess[] = [];
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'sw-fault-api-'));
  mail = await startMailCatcher();
});
afterAll(async () => {
  for (const portal of portals) await portal.stop();
  await mail?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const start = async (env: Record<string, string> = {}) => {
  const portal = await startPortal(dataDir, { SMTP_URL: mail.url, ...env });
  portals.push(portal);
  return portal;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const soon = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

async function requestReset(portal: PortalProcess, email: string) {
  const answer = await call(portal.base, '/api/v1/auth/password-reset', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  expect(answer.status).toBe(202);
}

/** Schedules a publication `seconds` from now; returns the vacancy id. */
async function schedule(portal: PortalProcess, session: Awaited<ReturnType<typeof signInDemo>>, seconds: number) {
  const created = await createVacancy(portal.base, session, `Geplande publicatie ${Math.random()}`);
  expect(created.status).toBe(201);
  const patched = await call(portal.base, `/api/v1/vacancies/${created.body.id}`, {
    method: 'PATCH',
    headers: session.headers,
    body: JSON.stringify({ publishAt: soon(seconds), version: created.body.version }),
  });
  expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  expect((await publishVacancy(portal.base, session, created.body.id)).body.state).toBe('scheduled');
  return created.body.id as string;
}

async function historyOf(ids: string[]) {
  const db = await connectDatabase(dataDir);
  try {
    const rows = await db.query<{ vacancy_id: string; action: string }>(
      `SELECT vacancy_id, action FROM vacancy_history WHERE vacancy_id = ANY($1)`,
      [ids],
    );
    const states = await db.query<{ id: string; state: string }>(`SELECT id, state FROM vacancies WHERE id = ANY($1)`, [
      ids,
    ]);
    return { rows: rows.rows, states: new Map(states.rows.map((r) => [r.id, r.state])) };
  } finally {
    await db.end();
  }
}

describe('the API process', () => {
  it('killed mid-drain and mid-job: after a restart nothing is lost, nothing is done twice, nothing lingers', async () => {
    // The demo as `npm start` seeds it: more vacancies than the search merges while on their way to the index.
    const first = await start({ DEMO_VACANCIES: '333' });
    // The first start answers once the demo it seeded is searchable: its first visitors were
    // told there were no vacancies while the index took them in.
    expect((await call(first.base, '/api/v1/health')).body.outboxBacklog).toBe(0);
    const db = await connectDatabase(dataDir);
    const published = await db
      .query<{ n: number }>(`SELECT count(*)::int AS n FROM vacancies WHERE state = 'published'`)
      .finally(() => db.end());
    expect(published.rows[0]!.n).toBeGreaterThan(100);
    expect((await call(first.base, '/api/v1/vacancies?pageSize=1')).body.total).toBe(published.rows[0]!.n);
    const hr = await signInDemo(first.base, 'hr@gemeente-tilburg.samenwerven.example');

    // Work in flight: the sync worker stuck in a drain (engine hung), a publication due in a
    // moment, and a mail acknowledged (202) but perhaps not yet sent.
    const meili = await meilisearchPid(dataDir);
    process.kill(meili, 'SIGSTOP');
    const created = await createVacancy(first.base, hr, 'Waterkeringbeheerder na herstart');
    expect((await publishVacancy(first.base, hr, created.body.id)).status).toBe(200);
    const scheduled = await schedule(first, hr, 2);
    await requestReset(first, 'admin@gemeente-tilburg.samenwerven.example');
    const { pid: postgresPid } = await postgresServer(dataDir);
    await first.kill();
    process.kill(meili, 'SIGCONT');

    // Meilisearch went with the portal (the kernel's parent-death signal); PostgreSQL is left.
    await eventually(async () => (isAlive(meili) ? undefined : true), 10_000);
    expect(isAlive(postgresPid)).toBe(true);

    await sleep(2500); // the publication falls due while no portal runs
    const second = await start();
    expect(isAlive(postgresPid)).toBe(false);
    const running = await processesOn(dataDir);
    expect(running.filter((line) => /postgres\s+-D/.test(line))).toHaveLength(1);
    expect(running.filter((line) => line.includes('meilisearch'))).toHaveLength(1);

    await eventually(async () => {
      const health = await call(second.base, '/api/v1/health');
      return health.body.status === 'ok' && health.body.outboxBacklog === 0 ? true : undefined;
    });
    const found = await eventually(async () => {
      const answer = await call(second.base, '/api/v1/vacancies?q=Waterkeringbeheerder');
      return answer.body.hits.some((h: { id: string }) => h.id === created.body.id) ? answer : undefined;
    });
    expect(found.body.degraded).toBe(false);
    await eventually(async () =>
      (await historyOf([scheduled])).states.get(scheduled) === 'published' ? true : undefined,
    );

    const arrived = await mail.waitFor('admin@gemeente-tilburg.samenwerven.example');
    expect(arrived.subject).toMatch(/wachtwoord/i);
    await sleep(3000); // time enough for a second copy to show up, if one were coming
    expect(mail.messages.filter((m) => m.to === 'admin@gemeente-tilburg.samenwerven.example')).toHaveLength(1);
    const history = await historyOf([scheduled]);
    expect(history.rows.filter((r) => r.action === 'published_on_schedule')).toHaveLength(1);
    await second.stop();
    expect(await processesOn(dataDir)).toEqual([]);
  });

  it('two processes running the background work at once: each change, publication and mail happens once', async () => {
    const first = await start();
    const { port } = await postgresServer(dataDir);
    const meiliArgs = (await readFile(`/proc/${await meilisearchPid(dataDir)}/cmdline`, 'utf8')).split('\0');
    const meiliUrl = `http://${meiliArgs[meiliArgs.indexOf('--http-addr') + 1]}`;
    const meiliKey = (await readFile(path.join(dataDir, 'meilisearch', 'master-key'), 'utf8')).trim();
    const secondData = await mkdtemp(path.join(os.tmpdir(), 'sw-fault-api-2-'));
    try {
      const second = await startPortal(secondData, {
        SMTP_URL: mail.url,
        DATABASE_URL: `postgres://samenwerven:samenwerven@127.0.0.1:${port}/samenwerven`,
        MEILI_URL: meiliUrl,
        MEILI_MASTER_KEY: meiliKey,
      });
      portals.push(second);
      const sessions = [
        await signInDemo(first.base, 'hr@gemeente-dongen.samenwerven.example'),
        await signInDemo(second.base, 'hr@gemeente-dongen.samenwerven.example'),
      ];
      const before = mail.messages.length;
      const scheduledIds: string[] = [];
      const published: string[] = [];
      const recipients = ['gemeente-goirle', 'gemeente-oisterwijk', 'gemeente-waalwijk', 'gemeente-heusden'].map(
        (slug) => `admin@${slug}.samenwerven.example`,
      );
      for (let i = 0; i < 4; i++) {
        const portal = i % 2 === 0 ? first : second;
        scheduledIds.push(await schedule(portal, sessions[i % 2]!, 3));
        const created = await createVacancy(portal.base, sessions[i % 2]!, `Tweelingwerker ${i}`);
        expect((await publishVacancy(portal.base, sessions[i % 2]!, created.body.id)).status).toBe(200);
        published.push(created.body.id);
        await requestReset(portal, recipients[i]!);
      }
      await eventually(async () => {
        const { states } = await historyOf(scheduledIds);
        return scheduledIds.every((id) => states.get(id) === 'published') ? true : undefined;
      });
      for (const to of recipients) await mail.waitFor(to);
      await eventually(async () => {
        const answer = await call(first.base, '/api/v1/vacancies?q=Tweelingwerker&pageSize=50');
        const ids = answer.body.hits.map((h: { id: string }) => h.id);
        return published.every((id) => ids.includes(id)) && !answer.body.degraded ? true : undefined;
      });
      await sleep(5000); // both workers have had several rounds by now
      const history = await historyOf(scheduledIds);
      for (const id of scheduledIds) {
        expect(history.rows.filter((r) => r.vacancy_id === id && r.action === 'published_on_schedule')).toHaveLength(1);
      }
      const sent = mail.messages.slice(before);
      for (const to of recipients) expect(sent.filter((m) => m.to === to)).toHaveLength(1);
      expect(first.exited() || second.exited()).toBe(false);
    } finally {
      await rm(secondData, { recursive: true, force: true });
    }
  });
});
