/**
 * The browser rig: Debian's Chromium driven by playwright-core. Where no Chromium exists
 * the browser suite says so loudly and is skipped; with REQUIRE_BROWSER=1 (set by CI)
 * that skip becomes a failure.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs } from './chromium.ts';

/**
 * The portal's settings for a browser test: one browser on 127.0.0.1 loads every page with
 * its scripts, styles and API calls, far more than a person's 600 requests a minute.
 */
export const BROWSER_ENV = { RATE_LIMIT_PER_MINUTE: '100000' } as const;

export const browserAvailable = (): boolean => {
  const path = inject('chromiumPath');
  const webRoot = inject('webRoot');
  if (path && webRoot) return true;
  const message = `\n!!! BROWSER TESTS SKIPPED: ${path ? 'the web app could not be built' : 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)'} !!!\n`;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(message);
  console.warn(message);
  return false;
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: [...chromiumArgs],
  });
}

/**
 * Runs axe for WCAG 2.2 AA (the A and AA rules of 2.0, 2.1 and 2.2) on the page and returns the
 * violations, summarised. Axe marks its check of 2.5.3 Label in Name (a control's accessible name
 * contains the text it shows, so a voice-control user can say what they see) experimental and
 * leaves it out of a run by tags; it is switched on here.
 */
export async function accessibilityViolations(
  page: Page,
): Promise<{ id: string; impact: string | null | undefined; targets: string[] }[]> {
  // First: `options` replaces what `withTags` set.
  const result = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}
