/**
 * What crawlers and aggregators get, fetched without running any script: the initial HTML
 * of vacancy and organisation pages (head, JSON-LD), the sitemap, robots.txt, RSS and Atom
 * feeds, and the embeddable widget.
 */
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organisations, vacancies, type Organisation, type Vacancy } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, TEST_PASSWORD, TINY_PNG } from '../support/factories.ts';
import { signIn } from '../support/http.ts';

let ctx: TestContext;
let webRoot: string;
let organisation: Organisation;
let open: Vacancy;
let closed: Vacancy;

beforeAll(async () => {
  // The app shell as the server gets it: the web app's own index.html.
  webRoot = await mkdtemp(path.join(os.tmpdir(), 'sw-web-'));
  await copyFile(fileURLToPath(new URL('../../web/index.html', import.meta.url)), path.join(webRoot, 'index.html'));
  ctx = await createTestContext({ webRoot, env: { PUBLIC_URL: 'https://werken.example' } });
  organisation = await createOrganisation(ctx.db, {
    name: 'Gemeente Voorbeeld',
    website: 'https://www.voorbeeld.example',
    description: '<p>Een <strong>mooie</strong> gemeente.</p>',
  });
  open = await createVacancy(ctx.db, {
    organisation,
    title: 'Beleidsadviseur <Wonen> & Zorg',
    summary: 'Werk aan "betaalbaar" wonen.',
    postcode: '5038',
    hoursMin: 32,
    hoursMax: 36,
    additionalPlaces: [{ municipalityCode: 'GM0363', postcode: null }],
  });
  closed = await createVacancy(ctx.db, { organisation, title: 'Gesloten functie', state: 'closed' });
  await ctx.sync();
});
afterAll(async () => {
  await ctx.close();
  await rm(webRoot, { recursive: true, force: true });
});

/** A page by a vacancy's bare id: the server sends it on (301) to its canonical address. */
async function followingRedirect(url: string) {
  const first = await ctx.app.inject(url);
  if (first.statusCode !== 301) return first;
  return ctx.app.inject(String(first.headers.location));
}

/** Whether robots.txt lets a crawler fetch `path`, as RFC 9309 reads it: the longest matching rule wins. */
function robotsAllow(robots: string, path: string): boolean {
  const rules = [...robots.matchAll(/^(Allow|Disallow): (\S+)$/gm)].map(([, kind, pattern]) => ({
    allow: kind === 'Allow',
    matches: new RegExp(`^${pattern!.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}`),
    length: pattern!.length,
  }));
  const winner = rules.filter((rule) => rule.matches.test(path)).toSorted((a, b) => b.length - a.length)[0];
  return winner?.allow ?? true;
}

const jsonLdOf = (html: string) => {
  const match = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  return match ? JSON.parse(match[1]!) : undefined;
};

