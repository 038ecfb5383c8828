/**
 * Highlights in the search API (`_formatted`) are escaped text in which only the engine's
 * own `<mark>` markers are markup, so an API client may show them as HTML safely.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createVacancy } from '../support/factories.ts';

let ctx: TestContext;
let organisation: Organisation;

beforeAll(async () => {
  ctx = await createTestContext();
  organisation = await createOrganisation(ctx.db);
});
afterAll(() => ctx.close());

interface Hit {
  id: string;
  title: string;
  _formatted?: { title?: string; summary?: string; description?: string };
}

const search = async (query: string) => {
  const response = await ctx.app.inject(`/api/v1/vacancies?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ hits: Hit[]; degraded: boolean }>();
};

describe('search highlights', () => {
  it('escapes stored text and keeps only the engine’s <mark> markers', async () => {
    const vacancy = await createVacancy(ctx.db, {
      organisation,
      title: '<b> Jurist </b> & <script>alert(1)</script>',
      summary: 'De "jurist" van \'t waterschap <img src=x onerror=alert(1)>',
      description: '<p>Als jurist schrijf je &lt;script&gt;-vrije adviezen.</p>',
    });
    // The engine reads `<b>Jurist` as one word (`>` does not separate words for it), so this
    // title is found through its summary and has nothing to highlight; it still comes escaped.
    const unseparated = await createVacancy(ctx.db, {
      organisation,
      title: '<b>Jurist</b> & <script>alert(1)</script>',
      summary: 'Voor een jurist.',
    });
    await ctx.sync();
    const { hits } = await search('q=jurist');
    const hit = hits.find((h) => h.id === vacancy.id)!;
    expect(hit.title).toBe('<b> Jurist </b> & <script>alert(1)</script>');
    expect(hit._formatted!.title).toBe(
      '&lt;b&gt; <mark>Jurist</mark> &lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(hit._formatted!.summary).toBe(
      'De &quot;<mark>jurist</mark>&quot; van &#39;t waterschap &lt;img src=x onerror=alert(1)&gt;',
    );
    // The description is cropped, not highlighted; escaped all the same.
    expect(hit._formatted!.description).toBe('Als jurist schrijf je &lt;script&gt;-vrije adviezen.');
    expect(hits.find((h) => h.id === unseparated.id)!._formatted!.title).toBe(
      '&lt;b&gt;Jurist&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    for (const text of hits.flatMap((h) => Object.values(h._formatted!))) {
      // Nothing but <mark> and </mark> is markup.
      expect(text.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"']/);
    }
  });

  it('gives no highlights where stored text holds the engine’s private markers', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation, title: 'Jurist \uE000nep\uE001 <i>x</i>' });
    await ctx.sync();
    const hit = (await search('q=jurist&pageSize=50')).hits.find((h) => h.id === vacancy.id)!;
    expect(hit._formatted!.title).toBe('Jurist nep &lt;i&gt;x&lt;/i&gt;');
  });
});
