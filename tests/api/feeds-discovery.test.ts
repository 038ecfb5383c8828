/**
 * Feeds are found where people look: the search page and every organisation page name their
 * RSS and Atom feeds in the head the server sends (`<link rel="alternate">`), before any
 * script runs. This follows those links as a feed reader does and checks what it gets: well-
 * formed XML whose title describes the search, holding exactly the vacancies the same search
 * through GET /api/v1/vacancies finds, newest first, in Dutch and in English.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, Vacancy } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createVacancy } from '../support/factories.ts';
import { childrenNamed, childText, parseXml, type XmlElement } from '../support/xml.ts';

const PUBLIC_URL = 'https://werken.example';
const HOUR = 3_600_000;

let ctx: TestContext;
let webRoot: string;
let member: Organisation;
let other: Organisation;
const made: Record<string, Vacancy> = {};

beforeAll(async () => {
  webRoot = await mkdtemp(path.join(os.tmpdir(), 'sw-web-'));
  await copyFile(fileURLToPath(new URL('../../web/index.html', import.meta.url)), path.join(webRoot, 'index.html'));
  ctx = await createTestContext({ webRoot, env: { PUBLIC_URL } });
  member = await createOrganisation(ctx.db, { name: 'Gemeente Voorbeeldstad & Omstreken' });
  other = await createOrganisation(ctx.db, { name: 'Waterschap Elders' });
  const plain = '<p>Je werkt aan systemen voor de regio.</p>';
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);
  // Tilburg (GM0855) is the factory's place; Groningen (GM0014) is far from it.
  made.ictPolicy = await createVacancy(ctx.db, {
    organisation: member,
    title: 'Beleidsadviseur informatievoorziening',
    categoryCode: 'ict',
    publishedAt: at(3),
  });
  made.otherIctPolicy = await createVacancy(ctx.db, {
    organisation: other,
    title: 'Adviseur beleid digitale dienstverlening',
    categoryCode: 'ict',
    publishedAt: at(1),
  });
  made.policyOnly = await createVacancy(ctx.db, {
    organisation: member,
    title: 'Beleidsmedewerker wonen',
    categoryCode: 'beleid',
    publishedAt: at(2),
  });
  made.farAway = await createVacancy(ctx.db, {
    organisation: other,
    title: 'Beleidsadviseur ICT Groningen',
    categoryCode: 'ict',
    municipalityCode: 'GM0014',
    latitude: 53.2194,
    longitude: 6.5665,
    publishedAt: at(4),
  });
  made.noWords = await createVacancy(ctx.db, {
    organisation: member,
    title: 'Applicatiebeheerder',
    summary: 'Systemen draaiend houden.',
    description: plain,
    categoryCode: 'ict',
    publishedAt: at(5),
  });
  made.closed = await createVacancy(ctx.db, {
    organisation: member,
    title: 'Gesloten beleidsfunctie',
    categoryCode: 'ict',
    state: 'closed',
  });
  await ctx.sync();
});
afterAll(async () => {
  await ctx?.close();
  await rm(webRoot, { recursive: true, force: true });
});

interface FeedLink {
  type: string;
  title: string;
  href: string;
}

const decode = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The page's HTML as the server sends it, and the feed links in its head. */
async function feedLinksOf(pagePath: string): Promise<FeedLink[]> {
  let response = await ctx.app.inject(pagePath);
  // A vacancy's bare id is sent on to its canonical address (with the title in it).
  if (response.statusCode === 301) response = await ctx.app.inject(String(response.headers.location));
  expect(response.statusCode).toBe(200);
  const head = response.body.slice(0, response.body.indexOf('</head>'));
  return [...head.matchAll(/<link rel="alternate" ([^>]*)\/>/g)]
    .map(([, attributes]) =>
      Object.fromEntries(
        [...attributes!.matchAll(/([a-z]+)="([^"]*)"/g)].map(([, name, value]) => [name, decode(value!)]),
      ),
    )
    .filter((link) => link['type']?.endsWith('+xml'))
    .map((link) => ({ type: link['type']!, title: link['title']!, href: link['href']! }));
}

