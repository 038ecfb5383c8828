/**
 * The tools an organisation's staff use beside writing one vacancy at a time (issue 16,
 * finding 10), in a real browser: finding and ordering the vacancy list (the address keeps
 * it, through reload and back). Axe checks each page in Dutch and English, wide and 320 px.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Organisation } from '@samenwerven/db';
import { accessibilityViolations, BROWSER_ENV, browserAvailable, launchBrowser } from '../support/browser.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';

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

  beforeAll(async () => {
    ctx = await createTestContext({ webRoot: inject('webRoot'), env: BROWSER_ENV });
    organisation = await createOrganisation(ctx.db, { name: 'Gemeente Proefstad', slug: 'gemeente-proefstad' });
    hr = await createUser(ctx.db, { role: 'hr_officer', organisation, name: 'Hanna de Haan' });
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
    baseUrl = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  /** Signed in as the HR officer through the sign-in page, then on `path`. */
  async function signedIn(path: string, viewport: { width: number; height: number } = VIEWPORTS.desktop) {
    const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inloggen?${new URLSearchParams({ next: path.replace(/^\/en/, '') })}`);
    await page.getByLabel('E-mailadres').fill(hr.email);
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

      // By the reference, too.
      await search.getByLabel('Zoeken op titel of kenmerk').fill('ats-7');
      await search.getByRole('button', { name: 'Toon vacatures' }).click();
      await page.waitForURL((url) => url.searchParams.get('q') === 'ats-7');
      await expect.poll(() => titles(page)).toEqual(['Beleidsmedewerker wonen']);

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
});