describe('a vacancy page before any script runs', () => {
  it('carries title, description, canonical, Open Graph and a complete JobPosting', async () => {
    const response = await followingRedirect(`/vacatures/${open.id}`);
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain(
      '<title>Beleidsadviseur &lt;Wonen&gt; &amp; Zorg — Gemeente Voorbeeld | Samenwerven</title>',
    );
    expect(html).toContain('<meta name="description" content="Werk aan &quot;betaalbaar&quot; wonen." />');
    expect(html).toContain(
      `<link rel="canonical" href="https://werken.example/vacatures/${open.id}-beleidsadviseur-wonen-zorg" />`,
    );
    expect(html).toContain('<meta property="og:title"');
    expect(html.match(/<title>/g)).toHaveLength(1);
    const posting = jsonLdOf(html);
    // Google for Jobs: required fields, then the recommended ones the data allows.
    expect(posting).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Beleidsadviseur <Wonen> & Zorg',
      description: expect.stringContaining('<p>'),
      datePosted: expect.any(String),
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Gemeente Voorbeeld',
        sameAs: 'https://www.voorbeeld.example',
      },
      // Every workplace, the extra ones too (an HR review).
      jobLocation: [
        { '@type': 'Place', address: { addressLocality: 'Tilburg', postalCode: '5038', addressCountry: 'NL' } },
        { '@type': 'Place', address: { addressLocality: 'Amsterdam', addressRegion: 'Noord-Holland' } },
      ],
      validThrough: expect.stringMatching(/T22:59:59|T21:59:59/),
      // 32–36 hours is both (a feeds review: full time alone was hidden by a part-time filter).
      employmentType: ['FULL_TIME', 'PART_TIME'],
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { minValue: 3700, maxValue: 5400, unitText: 'MONTH' },
      },
      directApply: true,
    });
    // No text in the data can close the script element early.
    expect(html.split('</script>').length).toBe(html.split('<script').length);
    expect(html).toContain('<h1>Beleidsadviseur &lt;Wonen&gt; &amp; Zorg</h1>');
  });

  it('closes a file it answers 304 for: each such answer kept a handle open (found by a review)', async () => {
    const openHandles = async () => (await readdir('/proc/self/fd')).length;
    const before = await openHandles();
    for (let i = 0; i < 100; i++) {
      const response = await ctx.app.inject({
        url: '/index.html',
        headers: { 'if-none-match': '*', 'cache-control': 'no-cache', accept: 'text/html' },
      });
      expect(response.statusCode).toBe(304);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await openHandles()).toBeLessThan(before + 20);
  });

  it('is sent compressed, as the home page is (pages over a kilobyte)', async () => {
    const canonical = String((await ctx.app.inject(`/vacatures/${open.id}`)).headers.location);
    for (const url of [canonical, `/organisaties/${organisation.slug}`, `/vacatures/${closed.id}`]) {
      expect((await ctx.app.inject(url)).rawPayload.length, url).toBeGreaterThan(1024);
      const response = await ctx.app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(String(response.headers.vary), url).toMatch(/accept-encoding/i);
    }
  });

  it('serves the English page in English with alternates both ways', async () => {
    const html = (await followingRedirect(`/en/vacancies/${open.id}-anything`)).body;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(
      `hreflang="nl" href="https://werken.example/vacatures/${open.id}-beleidsadviseur-wonen-zorg"`,
    );
    expect(html).toContain(
      `<link rel="canonical" href="https://werken.example/en/vacancies/${open.id}-beleidsadviseur-wonen-zorg" />`,
    );
    // The vacancy is written in Dutch: its JobPosting is on the Dutch page only, so it counts once.
    expect(jsonLdOf(html)).toBeUndefined();
    expect(jsonLdOf((await followingRedirect(`/vacatures/${open.id}`)).body)).toMatchObject({ '@type': 'JobPosting' });
  });

  it('never lets the alert pages be indexed (an address’s alerts, the links of alert mails)', async () => {
    for (const path of ['/mijn-alerts', '/en/my-alerts', '/alert/afmelden', '/en/alert/confirm', '/alert/nieuw']) {
      const response = await ctx.app.inject({ method: 'GET', url: path });
      expect(response.statusCode, path).toBe(200);
      expect(response.body, path).toContain('<meta name="robots" content="noindex" />');
    }
    // Each names itself in the other language, with its search (the list of alerts was named for all).
    const made = (await ctx.app.inject({ method: 'GET', url: '/alert/nieuw?q=jurist&near=Tilburg' })).body;
    expect(made).toContain(
      '<link rel="alternate" hreflang="nl" href="https://werken.example/alert/nieuw?q=jurist&amp;near=Tilburg" />',
    );
    expect(made).toContain(
      '<link rel="alternate" hreflang="en" href="https://werken.example/en/alert/new?q=jurist&amp;near=Tilburg" />',
    );
    const confirm = (await ctx.app.inject({ method: 'GET', url: '/en/alert/confirm' })).body;
    expect(confirm).toContain('<link rel="alternate" hreflang="nl" href="https://werken.example/alert/bevestigen" />');
    const list = (await ctx.app.inject({ method: 'GET', url: '/mijn-alerts' })).body;
    expect(list).toContain('<link rel="alternate" hreflang="en" href="https://werken.example/en/my-alerts" />');
  });

  it('names a page the browser renders by itself, not as the vacancy search, for a visitor without scripts', async () => {
    const titleOf = async (url: string) => /<title>([^<]*)<\/title>/.exec((await ctx.app.inject(url)).body)?.[1];
    expect(await titleOf('/inloggen')).toBe('Inloggen | Samenwerven');
    expect(await titleOf('/en/register')).toBe('Create an account | Samenwerven');
    expect(await titleOf('/wachtwoord-vergeten')).toBe('Wachtwoord vergeten | Samenwerven');
    expect(await titleOf('/account')).toBe('Samenwerven');
  });

  it('serves a page, not the API’s JSON, to a browser whatever the address looks like', async () => {
    const html = { accept: 'text/html,application/xhtml+xml' };
    // Pasted at the end of a sentence: the full stop came along.
    const dotted = await followingRedirect(`/vacatures/${open.id}-beleidsadviseur.`);
    expect(dotted.statusCode).toBe(200);
    expect(dotted.body).toContain('<title>Beleidsadviseur &lt;Wonen&gt; &amp; Zorg');
    for (const url of [`/organisaties/${organisation.slug}.`, '/over.html', '//evil.example']) {
      const response = await ctx.app.inject({ url, headers: html });
      expect(response.headers['content-type'], url).toContain('text/html');
      expect(response.headers.location, url).toBeUndefined();
    }
    // A page only the browser renders (it needs scripts) still says its language, and that it needs them.
    const register = await ctx.app.inject({ url: '/en/register', headers: html });
    expect(register.body).toContain('<html lang="en">');
    expect(register.body).toMatch(/This page\s+of Samenwerven needs JavaScript\./);
    // Its title and description in that language too: a tab or a screen reader shows them first.
    expect(register.body).toContain('<title>Create an account | Samenwerven</title>');
    expect(register.body).toContain('<meta name="description" content="Every vacancy of the municipalities');
    expect(register.body).not.toContain('vacatures bij de overheid');
    const dutch = await ctx.app.inject({ url: '/registreren', headers: html });
    expect(dutch.body).toContain('<title>Account aanmaken | Samenwerven</title>');
    // A file that is not there, asked for as a file: the plain 404.
    const file = await ctx.app.inject({ url: '/favicon-missing.ico', headers: { accept: 'image/*' } });
    expect([file.statusCode, file.json().error.code]).toEqual([404, 'not_found']);
  });

  it('stops advertising a closed vacancy: 410 (gone), no JobPosting, not indexed, and says it is closed', async () => {
    const response = await followingRedirect(`/vacatures/${closed.id}`);
    expect(response.statusCode).toBe(410);
    expect(response.body).toContain('<title>Deze vacature is gesloten: Gesloten functie | Samenwerven</title>');
    expect(jsonLdOf(response.body)).toBeUndefined();
    expect(response.body).toContain('<meta name="robots" content="noindex" />');
  });

  it('says a suspended member’s vacancy is away for now: 404, not the 410 of a vacancy gone for good', async () => {
    const suspended = await createOrganisation(ctx.db, { state: 'suspended' });
    const away = await createVacancy(ctx.db, {
      organisation: suspended,
      title: 'Bode',
      state: 'withdrawn',
      withdrawnReason: 'suspended',
      withdrawnFromState: 'published',
    });
    const response = await followingRedirect(`/vacatures/${away.id}`);
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('<title>Deze vacature is tijdelijk niet beschikbaar: Bode | Samenwerven</title>');
    expect(response.body).toContain('<meta name="robots" content="noindex" />');
    expect(jsonLdOf(response.body)).toBeUndefined();
    // Its member leaves at a date it chose: that outlasts the suspension, so the vacancy does not come back.
    const leaveAt = new Date(Date.now() + 7 * 86_400_000);
    await ctx.db.update(organisations).set({ leaveAt }).where(eq(organisations.id, suspended.id));
    expect((await followingRedirect(`/vacatures/${away.id}`)).statusCode).toBe(410);
    await ctx.db.update(organisations).set({ leaveAt: null }).where(eq(organisations.id, suspended.id));
    expect((await followingRedirect(`/vacatures/${away.id}`)).statusCode).toBe(404);
    // Its closing date passed meanwhile: a reinstatement closes it, so it is closed now.
    await ctx.db.update(vacancies).set({ closingDate: '2020-01-01' }).where(eq(vacancies.id, away.id));
    expect((await followingRedirect(`/vacatures/${away.id}`)).statusCode).toBe(410);
  });

  it('answers a signed-in reader 200 for a vacancy they may see and the public may not, never indexed', async () => {
    const draft = await createVacancy(ctx.db, {
      organisation,
      title: 'Concept functie',
      state: 'draft',
      publishedAt: null,
    });
    const internal = await createVacancy(ctx.db, { organisation, title: 'Interne functie', visibility: 'internal' });
    const other = await createOrganisation(ctx.db);
    const asStaffOf = async (member: Organisation) => {
      const user = await createUser(ctx.db, { role: 'hr_officer', organisation: member });
      return (await signIn(ctx.app, user.email, TEST_PASSWORD)).browser.cookie;
    };
    const own = await asStaffOf(organisation);
    const colleague = await asStaffOf(other);
    const page = (id: string, cookie?: string) =>
      ctx.app.inject({ url: `/vacatures/${id}`, headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });

    // Their own draft, to the organisation's staff: the page is theirs (it said 404 "Niet gevonden").
    const ownDraft = await page(draft.id, own);
    expect(ownDraft.statusCode).toBe(200);
    expect(ownDraft.body).toContain('<title>Concept functie — Gemeente Voorbeeld | Samenwerven</title>');
    expect(ownDraft.body).toContain('<meta name="robots" content="noindex" />');
    expect(jsonLdOf(ownDraft.body)).toBeUndefined();
    expect(ownDraft.headers['cache-control']).toBe('no-store');
    // Another member's staff see the alliance-internal vacancy, not the draft; the public neither.
    expect((await page(internal.id, colleague)).statusCode).toBe(200);
    expect((await page(draft.id, colleague)).statusCode).toBe(404);
    expect((await page(internal.id)).statusCode).toBe(404);
    expect((await page(draft.id)).statusCode).toBe(404);
    // Their own closed vacancy is a preview to them; to everyone else it is gone.
    expect((await page(closed.id, own)).statusCode).toBe(200);
    expect((await page(closed.id, colleague)).statusCode).toBe(410);

    // The organisation's read key, without cookies: its draft, never sent on nor kept.
    const admin = await createUser(ctx.db, { role: 'org_admin', organisation });
    const adminSession = await signIn(ctx.app, admin.email, TEST_PASSWORD);
    const made = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/api-keys`,
      payload: { name: 'Wervingssysteem', scopes: ['read'] },
      headers: adminSession.bearer,
    });
    expect(made.statusCode, made.body).toBe(201);
    const byKey = await ctx.app.inject({
      url: `/vacatures/${draft.id}`,
      headers: { accept: 'text/html', authorization: `Bearer ${made.json().key}` },
    });
    expect([byKey.statusCode, byKey.headers['cache-control'], byKey.headers.location]).toEqual([
      200,
      'no-store',
      undefined,
    ]);

    // A session whose access token ran out (a quarter of an hour; the refresh cookie is the sign-in
    // routes' only): who it is shows once the app refreshed it, so the page claims nothing yet.
    const expired = await page(draft.id, 'sw_access=verlopen.token.van-gisteren; sw_csrf=x');
    expect(expired.statusCode).toBe(200);
    expect(expired.body).toContain('<title>Vacature | Samenwerven</title>');
    expect(expired.body).not.toContain('Concept functie');
    expect(expired.body).toContain('<meta name="robots" content="noindex" />');
    expect(expired.headers['cache-control']).toBe('no-store');
  });

  it('gives organisation pages their own head', async () => {
    const html = (await ctx.app.inject(`/organisaties/${organisation.slug}`)).body;
    expect(html).toContain('<title>Gemeente Voorbeeld | Samenwerven</title>');
    expect(html).toContain('<meta name="description" content="Een mooie gemeente." />');
    expect((await ctx.app.inject('/organisaties/bestaat-niet')).statusCode).toBe(404);
  });
});

describe('the statements a public body publishes', () => {
  it('give the accessibility statement, contact and about pages their own head in both languages', async () => {
    for (const [nl, en, title, titleEn] of [
      ['/toegankelijkheid', '/en/accessibility', 'Toegankelijkheidsverklaring', 'Accessibility statement'],
      ['/contact', '/en/contact', 'Contact en colofon', 'Contact and colophon'],
      ['/over', '/en/about', 'Over Samenwerven', 'About Samenwerven'],
    ] as const) {
      for (const [path, lang, name] of [
        [nl, 'nl', title],
        [en, 'en', titleEn],
      ] as const) {
        const response = await ctx.app.inject(path);
        expect(response.statusCode, path).toBe(200);
        const html = response.body;
        expect(html, path).toContain(`<html lang="${lang}">`);
        expect(html, path).toContain(`<title>${name} | Samenwerven</title>`);
        expect(html, path).toContain(`<link rel="canonical" href="https://werken.example${path}" />`);
        expect(html, path).toContain(`<link rel="alternate" hreflang="nl" href="https://werken.example${nl}" />`);
        expect(html, path).toContain(`<link rel="alternate" hreflang="en" href="https://werken.example${en}" />`);
      }
    }
    const sitemap = (await ctx.app.inject('/sitemap.xml')).body;
    for (const path of ['/toegankelijkheid', '/en/accessibility', '/contact', '/en/contact', '/over', '/en/about'])
      expect(sitemap).toContain(`<loc>https://werken.example${path}</loc>`);
  });
});

