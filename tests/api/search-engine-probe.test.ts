/**
 * The breaker's probe of the search engine (search/src/client.ts) on the real Meilisearch: it
 * finds the engine up with a key scoped to what the portal does (a server of your own may give no
 * more), and down with a key the engine refuses (another server on the port).
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createSearchClient, searchEngineBreaker } from '@samenwerven/search';

const url = inject('meiliUrl');
const master = createSearchClient(url, inject('meiliKey') || undefined);
let scopedKey: string;

beforeAll(async () => {
  const key = await master.createKey({
    description: 'scoped probe test',
    actions: ['search', 'documents.*', 'indexes.*', 'settings.*', 'tasks.*'],
    indexes: ['vacancies*'],
    expiresAt: null,
  });
  scopedKey = key.key;
});
afterAll(async () => {
  if (scopedKey) await master.deleteKey(scopedKey);
});

describe("the search engine's probe", () => {
  it('finds the engine up with a key that may only search and index (no `version` action)', async () => {
    const scoped = createSearchClient(url, scopedKey);
    expect(await searchEngineBreaker(scoped).probe()).toBe(true);
  });

  it('finds it down with a key the engine refuses', async () => {
    const refused = createSearchClient(url, 'not-the-key-of-this-engine');
    expect(await searchEngineBreaker(refused).probe()).toBe(false);
  });
});
