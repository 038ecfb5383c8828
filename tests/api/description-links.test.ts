/**
 * A link in a description to a place of its own ("/werken", "#solliciteren") has no site to be on:
 * the portal is not the member's, and a feed reader has no page to read it against (a feeds review).
 * Only its text is kept, as it is sent and, by migration 0028, as it was stored before.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, isoDate, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';

let ctx: TestContext;
let organisation: Organisation;
let hr: Session;

const LINKS =
  '<p>Lees <a href="/werken">meer over ons</a>, <a href="#solliciteren">hoe je solliciteert</a> of ' +
  '<a href="https://www.tilburg.nl/werken">werken bij Tilburg</a>.</p>';

beforeAll(async () => {
  ctx = await createTestContext();
  organisation = await createOrganisation(ctx.db, { slug: 'gemeente-links', name: 'Gemeente Links' });
  hr = await signIn(ctx.app, (await createUser(ctx.db, { role: 'hr_officer', organisation })).email, TEST_PASSWORD);
});
afterAll(() => ctx.close());

/** The hrefs in an RSS feed's descriptions, as a reader unescapes them. */
const feedLinks = (xml: string) =>
  [
    ...xml
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .matchAll(/<a href="([^"]*)"/g),
  ].map((m) => m[1]);

describe('a link in a description', () => {
  it('keeps only its text when it points to no site, sent through the API, in the page and the feed', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/vacancies`,
      headers: hr.bearer,
      payload: {
        title: 'Adviseur links',
        category: 'ict',
        educationLevel: 'hbo',
        employmentType: 'permanent',
        hoursMin: 32,
        hoursMax: 36,
        municipalityCode: 'GM0855',
        closingDate: isoDate(new Date(Date.now() + 30 * 86_400_000)),
        description: LINKS,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().description).toBe(
      '<p>Lees meer over ons, hoe je solliciteert of ' +
        '<a href="https://www.tilburg.nl/werken" rel="nofollow noopener noreferrer">werken bij Tilburg</a>.</p>',
    );
    const published = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${created.json().id}/publish`,
      headers: { ...hr.bearer, 'if-match': '*' },
    });
    expect(published.statusCode, published.body).toBe(200);
    const feed = await ctx.app.inject(`/feeds/vacancies.xml?organisation=${organisation.slug}`);
    expect(feed.statusCode).toBe(200);
    expect(feedLinks(feed.body)).toEqual(['https://www.tilburg.nl/werken']);
  });

  it('stored before keeps only its text after the migration, and absolute links stay as they were', async () => {
    const stored = await createVacancy(ctx.db, {
      organisation,
      description:
        LINKS.replace('<a href="/werken">', '<a href="/werken" rel="nofollow noopener noreferrer">') +
        '<p><a href="/buiten"><a href="/binnen">genest</a></a> en <a href="HTTPS://x.nl/?a=1&amp;b=2">absoluut</a></p>',
    });
    const migration = await readFile(
      new URL('../../db/migrations/0028_description_link_text.sql', import.meta.url),
      'utf8',
    );
    for (const statement of migration.split('--> statement-breakpoint')) await ctx.pool.query(statement);
    const { rows } = await ctx.pool.query<{ description: string }>('SELECT description FROM vacancies WHERE id = $1', [
      stored.id,
    ]);
    expect(rows[0]!.description).toBe(
      '<p>Lees meer over ons, hoe je solliciteert of <a href="https://www.tilburg.nl/werken">werken bij Tilburg</a>.</p>' +
        '<p>genest en <a href="HTTPS://x.nl/?a=1&amp;b=2">absoluut</a></p>',
    );
  });
});
