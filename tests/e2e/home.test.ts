import { describe, expect, it } from 'vitest';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { portalInBrowser } from '../support/portal-in-browser.ts';

const enabled = browserAvailable();

describe.skipIf(!enabled)('the home page in a real browser', () => {
  const portal = portalInBrowser({ vacancyCount: 60 });

  it('renders the seeded vacancies and links to them', async () => {
    const page = await (await portal.browser.newContext()).newPage();
    await page.goto(portal.baseUrl);
    const links = page.locator('ol.results li h2 a');
    await links.first().waitFor();
    expect(await links.count()).toBeGreaterThan(5);
    const published = await portal.ctx.pool.query<{ title: string }>(
      `SELECT title FROM vacancies WHERE state = 'published' AND closing_date >= current_date`,
    );
    const titles = new Set(published.rows.map((r) => r.title));
    for (const text of await links.allTextContents()) expect(titles.has(text.trim())).toBe(true);
    await expect(page.locator('.result-count').textContent()).resolves.toMatch(/\d+ vacatures?/);
    expect(await links.first().getAttribute('href')).toMatch(/^\/vacatures\/[0-9a-f-]{36}/);
    await page.context().close();
  });

  it('has no WCAG 2.2 A/AA violations that axe can find', async () => {
    const page = await (await portal.browser.newContext()).newPage();
    await page.goto(portal.baseUrl);
    await page.locator('ol.results li').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
