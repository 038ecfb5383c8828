/**
 * The usual frame of a browser test file: its own database and index with the demo alliance
 * seeded (plus whatever the file adds) and indexed, the portal on a free port serving the
 * production build, and Chromium. Register it inside the file's `describe`.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seedDemo } from '@samenwerven/db/seed';
import { BROWSER_ENV, launchBrowser } from './browser.ts';
import { createTestContext, type TestContext } from './context.ts';
import { TEST_PASSWORD } from './factories.ts';

export interface PortalInBrowser {
  ctx: TestContext;
  browser: Browser;
  baseUrl: string;
}

export function portalInBrowser(options: {
  vacancyCount: number;
  /** Settings of the portal besides the browser's own (e.g. the alliance office's contact details). */
  env?: Record<string, string>;
  /** Extra data, added before the index is synced. */
  seed?: (ctx: TestContext) => Promise<void>;
}): PortalInBrowser {
  const rig = {} as PortalInBrowser;
  beforeAll(async () => {
    rig.ctx = await createTestContext({ webRoot: inject('webRoot'), env: { ...BROWSER_ENV, ...options.env } });
    await seedDemo(rig.ctx.db, { vacancyCount: options.vacancyCount, hashPassword: async () => 'not-a-real-hash' });
    await options.seed?.(rig.ctx);
    await rig.ctx.sync();
    rig.baseUrl = await rig.ctx.app.listen({ port: 0, host: '127.0.0.1' });
    rig.browser = await launchBrowser();
  });
  afterAll(async () => {
    await rig.browser?.close();
    await rig.ctx?.close();
  });
  return rig;
}

/** The two screen sizes the browser tests check: a desktop and the 320 px of WCAG reflow. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  narrow: { width: 320, height: 640 },
} as const;

/** A page of the portal in a fresh browser context (Dutch, Amsterdam time), once its heading shows. */
export async function openPage(
  rig: Pick<PortalInBrowser, 'browser' | 'baseUrl'>,
  path: string,
  viewport: { width: number; height: number } = VIEWPORTS.desktop,
  options: { acceptDownloads?: boolean } = {},
): Promise<Page> {
  const context = await rig.browser.newContext({
    viewport,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    ...options,
  });
  const page = await context.newPage();
  await page.goto(`${rig.baseUrl}${path}`);
  await page.locator('main h1').waitFor();
  await scriptsRunning(page);
  return page;
}

/**
 * Waits until the page runs its scripts. A server-rendered page shows its heading, fields and
 * links before then: typed into or clicked before, a form is sent without them, or a choice
 * changes only the field (CI runs on a busy machine). web/src/app/layout.tsx sets the mark.
 */
export async function scriptsRunning(page: Page): Promise<void> {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Signs in through the sign-in page, as a person does, and waits for the page it leads to. */
export async function signInThroughPage(
  rig: Pick<PortalInBrowser, 'browser' | 'baseUrl'>,
  email: string,
  startPage: string,
): Promise<Page> {
  const page = await openPage(rig, '/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
  await page.getByLabel('Wachtwoord').press('Enter');
  await page.getByRole('heading', { level: 1, name: startPage }).waitFor();
  return page;
}

const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');

/** Tabs from where focus is until the link to `href` has it, as a keyboard user would. */
export async function tabToLink(page: Page, href: string, most = 150): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedHref(page)) === href) return;
  }
  throw new Error(`the link to ${href} was not reached with Tab`);
}

/** How far the page is wider than the window: 0 when it reflows. */
export const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
