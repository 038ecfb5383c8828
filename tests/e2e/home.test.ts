import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { seedDemo } from '@samenwerven/db/seed';
import { accessibilityViolations, browserAvailable, launchBrowser } from '../support/browser.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

const enabled = browserAvailable();

describe.skipIf(!enabled)('the home page in a real browser', () => {
  let ctx: TestContext;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    ctx = await createTestContext({ webRoot: inject('webRoot') });
    await seedDemo(ctx.db, { vacancyCount: 60, hashPassword: async () => 'not-a-real-hash' });
    await ctx.sync();
    baseUrl = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  it('renders the seeded vacancies and links to them', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(baseUrl);
    const links = page.locator('ol.results li h2 a');
    await links.first().waitFor();
    expect(await links.count()).toBeGreaterThan(5);
    const published = await ctx.pool.query<{ title: string }>(
      `SELECT title FROM vacancies WHERE state = 'published' AND closing_date >= current_date`,
    );
    const titles = new Set(published.rows.map((r) => r.title));
    for (const text of await links.allTextContents()) expect(titles.has(text.trim())).toBe(true);
    await expect(page.locator('.result-count').textContent()).resolves.toMatch(/\d+ vacatures?/);
    expect(await links.first().getAttribute('href')).toMatch(/^\/vacatures\/[0-9a-f-]{36}/);
    await page.context().close();
  });

  it('has no WCAG 2.1 A/AA violations that axe can find', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(baseUrl);
    await page.locator('ol.results li').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
