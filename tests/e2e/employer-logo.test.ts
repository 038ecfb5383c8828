/**
 * An employer's profile reaching job seekers, in a real browser (issue 16): an HR officer of
 * Gemeente Tilburg uploads a logo and saves what the organisation offers on the profile page;
 * the organisation's public page then shows both ("Wat wij bieden", "What we offer"), the logo
 * shows beside the name on its vacancy's page and in the search results (loaded lazily there),
 * each in a box of fixed size with an empty alt (the name is right beside it), and the vacancy
 * page's JobPosting names the logo as an absolute address that serves the image.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { createUser, TEST_PASSWORD, TINY_PNG } from '../support/factories.ts';
import { signIn as apiSignIn } from '../support/http.ts';
import { openPage, portalInBrowser, signInThroughPage } from '../support/portal-in-browser.ts';

const enabled = browserAvailable();
const OFFER = 'Een goed salaris en een opleidingsbudget.\nThuiswerken in overleg.';
const LOGO_PATH = /^\/api\/v1\/organisations\/gemeente-tilburg\/logo\?v=\d+$/;

/** What a logo is on the page: its address, alt text, size attributes and box, and whether it loaded. */
const logoOf = (logo: Locator) =>
  logo.evaluate((element) => {
    const image = element as HTMLImageElement;
    const box = image.getBoundingClientRect();
    return {
      src: image.getAttribute('src'),
      alt: image.getAttribute('alt'),
      width: image.getAttribute('width'),
      height: image.getAttribute('height'),
      loading: image.getAttribute('loading'),
      box: [Math.round(box.width), Math.round(box.height)],
      loaded: image.complete ? image.naturalWidth : 0,
    };
  });