describe("text with replacement patterns ($', $&, $1, $`)", () => {
  const tricky = "Jurist $' en $& of $1 met $` en $$ – $<naam>";

  it('renders a vacancy page whose title is exactly the title and whose JSON-LD parses', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation, title: tricky, summary: `Over ${tricky}` });
    const html = (await followingRedirect(`/vacatures/${vacancy.id}`)).body;
    const titles = html.match(/<title>([\s\S]*?)<\/title>/g) ?? [];
    expect(titles).toEqual([
      `<title>Jurist $&#39; en $&amp; of $1 met $\` en $$ – $&lt;naam&gt; — Gemeente… | Samenwerven</title>`,
    ]);
    expect(jsonLdOf(html)).toMatchObject({ '@type': 'JobPosting', title: tricky });
    expect(html).toContain(`<h1>Jurist $&#39; en $&amp; of $1 met $\` en $$ – $&lt;naam&gt;</h1>`);
    // The document is whole: one head, one body, the app's root once.
    for (const tag of ['<head>', '</head>', '<body>', '</body>', '<div id="root">']) {
      expect(html.split(tag).length - 1, tag).toBe(1);
    }
  });

  it('renders an organisation page and its widget with the name exactly', async () => {
    const member = await createOrganisation(ctx.db, { name: `Gemeente ${tricky}` });
    const html = (await ctx.app.inject(`/organisaties/${member.slug}`)).body;
    expect(html).toContain(
      `<title>Gemeente Jurist $&#39; en $&amp; of $1 met $\` en $$ – $&lt;naam&gt; | Samenwerven</title>`,
    );
    expect(html.split('</head>').length - 1).toBe(1);
    const widget = (await ctx.app.inject(`/widget/organisaties/${member.slug}`)).body;
    expect(widget).toContain(
      `<h1>Vacatures bij Gemeente Jurist $&#39; en $&amp; of $1 met $\` en $$ – $&lt;naam&gt;</h1>`,
    );
  });
});

