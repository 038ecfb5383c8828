/**
 * The shared talent pool in a real browser (issue 13): an HR officer reaches "Talentpool" from
 * the staff navigation, sees the consenting candidates (never a procedure-only one) with a
 * mailto link, why they are there and until when, narrows them by field of work, is told when
 * a place is unknown, and reads the page in English. Axe at 1280 px and 320 px, where nothing
 * may need sideways scrolling.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { applications } from '@samenwerven/db';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { createOrganisation, createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';
import { portalInBrowser } from '../support/portal-in-browser.ts';

const enabled = browserAvailable();
const STORY_TIMEOUT = 180_000;
const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  narrow: { width: 320, height: 640 },
} as const;

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function checkAccessible(page: Page) {
  for (const viewport of Object.values(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await overflow(page)).toBe(0);
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

describe.skipIf(!enabled)('the talent pool, in a real browser', () => {
  let hrEmail = '';
  const portal = portalInBrowser({
    vacancyCount: 5,
    seed: async (ctx) => {
      const organisation = await createOrganisation(ctx.db, { name: 'Gemeente Proefstad' });
      const other = await createOrganisation(ctx.db, { name: 'Waterschap De Stroom' });
      hrEmail = (await createUser(ctx.db, { role: 'hr_officer', organisation, name: 'Hanna de Haan' })).email;
      const ict = await createVacancy(ctx.db, {
        organisation: other,
        title: 'Informatieadviseur',
        categoryCode: 'ict',
        educationLevel: 'hbo',
        municipalityCode: 'GM0855',
      });
      const beleid = await createVacancy(ctx.db, { organisation, title: 'Adviseur wonen', categoryCode: 'beleid' });
      const row = (
        vacancyId: string,
        organisationId: string,
        name: string,
        email: string,
        consent: 'pool' | 'procedure',
      ) => ({
        vacancyId,
        organisationId,
        name,
        email,
        motivation: 'Ik werk graag voor de regio.',
        consent,
        // Confirmed on their own page: only then is a candidate in the pool.
        addressConfirmedAt: new Date(),
      });
      await ctx.db
        .insert(applications)
        .values([
          row(ict.id, other.id, 'Iris Informatica', 'iris@example.nl', 'pool'),
          row(beleid.id, organisation.id, 'Bas Beleid', 'bas@example.nl', 'pool'),
          row(beleid.id, organisation.id, 'Piet Procedure', 'piet@example.nl', 'procedure'),
        ]);
    },
  });

  it(
    'shows an HR officer the consenting candidates, filters them and passes axe in Dutch and English',
    async () => {
      const context = await portal.browser.newContext({
        viewport: VIEWPORTS.desktop,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      const page = await context.newPage();
      await page.goto(`${portal.baseUrl}/inloggen`);
      await page.getByLabel('E-mailadres').fill(hrEmail);
      await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
      await page.getByLabel('Wachtwoord').press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();

      await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Talentpool' }).click();
      await page.getByRole('heading', { level: 1, name: 'Talentpool' }).waitFor();
      const list = page.locator('.pool-list');
      await list.getByRole('heading', { name: 'Iris Informatica' }).waitFor();
      await expect(page.getByRole('status').filter({ hasText: 'kandidaten' }).textContent()).resolves.toBe(
        '2 kandidaten',
      );
      await expect(list.getByText('Piet Procedure').count()).resolves.toBe(0);
      await expect(list.getByRole('link', { name: 'iris@example.nl' }).getAttribute('href')).resolves.toBe(
        'mailto:iris@example.nl',
      );
      await expect(list.textContent()).resolves.toContain(
        'Solliciteerde op Informatieadviseur bij Waterschap De Stroom',
      );
      await expect(list.textContent()).resolves.toContain('ICT en informatievoorziening · HBO · Tilburg');
      await checkAccessible(page);

      await page.getByLabel('Vakgebied').selectOption('ict');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.waitForURL(/category=ict/);
      await expect(page.getByRole('status').filter({ hasText: 'kandidaat' }).textContent()).resolves.toBe(
        '1 kandidaat',
      );
      await expect(list.getByRole('heading').allTextContents()).resolves.toEqual(['Iris Informatica']);

      await page.getByLabel('Plaats of postcode').fill('Atlantis');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.locator('.error-summary').waitFor();
      await expect(page.locator('#pool-near-error').isVisible()).resolves.toBe(true);
      await checkAccessible(page);

      await page.goto(`${portal.baseUrl}/en/manage/talent-pool`);
      await page.getByRole('heading', { level: 1, name: 'Talent pool' }).waitFor();
      await page.locator('.pool-list').getByRole('heading', { name: 'Bas Beleid' }).waitFor();
      await expect(page.getByRole('status').filter({ hasText: 'candidates' }).textContent()).resolves.toBe(
        '2 candidates',
      );
      await checkAccessible(page);
      await context.close();
    },
    STORY_TIMEOUT,
  );
});
