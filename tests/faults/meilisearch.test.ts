/**
 * Fault: Meilisearch dies (SIGKILL) or hangs (SIGSTOP). A dead one is restarted by the
 * portal and the index converges with nothing missing or stale; while a hung one is
 * frozen, searches answer from the database (degraded) without each waiting out a
 * timeout, health answers at once, and the backlog drains within seconds of its return. One
 * that cannot start at all does not keep the portal from starting.
 */
import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  connectDatabase,
  createVacancy,
  eventually,
  meilisearchPid,
  publishVacancy,
  signInDemo,
  startPortal,
  type PortalProcess,
} from '../support/portal-process.ts';

let dataDir: string;
let portal: PortalProcess;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'sw-fault-meili-'));
  portal = await startPortal(dataDir);
  await eventually(async () =>
    (await call(portal.base, '/api/v1/health')).body.outboxBacklog === 0 ? true : undefined,
  );
});
afterAll(async () => {
  await portal?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Every searchable vacancy of the database is in the index, with its current title, and nothing else. */
async function indexMatchesDatabase() {
  const db = await connectDatabase(dataDir);
  try {
    const expected = await db.query<{ id: string; title: string }>(
      `SELECT v.id, v.title FROM vacancies v JOIN organisations o ON o.id = v.organisation_id
       WHERE v.state = 'published' AND o.state = 'active' AND v.closing_date >= current_date`,
    );
    const all = await call(portal.base, '/api/v1/vacancies?pageSize=100&page=1');
    const pages = Math.ceil(all.body.total / 100);
    const hits: { id: string; title: string }[] = [...all.body.hits];
    for (let page = 2; page <= pages; page++)
      hits.push(...(await call(portal.base, `/api/v1/vacancies?pageSize=100&page=${page}`)).body.hits);
    const inIndex = new Map(hits.map((h) => [h.id, h.title]));
    return {
      degraded: all.body.degraded as boolean,
      missing: expected.rows.filter((r) => !inIndex.has(r.id)).map((r) => r.id),
      stale: expected.rows.filter((r) => inIndex.has(r.id) && inIndex.get(r.id) !== r.title).map((r) => r.id),
      extra: [...inIndex.keys()].filter((id) => !expected.rows.some((r) => r.id === id)),
    };
  } finally {
    await db.end();
  }
}

describe('Meilisearch', () => {
  it('killed: restarted by the portal, and the index converges with writes made meanwhile', async () => {
    const hr = await signInDemo(portal.base, 'hr@gemeente-tilburg.samenwerven.example');
    const pid = await meilisearchPid(dataDir);
    process.kill(pid, 'SIGKILL');
    const killedAt = Date.now();
    const published: string[] = [];
    for (let i = 0; i < 5; i++) {
      const created = await createVacancy(portal.base, hr, `Rioleringsmonteur ${i}`);
      expect(created.status).toBe(201);
      expect((await publishVacancy(portal.base, hr, created.body.id)).status).toBe(200);
      published.push(created.body.id);
    }
    const health = await eventually(async () => {
      const answer = await call(portal.base, '/api/v1/health');
      const meili = answer.body.embedded.meilisearch;
      return answer.body.status === 'ok' && meili.restarts >= 1 && answer.body.outboxBacklog === 0 ? answer : undefined;
    }, 60_000);
    const recoveryMs = Date.now() - killedAt;
    expect(health.body.embedded.meilisearch).toMatchObject({ state: 'running', lastExit: { signal: 'SIGKILL' } });
    expect(await meilisearchPid(dataDir)).not.toBe(pid);
    const comparison = await eventually(async () => {
      const result = await indexMatchesDatabase();
      return result.degraded ? undefined : result;
    });
    expect(comparison).toEqual({ degraded: false, missing: [], stale: [], extra: [] });
    expect(portal.exited(), portal.output()).toBe(false);
    process.stdout.write(`[faults] meilisearch killed: restarted and index converged in ${recoveryMs} ms\n`);
  });

  it('hung: searches answer degraded without waiting each time, health answers at once, the backlog drains on return', async () => {
    const hr = await signInDemo(portal.base, 'hr@gemeente-tilburg.samenwerven.example');
    const pid = await meilisearchPid(dataDir);
    process.kill(pid, 'SIGSTOP');
    let resumed = false;
    try {
      // The first search finds the engine hung and waits out one short timeout...
      const first = await call(portal.base, '/api/v1/vacancies?q=beleid');
      expect(first.status).toBe(200);
      expect(first.body.degraded).toBe(true);
      // ...after which the breaker is open and the following ones do not wait at all.
      const health = await call(portal.base, '/api/v1/health');
      expect(health.body).toMatchObject({
        status: 'degraded',
        db: 'up',
        search: 'down',
        searchBreaker: { state: 'open' },
      });
      const following = await Promise.all(
        Array.from({ length: 20 }, () => call(portal.base, '/api/v1/vacancies?q=medewerker')),
      );
      expect(following.map((a) => [a.status, a.body.degraded])).toEqual(following.map(() => [200, true]));
      const suggestions = await call(portal.base, '/api/v1/suggestions?q=beleid');
      expect(suggestions.body.degraded).toBe(true);

      // Writes keep working; their outbox rows wait for the engine.
      const created = await createVacancy(portal.base, hr, 'Dijkwerker na storing');
      expect((await publishVacancy(portal.base, hr, created.body.id)).status).toBe(200);
      const waiting = await call(portal.base, '/api/v1/health');
      expect(waiting.body.outboxBacklog).toBeGreaterThan(0);
      process.stdout.write(
        `[faults] meilisearch hung: first search ${Math.round(first.ms)} ms, 20 concurrent after it: max ` +
          `${Math.round(Math.max(...following.map((a) => a.ms)))} ms; health ${Math.round(health.ms)} ms\n`,
      );

      process.kill(pid, 'SIGCONT');
      resumed = true;
      const resumedAt = Date.now();
      await eventually(async () => {
        const answer = await call(portal.base, '/api/v1/health');
        return answer.body.status === 'ok' && answer.body.outboxBacklog === 0 ? true : undefined;
      }, 30_000);
      const drainMs = Date.now() - resumedAt;
      const found = await eventually(async () => {
        const answer = await call(portal.base, '/api/v1/vacancies?q=Dijkwerker');
        return !answer.body.degraded && answer.body.hits.some((h: { id: string }) => h.id === created.body.id)
          ? answer
          : undefined;
      });
      expect(found.status).toBe(200);
      // The engine was frozen, not dead: the supervisor had no reason to restart it.
      const after = await call(portal.base, '/api/v1/health');
      expect(after.body.embedded.meilisearch.lastExit).toMatchObject({ signal: 'SIGKILL' });
      process.stdout.write(`[faults] meilisearch resumed: backlog drained in ${drainMs} ms\n`);
    } finally {
      if (!resumed) process.kill(pid, 'SIGCONT');
    }
  });

  it('killed while a stranger holds its port: health does not call it running, and it comes back once the port is free', async () => {
    const { restarts: restartsBefore } = (await call(portal.base, '/api/v1/health')).body.embedded.meilisearch;
    const pid = await meilisearchPid(dataDir);
    const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    const port = Number(args[args.indexOf('--http-addr') + 1]!.split(':')[1]);
    process.kill(pid, 'SIGKILL');
    // Something else answers /health on the port, and refuses the portal's key, as another
    // portal's Meilisearch would.
    const stranger: Server = createServer((request, response) => {
      response.writeHead(request.url === '/health' ? 200 : 403, { 'content-type': 'application/json' });
      response.end(request.url === '/health' ? '{"status":"available"}' : '{"code":"invalid_api_key"}');
    });
    await eventually(
      () =>
        new Promise<true | undefined>((resolve) => {
          stranger.once('error', () => resolve(undefined));
          stranger.listen(port, '127.0.0.1', () => resolve(true));
        }),
      5_000,
    );
    try {
      // Long enough for the restarts after 0.5, 1 and 2 s to have found the port taken.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      const during = await call(portal.base, '/api/v1/health');
      expect(during.body.embedded.meilisearch).toMatchObject({ state: 'restarting', restarts: restartsBefore });
      expect(during.body.status).toBe('degraded');
    } finally {
      await new Promise((resolve) => stranger.close(resolve));
    }
    const back = await eventually(async () => {
      const answer = await call(portal.base, '/api/v1/health');
      return answer.body.status === 'ok' && answer.body.embedded.meilisearch.state === 'running' ? answer : undefined;
    }, 90_000);
    expect(back.body.embedded.meilisearch.restarts).toBe(restartsBefore + 1);
    const comparison = await eventually(async () => {
      const result = await indexMatchesDatabase();
      return result.degraded ? undefined : result;
    });
    expect(comparison).toEqual({ degraded: false, missing: [], stale: [], extra: [] });
    expect(portal.exited(), portal.output()).toBe(false);
  });
});

describe('Meilisearch that cannot start', () => {
  it('the portal starts without it, searches from the database, and takes it in once it comes up', async () => {
    const ownDir = await mkdtemp(path.join(os.tmpdir(), 'sw-fault-meili-start-'));
    // Its data cannot be opened: a file where its data folder goes (Meilisearch exits at once).
    const dataPath = path.join(ownDir, 'meilisearch', 'data.ms');
    await mkdir(path.dirname(dataPath), { recursive: true });
    await writeFile(dataPath, 'not a folder');
    // With Rust's backtraces on (some machines set it), the reason must still be the one said.
    const own = await startPortal(ownDir, { RUST_BACKTRACE: '1' });
    try {
      const health = await call(own.base, '/api/v1/health');
      expect(health.body).toMatchObject({
        status: 'degraded',
        db: 'up',
        embedded: { meilisearch: { state: 'restarting' } },
      });
      // The operator is told why (the message itself goes to a coordinator only in the health answer).
      expect(own.output()).toMatch(/Meilisearch did not start \(.*Not a directory.*\); the portal runs without it/);
      const search = await call(own.base, '/api/v1/vacancies');
      expect(search.status).toBe(200);
      expect(search.body).toMatchObject({ degraded: true });
      expect(search.body.total).toBeGreaterThan(0);

      await rm(dataPath);
      const found = await eventually(async () => {
        const answer = await call(own.base, '/api/v1/vacancies');
        return answer.body.degraded === false && answer.body.total > 0 ? answer : undefined;
      }, 90_000);
      expect(found.body.total).toBe(search.body.total);
      expect((await call(own.base, '/api/v1/health')).body).toMatchObject({
        status: 'ok',
        embedded: { meilisearch: { state: 'running' } },
      });
      expect(own.exited(), own.output()).toBe(false);
    } finally {
      await own.stop();
      await rm(ownDir, { recursive: true, force: true });
    }
  });
});
