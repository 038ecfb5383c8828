/**
 * Fault: PostgreSQL dies (SIGKILL of the postmaster) while writes are in flight and while
 * the sync worker is in the middle of a drain. The portal must stay up, answer 503 with
 * Retry-After meanwhile (quickly, never hanging), restart its embedded server, recover by
 * itself, and have lost no write it acknowledged.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  connectDatabase,
  createVacancy,
  eventually,
  meilisearchPid,
  postgresServer,
  signInDemo,
  startPortal,
  type Answer,
  type PortalProcess,
} from '../support/portal-process.ts';

let dataDir: string;
let portal: PortalProcess;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'sw-fault-pg-'));
  portal = await startPortal(dataDir);
});
afterAll(async () => {
  await portal?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('PostgreSQL killed', () => {
  it('during writes: no crash, 503s meanwhile, recovery, every acknowledged write present', async () => {
    const hr = await signInDemo(portal.base, 'hr@gemeente-tilburg.samenwerven.example');
    const acknowledged = new Map<string, string>();
    const answers: Answer[] = [];
    let writing = true;
    let n = 0;
    // Four writers, as busy HR officers would be, until the test says stop.
    const writers = Array.from({ length: 4 }, async () => {
      while (writing) {
        const title = `Storingsmonteur ${n++}`;
        const answer = await createVacancy(portal.base, hr, title).catch(() => undefined);
        if (!answer) continue;
        answers.push(answer);
        if (answer.status === 201) acknowledged.set(answer.body.id, title);
        if (answer.status !== 201) await new Promise((r) => setTimeout(r, 50));
      }
    });
    await eventually(async () => (acknowledged.size >= 10 ? true : undefined));

    const { pid } = await postgresServer(dataDir);
    process.kill(pid, 'SIGKILL');
    const killedAt = Date.now();

    // While it is down: the database's absence is a 503 with Retry-After, fast, in the contract's shape.
    const during = await eventually(async () => {
      const answer = await call(portal.base, '/api/v1/organisations/gemeente-tilburg');
      return answer.status === 503 ? answer : undefined;
    }, 10_000);
    expect(during.body.error.code).toBe('service_unavailable');
    expect(during.headers.get('retry-after')).toBe('5');
    expect(during.headers.get('cache-control')).toBe('no-store');
    const health = await call(portal.base, '/api/v1/health');
    expect([200, 503]).toContain(health.status);

    // The portal restarts its server and recovers by itself.
    const recovered = await eventually(async () => {
      const answer = await call(portal.base, '/api/v1/health');
      return answer.status === 200 && answer.body.embedded.postgres.restarts >= 1 ? answer : undefined;
    }, 60_000);
    const recoveryMs = Date.now() - killedAt;
    const afterRecovery = acknowledged.size;
    await eventually(async () => (acknowledged.size >= afterRecovery + 5 ? true : undefined), 30_000);
    writing = false;
    await Promise.all(writers);

    expect(portal.exited(), portal.output()).toBe(false);
    expect(recovered.body.embedded.postgres).toMatchObject({ state: 'running', lastExit: { signal: 'SIGKILL' } });
    // Every answer is a success or a 503: never a 500, and never a 401 because the session could not be looked up.
    expect(answers.filter((a) => a.status !== 201 && a.status !== 503).map((a) => [a.status, a.body])).toEqual([]);
    expect(answers.some((a) => a.status === 503)).toBe(true);
    for (const answer of answers.filter((a) => a.status === 503)) {
      expect(answer.body.error.code).toBe('service_unavailable');
    }

    const db = await connectDatabase(dataDir);
    try {
      const stored = await db.query<{ id: string; title: string }>(
        'SELECT id, title FROM vacancies WHERE id = ANY($1)',
        [[...acknowledged.keys()]],
      );
      const lost = [...acknowledged.keys()].filter((id) => !stored.rows.some((r) => r.id === id));
      expect(lost).toEqual([]);
      for (const row of stored.rows) expect(row.title).toBe(acknowledged.get(row.id));
    } finally {
      await db.end();
    }
    process.stdout.write(
      `[faults] postgres killed during writes: ${acknowledged.size} writes acknowledged, 0 lost, ` +
        `${answers.filter((a) => a.status === 503).length} answered 503, recovered in ${recoveryMs} ms\n`,
    );
  }, 180_000);

  it('while the sync worker waits on the search engine mid-drain: no crash, the index converges', async () => {
    const hr = await signInDemo(portal.base, 'hr@gemeente-tilburg.samenwerven.example');
    // A hung engine keeps the worker inside a drain, holding its lock connection.
    const meili = await meilisearchPid(dataDir);
    process.kill(meili, 'SIGSTOP');
    try {
      const created = await createVacancy(portal.base, hr, 'Gemaalbeheerder tijdens storing');
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      expect(
        (
          await call(portal.base, `/api/v1/vacancies/${id}/publish`, {
            method: 'POST',
            headers: hr.headers,
            body: '{}',
          })
        ).status,
      ).toBe(200);
      await new Promise((r) => setTimeout(r, 500));
      const { pid } = await postgresServer(dataDir);
      process.kill(pid, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 1000));
      expect(portal.exited(), portal.output()).toBe(false);
      process.kill(meili, 'SIGCONT');
      const settled = await eventually(async () => {
        const health = await call(portal.base, '/api/v1/health');
        return health.status === 200 && health.body.outboxBacklog === 0 && health.body.search === 'up'
          ? health
          : undefined;
      }, 90_000);
      expect(settled.body.embedded.postgres.restarts).toBeGreaterThanOrEqual(2);
      const found = await eventually(async () => {
        const answer = await call(
          portal.base,
          `/api/v1/vacancies?q=${encodeURIComponent('Gemaalbeheerder tijdens storing')}`,
        );
        return answer.body.degraded === false && answer.body.hits.some((h: { id: string }) => h.id === id)
          ? answer
          : undefined;
      }, 30_000);
      expect(found.status).toBe(200);
      expect(portal.exited(), portal.output()).toBe(false);
    } finally {
      try {
        process.kill(meili, 'SIGCONT');
      } catch {
        // already running or gone
      }
    }
  }, 180_000);
});
