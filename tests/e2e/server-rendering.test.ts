/**
 * Public pages rendered on the server (issue 17): what arrives before any script runs, with the
 * status it deserves; the portal used in a browser with JavaScript turned off (searching,
 * filtering, paging, a vacancy, applying, the other language); and the same pages hydrated with
 * scripts on, without errors or a second round of API requests.
 */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { applications, vacancyViews, type Organisation, type Vacancy } from '@samenwerven/db';
import { browserAvailable } from '../support/browser.ts';
import { createOrganisation, createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';
import { openPage, portalInBrowser, VIEWPORTS } from '../support/portal-in-browser.ts';

const enabled = browserAvailable();
const DAY = 24 * 3_600_000;
const TITLE = 'Archiefinspecteur';
const DESCRIPTION = 'Je bezoekt de archieven van alle gemeenten in de regio.';

/** A minimal PDF, enough for the upload checks (type and name). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe.skipIf(!enabled)('public pages rendered on the server', () => {
  let employer: Organisation;
  let vacancy: Vacancy;
  let closed: Vacancy;
  let away: Vacancy;
  let longTitled: Vacancy;
  let hrEmail = '';

  const portal = portalInBrowser({
    vacancyCount: 60,
    seed: async (ctx) => {
      employer = await createOrganisation(ctx.db, { slug: 'gemeente-proefstad', name: 'Gemeente Proefstad' });
      vacancy = await createVacancy(ctx.db, {
        organisation: employer,
        title: TITLE,
        categoryCode: 'informatiebeheer',
        description: `<p>${DESCRIPTION}</p>`,
        applyMethod: 'portal',
      });
      closed = await createVacancy(ctx.db, {
        organisation: employer,
        title: 'Gesloten functie',
        categoryCode: 'informatiebeheer',
        state: 'closed',
        publishedAt: new Date(Date.now() - 40 * DAY),
        closedAt: new Date(Date.now() - 7 * DAY),
      });
      // Offline while its member is suspended: it may come back.
      away = await createVacancy(ctx.db, {
        organisation: await createOrganisation(ctx.db, { state: 'suspended' }),
        title: 'Geschorste functie',
        state: 'withdrawn',
        withdrawnReason: 'suspended',
        withdrawnFromState: 'published',
      });
      longTitled = await createVacancy(ctx.db, {
        organisation: employer,
        title:
          'Senior beleidsadviseur klimaatadaptatie, energietransitie en duurzame ruimtelijke ontwikkeling in de regio',
      });
      hrEmail = (await createUser(ctx.db, { role: 'hr_officer', organisation: employer })).email;
    },
  });

  const get = (path: string, init: RequestInit = {}) =>
    fetch(`${portal.baseUrl}${path}`, { redirect: 'manual', ...init });
  const vacancyPath = () => `/vacatures/${vacancy.id}-archiefinspecteur`;
  /** The page's text without its tags, and without the data script the browser hydrates from. */
  const textOf = (html: string) =>
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');

  describe('before any script runs', () => {
    it('sends the search with its results, their count, the facets with counts and the paging', async () => {
      const response = await get('/');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=5');
      // Where the time went: the data, the render, and each API request with the search cache's verdict.
      expect(response.headers.get('server-timing')).toMatch(
        /^data;dur=[\d.]+, render;dur=[\d.]+, .*api;dur=[\d.]+;desc="\/api\/v1\/vacancies (hit|miss)"/,
      );
      const html = await response.text();
      // Compressed as the client accepts (Node's fetch asks for gzip, and decompresses).
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('vary')).toBe('Cookie, X-Render, accept-encoding');
      const total = Number(/(\d+) vacatures gevonden/.exec(textOf(html))?.[1]);
      expect(total).toBeGreaterThan(20);
      expect(html).toMatch(/<form id="zoeken"[^>]*method="get"/);
      // Twenty results, each a link to its vacancy.
      expect(html.match(/href="\/vacatures\/[0-9a-f-]{36}-[^"]*"/g)?.length).toBeGreaterThanOrEqual(20);
      expect(html).toMatch(/<span class="facet-count">\(\d+\)<\/span>/);
      expect(textOf(html)).toContain('Filters toepassen');
      expect(html).toMatch(/rel="next"[^>]*>Volgende|href="\/\?page=2"/);
      expect(html).toContain('<script type="application/json" id="router-data">');
      // It works without scripts, so nothing says it needs them, and they come after the page:
      // no module script or preload in the way, a loader that brings the app in once it has loaded.
      expect(html).not.toContain('<noscript>');
      expect(html).not.toMatch(/<script type="module"|rel="modulepreload"/);
      expect(html).toMatch(
        /<script defer src="\/load-app.js" data-app="\/assets\/index-[^"]+\.js" data-preload="[^"]+"><\/script>/,
      );
    });

    it('sends a search with a filter, and says so when a page lies past the last one (404)', async () => {
      const filtered = await (await get('/?q=archiefinspecteur&category=informatiebeheer')).text();
      expect(textOf(filtered)).toContain(TITLE);
      expect(textOf(filtered)).toMatch(/1 vacature gevonden/);

      // A word no vacancy has with the others: the page says so, and its head offers the feed of
      // the words searched, as its links do (it offered the words as typed: an empty feed).
      const leftOut = await (await get('/?q=archiefinspecteur+zwoeltrapper')).text();
      expect(textOf(leftOut)).toContain('Met ‘zwoeltrapper’ erbij vonden we geen vacatures.');
      const headFeeds = [
        ...leftOut
          .slice(0, leftOut.indexOf('</head>'))
          .matchAll(/<link rel="alternate" type="application\/(?:rss|atom)\+xml"[^>]*href="([^"]+)"/g),
      ];
      expect(headFeeds.map(([, href]) => new URL(href!.replaceAll('&amp;', '&')).searchParams.get('q'))).toEqual([
        'archiefinspecteur',
        'archiefinspecteur',
      ]);

      // A filter value the portal has not got (a hand-edited link, an old bookmark) is left out.
      // It goes from the address too, so no chip, box or alert names a filter the search did not make.
      const followed = (path: string) => get(path, { redirect: 'follow' });
      const unknown = await followed('/?q=archiefinspecteur&employmentType=vast');
      expect(unknown.status).toBe(200);
      expect(new URL(unknown.url).search).toBe('?q=archiefinspecteur');
      expect(textOf(await unknown.text())).toContain(TITLE);
      // Only the value it has not got: the filter's other value still filters.
      const twoValues = await followed('/?q=archiefinspecteur&employmentType=vast&employmentType=internship');
      expect(new URL(twoValues.url).search).toBe('?q=archiefinspecteur&employmentType=internship');
      const oneOfTwo = textOf(await twoValues.text());
      expect(oneOfTwo).not.toContain(TITLE);
      expect(oneOfTwo).not.toContain('Dienstverband: vast');
      // Also with a place it does not know beside it (refused only once the filter is gone).
      const both = await followed('/?q=archiefinspecteur&employmentType=vast&near=Nergenshuizen');
      expect(both.status).toBe(200);
      // The unknown place stays in the address, to be reported; the alert is made without it.
      expect(new URL(both.url).search).toBe('?q=archiefinspecteur&near=Nergenshuizen');
      const bothHtml = await both.text();
      expect(textOf(bothHtml)).toContain('Nergenshuizen');
      expect(bothHtml).toContain('href="/alert/nieuw?q=archiefinspecteur"');
      // No chip says the results are within a distance of a place that filtered nothing.
      expect(textOf(bothHtml)).not.toContain('km van Nergenshuizen');
      expect(textOf(bothHtml)).not.toContain('filter actief');
      expect(textOf(bothHtml)).toContain('Alle filters wissen');
      // A place longer than the field takes (a hand-edited link): cut as the API got it, then left out.
      const longPlace = await get(`/?q=archiefinspecteur&near=${'b'.repeat(101)}`);
      expect(longPlace.status).toBe(200);
      expect(textOf(await longPlace.text())).toContain(TITLE);
      // Words that show nothing are no words: the page is titled as every vacancy, not "voor ‘’".
      const blankWords = await (await get('/?q=%01%E2%80%8B')).text();
      expect(/<title>([^<]*)<\/title>/.exec(blankWords)?.[1]).toBe(
        'Vacatures bij de overheid in de regio | Samenwerven',
      );
      // An organisation address longer than any organisation's: not found, not an error.
      expect((await get(`/organisaties/${'a'.repeat(101)}`)).status).toBe(404);
      // On an English page, the Dutch vacancy's card says it is Dutch (WCAG 3.1.2).
      // Its title and summary, that is: the page's labels around them stay English.
      const englishPage = await (await get('/en/?q=archiefinspecteur')).text();
      expect(englishPage).toMatch(/<h2 class="result-title" lang="nl">/);
      expect(englishPage).toContain('<p class="result-summary" lang="nl">');
      expect(englishPage).not.toContain('<li class="result" lang="nl">');

      const beyond = await get('/?page=999');
      expect(beyond.status).toBe(404);
      expect(beyond.headers.get('cache-control')).toBe('no-store');
      const text = textOf(await beyond.text());
      expect(text).toMatch(/Pagina 999 bestaat niet: deze zoekopdracht heeft \d+ pagina's\./);
      expect(text).toContain('Naar de laatste pagina');
      expect(text).not.toContain('Probeer een ander');
    });

    it('sends a vacancy with its text, its facts and the form to apply', async () => {
      const response = await get(vacancyPath());
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<h1>${TITLE}</h1>`);
      expect(html).toContain(DESCRIPTION);
      expect(html).toMatch(/<form[^>]*encType="multipart\/form-data"[^>]*method="post"/);
      expect(textOf(html)).toContain('Sollicitatie versturen');
      expect(textOf(html)).toContain('Gemeente Proefstad');
      // Copying and printing need scripts: not offered as dead buttons.
      expect(textOf(html)).not.toContain('Kopieer');
      // No search to go back to: the link leads to the search page itself.
      expect(html).toMatch(/<a href="\/"[^>]*>Terug naar zoeken<\/a>/);
    });

    it('links back to the search a vacancy was opened from, known within the portal only', async () => {
      const backLink = async (referer: string) =>
        /<p class="back-link"[^>]*><a href="([^"]*)"/.exec(
          await (await get(vacancyPath(), { headers: { referer } })).text(),
        )?.[1];
      expect(await backLink(`${portal.baseUrl}/?q=archief&sort=newest`)).toBe('/?q=archief&amp;sort=newest');
      expect(await backLink(`${portal.baseUrl}/en/?category=ict`)).toBe('/?category=ict');
      // From another page of the portal, or from another site: the plain search page.
      expect(await backLink(`${portal.baseUrl}/organisaties/gemeente-proefstad`)).toBe('/');
      expect(await backLink('https://elders.example/?q=archief')).toBe('/');
      // A search passes its address on within the portal, never to other sites; other pages
      // (some with a token in their address) pass on none.
      expect((await get('/')).headers.get('referrer-policy')).toBe('same-origin');
      expect((await get(vacancyPath())).headers.get('referrer-policy')).toBe('no-referrer');
      // A page made for where its visitor came from is theirs alone; without a Referer it may be shared.
      const followed = await get(vacancyPath(), { headers: { referer: `${portal.baseUrl}/?q=archief` } });
      expect(followed.headers.get('cache-control')).toBe('private, max-age=0');
      expect((await get(vacancyPath())).headers.get('cache-control')).toBe('public, max-age=0, s-maxage=5');
    });

    it('sends an organisation, the members, joining, the statements and the English pages', async () => {
      const pages: [string, string][] = [
        ['/organisaties/gemeente-proefstad', TITLE],
        ['/deelnemers', 'Gemeente Proefstad'],
        ['/aanmelden', 'Aanmelding versturen'],
        ['/privacy', 'Privacy'],
        ['/toegankelijkheid', 'Toegankelijkheid'],
        ['/contact', 'Contact'],
        ['/over', 'Samenwerven'],
        ['/en/', 'vacancies found'],
        [`/en/vacancies/${vacancy.id}-archiefinspecteur`, 'Apply'],
      ];
      for (const [path, expected] of pages) {
        const response = await get(path);
        expect(response.status, path).toBe(200);
        const html = await response.text();
        expect(html, path).toMatch(/<main id="inhoud"[^>]*>[\s\S]*<h1/);
        expect(textOf(html), path).toContain(expected);
      }
      expect(await (await get('/en/')).text()).toContain('<html lang="en">');
    });

    it('answers unknown addresses with 404, a closed vacancy with 410, and old addresses with 301', async () => {
      for (const path of [
        '/vacatures/00000000-0000-4000-8000-000000000000',
        '/organisaties/bestaat-niet',
        '/foo/bar',
      ]) {
        const response = await get(path);
        expect(response.status, path).toBe(404);
        const html = await response.text();
        expect(html, path).toContain('<meta name="robots" content="noindex" />');
        expect(html, path).toContain('<h1');
      }
      expect(textOf(await (await get('/foo/bar')).text())).toContain('Pagina niet gevonden');

      const gone = await get(`/vacatures/${closed.id}-gesloten-functie`);
      expect(gone.status).toBe(410);
      const goneHtml = await gone.text();
      expect(goneHtml).toContain('<meta name="robots" content="noindex" />');
      expect(textOf(goneHtml)).toContain('Gesloten functie');
      expect(goneHtml).not.toContain('application/ld+json');
      // Away for now (its member suspended) is no closed vacancy: it may come back, and says so.
      const awayNow = await get(`/vacatures/${away.id}-geschorste-functie`);
      expect(awayNow.status).toBe(404);
      const awayText = textOf(await awayNow.text());
      expect(awayText).toContain('Deze vacature is tijdelijk niet beschikbaar');
      expect(awayText).toContain('Geschorste functie is tijdelijk niet te zien');
      expect(awayText).not.toContain('gesloten');

      const withoutTitle = await get(`/vacatures/${vacancy.id}?bron=feed`);
      expect(withoutTitle.status).toBe(301);
      expect(withoutTitle.headers.get('location')).toBe(`${vacancyPath()}?bron=feed`);
      const outdated = await get(`/vacatures/${vacancy.id}-oude-titel`);
      expect(outdated.headers.get('location')).toBe(vacancyPath());
      const slash = await get('/deelnemers/');
      expect([slash.status, slash.headers.get('location')]).toEqual([301, '/deelnemers']);
      // The address above a vacancy, or an organisation, as someone cuts a link back: its list.
      for (const [path, to] of [
        ['/vacatures', '/'],
        ['/vacatures?q=jurist', '/?q=jurist'],
        ['/en/vacancies', '/en/'],
        ['/organisaties', '/deelnemers'],
        ['/en/organisations', '/en/members'],
      ]) {
        const up = await get(path!);
        expect([up.status, up.headers.get('location')], path).toEqual([301, to]);
      }
    });

    it('links a long-titled vacancy at the address its page calls its own, not one a step away (301)', async () => {
      const html = await (await get('/?q=klimaatadaptatie')).text();
      const link = new RegExp(`href="(/vacatures/${longTitled.id}-[^"]+)"`).exec(html)?.[1];
      expect(link).toBe(
        `/vacatures/${longTitled.id}-senior-beleidsadviseur-klimaatadaptatie-energietransitie-en-duurzame-ruimtelijke`,
      );
      const opened = await get(link!);
      expect(opened.status).toBe(200);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(await opened.text())?.[1];
      expect(new URL(canonical!).pathname).toBe(link);
    });

    it('counts a job seeker’s view of a served vacancy for the member’s figures, never a bot’s or a HEAD', async () => {
      const counted = async () => {
        await portal.ctx.app.counters.flush();
        const rows = await portal.ctx.db.select().from(vacancyViews).where(eq(vacancyViews.vacancyId, vacancy.id));
        return rows.reduce((sum, row) => sum + row.views, 0);
      };
      const before = await counted();
      const browser =
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Safari/537.36';
      await get(vacancyPath(), { headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } });
      await get(vacancyPath(), { method: 'HEAD', headers: { 'user-agent': browser } });
      expect(await counted()).toBe(before);
      await get(vacancyPath(), { headers: { 'user-agent': browser } });
      expect(await counted()).toBe(before + 1);
    });

    it('answers HEAD like GET', async () => {
      for (const [path, status] of [
        ['/', 200],
        [vacancyPath(), 200],
        ['/deelnemers', 200],
        ['/en/members', 200],
        ['/inloggen', 200],
        ['/foo/bar', 404],
      ] as const) {
        const head = await get(path, { method: 'HEAD' });
        expect(head.status, path).toBe(status);
        expect(head.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      }
    });

    it('leaves signed-in users, the browser-only switch and private pages to the browser', async () => {
      // The bare app, with its scripts loaded at once (it shows nothing without them).
      const shell = (html: string) =>
        html.includes('<div id="root"></div>') &&
        !html.includes('router-data') &&
        /<script type="module" crossorigin src="\/assets\/index-[^"]+\.js"><\/script>/.test(html) &&
        !html.includes('/load-app.js');
      expect(shell(await (await get('/', { headers: { 'x-render': 'client' } })).text())).toBe(true);
      const signedIn = await get('/', { headers: { cookie: 'sw_csrf=x' } });
      expect(signedIn.headers.get('cache-control')).toBe('no-store');
      expect(shell(await signedIn.text())).toBe(true);
      expect(shell(await (await get('/mijn-gegevens')).text())).toBe(true);
      expect(shell(await (await get('/inloggen')).text())).toBe(true);
    });

    it('takes a form posted without scripts: an application with its cv, and one with mistakes', async () => {
      const form = new FormData();
      form.set('name', 'Noor Zonderscript');
      form.set('email', 'noor@example.org');
      form.set('motivation', 'Ik werk graag met archieven.');
      form.set('consent', 'procedure');
      form.set('website', '');
      form.set('cv', new Blob([PDF], { type: 'application/pdf' }), 'cv.pdf');
      const sent = await get(vacancyPath(), { method: 'POST', body: form });
      expect(sent.status).toBe(200);
      expect(sent.headers.get('cache-control')).toBe('no-store');
      expect(textOf(await sent.text())).toContain('Je sollicitatie is verstuurd');
      const stored = await portal.ctx.db.select().from(applications).where(eq(applications.vacancyId, vacancy.id));
      expect(stored).toHaveLength(1);

      // Refused by the API (a "PDF" whose bytes are none): its status, with the page's words.
      const unreadable = new FormData();
      for (const [name, value] of form.entries()) if (name !== 'cv') unreadable.set(name, value);
      unreadable.set('email', 'noor.tweede@example.org');
      unreadable.set('cv', new Blob(['geen pdf'], { type: 'application/pdf' }), 'cv.pdf');
      const notRead = await get(vacancyPath(), { method: 'POST', body: unreadable });
      expect(notRead.status).toBe(415);
      expect(textOf(await notRead.text())).toContain('Niet alle velden zijn goed ingevuld.');

      // A choice the form does not offer is named by the API, not taken as "procedure".
      const oddChoice = new FormData();
      for (const [name, value] of form.entries()) oddChoice.set(name, value);
      oddChoice.set('email', 'noor.derde@example.org');
      oddChoice.set('consent', 'altijd');
      const odd = await get(vacancyPath(), { method: 'POST', body: oddChoice });
      expect(odd.status).toBe(400);
      expect(textOf(await odd.text())).toContain('Kies een van de toegestane waarden.');

      const empty = new FormData();
      empty.set('name', '');
      const refused = await get(vacancyPath(), { method: 'POST', body: empty });
      // Bad input is a 4xx, also as a page: the same page with its messages, never a 200.
      expect(refused.status).toBe(400);
      expect(refused.headers.get('cache-control')).toBe('no-store');
      const text = textOf(await refused.text());
      expect(text).toContain('Vul je naam in.');
      expect(text).toContain('Kies je cv (pdf of .docx).');

      // What was typed comes back with the mistakes (only the file must be chosen again).
      const partial = new FormData();
      partial.set('name', 'Noor Zonderscript');
      partial.set('email', 'noor@example.org');
      partial.set('motivation', 'Ik werk graag met archieven.');
      partial.set('consent', 'pool');
      const kept = await (await get(vacancyPath(), { method: 'POST', body: partial })).text();
      expect(kept).toContain('value="Noor Zonderscript"');
      expect(kept).toContain('value="noor@example.org"');
      expect(kept).toContain('>Ik werk graag met archieven.</textarea>');
      expect(kept).toMatch(/value="pool" checked=""|checked="" value="pool"/);

      const alert = new FormData();
      alert.set('name', 'Juristen in de regio');
      alert.set('email', 'geen-adres');
      alert.set('frequency', 'weekly');
      alert.set('query', 'q=jurist');
      const alertAnswer = await get('/alert/nieuw?q=jurist', { method: 'POST', body: alert });
      expect(alertAnswer.status).toBe(400);
      const alertPage = await alertAnswer.text();
      expect(textOf(alertPage)).toContain('Vul een geldig e-mailadres in');
      expect(alertPage).toContain('value="Juristen in de regio"');
      expect(alertPage).toContain('value="geen-adres"');

      // Joining the alliance: all but the password comes back, the kind and the place chosen.
      const join = new FormData();
      join.set('organisation.name', 'Gemeente Zonderscript');
      join.set('organisation.kind', 'municipality');
      join.set('organisation.municipalityCode', 'GM0855');
      join.set('organisation.website', 'zonderscript.example');
      join.set('admin.name', 'Jip Zonderscript');
      join.set('admin.email', 'geen-adres');
      join.set('admin.password', 'een-lang-wachtwoord-2026');
      const joinAnswer = await get('/aanmelden', { method: 'POST', body: join });
      expect(joinAnswer.status).toBe(400);
      const joinPage = await joinAnswer.text();
      expect(textOf(joinPage)).toContain('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
      expect(joinPage).toContain('value="Gemeente Zonderscript"');
      expect(joinPage).toContain('value="zonderscript.example"');
      expect(joinPage).toContain('value="Jip Zonderscript"');
      expect(joinPage).toContain('value="geen-adres"');
      expect(joinPage).toMatch(/value="municipality" selected=""|selected="" value="municipality"/);
      expect(joinPage).toMatch(/value="GM0855" selected=""|selected="" value="GM0855"/);
      expect(joinPage).not.toContain('een-lang-wachtwoord-2026');
    });
  });

  /** A page in a browser with scripts turned off. */
  async function openWithoutScripts(path: string): Promise<Page> {
    const context = await portal.browser.newContext({
      viewport: VIEWPORTS.desktop,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${portal.baseUrl}${path}`);
    return page;
  }

  it('answers a POST to an address that is no page (a feed, the sitemap, the widget) with 405 and Allow', async () => {
    for (const path of [
      '/feeds/vacancies.xml',
      '/feeds/vacancies.atom',
      '/sitemap.xml',
      '/robots.txt',
      `/widget/organisaties/${employer.slug}`,
    ]) {
      const response = await get(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'a=1',
      });
      expect([response.status, response.headers.get('allow')], path).toEqual([405, 'GET, HEAD']);
    }
  });

  it('counts a filter value named like an object’s own keys as nothing, not “(NaN)”', async () => {
    for (const path of [
      '/?category=constructor',
      '/?region=valueOf',
      '/en/?category=__proto__&organisation=toString',
    ]) {
      const response = await get(path, { redirect: 'follow' });
      expect(response.status, path).toBe(200);
      expect(textOf(await response.text()), path).not.toContain('NaN');
    }
  });

  it('answers a cut-off or malformed multipart form with 400, not the 500 of a page that broke', async () => {
    for (const [path, contentType, body] of [
      ['/aanmelden', 'multipart/form-data; boundary=zzz', 'hello'],
      ['/en/join', 'multipart/form-data', 'x'],
      ['/alert/nieuw?q=beleid', 'multipart/form-data', 'x'],
      [
        vacancyPath(),
        'multipart/form-data; boundary=zzz',
        '--zzz\r\nContent-Disposition: form-data; name="name"\r\n\r\nabc',
      ],
    ] as const) {
      const response = await get(path, { method: 'POST', headers: { 'content-type': contentType }, body });
      expect(response.status, `${path}: ${(await response.text()).slice(0, 200)}`).toBe(400);
    }
  });

  it('refuses a posted form whose text is no UTF-8 by the field, and stores nothing of it', async () => {
    const alertsBefore = (await portal.ctx.pool.query('SELECT count(*)::int AS n FROM search_alerts')).rows[0].n;
    const urlencoded = await get('/alert/nieuw?q=x', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=surr%40example.org&query=q%3Dx&frequency=daily&name=ab%ED%A0%80cd',
    });
    expect(urlencoded.status).toBe(400);
    expect((await urlencoded.json()).error.fields).toEqual({ name: expect.any(String) });
    const multipart = await get('/aanmelden', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
      body: Buffer.concat([
        Buffer.from('--zzz\r\nContent-Disposition: form-data; name="organisation.name"\r\n\r\nOrg'),
        Buffer.from([0xff]),
        Buffer.from('Name\r\n--zzz--\r\n'),
      ]),
    });
    expect(multipart.status).toBe(400);
    expect((await multipart.json()).error.fields).toEqual({ 'organisation.name': expect.any(String) });
    // Each part is read as it came: a "�" sent as such in one part lets no other through (a diff review).
    const beside = await get('/aanmelden', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
      body: Buffer.concat([
        Buffer.from('--zzz\r\nContent-Disposition: form-data; name="admin.name"\r\n\r\nJip \uFFFD\r\n'),
        Buffer.from('--zzz\r\nContent-Disposition: form-data; name="organisation.name"\r\n\r\nOrg'),
        Buffer.from([0xff]),
        Buffer.from('Name\r\n--zzz--\r\n'),
      ]),
    });
    expect(beside.status).toBe(400);
    expect((await beside.json()).error.fields).toEqual({ 'organisation.name': expect.any(String) });
    // A page takes a form, not JSON or text (it answered those with the page).
    for (const contentType of ['application/json', 'text/plain']) {
      const other = await get('/alert/nieuw?q=x', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: contentType === 'application/json' ? '{"email":"a@example.org"}' : 'email=a@example.org',
      });
      expect([other.status, (await other.json()).error.code], contentType).toEqual([415, 'unsupported_media_type']);
    }
    // A page only the browser renders takes no form here: 405, as a page without a form (it was a 404);
    // a browser gets the page, an API client the JSON 405 (a review: a browser got JSON).
    const signIn = await get('/inloggen', { method: 'POST', body: new URLSearchParams({ email: 'a@example.org' }) });
    expect([signIn.status, signIn.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    expect((await signIn.json()).error.code).toBe('method_not_allowed');
    const asBrowser = { method: 'POST', headers: { accept: 'text/html' }, body: new URLSearchParams({ a: '1' }) };
    const signInPage = await get('/inloggen', asBrowser);
    expect([signInPage.status, signInPage.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    expect(await signInPage.text()).toContain('<title>Inloggen | Samenwerven</title>');
    // A page rendered here that takes no form says so, with Allow, and what to do (it said to try
    // again in a few minutes); an address no page has is the 404 it is to GET (it was a 405).
    for (const path of ['/over', '/', '/en/about']) {
      const page = await get(path, asBrowser);
      expect([page.status, page.headers.get('allow')], path).toEqual([405, 'GET, HEAD']);
      expect(textOf(await page.text()), path).toMatch(/Deze pagina neemt geen formulier aan|This page takes no form/);
    }
    const nowhere = await get('/niets-hier', asBrowser);
    expect(nowhere.status).toBe(404);
    expect(textOf(await nowhere.text())).toContain('Pagina niet gevonden');
    expect((await portal.ctx.pool.query('SELECT count(*)::int AS n FROM search_alerts')).rows[0].n).toBe(alertsBefore);
    expect(
      (await portal.ctx.pool.query(`SELECT count(*)::int AS n FROM organisations WHERE name LIKE 'Org%Name'`)).rows[0]
        .n,
    ).toBe(0);
    // A "�" typed as such is text like any other.
    const typed = new URLSearchParams({ email: 'geen-adres', query: 'q=x', frequency: 'daily', name: 'a � b' });
    const typedAnswer = await get('/alert/nieuw?q=x', { method: 'POST', body: typed });
    // Refused by the page for its address, with what was typed kept: not for the "�".
    expect([typedAnswer.status, typedAnswer.headers.get('content-type')]).toEqual([400, 'text/html; charset=utf-8']);
    expect(await typedAnswer.text()).toContain('value="a � b"');
  });

  it('reads one form with files at a time, lines up eight, and tells one more, as a page, to send it again in a few seconds', async () => {
    // Nine forms whose bodies have not all arrived yet, each from a network of its own (one network
    // holds one turn): one is read, eight wait.
    const held = Array.from({ length: 9 }, (_, i) => {
      const request = http.request(`${portal.baseUrl}${vacancyPath()}`, {
        method: 'POST',
        localAddress: `127.0.0.${i + 2}`,
        headers: { 'content-type': 'multipart/form-data; boundary=zzz', 'content-length': '100000' },
      });
      request.on('error', () => undefined);
      request.write('--zzz\r\n');
      return request;
    });
    const another = () =>
      get(vacancyPath(), {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=zzz', accept: 'text/html' },
        body: '--zzz\r\nContent-Disposition: form-data; name="name"\r\n\r\nabc',
      });
    // Until the nine have reached the server, one more still gets its turn (a 400: cut off).
    await expect.poll(async () => (await another()).status, { timeout: 10_000 }).toBe(503);
    const busy = await another();
    expect(busy.headers.get('retry-after')).toBe('5');
    expect(busy.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await busy.text()).toContain('Er worden nu veel formulieren met bestanden verstuurd.');
    for (const request of held) request.destroy();
    await expect.poll(async () => (await another()).status, { timeout: 10_000 }).toBe(400);

    // A form sent whole, its sender gone before the answer: the turn comes back all the same
    // (it was kept for ever, and every form after it waited or was refused: a review).
    for (let i = 0; i < 3; i++) {
      const body = '--zzz\r\nContent-Disposition: form-data; name="name"\r\n\r\nabc\r\n--zzz--\r\n';
      const request = http.request(`${portal.baseUrl}${vacancyPath()}`, {
        method: 'POST',
        localAddress: `127.0.0.${i + 2}`,
        headers: { 'content-type': 'multipart/form-data; boundary=zzz', 'content-length': String(body.length) },
      });
      request.on('error', () => undefined);
      request.end(body);
      await new Promise((resolve) => setTimeout(resolve, 5));
      request.destroy();
    }
    // Answered at once, not after the turns' own limit of 30 s each.
    const after = await get(vacancyPath(), {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz', accept: 'text/html' },
      body: '--zzz\r\nContent-Disposition: form-data; name="name"\r\n\r\nabc',
      signal: AbortSignal.timeout(5000),
    });
    expect(after.status).toBe(400);
  });

  it('tells someone without JavaScript at the top of a page that needs it, and leads on to the search', async () => {
    const page = await openWithoutScripts('/inloggen');
    // (Playwright's text matching leaves <noscript> out: found by its element.)
    const notice = page.locator('noscript p[lang="nl"]');
    await expect(notice.textContent()).resolves.toContain('Deze pagina van Samenwerven heeft JavaScript nodig.');
    // First on the screen, not a screen's height below an empty root.
    expect((await notice.boundingBox())!.y).toBeLessThan(100);
    await page.getByRole('link', { name: 'Vacatures zoeken' }).click();
    await page.waitForURL(`${portal.baseUrl}/`);
    await page.getByLabel('Zoek op functie, organisatie of plaats').waitFor();
    await page.context().close();
  });

  it('lets someone without JavaScript search, filter, page, open a vacancy, apply and switch language', async () => {
    const page = await openWithoutScripts('/');
    await page.getByLabel('Zoek op functie, organisatie of plaats').fill('archiefinspecteur');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL(/q=archiefinspecteur/);
    // The form sends its empty fields too; the page moves to the address a link to it has.
    expect(new URL(page.url()).search).toBe('?q=archiefinspecteur');
    await expect(page.getByRole('status').filter({ hasText: 'gevonden' }).textContent()).resolves.toContain(
      '1 vacature gevonden',
    );

    // Filtering: open the panel, tick a box, apply.
    await page.goto(`${portal.baseUrl}/`);
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByRole('group', { name: 'Vakgebied' }).getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await page.waitForURL(/category=/);
    expect([...new URL(page.url()).searchParams.keys()]).toEqual(['category']);
    // The chosen filter shows as a chip, a link that removes it.
    expect(await page.locator('a.chip').count()).toBe(1);

    // Paging.
    await page.goto(`${portal.baseUrl}/`);
    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.waitForURL(/page=2/);
    await expect(page.getByText(/Pagina 2 van \d+/).count()).resolves.toBe(1);

    // A vacancy, and applying to it.
    await page.goto(`${portal.baseUrl}/?q=archiefinspecteur`);
    await page.getByRole('link', { name: TITLE }).first().click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // The way back leads to the same search.
    expect(await page.getByRole('link', { name: 'Terug naar zoeken' }).getAttribute('href')).toBe(
      '/?q=archiefinspecteur',
    );
    // Sent with a mistake, the page comes back at the form, its error summary in view, and asks
    // for the CV again by its name: no browser keeps a file over a new page.
    await page.getByLabel('Naam', { exact: true }).fill('Sem Zonderscript');
    await page
      .getByLabel('Cv', { exact: true })
      .setInputFiles({ name: 'mijn-cv.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Sollicitatie versturen' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByText('Vul je e-mailadres in', { exact: false }).waitFor();
    expect(new URL(page.url()).hash).toBe('#apply');
    expect(await summary.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(
      VIEWPORTS.desktop.height,
    );
    await expect(page.getByLabel('Naam', { exact: true }).inputValue()).resolves.toBe('Sem Zonderscript');
    await expect(page.getByLabel('Cv', { exact: true }).getAttribute('aria-describedby')).resolves.toBeTruthy();
    const cvHint = await page.getByLabel('Cv', { exact: true }).evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(cvHint).toContain('Je had ‘mijn-cv.pdf’ gekozen. Kies het opnieuw');
    await expect(page.getByText('Je had ‘', { exact: false }).count()).resolves.toBe(1);
    await page.getByLabel('E-mailadres').fill('sem@example.org');
    await page.getByLabel('Motivatie').fill('Archieven zijn mijn vak.');
    await page
      .getByLabel('Cv', { exact: true })
      .setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Sollicitatie versturen' }).click();
    await page.getByText('Je sollicitatie is verstuurd').waitFor();
    expect(
      await page.getByText('Je sollicitatie is verstuurd').evaluate((element) => element.getBoundingClientRect().top),
    ).toBeLessThan(VIEWPORTS.desktop.height);

    // Joining and an alert, sent with mistakes: each page comes back at its error summary too.
    for (const [path, button] of [
      ['/aanmelden', 'Aanmelding versturen'],
      ['/alert/nieuw?q=archief', 'E-mailalert maken'],
    ] as const) {
      await page.goto(`${portal.baseUrl}${path}`);
      await page.getByRole('button', { name: button }).click();
      const errors = page.locator('.error-summary');
      await errors.waitFor();
      expect(new URL(page.url()).hash, path).toMatch(/-errors$/);
      expect(await errors.evaluate((element) => element.getBoundingClientRect().top), path).toBeLessThan(
        VIEWPORTS.desktop.height,
      );
    }
    await page.goto(`${portal.baseUrl}${vacancyPath()}`);

    // The other language.
    await page.getByRole('link', { name: 'English' }).first().click();
    await page.waitForURL(/\/en\/vacancies\//);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.context().close();
  });

  it('loads the page opened anew when a new version replaced the scripts it needs (a deploy), once', async () => {
    const page = await openPage(portal, '/');
    // The page's code as the version before a deploy named it: gone from the server (404), once.
    let refused = 0;
    await page.route('**/assets/privacy-page-*.js', async (route) => {
      if (refused++ === 0) await route.fulfill({ status: 404, body: '' });
      else await route.continue();
    });
    await page.evaluate(() => {
      (window as unknown as { before: boolean }).before = true;
    });
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacyverklaring' }).click();
    await page.waitForURL(`${portal.baseUrl}/privacy`);
    await page.getByRole('heading', { level: 1, name: /Privacy/ }).waitFor();
    expect(refused).toBeGreaterThanOrEqual(1);
    // Loaded anew from the server, not shown as an error page.
    expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBeUndefined();
    expect(await page.getByText('Er ging iets mis').count()).toBe(0);
    await page.context().close();
  });

  it('hydrates the pages with scripts on: no errors, no second round of requests, one title', async () => {
    for (const path of [
      '/',
      '/?category=informatiebeheer',
      '/?q=archief&page=1',
      vacancyPath(),
      `/vacatures/${closed.id}-gesloten-functie`,
      '/organisaties/gemeente-proefstad',
      '/deelnemers',
      '/aanmelden',
      '/over',
      '/privacy',
      '/en/',
      `/en/vacancies/${vacancy.id}-archiefinspecteur`,
    ]) {
      // The title the page arrives with is the one the browser keeps, and fits a search result.
      const html = await (await get(path)).text();
      const served = textOf(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').trim();
      expect(served.length, path).toBeGreaterThan(0);
      expect(served.length, path).toBeLessThanOrEqual(70);
      const context = await portal.browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'nl-NL' });
      const page = await context.newPage();
      const problems: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        // A closed vacancy's own 410 is the page's status, which Chromium reports; not a fault.
        if (message.text().includes('status of 410') && path.includes(closed.id)) return;
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      };
      page.on('console', onConsole);
      page.on('pageerror', (error) => problems.push(error.message));
      const apiCalls: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/api/') && !url.pathname.endsWith('/logo')) apiCalls.push(url.pathname);
      });
      await page.goto(`${portal.baseUrl}${path}`, { waitUntil: 'networkidle' });
      const hydrated = await page.evaluate(() =>
        Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer')),
      );
      expect(hydrated, path).toBe(true);
      expect(problems, path).toEqual([]);
      expect(apiCalls, path).toEqual([]);
      expect(await page.title(), path).toBe(served);
      // Every style the page uses arrived with it: none comes later with a script (the page
      // would change its look when the scripts arrive, and never get it with scripts off).
      const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href));
      const linked = [...html.matchAll(/<link rel="stylesheet"[^>]* href="([^"]+)"/g)].map(
        (match) => `${portal.baseUrl}${match[1]}`,
      );
      expect(sheets, path).toEqual(linked);
      // Scripts work: the search box suggests as you type (a request of its own, after hydration).
      if (path === '/') {
        await page.getByLabel('Zoek op functie, organisatie of plaats').fill('archief');
        await page.getByRole('option').first().waitFor();
      }
      await context.close();
    }
  });

  it('shows a signed-in HR officer the pages as before, rendered by the browser', async () => {
    const context = await portal.browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${portal.baseUrl}/inloggen`);
    await page.getByLabel('E-mailadres').fill(hrEmail);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByLabel('Wachtwoord').press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    await page.goto(`${portal.baseUrl}/vacatures/${closed.id}-gesloten-functie`);
    // The organisation's own staff see the preview that only they may see.
    await page.getByText('Alleen jouw organisatie ziet deze pagina').waitFor();
    await context.close();
  });
});