describe('sitemap, robots and feeds', () => {
  it('lists every open vacancy and member in the sitemap, nothing closed', async () => {
    const sitemap = (await ctx.app.inject('/sitemap.xml')).body;
    expect(sitemap).toContain(`https://werken.example/vacatures/${open.id}-beleidsadviseur-wonen-zorg`);
    expect(sitemap).toContain(`https://werken.example/organisaties/${organisation.slug}`);
    expect(sitemap).not.toContain(closed.id);
    const robots = (await ctx.app.inject('/robots.txt')).body;
    expect(robots).toContain('Sitemap: https://werken.example/sitemap.xml');
    expect(robots).toContain('Disallow: /beheer');
    // The API is closed to crawlers, the staff pages too.
    expect(robotsAllow(robots, '/api/v1/vacancies?q=jurist')).toBe(false);
    expect(robotsAllow(robots, '/beheer/vacatures')).toBe(false);
    expect(robotsAllow(robots, `/vacatures/${open.id}`)).toBe(true);
  });

  it('publishes new vacancies as RSS and Atom, for any search', async () => {
    const rss = await ctx.app.inject('/feeds/vacancies.xml');
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    expect(rss.body).toContain('<title>Beleidsadviseur &lt;Wonen&gt; &amp; Zorg</title>');
    expect(rss.body).not.toContain('Gesloten functie');
    const atom = await ctx.app.inject(`/feeds/vacancies.atom?organisation=${organisation.slug}`);
    expect(atom.headers['content-type']).toContain('application/atom+xml');
    expect(atom.body).toContain(`<id>urn:uuid:${open.id}</id>`);
    const other = await ctx.app.inject('/feeds/vacancies.atom?organisation=iemand-anders');
    expect(other.body).not.toContain('<entry>');
    expect((await ctx.app.inject('/feeds/vacancies.xml?pageSize=abc')).statusCode).toBe(400);
  });

  it('drops a departed member from feeds and sitemap at once', async () => {
    const leaving = await createOrganisation(ctx.db);
    const vacancy = await createVacancy(ctx.db, { organisation: leaving, title: 'Vertrekkende vacature' });
    await ctx.sync();
    expect((await ctx.app.inject('/feeds/vacancies.xml')).body).toContain('Vertrekkende vacature');
    expect((await ctx.app.inject('/sitemap.xml')).body).toContain(vacancy.id);
    await ctx.db.update(organisations).set({ state: 'left' }).where(eq(organisations.id, leaving.id));
    // Not synced: at once, whatever the index still holds (a review: it synced first).
    expect((await ctx.app.inject('/feeds/vacancies.xml')).body).not.toContain('Vertrekkende vacature');
    expect((await ctx.app.inject('/sitemap.xml')).body).not.toContain(vacancy.id);
  });
});