describe.skipIf(!enabled)('a member’s logo and offer on the pages job seekers see', () => {
  let hrEmail = '';
  let organisationId = '';
  let vacancyId = '';
  const portal = portalInBrowser({
    vacancyCount: 40,
    seed: async (ctx) => {
      const { rows } = await ctx.pool.query<{ id: string }>(
        `SELECT id FROM organisations WHERE slug = 'gemeente-tilburg'`,
      );
      organisationId = rows[0]!.id;
      hrEmail = (await createUser(ctx.db, { role: 'hr_officer', organisationId })).email;
      const open = await ctx.pool.query<{ id: string }>(
        `SELECT v.id FROM vacancies v JOIN organisations o ON o.id = v.organisation_id
          WHERE o.slug = 'gemeente-tilburg' AND v.state = 'published' AND v.visibility = 'public'
            AND (v.closing_date IS NULL OR v.closing_date > current_date + 1)
          ORDER BY v.published_at DESC LIMIT 1`,
      );
      vacancyId = open.rows[0]!.id;
    },
  });

  async function waitForLoaded(logo: Locator): Promise<void> {
    await expect.poll(async () => (await logoOf(logo)).loaded, { timeout: 10_000 }).toBe(1);
  }

  it('shows what HR saved on the profile page: the logo and the offer on the organisation page, the logo on its vacancy, in the results and the JSON-LD', async () => {
    // The profile page, as the HR officer uses it.
    const hr = await signInThroughPage(portal, hrEmail, 'Beheer');
    await hr.goto(`${portal.baseUrl}/beheer/profiel`);
    // A "PNG" whose bytes are none: the server's refusal is said as the page's own (a staff review).
    await hr
      .getByLabel('Nieuw logo kiezen')
      .setInputFiles({ name: 'geen-logo.png', mimeType: 'image/png', buffer: Buffer.from('geen plaatje') });
    await hr.getByRole('button', { name: 'Logo opslaan' }).click();
    await hr.getByText('Het logo is niet opgeslagen.').waitFor();
    await hr
      .getByLabel('Nieuw logo kiezen')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: TINY_PNG });
    // Saving the profile saves no logo chosen, and says so (it said only "saved": an admin's walk).
    await hr.getByRole('button', { name: 'Profiel opslaan' }).click();
    await hr
      .getByText('Het profiel is opgeslagen. Het gekozen logo is nog niet opgeslagen: dat doet de knop ‘Logo opslaan’.')
      .waitFor();
    await hr.getByRole('button', { name: 'Logo opslaan' }).click();
    await hr.getByText('Het nieuwe logo is opgeslagen.').waitFor();
    await hr.getByLabel('Wat je biedt (niet verplicht)').fill(OFFER);
    await hr.getByRole('button', { name: 'Profiel opslaan' }).click();
    await hr.getByText('Het profiel is opgeslagen.').waitFor();

    // "Dit staat op de pagina van je organisatie": and so it does.
    await hr.getByRole('link', { name: 'Bekijk de pagina van je organisatie' }).click();
    await hr.getByRole('heading', { level: 1, name: 'Gemeente Tilburg' }).waitFor();
    await checkOrganisationPage(hr, 'Wat wij bieden');
    await hr.context().close();

    const english = await openPage(portal, '/en/organisations/gemeente-tilburg');
    await checkOrganisationPage(english, 'What we offer');
    await english.context().close();

    // The vacancy's page, loaded as a crawler or a shared link loads it.
    const vacancy = await openPage(portal, `/vacatures/${vacancyId}`);
    const facts = vacancy.locator('main .vacancy .facts');
    const logo = facts.locator('img.organisation-logo');
    await waitForLoaded(logo);
    const seen = await logoOf(logo);
    expect(seen).toMatchObject({ alt: '', width: '120', height: '60', box: [120, 60], loading: null });
    expect(seen.src).toMatch(LOGO_PATH);
    // The name follows the logo in the same fact, as the link to the organisation.
    await facts.getByRole('link', { name: 'Gemeente Tilburg' }).waitFor();
    const jsonLd = JSON.parse((await vacancy.locator('script[type="application/ld+json"]').textContent()) ?? '');
    const named = jsonLd.hiringOrganization.logo as string;
    expect(named).toMatch(/^https?:\/\/[^/]+\/api\/v1\/organisations\/gemeente-tilburg\/logo\?v=\d+$/);
    expect(new URL(named).pathname + new URL(named).search).toBe(seen.src);
    const served = await vacancy.request.get(`${portal.baseUrl}${seen.src}`);
    expect(served.headers()['content-type']).toBe('image/png');
    expect(Buffer.from(await served.body()).equals(TINY_PNG)).toBe(true);
    await vacancy.context().close();

    // The search results: each card of the organisation shows it, loaded as the list scrolls.
    const results = await openPage(portal, '/?organisation=gemeente-tilburg');
    const cards = results.locator('.results .result');
    await cards.first().waitFor();
    const logos = results.locator('.results .result-organisation img.organisation-logo');
    expect(await logos.count()).toBe(await cards.count());
    const first = await logoOf(logos.first());
    expect(first).toMatchObject({ alt: '', width: '72', height: '36', loading: 'lazy' });
    expect(first.src).toMatch(LOGO_PATH);
    await results.context().close();
  }, 180_000);

  it('keeps what HR typed when a colleague saved the profile meanwhile, and saves again after loading the latest', async () => {
    const hr = await signInThroughPage(portal, hrEmail, 'Beheer');
    await hr.goto(`${portal.baseUrl}/beheer/profiel`);
    const offer = hr.getByLabel('Wat je biedt (niet verplicht)');
    const save = hr.getByRole('button', { name: 'Profiel opslaan' });
    // Two saves in a row: the form moves on to the version each save made. What is typed while
    // the first one's answer is on its way stays in the field when the answer comes.
    const slowSave = (url: URL) => url.pathname.startsWith('/beheer/profiel');
    await hr.route(slowSave, async (route) => {
      if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await offer.fill('Een fiets van de zaak.');
    await save.click();
    await offer.fill('Een fiets van de zaak en');
    await hr.getByText('Het profiel is opgeslagen.').waitFor();
    await expect(offer.inputValue()).resolves.toBe('Een fiets van de zaak en');
    await hr.unroute(slowSave);
    await offer.fill('Een fiets van de zaak en een laptop.');
    await save.click();
    await expect.poll(async () => (await storedProfile()).offer).toBe('Een fiets van de zaak en een laptop.');

    // Meanwhile a colleague (here: the API) saves the website on top of the version the page has.
    await offer.fill('Thuiswerken in overleg.');
    const { version } = await storedProfile();
    const session = await apiSignIn(portal.ctx.app, hrEmail, TEST_PASSWORD);
    const colleague = await portal.ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${organisationId}/profile`,
      headers: session.bearer,
      payload: { website: 'https://www.tilburg.nl', version },
    });
    expect(colleague.statusCode, colleague.body).toBe(200);

    // Refused, said so with focus on it, what changed named, and nothing typed lost.
    await save.click();
    await hr.getByRole('heading', { name: 'Iemand anders heeft het profiel intussen gewijzigd' }).waitFor();
    expect(await hr.evaluate(() => document.activeElement?.classList.contains('conflict'))).toBe(true);
    await hr.locator('.conflict').getByText('Website', { exact: true }).waitFor();
    await expect(offer.inputValue()).resolves.toBe('Thuiswerken in overleg.');
    expect((await storedProfile()).offer).toBe('Een fiets van de zaak en een laptop.');
    expect(await accessibilityViolations(hr)).toEqual([]);

    // The latest version with the typed text on top: the colleague's website, and nothing to type
    // again (WCAG 3.3.7); saved, both are kept.
    await hr.getByRole('button', { name: 'Nieuwste versie laden met mijn wijzigingen' }).click();
    await hr.getByText('De nieuwste versie staat nu in het formulier, met jouw wijzigingen erin.').waitFor();
    await expect(hr.getByLabel('Website (niet verplicht)').inputValue()).resolves.toBe('https://www.tilburg.nl');
    await expect(offer.inputValue()).resolves.toBe('Thuiswerken in overleg.');
    await save.click();
    await hr.getByText('Het profiel is opgeslagen.').waitFor();
    expect(await storedProfile()).toEqual({
      offer: 'Thuiswerken in overleg.',
      website: 'https://www.tilburg.nl',
      version: version + 2,
    });
    await hr.context().close();
  }, 120_000);

  async function storedProfile(): Promise<{ offer: string; website: string | null; version: number }> {
    const { rows } = await portal.ctx.pool.query<{ offer: string; website: string | null; version: number }>(
      'SELECT offer, website, profile_version AS version FROM organisations WHERE id = $1',
      [organisationId],
    );
    return rows[0]!;
  }

  async function checkOrganisationPage(page: Page, offerHeading: string): Promise<void> {
    const logo = page.locator('main img.organisation-logo');
    await waitForLoaded(logo);
    const seen = await logoOf(logo);
    // Decorative beside the heading that names the organisation; its box is fixed before it loads.
    expect(seen).toMatchObject({ alt: '', width: '160', height: '80', box: [160, 80] });
    expect(seen.src).toMatch(LOGO_PATH);
    const offer = page.getByRole('region', { name: offerHeading });
    await offer.getByRole('heading', { level: 2, name: offerHeading }).waitFor();
    await expect(offer.locator('p').innerText()).resolves.toBe(OFFER);
  }
});
