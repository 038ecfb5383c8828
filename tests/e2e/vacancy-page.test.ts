/**
 * The public vacancy page in a real browser, as a job seeker uses it: the vacancy itself
 * before anything else, similar vacancies nearby and the employer's other openings, sharing
 * without third parties, copying the link, printing, the English page, and axe on desktop
 * and at 320 px.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { municipalityByCode, type Organisation, type Vacancy } from '@samenwerven/db';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { createOrganisation, createUser, createVacancy } from '../support/factories.ts';
import { portalInBrowser, signInThroughPage } from '../support/portal-in-browser.ts';

const enabled = browserAvailable();
const HOUR = 3_600_000;
const CATEGORY = 'informatiebeheer';
const TITLE = 'Adviseur informatiebeheer';
const SLUG = 'adviseur-informatiebeheer';
const DESCRIPTION = 'Je zorgt dat de gemeente haar archief op orde houdt.';
/** Asks the portal for its pages as the browser alone renders them, not the server. */
const BROWSER_ONLY = { 'x-render': 'client' };
/** Axe on four pages, each after two searches: more than 30 s on a busy machine. */
const AXE_TIMEOUT = 120_000;

describe.skipIf(!enabled)('the vacancy page in a real browser', () => {
  let employer: Organisation;
  let vacancy: Vacancy;
  let lonely: Vacancy;
  let closed: Vacancy;
  let draft: Vacancy;
  let hrEmail = '';
  const nearbyTitles: string[] = [];

  const portal = portalInBrowser({
    vacancyCount: 60,
    seed: async (ctx) => {
      const now = Date.now();
      employer = await createOrganisation(ctx.db, { slug: 'gemeente-proefstad', name: 'Gemeente Proefstad' });
      // The newest of the employer's eight, so the search returns it and the page must leave it out.
      vacancy = await createVacancy(ctx.db, {
        organisation: employer,
        title: TITLE,
        categoryCode: CATEGORY,
        description: `<p>${DESCRIPTION}</p>`,
        applyMethod: 'url',
        applyUrl: 'https://werkenbij.proefstad.example/vacatures/42',
        contactName: 'Mila Jansen',
        contactEmail: 'mila.jansen@proefstad.example',
        contactPhone: '013 123 45 67',
        publishedAt: new Date(now),
      });
      for (let i = 1; i <= 7; i++) {
        await createVacancy(ctx.db, {
          organisation: employer,
          title: `Medewerker personeelszaken ${i}`,
          categoryCode: 'hr',
          publishedAt: new Date(now - i * HOUR),
        });
      }
      // Five of the same field a street away, one more than the page shows: nearer than any of
      // the demo's, while the vacancy itself (distance 0) is always the search's first hit.
      const neighbour = await createOrganisation(ctx.db, { name: 'Waterschap Proefstroom' });
      const tilburg = municipalityByCode('GM0855')!;
      for (let i = 1; i <= 5; i++) {
        const title = `Archiefmedewerker ${i}`;
        nearbyTitles.push(title);
        await createVacancy(ctx.db, {
          organisation: neighbour,
          title,
          categoryCode: CATEGORY,
          latitude: tilburg.latitude + 0.0005,
          longitude: tilburg.longitude,
        });
      }
      await createVacancy(ctx.db, { organisation: neighbour, title: 'Applicatiebeheerder', categoryCode: 'ict' });
      // Closed last week: an old link to it says so, and leads to the five a street away.
      closed = await createVacancy(ctx.db, {
        organisation: employer,
        title: 'Archivaris met oude link',
        categoryCode: CATEGORY,
        state: 'closed',
        publishedAt: new Date(now - 40 * 24 * HOUR),
        closedAt: new Date(now - 7 * 24 * HOUR),
      });
      draft = await createVacancy(ctx.db, {
        organisation: employer,
        title: 'Concept nog zonder publicatie',
        state: 'draft',
        publishedAt: null,
      });
      hrEmail = (await createUser(ctx.db, { role: 'hr_officer', organisation: employer })).email;
      // Far from everything, alone at its employer: nothing to show beside it.
      const remote = await createOrganisation(ctx.db, { name: 'Gemeente Verweg', municipalityCode: 'GM0014' });
      lonely = await createVacancy(ctx.db, {
        organisation: remote,
        title: 'Jeugdarts',
        categoryCode: 'zorg',
        municipalityCode: 'GM0014',
      });
    },
  });

  const canonical = (prefix = '/vacatures') => `${portal.baseUrl}${prefix}/${vacancy.id}-${SLUG}`;

  async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await portal.browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...options });
    const page = await context.newPage();
    await page.goto(`${portal.baseUrl}${path}`);
    return page;
  }

  /** The search API with a query string: the two lists beside the vacancy, not the vacancy. */
  const isSideSearch = (url: URL) => url.pathname === '/api/v1/vacancies' && url.search !== '';

  const similarSection = (page: Page, name = 'Vergelijkbare vacatures in de buurt') =>
    page.getByRole('region', { name, exact: true });
  const employerSection = (page: Page, name = 'Meer vacatures bij Gemeente Proefstad') =>
    page.getByRole('region', { name, exact: true });

  /** The ids behind the vacancy links of a list, with their rows from the database. */
  async function listedVacancies(section: Locator) {
    const links = section.getByRole('heading', { level: 3 }).getByRole('link');
    const hrefs = await Promise.all((await links.all()).map((link) => link.getAttribute('href')));
    const ids = hrefs.map((href) => /\/(?:vacatures|vacancies)\/([0-9a-f-]{36})/.exec(href ?? '')?.[1] ?? '');
    const { rows } = await portal.ctx.pool.query<{ id: string; category_code: string; organisation_id: string }>(
      `SELECT id, category_code, organisation_id FROM vacancies
        WHERE id = ANY($1::uuid[]) AND state = 'published' AND closing_date >= current_date`,
      [ids.filter(Boolean)],
    );
    return { ids, rows, titles: (await links.allTextContents()).map((text) => text.trim()) };
  }

  it('shows the vacancy and its facts at once, without waiting for the lists beside it', async () => {
    // The page as the browser alone renders it (a signed-in user's, and the app after its first
    // page): the server-rendered one carries the lists already (server-rendering.test.ts).
    const context = await portal.browser.newContext({ locale: 'nl-NL', extraHTTPHeaders: BROWSER_ONLY });
    const page = await context.newPage();
    // The side searches are held until the vacancy is on screen: were the page to wait for
    // them, the title would never appear.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(isSideSearch, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${portal.baseUrl}/vacatures/${vacancy.id}`);
    // The facts, not the title: the server's first HTML has the title too, before any script.
    const facts = page.locator('article > dl.facts');
    await facts.waitFor({ timeout: 20_000 });
    expect(await similarSection(page).count()).toBe(0);
    await expect(facts.locator('dt').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Organisatie', 'Plaats', 'Uren', 'Salaris', 'Sluitingsdatum']),
    );
    await expect(facts.getByRole('link', { name: 'Gemeente Proefstad' }).getAttribute('href')).resolves.toBe(
      '/organisaties/gemeente-proefstad',
    );
    await facts.getByText('Tilburg').waitFor();
    await page.getByText(DESCRIPTION).waitFor();
    // Its summary too, as the staff's preview shows it (an HR walk: only the preview did).
    await page.locator('article p.lead', { hasText: 'Een mooie baan bij de overheid.' }).waitFor();
    expect(await page.title()).toBe(`${TITLE} — Gemeente Proefstad | Samenwerven`);

    release();
    await similarSection(page).waitFor();
    await employerSection(page).waitFor();

    // The same from one vacancy to the next, inside the app: the lists of the first one must
    // not keep the second one waiting either.
    let releaseNext = () => {};
    const heldNext = new Promise<void>((resolve) => (releaseNext = resolve));
    await page.unroute(isSideSearch);
    await page.route(isSideSearch, async (route) => {
      await heldNext;
      await route.continue();
    });
    const next = similarSection(page).getByRole('heading', { level: 3 }).getByRole('link').first();
    const nextTitle = (await next.textContent())!.trim();
    await next.click();
    await page.getByRole('heading', { level: 1, name: nextTitle }).waitFor({ timeout: 20_000 });
    expect(await similarSection(page).count()).toBe(0);
    releaseNext();
    await employerSection(page, 'Meer vacatures bij Waterschap Proefstroom').waitFor();
    await context.close();
  });

  it('lists four vacancies of the same field nearby, never the vacancy itself', async () => {
    const page = await open(`/vacatures/${vacancy.id}-${SLUG}`);
    const section = similarSection(page);
    await section.waitFor();
    await expect(section.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Vergelijkbare vacatures in de buurt',
    );
    const { ids, rows, titles } = await listedVacancies(section);
    expect(ids).toHaveLength(4);
    expect(ids).not.toContain(vacancy.id);
    expect(titles).not.toContain(TITLE);
    // All open, all in the same field (the database says so, not the page).
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.category_code).toBe(CATEGORY);
    // The nearest first: the five a street away come before the demo's.
    for (const title of titles) expect(nearbyTitles).toContain(title);
    await page.context().close();
  });

  it('lists a vacancy once: one of its organisation’s is not also among the similar ones nearby', async () => {
    // The neighbour's archive vacancies are both its organisation's and the nearest of the field.
    const [{ id }] = (
      await portal.ctx.pool.query<{ id: string }>('SELECT id FROM vacancies WHERE title = $1', [nearbyTitles[0]])
    ).rows as [{ id: string }];
    const page = await open(`/vacatures/${id}`);
    const similar = similarSection(page);
    const employer = employerSection(page, 'Meer vacatures bij Waterschap Proefstroom');
    await similar.waitFor();
    await employer.waitFor();
    const fromEmployer = (await listedVacancies(employer)).ids;
    const nearby = (await listedVacancies(similar)).ids;
    expect(fromEmployer.length).toBeGreaterThanOrEqual(4);
    expect(nearby.length).toBeGreaterThan(0);
    expect(nearby.filter((shown) => fromEmployer.includes(shown))).toEqual([]);
    await page.context().close();
  });

  it("lists the organisation's other vacancies and links to all of them", async () => {
    const page = await open(`/vacatures/${vacancy.id}-${SLUG}`);
    const section = employerSection(page);
    await section.waitFor();
    const { ids, rows, titles } = await listedVacancies(section);
    expect(ids).toHaveLength(5);
    expect(ids).not.toContain(vacancy.id);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.organisation_id).toBe(employer.id);
    expect(titles).toEqual([1, 2, 3, 4, 5].map((i) => `Medewerker personeelszaken ${i}`));

    const all = section.getByRole('link', { name: 'Alle 8 vacatures van Gemeente Proefstad' });
    expect(await all.getAttribute('href')).toBe('/organisaties/gemeente-proefstad');
    await all.click();
    await page.getByRole('heading', { level: 1, name: 'Gemeente Proefstad' }).waitFor();
    await page.context().close();
  });

  it('leaves the lists out when they have nothing to show', async () => {
    const page = await open(`/vacatures/${lonely.id}`);
    await page.getByRole('region', { name: 'Contact' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Jeugdarts' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await similarSection(page).count()).toBe(0);
    expect(await employerSection(page, 'Meer vacatures bij Gemeente Verweg').count()).toBe(0);
    expect(await page.locator('.vacancy-related').count()).toBe(0);
    await page.context().close();
  });

  it('still shows the vacancy, without an error, when the lists cannot be loaded', async () => {
    // In the browser: there the lists' searches can be made to fail.
    const context = await portal.browser.newContext({ locale: 'nl-NL', extraHTTPHeaders: BROWSER_ONLY });
    const page = await context.newPage();
    let failed = 0;
    await page.route(isSideSearch, async (route) => {
      failed += 1;
      await route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'Internal Server Error' } }),
      });
    });
    await page.goto(`${portal.baseUrl}/vacatures/${vacancy.id}`, { waitUntil: 'networkidle' });
    await page.getByRole('region', { name: 'Contact' }).waitFor();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(failed).toBe(2);
    expect(await page.getByText('Er ging iets mis').count()).toBe(0);
    expect(await page.locator('.vacancy-related').count()).toBe(0);
    await context.close();
  });

  it('says an old link’s vacancy is closed and leads on to similar open ones; an unknown one is not found', async () => {
    const page = await open(`/vacatures/${closed.id}-archivaris-met-oude-link`);
    await page.getByRole('heading', { level: 1, name: 'Deze vacature is gesloten' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain(
      'De vacature Archivaris met oude link bij Gemeente Proefstad staat niet meer open.',
    );
    expect(await page.title()).toContain('Deze vacature is gesloten');
    expect(await page.getByText('Vacature niet gevonden').count()).toBe(0);
    // Nothing of the vacancy beyond its title and employer: no text, no way to apply.
    expect(await page.getByText(DESCRIPTION).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Solliciteren' }).count()).toBe(0);

    const section = similarSection(page);
    await section.waitFor();
    const { ids, rows, titles } = await listedVacancies(section);
    expect(ids).toHaveLength(4);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.category_code).toBe(CATEGORY);
    // The nearest first: the employer's own open one in the same field, then those a street away.
    expect(titles[0]).toBe(TITLE);
    for (const title of titles.slice(1)) expect(nearbyTitles).toContain(title);

    await expect(
      page.getByRole('link', { name: 'Open vacatures van Gemeente Proefstad' }).getAttribute('href'),
    ).resolves.toBe('/organisaties/gemeente-proefstad');
    const search = page.getByRole('link', { name: 'Zoek open vacatures in Informatiebeheer en archief rond Tilburg' });
    await expect(search.getAttribute('href')).resolves.toBe('/?category=informatiebeheer&near=Tilburg');
    await expect(
      page.getByRole('link', { name: 'Krijg een e-mail als er zo’n vacature bij komt' }).getAttribute('href'),
    ).resolves.toBe('/alert/nieuw?category=informatiebeheer&near=Tilburg');
    await search.click();
    await page.waitForURL(/category=informatiebeheer/);
    await page.locator('ol.results li').first().waitFor();
    await page.context().close();

    const english = await open(`/en/vacancies/${closed.id}`);
    await english.getByRole('heading', { level: 1, name: 'This vacancy is closed' }).waitFor();
    // Its Dutch title is read out in Dutch on the English page (WCAG 3.1.2), as on the open one.
    await expect(english.locator('.vacancy-closed strong').getAttribute('lang')).resolves.toBe('nl');
    await similarSection(english, 'Similar vacancies nearby').waitFor();
    await english.context().close();

    const unknown = await open(`/vacatures/${crypto.randomUUID()}`);
    await unknown.getByRole('heading', { level: 1, name: 'Vacature niet gevonden' }).waitFor();
    await unknown.context().close();
  });

  it('shows its own staff a closed vacancy as a preview that says so, without a way to apply', async () => {
    const page = await signInThroughPage(portal, hrEmail, 'Beheer');
    await page.goto(`${portal.baseUrl}/vacatures/${closed.id}-archivaris-met-oude-link`);
    await page.getByRole('heading', { level: 1, name: 'Archivaris met oude link' }).waitFor();
    await page
      .getByText('Alleen jouw organisatie ziet deze pagina: de vacature is gesloten. Werkzoekenden zien hem niet.')
      .waitFor();
    const apply = page.getByRole('region', { name: 'Solliciteren' });
    await expect(apply.textContent()).resolves.toContain('Solliciteren kan alleen op een gepubliceerde vacature.');
    expect(await apply.getByRole('button').count()).toBe(0);
    expect(await apply.getByRole('link').count()).toBe(0);
    await expect(page.locator('.facts').textContent()).resolves.toContain('Geplaatst op');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A draft was never published: its preview gives no publication date, not its creation's.
    await page.goto(`${portal.baseUrl}/vacatures/${draft.id}`);
    await page.getByRole('heading', { level: 1, name: 'Concept nog zonder publicatie' }).waitFor();
    await page.getByText('de vacature is een concept').waitFor();
    await expect(page.locator('.facts').textContent()).resolves.not.toContain('Geplaatst op');
    await page.context().close();
  });

  it('shares the canonical address through plain links, without loading anything from elsewhere', async () => {
    const context = await portal.browser.newContext({
      locale: 'nl-NL',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // Without the slug in the address: the shared one is the canonical one regardless.
    await page.goto(`${portal.baseUrl}/vacatures/${vacancy.id}`);
    const share = page.getByRole('region', { name: 'Deel of print deze vacature' });
    await share.waitFor();
    const encoded = encodeURIComponent(canonical());

    const mail = await share.getByRole('link', { name: 'Delen via e-mail' }).getAttribute('href');
    expect(mail).toContain(encoded);
    const mailUrl = new URL(mail!);
    expect(mailUrl.protocol).toBe('mailto:');
    expect(mailUrl.searchParams.get('subject')).toBe(`Vacature: ${TITLE}`);
    expect(mailUrl.searchParams.get('body')).toContain(canonical());
    await expect(share.getByRole('link', { name: 'Delen via LinkedIn' }).getAttribute('href')).resolves.toBe(
      `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`,
    );
    const whatsApp = await share.getByRole('link', { name: 'Delen via WhatsApp' }).getAttribute('href');
    expect(whatsApp).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(whatsApp).toContain(encoded);
    for (const link of await share.getByRole('link').all()) expect(await link.getAttribute('target')).toBeNull();

    // Copying, by keyboard: the address lands on the clipboard and the live region says so.
    const status = share.getByRole('status');
    expect(await status.textContent()).toBe('');
    await share.getByRole('button', { name: 'Kopieer link' }).focus();
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'Link gekopieerd' }).waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(canonical());

    // The test cannot look at a print dialog; it checks the button asks for one.
    await page.evaluate(`window.print = () => document.body.setAttribute('data-printed', 'yes')`);
    await share.getByRole('button', { name: 'Print deze vacature' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');

    await similarSection(page).waitFor();
    for (const url of requests) expect(url.startsWith(`${portal.baseUrl}/`)).toBe(true);
    await context.close();
  });

  it('prints the vacancy with its facts, text, how to apply and contact, and nothing around it', async () => {
    const page = await open(`/vacatures/${vacancy.id}-${SLUG}`);
    await similarSection(page).waitFor();
    await employerSection(page).waitFor();
    const printedUrl = page.locator('.vacancy-print-url');
    expect(await printedUrl.isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('link', { name: 'Terug naar zoeken' }),
      page.getByRole('region', { name: 'Deel of print deze vacature' }),
      page.getByRole('button', { name: 'Print deze vacature' }),
      similarSection(page),
      employerSection(page),
    ]) {
      expect(await hidden.isVisible()).toBe(false);
    }
    for (const shown of [
      page.getByRole('heading', { level: 1, name: TITLE }),
      page.locator('article > dl.facts'),
      page.getByText(DESCRIPTION),
      page.getByRole('region', { name: 'Solliciteren' }),
      page.getByRole('region', { name: 'Contact' }),
      page.getByText('mila.jansen@proefstad.example'),
    ]) {
      expect(await shown.isVisible()).toBe(true);
    }
    expect(await printedUrl.isVisible()).toBe(true);
    expect(await printedUrl.textContent()).toContain(canonical());
    // Black on white, links included.
    const colour = (locator: Locator) =>
      locator.evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).color);
    await expect(colour(page.getByRole('heading', { level: 1 }))).resolves.toBe('rgb(0, 0, 0)');
    await expect(colour(page.getByRole('link', { name: 'mila.jansen@proefstad.example' }))).resolves.toBe(
      'rgb(0, 0, 0)',
    );
    await expect(colour(page.locator('article > dl.facts a'))).resolves.toBe('rgb(0, 0, 0)');
    await page.context().close();
  });

  it('works in English', async () => {
    const page = await open(`/en/vacancies/${vacancy.id}`, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('article > dl.facts dt', { hasText: 'Closing date' }).waitFor();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    const similar = similarSection(page, 'Similar vacancies nearby');
    await similar.waitFor();
    const { ids, rows } = await listedVacancies(similar);
    expect(ids).toHaveLength(4);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.category_code).toBe(CATEGORY);
    for (const href of await similar
      .getByRole('heading', { level: 3 })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(/^\/en\/vacancies\//);
    }

    const employerList = employerSection(page, 'More vacancies at Gemeente Proefstad');
    await expect(
      employerList.getByRole('link', { name: 'All 8 vacancies at Gemeente Proefstad' }).getAttribute('href'),
    ).resolves.toBe('/en/organisations/gemeente-proefstad');

    const share = page.getByRole('region', { name: 'Share or print this vacancy' });
    await expect(share.getByRole('link', { name: 'Share on LinkedIn' }).getAttribute('href')).resolves.toBe(
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(canonical('/en/vacancies'))}`,
    );
    await share.getByRole('button', { name: 'Copy link' }).click();
    await share.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    await share.getByRole('button', { name: 'Print this vacancy' }).waitFor();
    await page.context().close();
  });

  it(
    'has no WCAG 2.2 A/AA violations that axe can find, in Dutch and English, wide and 320 px',
    async () => {
      const viewports = [
        { width: 1280, height: 800 },
        { width: 320, height: 640 },
      ];
      for (const viewport of viewports) {
        for (const prefix of ['/vacatures', '/en/vacancies']) {
          const page = await open(`${prefix}/${vacancy.id}-${SLUG}`, { viewport });
          await page.locator('.vacancy-related').nth(1).waitFor();
          expect({ prefix, viewport, violations: await accessibilityViolations(page) }).toEqual({
            prefix,
            viewport,
            violations: [],
          });
          // Reflow: no sideways scrolling at 320 px.
          const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
          expect({ prefix, viewport, overflow }).toEqual({ prefix, viewport, overflow: 0 });
          await page.context().close();
        }
      }
    },
    AXE_TIMEOUT,
  );
});
