/**
 * The public pages against WCAG 2.2 A/AA as far as axe-core can tell, in both languages, on
 * a desktop screen and 320 px wide (reflow: nothing may need sideways scrolling there). The
 * search is checked with results, filters and chips, with no results, and with the
 * suggestions list open. The demo members have logos (in the results, on the organisation and
 * vacancy pages) and an organisation says what it offers. Also the statements every footer links to
 * (accessibility, contact, about) and the widget members embed in their own sites.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { createUser } from '../support/factories.ts';
import { portalInBrowser, signInThroughPage } from '../support/portal-in-browser.ts';

const enabled = browserAvailable();
const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  narrow: { width: 320, height: 640 },
} as const;
const PAGE_NAMES = [
  'home',
  'results',
  'no results',
  'vacancy',
  'closed vacancy',
  'organisation',
  'members',
  'accessibility statement',
  'contact',
  'about',
  'widget',
] as const;

describe.skipIf(!enabled)('accessibility of the public pages (axe, WCAG 2.2 A/AA)', () => {
  let vacancyId = '';
  let closedId = '';
  let staffEmail = '';
  const portal = portalInBrowser({
    vacancyCount: 80,
    seed: async (ctx) => {
      const tilburg = await ctx.pool.query<{ id: string }>(
        `SELECT id FROM organisations WHERE slug = 'gemeente-tilburg'`,
      );
      const staff = await createUser(ctx.db, {
        role: 'org_admin',
        organisationId: tilburg.rows[0]!.id,
        name: 'Beheerder Gemeente Tilburg-Oosterhout',
      });
      staffEmail = staff.email;
      await ctx.pool.query(`UPDATE organisations SET offer = $1 WHERE slug = 'gemeente-tilburg'`, [
        'Een goed salaris en een opleidingsbudget.\nThuiswerken in overleg.',
      ]);
      const { rows } = await ctx.pool.query<{ id: string }>(
        `SELECT id FROM vacancies WHERE state = 'published' AND visibility = 'public'
           AND (closing_date IS NULL OR closing_date > current_date + 1) ORDER BY published_at DESC LIMIT 1`,
      );
      vacancyId = rows[0]!.id;
      const closed = await ctx.pool.query<{ id: string }>(
        `SELECT id FROM vacancies WHERE state = 'closed' AND visibility = 'public' ORDER BY closed_at DESC LIMIT 1`,
      );
      closedId = closed.rows[0]!.id;
    },
  });

  const pages = (): Record<(typeof PAGE_NAMES)[number], Record<'nl' | 'en', string>> => ({
    home: { nl: '/', en: '/en/' },
    results: { nl: '/?q=beleid&category=beleid&hoursMin=24', en: '/en/?q=beleid&category=beleid&hoursMin=24' },
    'no results': { nl: '/?q=zzyzxqq&category=ict', en: '/en/?q=zzyzxqq&category=ict' },
    vacancy: { nl: `/vacatures/${vacancyId}`, en: `/en/vacancies/${vacancyId}` },
    'closed vacancy': { nl: `/vacatures/${closedId}`, en: `/en/vacancies/${closedId}` },
    organisation: { nl: '/organisaties/gemeente-tilburg', en: '/en/organisations/gemeente-tilburg' },
    members: { nl: '/deelnemers', en: '/en/members' },
    'accessibility statement': { nl: '/toegankelijkheid', en: '/en/accessibility' },
    contact: { nl: '/contact', en: '/en/contact' },
    about: { nl: '/over', en: '/en/about' },
    widget: { nl: '/widget/organisaties/gemeente-tilburg', en: '/en/widget/organisations/gemeente-tilburg' },
  });

  async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
    const page = await (await portal.browser.newContext({ viewport })).newPage();
    await page.goto(`${portal.baseUrl}${path}`);
    // The widget is a plain page for a frame, with no <main> of its own.
    await page.locator(path.includes('/widget/') ? 'h1' : 'main h1').waitFor();
    await page.waitForLoadState('networkidle');
    return page;
  }

  /** How far the page is wider than the window: 0 when it reflows. */
  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  for (const name of PAGE_NAMES) {
    for (const lang of ['nl', 'en'] as const) {
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        it(`${name} (${lang}, ${size})`, async () => {
          const path = pages()[name][lang];
          const page = await open(path, viewport);
          expect(await page.locator('html').getAttribute('lang')).toBe(lang);
          expect(await accessibilityViolations(page)).toEqual([]);
          if (size === 'narrow') expect(await overflow(page)).toBe(0);
          await page.context().close();
        });
      }
    }
  }

  // With every answer shape open the page has some 8,600 elements; axe's colour-contrast rule
  // alone takes 14 s on them on a quiet 2-core machine, the whole check 25–30 s. One test per
  // width, each with room for a machine under load (a CI run timed out at 90 s for both).
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    it(`the API documentation, in English on every page’s footer: every answer shape open (${size})`, async () => {
      const page = await open('/api/docs', viewport);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      expect(await accessibilityViolations(page), size).toEqual([]);
      if (size === 'narrow') expect(await overflow(page)).toBe(0);
      await page.context().close();
    }, 180_000);
  }

  it('the search with its suggestions list open', async () => {
    for (const viewport of Object.values(VIEWPORTS)) {
      const page = await open('/', viewport);
      await page.locator('#search-q').pressSequentially('Tilb', { delay: 30 });
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await overflow(page)).toBe(0);
      await page.context().close();
    }
  });

  it('the header’s links are in reading order at every width: Tab never runs right to left', async () => {
    for (const viewport of [VIEWPORTS.narrow, { width: 560, height: 700 }, VIEWPORTS.desktop]) {
      const page = await open('/en/', viewport);
      const boxes = await page.locator('.site-header a').evaluateAll((links) =>
        links.map((link) => {
          const box = link.getBoundingClientRect();
          return { text: (link as HTMLElement).innerText.trim(), top: box.top, bottom: box.bottom, left: box.left };
        }),
      );
      for (const [i, next] of boxes.slice(1).entries()) {
        const before = boxes[i]!;
        // The next link is on a lower line, or on the same line to the right.
        const sameLine = next.top < before.bottom && before.top < next.bottom;
        expect(
          sameLine ? next.left > before.left : next.top >= before.bottom,
          `${before.text} → ${next.text} at ${viewport.width} px`,
        ).toBe(true);
      }
      await page.context().close();
    }
  });

  it('the header keeps the portal’s name whole beside a long account name, at every width and with large text', async () => {
    const page = await signInThroughPage(portal, staffEmail, 'Beheer');
    const measure = () =>
      page.evaluate(() => {
        const name = document.querySelector('.brand-name')!;
        const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
        return {
          nameLines: Math.round(name.getBoundingClientRect().height / lineHeight),
          header: document.querySelector('.site-header')!.getBoundingClientRect().height,
        };
      });
    // Between the narrow layout (40em) and the desktop: where the account's links took the
    // whole row and the name was squeezed to a letter a line (an auditor's review, WCAG 1.4.10).
    for (const width of [641, 683, 720, 800, 960, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const { nameLines, header } = await measure();
      expect([width, nameLines], 'the name on one line').toEqual([width, 1]);
      expect(header, `the header at ${width} px`).toBeLessThan(300);
    }
    // Text twice as large (WCAG 1.4.4) on a laptop's width: the name still on one line.
    await page.addStyleTag({ content: 'html { font-size: 200%; }' });
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      expect((await measure()).nameLines, `the name at 200 % and ${width} px`).toBe(1);
    }
    await page.context().close();
  });

  it('a focused control shows a visible focus ring', async () => {
    const page = await open('/?category=ict', VIEWPORTS.desktop);
    for (const selector of ['#search-q', '[data-facet="category"] input', '.chips a.chip', '#search-sort']) {
      await page.locator(selector).first().focus();
      const outline = await page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const style = getComputedStyle(element);
          return { width: style.outlineWidth, style: style.outlineStyle, shadow: style.boxShadow };
        });
      expect(outline.style !== 'none' || outline.shadow !== 'none', `${selector}: ${JSON.stringify(outline)}`).toBe(
        true,
      );
      if (outline.style !== 'none') expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
    }
    await page.context().close();
  });

  it('marks the current page in the menu by more than colour in forced colours (Windows contrast themes)', async () => {
    const page = await open('/deelnemers', VIEWPORTS.desktop);
    await page.emulateMedia({ forcedColors: 'active' });
    const bars = await page.locator('.primary-nav a').evaluateAll((links) =>
      links.map((link) => ({
        current: link.getAttribute('aria-current') === 'page',
        bar: getComputedStyle(link).borderBottomColor,
        canvas: getComputedStyle(document.body).backgroundColor,
      })),
    );
    const current = bars.filter((item) => item.current);
    expect(current).toHaveLength(1);
    // Only the current page has a bar: the others' match the page behind them (a WCAG review, 1.4.1).
    expect(current[0]!.bar).not.toBe(current[0]!.canvas);
    for (const other of bars.filter((item) => !item.current)) expect(other.bar).toBe(other.canvas);
    await page.context().close();
  });
});
