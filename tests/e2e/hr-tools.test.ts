/**
 * The tools an organisation's staff use beside writing one vacancy at a time (issue 16,
 * finding 10), in a real browser: finding and ordering the vacancy list (the address keeps
 * it, through reload and back), uploading vacancies as a CSV file with a report per line, and
 * the admin's code for the widget on the organisation's own website, with its live preview.
 * Axe checks each page in Dutch and English, wide and 320 px.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Organisation } from '@samenwerven/db';
import { accessibilityViolations, BROWSER_ENV, browserAvailable, launchBrowser } from '../support/browser.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, isoDate, TEST_PASSWORD } from '../support/factories.ts';
import { signIn as apiSignIn } from '../support/http.ts';

const enabled = browserAvailable();
const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  narrow: { width: 320, height: 640 },
} as const;
const DAY = 86_400_000;
/** A story through several pages, with a sign-in. */
const STORY_TIMEOUT = 120_000;
/** Axe on four variants of a page, with a sign-in each: more than the default on a busy machine. */
const AXE_TIMEOUT = 180_000;

describe.skipIf(!enabled)('the staff’s tools in a real browser', () => {
  let ctx: TestContext;
  let browser: Browser;
  let baseUrl: string;
  let organisation: Organisation;
  let hr: Awaited<ReturnType<typeof createUser>>;
  let admin: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    ctx = await createTestContext({ webRoot: inject('webRoot'), env: BROWSER_ENV });
    organisation = await createOrganisation(ctx.db, { name: 'Gemeente Proefstad', slug: 'gemeente-proefstad' });
    hr = await createUser(ctx.db, { role: 'hr_officer', organisation, name: 'Hanna de Haan' });
    admin = await createUser(ctx.db, { role: 'org_admin', organisation, name: 'Ahmed Aksoy' });
    const now = Date.now();
    // More than a page of them, the two policy ones changed longest ago (last on the default order).
    for (let i = 1; i <= 22; i++)
      await createVacancy(ctx.db, {
        organisation,
        title: `Medewerker team ${i}`,
        updatedAt: new Date(now - i * 60_000),
      });
    await createVacancy(ctx.db, {
      organisation,
      title: 'Beleidsmedewerker wonen',
      externalId: 'ATS-7',
      updatedAt: new Date(now - 30 * DAY),
    });
    await createVacancy(ctx.db, {
      organisation,
      title: 'Beleidsadviseur jeugd',
      state: 'closed',
      closedAt: new Date(now - 20 * DAY),
      updatedAt: new Date(now - 20 * DAY),
    });
    // Another organisation's matching vacancy never shows.
    await createVacancy(ctx.db, { title: 'Beleidsadviseur elders' });
    // The widget lists what the search finds.
    await ctx.sync();
    baseUrl = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  /** Signed in as the HR officer (or `as`) through the sign-in page, then on `path`. */
  async function signedIn(
    path: string,
    viewport: { width: number; height: number } = VIEWPORTS.desktop,
    as: { email: string } = hr,
  ) {
    const context = await browser.newContext({
      viewport,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inloggen?${new URLSearchParams({ next: path.replace(/^\/en/, '') })}`);
    await page.getByLabel('E-mailadres').fill(as.email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByLabel('Wachtwoord').press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    if (path.startsWith('/en/')) await page.goto(`${baseUrl}${path}`);
    await page.locator('main h1').waitFor();
    return page;
  }

  const titles = (page: Page) => page.locator('table.vacancies-table tbody tr a.vacancy-link').allTextContents();

  it(
    'finds vacancies by title or reference and orders them, and the address keeps it through reload and back',
    async () => {
      const page = await signedIn('/beheer/vacatures');
      await page.getByRole('heading', { level: 1, name: 'Vacatures' }).waitFor();
      const status = page.getByRole('status').filter({ hasText: /vacature/ });
      await expect(status.textContent()).resolves.toBe('24 vacatures');
      // The default order is last changed first: the two policy vacancies are on page 2.
      expect(await titles(page)).not.toContain('Beleidsmedewerker wonen');

      const search = page.getByRole('search', { name: 'Vacatures zoeken en sorteren' });
      await search.getByLabel('Zoeken op titel of kenmerk').fill('BELEID');
      await search.getByLabel('Sorteren op').selectOption({ label: 'Titel (A–Z)' });
      await search.getByRole('button', { name: 'Toon vacatures' }).click();
      await page.waitForURL(
        (url) => url.searchParams.get('q') === 'BELEID' && url.searchParams.get('sort') === 'title',
      );
      await expect.poll(() => status.textContent()).toBe('2 vacatures met ‘BELEID’');
      expect(await titles(page)).toEqual(['Beleidsadviseur jeugd', 'Beleidsmedewerker wonen']);
      expect(await accessibilityViolations(page)).toEqual([]);

      // By the reference, too, sent with Enter: the focus stays in the field (a staff WCAG review:
      // the field was made anew and the focus went to the top of the page).
      const field = search.getByLabel('Zoeken op titel of kenmerk');
      await field.fill('ats-7');
      await field.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === 'ats-7');
      await expect.poll(() => titles(page)).toEqual(['Beleidsmedewerker wonen']);
      expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);

      // Back: the previous search, its words in the box and its order chosen.
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('q') === 'BELEID');
      await expect.poll(() => titles(page)).toEqual(['Beleidsadviseur jeugd', 'Beleidsmedewerker wonen']);
      await expect(search.getByLabel('Zoeken op titel of kenmerk').inputValue()).resolves.toBe('BELEID');

      // The state filter keeps the search and the order; so does a reload.
      await page
        .getByRole('navigation', { name: 'Vacatures per status' })
        .getByRole('link', { name: /Gesloten/ })
        .click();
      await page.waitForURL((url) => url.searchParams.get('state') === 'closed');
      expect(new URL(page.url()).searchParams.get('q')).toBe('BELEID');
      expect(new URL(page.url()).searchParams.get('sort')).toBe('title');
      await expect.poll(() => titles(page)).toEqual(['Beleidsadviseur jeugd']);
      await page.reload();
      await page.locator('table.vacancies-table').waitFor();
      expect(await page.title()).toContain('Vacatures: Gesloten');
      expect(await titles(page)).toEqual(['Beleidsadviseur jeugd']);
      await expect(search.getByLabel('Sorteren op').inputValue()).resolves.toBe('title');

      // Clearing the search keeps the order and the state.
      await search.getByRole('link', { name: 'Zoekopdracht wissen' }).click();
      await page.waitForURL((url) => !url.searchParams.has('q') && url.searchParams.get('sort') === 'title');
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it('says what is wrong with an address whose order the server does not know, instead of failing', async () => {
    const page = await signedIn('/beheer/vacatures?sort=cheapest&q=beleid');
    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: /Sorteren op/ }).waitFor();
    expect(await page.getByText('Er ging iets mis').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('says so when an address lies past the last page, with the way to it', async () => {
    const page = await signedIn('/beheer/vacatures?page=999');
    await page.getByText(/^Pagina 999 bestaat niet: deze lijst heeft \d+ pagina's\./).waitFor();
    expect(await page.getByText('Er zijn geen vacatures met deze status.').count()).toBe(0);
    await page.getByRole('link', { name: 'Naar de laatste pagina' }).click();
    await page.locator('.vacancies-table').waitFor();
    await page.context().close();
  });

  it(
    'has no WCAG 2.2 A/AA violations that axe can find on the searched list, in Dutch and English, wide and 320 px',
    async () => {
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        for (const path of ['/beheer/vacatures?q=beleid&sort=title', '/en/manage/vacancies?q=beleid&sort=title']) {
          const page = await signedIn(path, viewport);
          await page.locator('table.vacancies-table').waitFor();
          expect({ path, size, violations: await accessibilityViolations(page) }).toEqual({
            path,
            size,
            violations: [],
          });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect({ path, size, overflow }).toEqual({ path, size, overflow: 0 });
          await page.context().close();
        }
      }
    },
    AXE_TIMEOUT,
  );

  /** A spreadsheet as a Dutch Excel saves it: semicolons; two good lines and one with problems. */
  const closing = isoDate(new Date(Date.now() + 30 * DAY));
  const csv = [
    'kenmerk;titel;vakgebied;opleidingsniveau;dienstverband;uren_min;uren_max;gemeente;sluitingsdatum;status',
    `CSV-1;Planoloog binnenstad;ruimte;wo;vast;32;36;Tilburg;${closing};gepubliceerd`,
    `CSV-2;Ecoloog;Natuur, milieu en water;wo;tijdelijk;24;32;GM0855;${closing};concept`,
    `CSV-3;Jurist;sterrenkunde;hbo;vast;veel;36;Tilburg;${closing};concept`,
  ].join('\r\n');

  async function uploadFile(page: Page, name = 'vacatures.csv', content = csv) {
    await page.getByLabel('CSV-bestand').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
    await page.getByRole('button', { name: 'Uploaden' }).click();
  }

  it(
    'uploads a CSV file from the vacancy list and reports per line what became of it',
    async () => {
      const page = await signedIn('/beheer/vacatures');
      await page.getByRole('link', { name: 'Vacatures uploaden (CSV)' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vacatures uploaden' }).waitFor();

      // The page explains the columns the template has, in its order.
      const session = await apiSignIn(ctx.app, hr.email, TEST_PASSWORD);
      const template = await ctx.app.inject({
        url: `/api/v1/organisations/${organisation.id}/vacancies/upload-template`,
        headers: session.bearer,
      });
      const header = template.body
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(',');
      expect(await page.locator('dl.upload-columns dt').allTextContents()).toEqual(header);
      await expect(
        page.getByRole('link', { name: 'Download het voorbeeldbestand' }).getAttribute('href'),
      ).resolves.toBe(`/api/v1/organisations/${organisation.id}/vacancies/upload-template`);
      // And one with semicolons, which Dutch Excel opens as a table.
      await expect(page.getByRole('link', { name: 'met puntkomma’s, voor Excel' }).getAttribute('href')).resolves.toBe(
        `/api/v1/organisations/${organisation.id}/vacancies/upload-template?separator=semicolon`,
      );

      // A workbook is refused before it is sent, saying what to do instead.
      await uploadFile(page, 'vacatures.xlsx', 'PK');
      await page.locator('.error-summary').getByText('Sla het in Excel op als ‘CSV UTF-8’').waitFor();

      await uploadFile(page);
      const report = page.getByRole('region', { name: 'Resultaat' });
      await report
        .getByRole('status')
        .filter({ hasText: '3 regels verwerkt: 2 aangemaakt, 0 bijgewerkt, 0 ongewijzigd, 1 met fouten.' })
        .waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Resultaat');
      const rows = report.locator('tbody tr');
      expect(await rows.count()).toBe(3);
      await expect(rows.nth(0).textContent()).resolves.toContain('Aangemaakt');
      await expect(rows.nth(1).textContent()).resolves.toContain('Ecoloog');
      const failed = await rows.nth(2).textContent();
      expect(failed).toContain('4');
      expect(failed).toContain('Niet opgeslagen');
      expect(failed).toContain('vakgebied: Dit vakgebied kennen we niet. Vul een van deze codes in');
      expect(failed).toContain('uren_min:');
      expect(await accessibilityViolations(page)).toEqual([]);

      // Stored as the file said: one published, one draft, each a link to its page.
      const { rows: stored } = await ctx.pool.query<{ external_id: string; state: string; category_code: string }>(
        `SELECT external_id, state, category_code FROM vacancies WHERE organisation_id = $1 AND external_id LIKE 'CSV-%' ORDER BY external_id`,
        [organisation.id],
      );
      expect(stored).toEqual([
        { external_id: 'CSV-1', state: 'published', category_code: 'ruimte' },
        { external_id: 'CSV-2', state: 'draft', category_code: 'milieu' },
      ]);
      await report.getByRole('link', { name: 'Bekijk Ecoloog' }).click();
      await page.getByRole('heading', { level: 1, name: 'Ecoloog' }).waitFor();
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'has no WCAG 2.2 A/AA violations that axe can find on the upload page with its report, in Dutch and English, wide and 320 px',
    async () => {
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        for (const [path, button, heading] of [
          ['/beheer/vacatures/uploaden', 'Uploaden', 'Resultaat'],
          ['/en/manage/vacancies/upload', 'Upload', 'Result'],
        ] as const) {
          const page = await signedIn(path, viewport);
          const label = path.startsWith('/en/') ? 'CSV file' : 'CSV-bestand';
          await page.getByLabel(label).setInputFiles({ name: 'v.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
          await page.getByRole('button', { name: button, exact: true }).click();
          await page.getByRole('region', { name: heading }).locator('tbody tr').nth(2).waitFor();
          expect({ path, size, violations: await accessibilityViolations(page) }).toEqual({
            path,
            size,
            violations: [],
          });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect({ path, size, overflow }).toEqual({ path, size, overflow: 0 });
          await page.context().close();
        }
      }
    },
    AXE_TIMEOUT,
  );

  it(
    'gives the admin the widget’s code to copy, following the chosen options, with a live preview',
    async () => {
      const page = await signedIn('/beheer', VIEWPORTS.desktop, admin);
      await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Widget' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vacatures op je eigen website' }).waitFor();
      const code = page.getByLabel('Code om in te voegen');
      const preview = page.frameLocator('iframe.widget-preview');
      const origin = new URL(baseUrl).origin;
      await expect(code.inputValue()).resolves.toBe(
        `<iframe src="${origin}/widget/organisaties/gemeente-proefstad?limit=10" title="Vacatures bij Gemeente Proefstad" width="100%" height="480" style="border:0" loading="lazy"></iframe>`,
      );
      await preview.getByRole('heading', { level: 1, name: 'Vacatures bij Gemeente Proefstad' }).waitFor();
      await expect.poll(() => preview.getByRole('listitem').count()).toBe(10);
      expect(await page.locator('iframe.widget-preview').getAttribute('title')).toBe(
        'Vacatures bij Gemeente Proefstad',
      );

      // Fewer vacancies, in English, in the member's own colour, taller.
      await page.getByLabel('Aantal vacatures').fill('3');
      await page.getByRole('radio', { name: 'Engels' }).check();
      await page.getByLabel('Kleur van de links').fill('#7a0019');
      await page.getByLabel('Hoogte in pixels').fill('600');
      await expect
        .poll(() => code.inputValue())
        .toBe(
          `<iframe src="${origin}/en/widget/organisations/gemeente-proefstad?limit=3&amp;accent=%237a0019" title="Vacancies at Gemeente Proefstad" width="100%" height="600" style="border:0" loading="lazy"></iframe>`,
        );
      await preview.getByRole('heading', { level: 1, name: 'Vacancies at Gemeente Proefstad' }).waitFor();
      await expect.poll(() => preview.getByRole('listitem').count()).toBe(3);
      expect(
        await preview
          .getByRole('link')
          .first()
          .evaluate((link) => getComputedStyle(link).color),
      ).toBe('rgb(122, 0, 25)');

      // A colour too light to read is warned about as it is chosen; a number out of bounds at its field.
      await page.getByLabel('Kleur van de links').fill('#ffcc00');
      await page.getByRole('status').filter({ hasText: 'deze kleur is te licht' }).waitFor();
      await page.getByLabel('Kleur van de links').fill('#154273');
      await page.getByLabel('Aantal vacatures').fill('0');
      await page.getByText('Kies een aantal van 1 tot en met 50.').waitFor();
      expect(await page.getByLabel('Aantal vacatures').getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => code.inputValue()).toContain('?limit=3"');
      expect(await code.inputValue()).not.toContain('accent');

      // Copied as shown, and said so.
      await page.getByRole('button', { name: 'Kopieer de code' }).click();
      await page.getByRole('status').filter({ hasText: 'De code is gekopieerd.' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it('keeps the widget page for admins: an HR officer has no link to it and no access', async () => {
    const page = await signedIn('/beheer/vacatures');
    expect(await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Widget' }).count()).toBe(
      0,
    );
    await page.goto(`${baseUrl}/beheer/widget`);
    await page.locator('main h1').waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Vacatures op je eigen website' }).count()).toBe(0);
    expect(await page.getByLabel('Code om in te voegen').count()).toBe(0);
    await page.context().close();
  });

  it(
    'has no WCAG 2.2 A/AA violations that axe can find on the widget page, in Dutch and English, wide and 320 px',
    async () => {
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        for (const path of ['/beheer/widget', '/en/manage/widget']) {
          const page = await signedIn(path, viewport, admin);
          await page.frameLocator('iframe.widget-preview').getByRole('heading', { level: 1 }).waitFor();
          expect({ path, size, violations: await accessibilityViolations(page) }).toEqual({
            path,
            size,
            violations: [],
          });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect({ path, size, overflow }).toEqual({ path, size, overflow: 0 });
          await page.context().close();
        }
      }
    },
    AXE_TIMEOUT,
  );
});
