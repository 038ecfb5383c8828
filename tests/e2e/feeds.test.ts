/**
 * The feeds where people look, in a real browser on the seeded demo alliance: the search page
 * and an organisation's page show a link to their feed (with the search's current filters)
 * and name it in the head, also after the search changes without a page load; following the
 * link gives the feed of what the page lists. axe stays clean on those pages, wide and narrow.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { openPage, portalInBrowser, VIEWPORTS } from '../support/portal-in-browser.ts';
import { childrenNamed, childText, parseXml } from '../support/xml.ts';

const enabled = browserAvailable();
const FEED_TYPES = ['application/rss+xml', 'application/atom+xml'];

describe.skipIf(!enabled)('feeds in the pages, in a real browser', () => {
  const portal = portalInBrowser({ vacancyCount: 120 });

  /** The feed links in the head: type, title and the feed's parameters. */
  const headFeeds = (page: Page) =>
    page.evaluate((types) => {
      return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="alternate"]')]
        .filter((link) => types.includes(link.type))
        .map((link) => ({ type: link.type, title: link.title, href: link.href }));
    }, FEED_TYPES);

  const paramsOf = (href: string) => {
    const params = new URL(href, portal.baseUrl).searchParams;
    return [...params].map(([key, value]) => `${key}=${value}`).sort();
  };

  /** Follows a feed link as a reader does: the feed's title and the ids of its vacancies. */
  async function follow(page: Page, href: string): Promise<{ title: string; ids: string[] }> {
    const response = await page.request.get(new URL(href, portal.baseUrl).href);
    expect(response.status()).toBe(200);
    const root = parseXml(await response.text());
    if (root.name === 'rss') {
      const channel = childrenNamed(root, 'channel')[0]!;
      return {
        title: childText(channel, 'title'),
        ids: childrenNamed(channel, 'item').map((i) => childText(i, 'guid')),
      };
    }
    return {
      title: childText(root, 'title'),
      ids: childrenNamed(root, 'entry').map((e) => childText(e, 'id').replace('urn:uuid:', '')),
    };
  }

  /** The newest 50 the search finds for filters: what a feed of them must hold. */
  async function newest(filters: string): Promise<string[]> {
    const response = await portal.ctx.app.inject(`/api/v1/vacancies?${filters}&sort=newest&pageSize=50`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { hits: { id: string }[] }).hits.map((hit) => hit.id);
  }

  it('the search page links to the feed of its current search, in the page and in its head', async () => {
    const page = await openPage(portal, '/?q=beleid&category=beleid&hoursMin=24&sort=closing');
    const rss = page.getByRole('link', { name: 'RSS-feed van deze zoekopdracht' });
    const atom = page.getByRole('link', { name: 'Atom-feed' });
    const rssHref = (await rss.getAttribute('href'))!;
    expect(paramsOf(rssHref)).toEqual(['category=beleid', 'hoursMin=24', 'q=beleid']);
    expect(paramsOf((await atom.getAttribute('href'))!)).toEqual(paramsOf(rssHref));
    // The server wrote the head's links; the app kept them (same feed) with their titles.
    const head = await headFeeds(page);
    expect(head.map((link) => link.type).sort()).toEqual([...FEED_TYPES].sort());
    for (const link of head) {
      expect(paramsOf(link.href)).toEqual(paramsOf(rssHref));
      expect(link.title).toMatch(
        /^Vacatures voor ‘beleid’ in Beleid en advies \(minimaal 24 uur per week\) — Samenwerven/,
      );
    }
    const expected = await newest('q=beleid&category=beleid&hoursMin=24');
    expect(expected.length).toBeGreaterThan(0);
    for (const href of [rssHref, (await atom.getAttribute('href'))!]) {
      const feed = await follow(page, href);
      expect(feed.title).toBe('Vacatures voor ‘beleid’ in Beleid en advies (minimaal 24 uur per week) — Samenwerven');
      expect(feed.ids).toEqual(expected);
    }

    // A filter removed in the page (no page load): the links follow, in the page and the head.
    await page.getByRole('link', { name: /Verwijder filter.*Minimaal 24 uur/ }).click();
    await page.waitForURL((url) => !url.searchParams.has('hoursMin'));
    await expect.poll(async () => paramsOf((await rss.getAttribute('href'))!)).toEqual(['category=beleid', 'q=beleid']);
    const changed = await headFeeds(page);
    expect(changed).toHaveLength(2);
    for (const link of changed) {
      expect(paramsOf(link.href)).toEqual(['category=beleid', 'q=beleid']);
      expect(link.title).toContain('beleid');
    }
    expect((await follow(page, changed[0]!.href)).ids).toEqual(await newest('q=beleid&category=beleid'));
    await page.context().close();
  });

  it('an organisation’s page links to the feed of its vacancies, in Dutch and English', async () => {
    for (const [path, name, title, lang] of [
      ['/organisaties/gemeente-tilburg', 'RSS-feed van Gemeente Tilburg', 'Vacatures bij Gemeente Tilburg', 'nl'],
      ['/en/organisations/gemeente-tilburg', 'Feed of Gemeente Tilburg (RSS)', 'Vacancies at Gemeente Tilburg', 'en'],
    ] as const) {
      const page = await openPage(portal, path);
      const href = (await page.getByRole('link', { name }).getAttribute('href'))!;
      expect(paramsOf(href)).toEqual([...(lang === 'en' ? ['lang=en'] : []), 'organisation=gemeente-tilburg']);
      const head = await headFeeds(page);
      expect(head).toHaveLength(2);
      for (const link of head) expect(link.title.startsWith(`${title} — Samenwerven`)).toBe(true);
      const feed = await follow(page, href);
      expect(feed.title).toBe(`${title} — Samenwerven`);
      expect(feed.ids).toEqual(await newest('organisation=gemeente-tilburg'));

      // On to a vacancy, inside the app: its page names no feed.
      await page.locator('main a[href*="/vacatures/"], main a[href*="/en/vacancies/"]').first().click();
      await page.waitForURL(/\/(vacatures|en\/vacancies)\//);
      await page.locator('main h1').waitFor();
      await expect.poll(() => headFeeds(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('the English search gives the English feed', async () => {
    const page = await openPage(portal, '/en/?category=ict');
    const href = (await page.getByRole('link', { name: 'Feed of this search (RSS)' }).getAttribute('href'))!;
    expect(paramsOf(href)).toEqual(['category=ict', 'lang=en']);
    const feed = await follow(page, href);
    expect(feed.title).toBe('Vacancies in IT and information management — Samenwerven');
    expect(feed.ids).toEqual(await newest('category=ict'));
    await page.context().close();
  });

  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    it(`axe finds nothing on the pages with feed links (${size})`, async () => {
      for (const path of [
        '/?q=beleid&category=beleid',
        '/en/?q=beleid&category=beleid',
        '/organisaties/gemeente-tilburg',
        '/en/organisations/gemeente-tilburg',
      ]) {
        const page = await openPage(portal, path, viewport);
        await page.waitForLoadState('networkidle');
        await page.locator('.feed-links').waitFor();
        expect(await accessibilityViolations(page), path).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          path,
        ).toBe(0);
        await page.context().close();
      }
    });
  }
});
