/**
 * The search engine's answers kept for identical searches (server/src/vacancies/search-cache.ts):
 * asked again, the same search is answered without the engine; once the index has taken in a
 * change, the next search asks the engine again and finds it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createVacancy } from '../support/factories.ts';
import { dutchDayClearOfMidnight } from '../support/midnight.ts';

let ctx: TestContext;
let member: Organisation;

beforeAll(async () => {
  ctx = await createTestContext();
  member = await createOrganisation(ctx.db, { slug: 'gemeente-bewaar', name: 'Gemeente Bewaar' });
  for (let i = 0; i < 3; i++)
    await createVacancy(ctx.db, { organisation: member, title: `Archivaris ${i}`, categoryCode: 'informatiebeheer' });
  await ctx.sync();
});
afterAll(() => ctx.close());

const search = async (query: string) => {
  const response = await ctx.app.inject(`/api/v1/vacancies?${query}`);
  expect(response.statusCode).toBe(200);
  const body = response.json() as { hits: { id: string }[]; total: number };
  return { ...body, source: /search;desc=(hit|miss)/.exec(String(response.headers['server-timing']))?.[1] };
};

/** Answers are kept within a Dutch day ("open" changes at midnight): start well inside one. */
const awayFromDayEdge = () => dutchDayClearOfMidnight(5_000);

describe('an identical search', () => {
  it('is answered from the cache, however its parameters were ordered', async () => {
    await awayFromDayEdge();
    const first = await search('q=archivaris&category=informatiebeheer');
    expect(first.source).toBe('miss');
    expect(first.total).toBe(3);
    const again = await search('q=archivaris&category=informatiebeheer');
    expect(again).toEqual({ ...first, source: 'hit' });
    expect((await search('category=informatiebeheer&q=archivaris')).source).toBe('hit');
    // Another search is another answer.
    expect((await search('q=archivaris&category=informatiebeheer&page=2')).source).toBe('miss');
  });

  it('asks the engine again once the index has taken in a change, and finds it', async () => {
    await awayFromDayEdge();
    expect((await search('q=archivaris')).total).toBe(3);
    expect((await search('q=archivaris')).source).toBe('hit');
    const added = await createVacancy(ctx.db, {
      organisation: member,
      title: 'Archivaris nieuw',
      categoryCode: 'informatiebeheer',
    });
    await ctx.sync();
    const after = await search('q=archivaris');
    expect(after.source).toBe('miss');
    expect(after.total).toBe(4);
    expect(after.hits.map((hit) => hit.id)).toContain(added.id);
  });
});
