/**
 * `npx tsx tests/bench/transport.ts` (or `node tests/bench/transport.ts` on Node 24): times one
 * Meilisearch multi-search through each HTTP transport the search client could use — the
 * global `fetch` of the running Node and undici's `request` — against a fresh embedded
 * Meilisearch, on the same body, median and p95 of 40 calls after 5 warm-up calls. The figures
 * behind docs/decisions/0004; run it on a quiet machine, once per Node version.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Agent, request } from 'undici';
import { startEmbeddedMeilisearch } from '@samenwerven/search';
import { percentile } from './stats.ts';

const CALLS = 40;
const WARM_UP = 5;

const scratch = await mkdtemp(path.join(os.tmpdir(), 'samenwerven-transport-'));
const meili = await startEmbeddedMeilisearch(scratch);
try {
  const headers = { authorization: `Bearer ${meili.masterKey}`, 'content-type': 'application/json' };
  const documents = Array.from({ length: 2000 }, (_, i) => ({
    id: i,
    title: `Beleidsmedewerker ${i % 50} ruimtelijke ordening`,
    category: ['beleid', 'ict', 'zorg'][i % 3],
  }));
  await fetch(`${meili.url}/indexes`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ uid: 'bench', primaryKey: 'id' }),
  });
  await fetch(`${meili.url}/indexes/bench/settings/filterable-attributes`, {
    method: 'PUT',
    headers,
    body: JSON.stringify(['category']),
  });
  const task = (await (
    await fetch(`${meili.url}/indexes/bench/documents`, { method: 'POST', headers, body: JSON.stringify(documents) })
  ).json()) as { taskUid: number };
  for (;;) {
    const status = (await (await fetch(`${meili.url}/tasks/${task.taskUid}`, { headers })).json()) as {
      status: string;
    };
    if (status.status === 'succeeded') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const body = JSON.stringify({
    queries: [
      { indexUid: 'bench', q: 'beleid', facets: ['category'], limit: 20 },
      { indexUid: 'bench', q: 'beleid', filter: 'category = beleid', limit: 0 },
    ],
  });
  const url = `${meili.url}/multi-search`;
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const transports: Record<string, () => Promise<unknown>> = {
    'global fetch': async () => (await fetch(url, { method: 'POST', headers, body })).json(),
    'undici request': async () =>
      (await request(url, { method: 'POST', headers, body, dispatcher: agent })).body.json(),
  };
  console.log(
    `Node ${process.version}, undici ${(await import('undici/package.json', { with: { type: 'json' } })).default.version}`,
  );
  for (const [name, call] of Object.entries(transports)) {
    for (let i = 0; i < WARM_UP; i++) await call();
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const start = performance.now();
      await call();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(16)} median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
    );
  }
  await agent.close();
} finally {
  await meili.stop();
  await rm(scratch, { recursive: true, force: true });
}
