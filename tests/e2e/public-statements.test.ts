/**
 * The statements a Dutch public body publishes, in a real browser (issue 16): the accessibility
 * statement, contact and colophon, and who is behind the portal. Every page's footer links to
 * them in Dutch and English, reached with the keyboard; the contact details are the alliance
 * office's configuration (set here to values of the test's own, so no default can pass for
 * them); the about page lists the active members from the data with their type and since when,
 * and no suspended member. Axe and reflow on each page, both languages, 1280 and 320 px.
 */
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { openPage, overflow, portalInBrowser, tabToLink, VIEWPORTS } from '../support/portal-in-browser.ts';

const enabled = browserAvailable();
const OFFICE = {
  ALLIANCE_NAME: 'Regiobureau Proefwerven',
  ALLIANCE_EMAIL: 'balie@proefwerven.example',
  ALLIANCE_PHONE: '013 123 45 67',
  ALLIANCE_ADDRESS: 'Proefplein 7, 5038 AA Tilburg',
};

const STATEMENTS = [
  {
    nl: { path: '/toegankelijkheid', link: 'Toegankelijkheid', title: 'Toegankelijkheidsverklaring' },
    en: { path: '/en/accessibility', link: 'Accessibility', title: 'Accessibility statement' },
  },
  {
    nl: { path: '/contact', link: 'Contact en colofon', title: 'Contact en colofon' },
    en: { path: '/en/contact', link: 'Contact and colophon', title: 'Contact and colophon' },
  },
  {
    nl: { path: '/over', link: 'Over Samenwerven', title: 'Over Samenwerven' },
    en: { path: '/en/about', link: 'About Samenwerven', title: 'About Samenwerven' },
  },
] as const;

describe.skipIf(!enabled)('the statements a public body publishes, in a real browser', () => {
  const portal = portalInBrowser({
    vacancyCount: 20,
    env: OFFICE,
    seed: async (ctx) => {
      // A suspended member is no part of the public list, so not of the about page either.
      await ctx.pool.query(`UPDATE organisations SET state = 'suspended' WHERE slug = 'gemeente-dongen'`);
    },
  });

  it('are linked from the footer of every page and reached with the keyboard, in Dutch and English', async () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const statement of STATEMENTS) {
        const { path, link, title } = statement[lang];
        // From the search page, with the keyboard, as a visitor would.
        const page = await openPage(portal, lang === 'en' ? '/en/' : '/');
        await expect(page.locator('.site-footer').getByRole('link', { name: link }).getAttribute('href')).resolves.toBe(
          path,
        );
        await tabToLink(page, path);
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        expect(new URL(page.url()).pathname).toBe(path);
        expect(await page.title()).toBe(`${title} | Samenwerven`);
        await page.context().close();
      }
      // The footer is the same on other pages: a vacancy's, an organisation's.
      for (const other of lang === 'en' ? ['/en/organisations/gemeente-tilburg'] : ['/organisaties/gemeente-tilburg']) {
        const page = await openPage(portal, other);
        for (const statement of STATEMENTS) {
          const { path, link } = statement[lang];
          await expect(
            page.locator('.site-footer').getByRole('link', { name: link }).getAttribute('href'),
          ).resolves.toBe(path);
        }
        await page.context().close();
      }
    }
  }, 180_000);

  it('give the alliance office’s configured details, as links where they can be followed', async () => {
    for (const path of ['/contact', '/en/contact', '/toegankelijkheid', '/en/accessibility']) {
      const page = await openPage(portal, path);
      const details = page.locator('main .office-details');
      await expect(details.textContent(), path).resolves.toContain(OFFICE.ALLIANCE_NAME);
      await expect(details.textContent(), path).resolves.toContain(OFFICE.ALLIANCE_ADDRESS);
      await expect(details.getByRole('link', { name: OFFICE.ALLIANCE_EMAIL }).getAttribute('href')).resolves.toBe(
        `mailto:${OFFICE.ALLIANCE_EMAIL}`,
      );
      await expect(details.getByRole('link', { name: OFFICE.ALLIANCE_PHONE }).getAttribute('href')).resolves.toBe(
        'tel:0131234567',
      );
      await page.context().close();
    }
    // The statement names its status, the standard, how it was tested and its date.
    const page = await openPage(portal, '/toegankelijkheid');
    const text = (await page.locator('main').textContent()) ?? '';
    for (const words of [
      'Eerste maatregelen genomen',
      'WCAG 2.2',
      'EN 301 549',
      'axe',
      '320 pixels',
      '2 december 2026',
    ])
      expect(text).toContain(words);
    await page.context().close();
  });

  it('name the members from the data with their type and since when, and not a suspended one', async () => {
    const { rows } = await portal.ctx.pool.query<{ started_at: Date }>(
      `SELECT p.started_at FROM membership_periods p JOIN organisations o ON o.id = p.organisation_id
        WHERE o.slug = 'waterschap-de-dommel' AND p.ended_at IS NULL`,
    );
    const since = new Intl.DateTimeFormat('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(rows[0]!.started_at);
    const page = await openPage(portal, '/over');
    const table = page.getByRole('table');
    const row = table.getByRole('row', { name: /Waterschap De Dommel/ });
    await expect(row.textContent()).resolves.toContain('Waterschap');
    await expect(row.textContent()).resolves.toContain(since);
    await expect(row.getByRole('link', { name: 'Waterschap De Dommel' }).getAttribute('href')).resolves.toBe(
      '/organisaties/waterschap-de-dommel',
    );
    const names = await table.locator('tbody th').allTextContents();
    expect(names).toContain('Gemeente Tilburg');
    expect(names).not.toContain('Gemeente Dongen');
    // The office runs the alliance; it is named as such, not listed as a member.
    expect(names).not.toContain(OFFICE.ALLIANCE_NAME);
    expect(names).not.toContain('Alliantiebureau Samenwerven');
    await expect(page.locator('main').textContent()).resolves.toContain(
      `${OFFICE.ALLIANCE_NAME} coördineert de alliantie`,
    );
    await page.context().close();
  });

  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    it(`pass axe and reflow in both languages (${size})`, async () => {
      for (const statement of STATEMENTS) {
        for (const lang of ['nl', 'en'] as const) {
          const { path, title } = statement[lang];
          const page = await openPage(portal, path, viewport);
          await page.getByRole('heading', { level: 1, name: title }).waitFor();
          expect(await page.locator('html').getAttribute('lang'), path).toBe(lang);
          expect(await accessibilityViolations(page), path).toEqual([]);
          expect(await overflow(page), path).toBe(0);
          await page.screenshot({ path: `/tmp/statements${path.replaceAll('/', '-')}-${size}.png`, fullPage: true });
          await page.context().close();
        }
      }
    }, 120_000);
  }
});