describe('forms posted without scripts', () => {
  it('refuses a text form larger than people type, and a multipart form of more parts than the application has', async () => {
    const post = (contentType: string, payload: string | Buffer) =>
      ctx.app.inject({ method: 'POST', url: '/aanmelden', headers: { 'content-type': contentType }, payload });
    const urlencoded = 'application/x-www-form-urlencoded';
    expect((await post(urlencoded, 'a&'.repeat(100_000))).statusCode).toBe(413);
    expect((await post(urlencoded, 'naam=Gemeente+Proef&soort=municipality')).statusCode).not.toBe(413);

    const multipart = (parts: number) =>
      Buffer.from(
        Array.from(
          { length: parts },
          (_, i) => `--XyZ\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`,
        ).join('') + '--XyZ--\r\n',
      );
    const many = await post('multipart/form-data; boundary=XyZ', multipart(1_000));
    expect(many.statusCode).toBe(413);
    expect(many.json().error.code).toBe('payload_too_large');
    expect((await post('multipart/form-data; boundary="XyZ"', multipart(1_000))).statusCode).toBe(413);
    // An application's eight parts are taken.
    expect((await post('multipart/form-data; boundary=XyZ', multipart(8))).statusCode).not.toBe(413);
  });
});

describe('the embeddable widget', () => {
  it('lists a member’s open vacancies on a page any site may frame', async () => {
    const response = await ctx.app.inject(`/widget/organisaties/${organisation.slug}?accent=%23aa0000`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.body).toContain('<html lang="nl">');
    expect(response.body).toContain(
      `href="https://werken.example/vacatures/${open.id}-beleidsadviseur-wonen-zorg?bron=widget" target="_top"`,
    );
    expect(response.body).not.toContain('Gesloten functie');
    expect(response.body).not.toContain('<script');
    expect(response.body).toMatch(/Alle vacatures op Samenwerven \((1 vacature|\d+ vacatures)\)/);
    expect(response.body).not.toContain('(1 vacatures)');
    expect((await ctx.app.inject('/widget.js')).body).toContain('/widget/organisaties/');
  });

  it('is a page to frame whatever it is asked: defaults for what is out of range, a word for no member', async () => {
    // Refused as JSON with the portal's own frame rules, each was a broken frame on the member's
    // site (reviews of the feeds and the membership).
    const injected = await ctx.app.inject(
      `/widget/organisaties/${organisation.slug}?accent=red;}body{display:none&limit=100`,
    );
    expect(injected.statusCode).toBe(200);
    expect(injected.body).toContain('a{color:#154273;');
    expect(injected.body).not.toContain('display:none');
    expect(injected.body).toContain('Beleidsadviseur');
    for (const slug of ['bestaat-niet', 'a'.repeat(150)]) {
      const none = await ctx.app.inject({ url: `/widget/organisaties/${slug}`, headers: { accept: '*/*' } });
      expect(none.statusCode).toBe(404);
      expect(none.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(none.headers['content-security-policy']).toContain('frame-ancestors *');
      expect(none.headers['x-frame-options']).toBeUndefined();
      expect(none.body).toContain('Via Samenwerven zijn hier op dit moment geen vacatures te zien.');
    }
  });
});

describe('a member’s logo wherever its vacancies show', () => {
  let member: Organisation;
  let vacancy: Vacancy;
  let logo: string;
  beforeAll(async () => {
    member = await createOrganisation(ctx.db, { name: 'Gemeente Met Logo', logo: TINY_PNG, logoType: 'image/png' });
    vacancy = await createVacancy(ctx.db, { organisation: member, title: 'Adviseur huisstijl' });
    await ctx.sync();
    logo = (await ctx.app.inject(`/api/v1/organisations/${member.slug}`)).json().logoUrl;
    expect(logo).toMatch(new RegExp(`^https://werken.example/api/v1/organisations/${member.slug}/logo\\?v=\\d+$`));
  });

  it('names the logo in the JobPosting as an absolute address, and as the page’s image', async () => {
    const html = (await followingRedirect(`/vacatures/${vacancy.id}`)).body;
    expect(jsonLdOf(html).hiringOrganization).toEqual({
      '@type': 'Organization',
      name: 'Gemeente Met Logo',
      logo,
    });
    expect(html).toContain(`<meta property="og:image" content="${logo}" />`);
    // A job search engine may fetch it: robots.txt closes the API, but not the logos.
    const { pathname, search } = new URL(logo);
    expect(robotsAllow((await ctx.app.inject('/robots.txt')).body, `${pathname}${search}`)).toBe(true);
    expect((await ctx.app.inject(`/organisaties/${member.slug}`)).body).toContain(
      `<meta property="og:image" content="${logo}" />`,
    );
    // Without a logo the JobPosting names none (never an empty or broken one).
    expect(jsonLdOf((await followingRedirect(`/vacatures/${open.id}`)).body).hiringOrganization).not.toHaveProperty(
      'logo',
    );
  });

  it('gives the logo with the vacancy and with each search hit, and none to a member without one', async () => {
    expect((await ctx.app.inject(`/api/v1/vacancies/${vacancy.id}`)).json().organisation).toEqual({
      slug: member.slug,
      name: 'Gemeente Met Logo',
      logoUrl: logo,
    });
    const { hits } = (await ctx.app.inject('/api/v1/vacancies?pageSize=100')).json() as {
      hits: { id: string; organisation: { logoUrl?: string | null } }[];
    };
    expect(hits.find((hit) => hit.id === vacancy.id)?.organisation.logoUrl).toBe(logo);
    expect(hits.find((hit) => hit.id === open.id)?.organisation.logoUrl).toBeNull();
  });

  it('shows the logo in the widget, from the portal, sized before it loads, beside the name it would repeat', async () => {
    for (const path of [`/widget/organisaties/${member.slug}`, `/en/widget/organisations/${member.slug}`]) {
      const response = await ctx.app.inject(path);
      expect(response.body, path).toMatch(
        new RegExp(`<img src="${logo.replace(/[.?]/g, '\\$&')}" alt="" width="\\d+" height="\\d+"`),
      );
      // The page's own policy lets that one image in, and still no script.
      expect(response.headers['content-security-policy'], path).toContain("img-src 'self' https://werken.example");
      expect(response.headers['content-security-policy'], path).toContain("default-src 'none'");
    }
    expect((await ctx.app.inject(`/widget/organisaties/${organisation.slug}`)).body).not.toContain('<img');
  });
});
