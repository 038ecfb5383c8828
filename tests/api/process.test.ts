/**
 * The two-command promise, tested as a user runs it: the server process starts the
 * embedded PostgreSQL and Meilisearch, seeds the demo alliance, answers, stops cleanly on
 * Ctrl-C (taking its servers with it), and a second start reuses the data.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isFindable } from '@samenwerven/db';
import { demoOrganisations, generateVacancies } from '@samenwerven/db/seed';
import { call, eventually, processesOn, startPortal } from '../support/portal-process.ts';

let dataDir: string;
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('runs on embedded services, stops cleanly on Ctrl-C and reuses its data next time', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'sw-start-'));

    const first = await startPortal(dataDir);
    // Beside the rest of the suite on 2 cores a cold start and first sync can take a minute.
    const health = await eventually(async () => {
      const answer = await call(first.base, '/api/v1/health');
      return answer.body.outboxBacklog === 0 ? answer.body : undefined;
    }, 90_000).catch((error: unknown) => {
      throw new Error(`${String(error)}; the portal said:\n${first.output()}`);
    });
    expect(health).toMatchObject({ status: 'ok', db: 'up', search: 'up', outboxBacklog: 0 });
    expect(health).toMatchObject({
      embedded: {
        postgres: { state: 'running', restarts: 0, lastExit: null },
        meilisearch: { state: 'running', restarts: 0, lastExit: null },
      },
    });
    // The servers' error messages are a signed-in coordinator's, not anyone's.
    expect(Object.keys(health.embedded.postgres)).not.toContain('lastError');
    expect(Object.keys(health.embedded.meilisearch)).not.toContain('lastError');
    expect(Object.keys(health.searchBreaker)).not.toContain('lastError');
    const organisations = (await call(first.base, '/api/v1/organisations')).body as {
      total: number;
      items: { openVacancies: number }[];
    };
    // The demo alliance's members (the coordinating body is none), each with its open vacancies.
    expect(organisations.total).toBe(demoOrganisations().filter((o) => !o.isCoordinatingBody).length);
    const found = (await call(first.base, '/api/v1/vacancies')).body as { total: number };
    // The 40 generated ones (DEMO_VACANCIES in portal-process.ts) that the findable rule lets through.
    const generated = generateVacancies({ count: 40, organisations: demoOrganisations() });
    const findable = generated.filter((v) =>
      isFindable(
        {
          state: v.state!,
          visibility: v.visibility!,
          closingDate: v.closingDate ?? null,
          organisation: { state: 'active' },
        },
        new Date(),
      ),
    );
    expect(found.total).toBe(findable.length);
    expect(organisations.items.reduce((sum, o) => sum + o.openVacancies, 0)).toBe(findable.length);

    expect(await first.stop(), first.output()).toBe(0);
    expect(await processesOn(dataDir)).toEqual([]);

    const second = await startPortal(dataDir);
    const again = await eventually(async () => {
      const answer = await call(second.base, '/api/v1/vacancies');
      return answer.status === 200 ? (answer.body as { total: number }) : undefined;
    });
    expect(again.total).toBe(found.total);
    expect(((await call(second.base, '/api/v1/organisations')).body as { total: number }).total).toBe(
      organisations.total,
    );
    expect(await second.stop(), second.output()).toBe(0);
  }, 240_000);
});
