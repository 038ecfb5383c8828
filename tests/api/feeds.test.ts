/**
 * Feeds and the sitemap as feed readers, aggregators and crawlers use them (issue 19): every
 * open vacancy reachable page by page, with its organisation as author, its full text and the
 * channel's dates; English feeds; each page in both languages with its alternate.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createVacancy } from '../support/factories.ts';

let ctx: TestContext;
let member: Organisation;
const ids: string[] = [];
const COUNT = 120;
const base = 'https://werken.example';

beforeAll(async () => {
  ctx = await createTestContext({ env: { PUBLIC_URL: base } });
  member = await createOrganisation(ctx.db, { slug: 'waterschap-feed', name: 'Waterschap De Feed' });
  const now = Date.now();
  for (let i = 0; i < COUNT; i++) {
    const vacancy = await createVacancy(ctx.db, {
      organisation: member,
      title: `Dijkwerker ${i}`,
      description: `<p>Je bewaakt dijkvak ${i} en <strong>meldt</strong> wat opvalt.</p>`,
      // One a minute, the newest last: the feed lists the newest first. Unchanged since.
      publishedAt: new Date(now - (COUNT - i) * 60_000),
      updatedAt: new Date(now - (COUNT - i) * 60_000),
    });
    ids.push(vacancy.id);
  }
  await ctx.sync();
}, 120_000);
afterAll(() => ctx.close());

const get = async (url: string) => {
  const response = await ctx.app.inject(url);
  return { status: response.statusCode, body: response.body };
};
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]!);
const decode = (text: string) => text.replaceAll('&amp;', '&');

describe('a feed', () => {
  it('pages through every open vacancy, newest first, linking the next and previous page', async () => {
    const seen: string[] = [];
    let url: string | undefined = `/feeds/vacancies.xml?organisation=${member.slug}`;
    let pages = 0;
    while (url) {
      const { status, body } = await get(url);
      expect(status, url).toBe(200);
      expect(XMLValidator.validate(body), url).toBe(true);
      const items = all(body, /<guid isPermaLink="false">([^<]+)<\/guid>/g);
      expect(items.length, url).toBe(pages < 2 ? 50 : 20);
      seen.push(...items);
      pages += 1;
      if (pages > 1) expect(body).toMatch(/<atom:link href="[^"]+" rel="previous"/);
      const next = /<atom:link href="([^"]+)" rel="next"/.exec(body)?.[1];
      url = next ? decode(next).replace(base, '') : undefined;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
    // Past the last page there is no feed.
    expect((await get(`/feeds/vacancies.xml?organisation=${member.slug}&page=4`)).status).toBe(404);
    // Nor past the search's 10,000 newest, whichever answers (the database has no such bound).
    expect((await get('/feeds/vacancies.xml?page=201')).status).toBe(404);
    // A search that finds nothing is an empty feed, not an error: it may fill.
    expect((await get('/feeds/vacancies.xml?q=onvindbaarwoord')).status).toBe(200);
  });

  it('names the organisation, gives the full text and dates the channel by its newest vacancy', async () => {
    const { body } = await get(`/feeds/vacancies.xml?organisation=${member.slug}`);
    const newest = /<item>[\s\S]*?<\/item>/.exec(body)![0];
    expect(newest).toContain('<dc:creator>Waterschap De Feed</dc:creator>');
    expect(newest).toContain(
      '<content:encoded>&lt;p&gt;Waterschap De Feed · Tilburg · 32–36 uur · schaal 10&lt;/p&gt;&lt;p&gt;Je bewaakt dijkvak 119 en &lt;strong&gt;meldt&lt;/strong&gt; wat opvalt.&lt;/p&gt;</content:encoded>',
    );
    const pubDate = /<pubDate>([^<]+)<\/pubDate>/.exec(newest)![1];
    expect(body).toContain(`<lastBuildDate>${pubDate}</lastBuildDate>`);
  });

  it('in Atom: the full text as content, the organisation as author, and the pages', async () => {
    const { body } = await get(`/feeds/vacancies.atom?organisation=${member.slug}&page=2`);
    expect(XMLValidator.validate(body)).toBe(true);
    // Each entry says the language it is written in (a feeds review: the English feed called Dutch text English).
    const entry = /<entry xml:lang="nl">[\s\S]*?<\/entry>/.exec(body)![0];
    expect(entry).toContain('<author><name>Waterschap De Feed</name></author>');
    expect(entry).toMatch(/<content type="html">&lt;p&gt;Waterschap De Feed[^<]*Je bewaakt dijkvak 69 /);
    expect(body).toMatch(/<link href="[^"]*organisation=waterschap-feed" rel="first"/);
    expect(body).toMatch(/<link href="[^"]*page=3" rel="next"/);
    expect(body).toMatch(/<link href="[^"]*organisation=waterschap-feed" rel="previous"/);
  });

  it('has one Atom id whatever the order of its parameters, a blank one or its page (a feeds review)', async () => {
    const idOf = async (query: string) =>
      /<feed[^>]*>[\s\S]*?<id>([^<]*)<\/id>/.exec((await get(`/feeds/vacancies.atom?${query}`)).body)![1];
    const id = await idOf(`organisation=${member.slug}&lang=en`);
    for (const query of [
      `lang=en&organisation=${member.slug}`,
      `organisation=${member.slug}&lang=en&category=`,
      `organisation=${member.slug}&lang=en&page=2`,
    ]) {
      expect(await idOf(query), query).toBe(id);
    }
  });

  it('in English: English words and links to the English pages', async () => {
    const { body } = await get(`/feeds/vacancies.xml?organisation=${member.slug}&lang=en`);
    expect(body).toContain('<language>en</language>');
    expect(body).toContain(`${base}/en/vacancies/${ids.at(-1)}-dijkwerker-119?bron=feed`);
    expect(body).toContain('32–36 hours');
  });
});

describe('the feeds in a feed reader', () => {
  // A maintained parser of both formats, as aggregators use one: what it reads is what a reader shows.
  for (const [format, lang] of [
    ['xml', 'nl'],
    ['atom', 'nl'],
    ['xml', 'en'],
    ['atom', 'en'],
  ] as const) {
    it(`reads the ${format === 'xml' ? 'RSS' : 'Atom'} feed in ${lang} with every field a reader shows`, async () => {
      const { body } = await get(`/feeds/vacancies.${format}?organisation=${member.slug}&lang=${lang}&page=2`);
      const feed = parseFeed(body);
      expect(feed.meta.type).toBe(format === 'xml' ? 'rss' : 'atom');
      expect(feed.title).toMatch(/Samenwerven/);
      // The page a feed of one member's vacancies is about: that member's page.
      expect(feed.url).toBe(
        lang === 'nl' ? `${base}/organisaties/${member.slug}` : `${base}/en/organisations/${member.slug}`,
      );
      expect(feed.self).toContain(`${base}/feeds/vacancies.${format}?`);
      if (format === 'xml') expect(feed.language).toBe(lang);
      expect(feed.items).toHaveLength(50);
      const pagePath = lang === 'nl' ? 'vacatures' : 'en/vacancies';
      feed.items.forEach((item, index) => {
        const number = COUNT - 51 - index;
        const where = `${format} ${lang} item ${index}`;
        expect(item.title, where).toBe(`Dijkwerker ${number}`);
        expect(item.url, where).toBe(`${base}/${pagePath}/${ids[number]}-dijkwerker-${number}?bron=feed`);
        expect(item.id, where).toContain(ids[number]!);
        expect(item.published ?? item.updated, where).toEqual(expect.any(Date));
        expect(
          item.authors.map((author) => author.name),
          where,
        ).toEqual(['Waterschap De Feed']);
        expect(item.content, where).toContain(`Je bewaakt dijkvak ${number} en <strong>meldt</strong> wat opvalt.`);
        expect(item.description, where).toBeTruthy();
      });
      // Newest first, one a minute (as created above).
      const times = feed.items.map((item) => (item.published ?? item.updated)!.getTime());
      expect(times.slice(1).map((time, i) => times[i]! - time)).toEqual(times.slice(1).map(() => 60_000));
      // The page is dated by its newest vacancy: the 51st newest of all, the first on this page.
      expect((feed.updated ?? feed.published)?.getTime()).toBe(times[0]);
    });
  }
});

describe('markup in a vacancy’s plain text', () => {
  it('reaches an RSS reader as text, never as HTML it would run', async () => {
    const other = await createOrganisation(ctx.db, { slug: 'gemeente-markup' });
    await createVacancy(ctx.db, {
      organisation: other,
      title: 'Adviseur <b>vet</b>',
      summary: 'Kort <img src=x onerror=alert(1)> & </description><script>alert(2)</script>',
    });
    await ctx.sync();
    const { body } = await get(`/feeds/vacancies.xml?organisation=${other.slug}`);
    expect(XMLValidator.validate(body)).toBe(true);
    // RSS readers take a description as HTML: its text must be escaped as HTML inside the XML.
    const xml = new XMLParser({ processEntities: true, htmlEntities: false }).parse(body) as {
      rss: { channel: { item: { description: string } } };
    };
    const html = xml.rss.channel.item.description;
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;/description&gt;');
    // And the reader shows it as the text that was typed.
    expect(parseFeed(body).items[0]!.description).toContain('Kort <img src=x onerror=alert(1)> & </description>');
  });

  it('leaves out the control characters XML cannot hold, in both formats', async () => {
    const other = await createOrganisation(ctx.db, { slug: 'gemeente-stuurteken' });
    await createVacancy(ctx.db, {
      organisation: other,
      // Pasted from a PDF: a start-of-heading and a form feed in the text.
      title: 'Beleids\u0001adviseur',
      summary: 'Kort\u000c en goed.',
      description: '<p>Uit een\u0002 PDF geplakt.</p>',
    });
    await ctx.sync();
    for (const format of ['xml', 'atom']) {
      const { status, body } = await get(`/feeds/vacancies.${format}?organisation=${other.slug}`);
      expect(status).toBe(200);
      // Not allowed in XML 1.0, not even as a character reference: a strict reader stops at one.
      // eslint-disable-next-line no-control-regex -- finding those characters is the point
      expect(body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|&#x?0*[0-8bcBC];/);
      expect(body).toContain('<title>Beleidsadviseur</title>');
      expect(body).toContain('Kort en goed.');
    }
  });
});

describe('the sitemap', () => {
  it('lists each page in Dutch and English, each naming the other as its alternate', async () => {
    const { status, body } = await get('/sitemap.xml');
    expect(status).toBe(200);
    expect(XMLValidator.validate(body)).toBe(true);
    const nl = `${base}/vacatures/${ids[0]}-dijkwerker-0`;
    const en = `${base}/en/vacancies/${ids[0]}-dijkwerker-0`;
    const alternates =
      `<xhtml:link rel="alternate" hreflang="nl" href="${nl}"/>` +
      `<xhtml:link rel="alternate" hreflang="en" href="${en}"/>` +
      `<xhtml:link rel="alternate" hreflang="x-default" href="${nl}"/>`;
    expect(body).toMatch(new RegExp(`<url><loc>${nl}</loc><lastmod>[\\d-]+</lastmod>${alternates}</url>`));
    expect(body).toMatch(new RegExp(`<url><loc>${en}</loc><lastmod>[\\d-]+</lastmod>${alternates}</url>`));
    expect(body).toContain(`<loc>${base}/en/organisations/${member.slug}</loc>`);
    expect(body).toContain(`<loc>${base}/en/members</loc>`);
    // Every vacancy, twice.
    const locs = all(body, /<loc>([^<]+)<\/loc>/g);
    for (const id of ids) expect(locs.filter((loc) => loc.includes(id))).toHaveLength(2);
    // While the pages fit in one sitemap there are no parts.
    expect((await get('/sitemaps/1.xml')).status).toBe(404);
  });
});

describe('a vacancy changed after its publication', () => {
  it('says so in the Atom feed (published stays, updated moves), and dates the feed by it', async () => {
    const edited = ids.at(-1)!;
    const before = parseFeed((await get(`/feeds/vacancies.atom?organisation=${member.slug}`)).body);
    const entry = () => before.items.find((item) => item.id?.includes(edited));
    expect(entry()).toBeDefined();
    expect(entry()?.updated?.getTime()).toBe(entry()?.published?.getTime());

    const editedAt = new Date(Math.ceil(Date.now() / 1000) * 1000 + 5000);
    await ctx.pool.query(`UPDATE vacancies SET title = title || ' (aangepast)', updated_at = $2 WHERE id = $1`, [
      edited,
      editedAt,
    ]);
    await ctx.sync();
    const after = parseFeed((await get(`/feeds/vacancies.atom?organisation=${member.slug}`)).body);
    const changed = after.items.find((item) => item.id?.includes(edited))!;
    expect(changed.title).toContain('(aangepast)');
    expect(changed.published?.getTime()).toBe(entry()?.published?.getTime());
    expect(changed.updated?.getTime()).toBe(editedAt.getTime());
    expect(after.updated?.getTime()).toBe(editedAt.getTime());
    const rss = parseFeed((await get(`/feeds/vacancies.xml?organisation=${member.slug}`)).body);
    expect(rss.updated?.getTime()).toBe(editedAt.getTime());
  });

  it('leaves an empty feed dated the same until something changes, so its ETag holds', async () => {
    const url = `/feeds/vacancies.atom?organisation=${member.slug}&q=vuurtorenwachter`;
    const first = await ctx.app.inject(url);
    expect(parseFeed(first.body).items).toEqual([]);
    await new Promise((r) => setTimeout(r, 20));
    const again = await ctx.app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    // A draft saved somewhere is nobody's business (a feeds review: it moved every empty feed's date).
    await createVacancy(ctx.db, {
      organisation: member,
      title: 'Geheim concept',
      state: 'draft',
      publishedAt: null,
      // Later than any change made above.
      updatedAt: new Date(Date.now() + 60_000),
    });
    const afterDraft = await ctx.app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(afterDraft.statusCode).toBe(304);
  });
});

describe('a feed’s address', () => {
  it('refuses an order or a page size, which a feed has not (the newest, fifty to a page), with the field named', async () => {
    for (const [url, field] of [
      ['/feeds/vacancies.atom?sort=salary', 'sort'],
      ['/feeds/vacancies.xml?pageSize=5', 'pageSize'],
      // Ranges are checked as the search checks them (a feeds review: "36–8 uur" was a feed).
      ['/feeds/vacancies.xml?hoursMin=36&hoursMax=8', 'hoursMax'],
      ['/feeds/vacancies.atom?scaleMin=12&scaleMax=3', 'scaleMax'],
    ] as const) {
      const response = await ctx.app.inject(url);
      expect(response.statusCode, url).toBe(400);
      expect(Object.keys(response.json().error.fields), url).toEqual([field]);
    }
  });
});