interface Feed {
  format: 'rss' | 'atom';
  title: string;
  description: string;
  lang: string;
  page: string;
  ids: string[];
  links: string[];
}

/** Follows a feed link as a reader does, and reads the feed (throws when it is not well-formed). */
async function follow(link: FeedLink): Promise<Feed> {
  const url = new URL(link.href);
  expect(url.origin).toBe(PUBLIC_URL);
  const response = await ctx.app.inject(`${url.pathname}${url.search}`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toContain(link.type);
  const root = parseXml(response.body);
  if (root.name === 'rss') {
    const channel = childrenNamed(root, 'channel')[0]!;
    const items = childrenNamed(channel, 'item');
    return {
      format: 'rss',
      title: childText(channel, 'title'),
      description: childText(channel, 'description'),
      lang: childText(channel, 'language'),
      page: childText(channel, 'link'),
      ids: items.map((item) => childText(item, 'guid')),
      links: items.map((item) => childText(item, 'link')),
    };
  }
  expect(root.name).toBe('feed');
  const entries = childrenNamed(root, 'entry');
  const linkOf = (element: XmlElement, rel?: string) =>
    childrenNamed(element, 'link').find((l) => (l.attributes['rel'] ?? 'alternate') === (rel ?? 'alternate'))
      ?.attributes['href'] ?? '';
  return {
    format: 'atom',
    title: childText(root, 'title'),
    description: childText(root, 'subtitle'),
    lang: root.attributes['xml:lang'] ?? '',
    page: linkOf(root),
    ids: entries.map((entry) => childText(entry, 'id').replace(/^urn:uuid:/, '')),
    links: entries.map((entry) => linkOf(entry)),
  };
}

/** The ids the public search finds for a page address's filters, newest first. */
async function searchIds(filters: string): Promise<string[]> {
  const response = await ctx.app.inject(`/api/v1/vacancies?${filters}&sort=newest&pageSize=100`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { hits: { id: string }[] }).hits.map((hit) => hit.id);
}

/** Both feeds of a page, followed: the head names one RSS and one Atom feed, with the same title. */
async function followAll(pagePath: string): Promise<{ links: FeedLink[]; feeds: Feed[] }> {
  const links = await feedLinksOf(pagePath);
  expect(links.map((link) => link.type).sort()).toEqual(['application/atom+xml', 'application/rss+xml']);
  return { links, feeds: await Promise.all(links.map(follow)) };
}

const SEARCH = 'q=beleid&category=ict&near=Tilburg&radiusKm=25';

describe('the search page names the feed of its search', () => {
  it('in Dutch: the head’s links lead to feeds of exactly that search, described in words', async () => {
    const title = 'Vacatures voor ‘beleid’ in ICT en informatievoorziening binnen 25 km van Tilburg — Samenwerven';
    const { links, feeds } = await followAll(`/?${SEARCH}&sort=closing&page=1`);
    expect(links.map((link) => link.title).sort()).toEqual([`${title} (Atom)`, `${title} (RSS)`]);
    // The page's order and paging are no part of its feed, which is always the newest.
    for (const link of links) expect(new URL(link.href).searchParams.has('sort')).toBe(false);
    const expected = await searchIds(SEARCH);
    expect(expected).toEqual([made.otherIctPolicy!.id, made.ictPolicy!.id]);
    for (const feed of feeds) {
      expect(feed.title).toBe(title);
      expect(feed.description).toContain('De nieuwste vacatures voor ‘beleid’ in ICT en informatievoorziening');
      expect(feed.lang).toBe('nl');
      expect(feed.ids).toEqual(expected);
      expect(feed.links[0]).toMatch(new RegExp(`^${PUBLIC_URL}/vacatures/${made.otherIctPolicy!.id}-`));
      expect(new URL(feed.page).pathname).toBe('/');
      expect(new URL(feed.page).searchParams.get('q')).toBe('beleid');
    }
  });

  it('in English: English titles and links to the English vacancy pages', async () => {
    const title = 'Vacancies for ‘beleid’ in IT and information management within 25 km of Tilburg — Samenwerven';
    const { links, feeds } = await followAll(`/en/?${SEARCH}`);
    expect(links.map((link) => link.title).sort()).toEqual([`${title} (Atom)`, `${title} (RSS)`]);
    const expected = await searchIds(SEARCH);
    for (const feed of feeds) {
      expect(feed.title).toBe(title);
      expect(feed.description).toContain('The newest vacancies for ‘beleid’');
      expect(feed.lang).toBe('en');
      expect(feed.ids).toEqual(expected);
      for (const link of feed.links) expect(link).toMatch(new RegExp(`^${PUBLIC_URL}/en/vacancies/[0-9a-f-]{36}-`));
      expect(new URL(feed.page).pathname).toBe('/en/');
    }
  });

  it('without filters: all new vacancies; a malformed value or an unknown place is left out', async () => {
    const all = await followAll('/');
    for (const feed of all.feeds) {
      expect(feed.title).toBe('Nieuwe vacatures — Samenwerven');
      expect(feed.ids).toEqual(await searchIds(''));
      expect(feed.ids).not.toContain(made.closed!.id);
    }
    const { links, feeds } = await followAll('/?category=ict&hoursMin=abc&near=Nergenshuizen&radiusKm=10');
    for (const link of links) expect(new URL(link.href).search).toBe('?category=ict');
    for (const feed of feeds) expect(feed.ids).toEqual(await searchIds('category=ict'));
  });

  it('says every other filter in words too', async () => {
    const { feeds } = await followAll(
      '/?educationLevel=hbo&educationLevel=wo&employmentType=permanent&hoursMin=32&scaleMin=10&postedWithinDays=7&municipality=GM0855',
    );
    for (const feed of feeds)
      expect(feed.title).toBe(
        'Vacatures in Tilburg (HBO of WO, vast, minimaal 32 uur per week, vanaf schaal 10, geplaatst in de laatste 7 dagen) — Samenwerven',
      );
    const english = await followAll('/en/?hoursMin=24&hoursMax=32&salaryMin=3000&near=5038');
    for (const feed of english.feeds)
      expect(feed.title).toBe(
        'Vacancies within 25 km of postcode 5038 in Tilburg (24–32 hours a week, salary at least €3,000 a month) — Samenwerven',
      );
  });
});

describe('every organisation page names the feed of its vacancies', () => {
  for (const [lang, pagePath, title] of [
    ['nl', () => `/organisaties/${member.slug}`, 'Vacatures bij Gemeente Voorbeeldstad & Omstreken — Samenwerven'],
    ['en', () => `/en/organisations/${member.slug}`, 'Vacancies at Gemeente Voorbeeldstad & Omstreken — Samenwerven'],
  ] as const) {
    it(`in ${lang === 'nl' ? 'Dutch' : 'English'}`, async () => {
      const { links, feeds } = await followAll(pagePath());
      expect(links.map((link) => link.title).sort()).toEqual([`${title} (Atom)`, `${title} (RSS)`]);
      const expected = await searchIds(`organisation=${member.slug}`);
      expect(expected).toEqual([made.policyOnly!.id, made.ictPolicy!.id, made.noWords!.id]);
      for (const feed of feeds) {
        expect(feed.title).toBe(title);
        expect(feed.lang).toBe(lang);
        expect(feed.ids).toEqual(expected);
        expect(feed.page).toBe(`${PUBLIC_URL}${pagePath()}`);
      }
    });
  }

  it('other pages name no feed, and a feed of an unknown organisation names it by its slug only', async () => {
    expect(await feedLinksOf(`/vacatures/${made.ictPolicy!.id}`)).toEqual([]);
    expect(await feedLinksOf('/deelnemers')).toEqual([]);
    const feed = parseXml((await ctx.app.inject('/feeds/vacancies.atom?organisation=nog-geen-lid')).body);
    expect(childText(feed, 'title')).toBe('Vacatures bij nog-geen-lid — Samenwerven');
    expect(childrenNamed(feed, 'entry')).toEqual([]);
    expect((await ctx.app.inject('/feeds/vacancies.xml?lang=de')).statusCode).toBe(400);
  });
});
