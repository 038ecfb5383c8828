/**
 * A guest applicant's own page in a real browser (issue 13): the link from the confirmation
 * e-mail opens it, the key leaves the address bar at once (a reload still works), the export
 * downloads as a zip, an application is withdrawn with the keyboard alone and everything is
 * erased through the dialog that says what goes. A wrong or missing key gets the explanation,
 * not a crash. Axe at 1280 and 320 px in Dutch and English; the server's HTML says noindex.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Vacancy } from '@samenwerven/db';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { applicationForm, createOrganisation, createVacancy, pdfBytes } from '../support/factories.ts';
import { openPage, VIEWPORTS } from '../support/portal-in-browser.ts';
import { portalWithMail } from '../support/portal-with-mail.ts';

const enabled = browserAvailable();
/** A whole story, with axe runs: more than the default 30 s on a busy machine. */
const STORY_TIMEOUT = 180_000;

/** How far the page is wider than the window: 0 when it reflows. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const isFocused = (locator: Locator) => locator.evaluate((element) => element === element.ownerDocument.activeElement);

describe.skipIf(!enabled)("a guest applicant's own page, in a real browser", () => {
  let vacancy: Vacancy;
  let second: Vacancy;
  const portal = portalWithMail({
    seed: async (ctx) => {
      const organisation = await createOrganisation(ctx.db, { name: 'Gemeente Proefstad' });
      vacancy = await createVacancy(ctx.db, { organisation, title: 'Adviseur wonen', applyMethod: 'portal' });
      second = await createVacancy(ctx.db, { organisation, title: 'Beleidsmedewerker water', applyMethod: 'portal' });
    },
  });

  /** Applies as a guest through the API, as the apply form does. */
  async function apply(target: Vacancy, email: string, lang: 'nl' | 'en' = 'nl', consent = 'procedure') {
    const form = await applicationForm({
      name: 'Fleur van Dijk',
      email,
      consent,
      cv: { name: 'cv-fleur.pdf', data: pdfBytes('cv van Fleur'), type: 'application/pdf' },
    });
    const applied = await portal.ctx.app.inject({
      method: 'POST',
      url: `/api/v1/vacancies/${target.id}/applications`,
      payload: form.payload,
      headers: { ...form.headers, 'accept-language': lang },
    });
    expect(applied.statusCode).toBe(201);
  }

  /** The page's address with its key, from the confirmation e-mail in the outbox. */
  async function linkFromMail(email: string): Promise<string> {
    const { rows } = await portal.ctx.pool.query<{ body: string }>(
      "SELECT body FROM mail_outbox WHERE recipient = $1 AND kind = 'job_application_received' ORDER BY id DESC",
      [email],
    );
    const link = /https?:\/\/\S+#(?:sleutel|key)=[^\s"<>]+/.exec(rows[0]?.body ?? '')?.[0];
    if (!link) throw new Error(`no link to the guest page in the mail to ${email}`);
    const url = new URL(link);
    return `${url.pathname}${url.hash}`;
  }

  const open = (path: string, viewport?: { width: number; height: number }) =>
    openPage(portal, path, viewport, { acceptDownloads: true });

  async function axeAtBothSizes(page: Page) {
    for (const viewport of Object.values(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await overflow(page)).toBe(0);
    }
    await page.setViewportSize(VIEWPORTS.desktop);
  }

  it('is not indexed: the first HTML says noindex', async () => {
    for (const url of ['/mijn-gegevens', '/en/my-data']) {
      const response = await portal.ctx.app.inject(url);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<meta name="robots" content="noindex" />');
    }
  });

  it(
    'shows the applications from the e-mailed link, downloads them, withdraws one by keyboard and erases all',
    async () => {
      const email = 'fleur.gast@example.nl';
      await apply(vacancy, email);
      await apply(second, email);
      const link = await linkFromMail(email);
      expect(link).toMatch(/^\/mijn-gegevens#sleutel=/);

      const page = await open(link);
      await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
      const list = page.getByRole('region', { name: 'Mijn sollicitaties' });
      await list.getByRole('link', { name: 'Adviseur wonen' }).waitFor();
      await expect(list.getByRole('link', { name: 'Adviseur wonen' }).getAttribute('href')).resolves.toMatch(
        new RegExp(`^/vacatures/${vacancy.id}`),
      );
      await expect(list.textContent()).resolves.toContain('Ontvangen');
      await expect(list.textContent()).resolves.toContain('Gemeente Proefstad');
      await expect(page.getByText(email).count()).resolves.toBeGreaterThan(0);
      // The key is gone from the address bar at once, and a reload still opens the page.
      expect(new URL(page.url()).hash).toBe('');
      expect(page.url()).not.toContain('sleutel');
      await page.reload();
      await list.getByRole('link', { name: 'Beleidsmedewerker water' }).waitFor();
      expect(page.url()).toBe(`${portal.baseUrl}/mijn-gegevens`);

      await axeAtBothSizes(page);
      await page.screenshot({ path: '/tmp/my-data-nl-desktop.png', fullPage: true });
      await page.setViewportSize(VIEWPORTS.narrow);
      await page.screenshot({ path: '/tmp/my-data-nl-narrow.png', fullPage: true });
      await page.setViewportSize(VIEWPORTS.desktop);

      // The export: a zip under the server's name.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Al mijn gegevens downloaden' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^samenwerven-mijn-gegevens-.*\.zip$/);
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));

      // Withdrawing one with the keyboard alone: the dialog starts on Cancel.
      // Named with the moment it was sent: a guest may apply to one vacancy twice.
      const withdraw = list.getByRole('button', {
        name: /^Sollicitatie op Adviseur wonen bij Gemeente Proefstad van \d+ \w+ \d{4} om \d\d:\d\d intrekken$/,
      });
      await withdraw.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Sollicitatie intrekken?' });
      await dialog.waitFor();
      expect(await isFocused(dialog.getByRole('button', { name: 'Annuleren' }))).toBe(true);
      await page.keyboard.press('Shift+Tab');
      expect(await isFocused(dialog.getByRole('button', { name: 'Ja, intrekken' }))).toBe(true);
      // The list is read again after the withdrawal; held back here, so a notice that came before
      // the new list (as it did, beside the withdrawn row) would be seen.
      await page.route(/\/my-data$/, async (route) => {
        if (route.request().method() === 'GET') await new Promise((resolve) => setTimeout(resolve, 800));
        await route.continue();
      });
      await page.keyboard.press('Enter');
      const withdrawn = page.getByText('Je sollicitatie op ‘Adviseur wonen’ is ingetrokken.');
      await withdrawn.waitFor();
      expect(await isFocused(withdrawn)).toBe(true);
      await expect(list.getByRole('link', { name: 'Adviseur wonen' }).count()).resolves.toBe(0);
      await list.getByRole('link', { name: 'Beleidsmedewerker water' }).waitFor();

      // Erasing everything: the dialog says what goes.
      await page.getByRole('button', { name: 'Alles verwijderen' }).click();
      const erase = page.getByRole('dialog', { name: 'Alles verwijderen?' });
      await erase.waitFor();
      await expect(erase.textContent()).resolves.toContain('cv’s en brieven');
      await expect(erase.textContent()).resolves.toContain('e-mails die we je stuurden');
      // The address's alerts go too: no more vacancies are mailed (a review: the dialog did not say).
      await expect(erase.textContent()).resolves.toContain(
        'je e-mailalerts op dit e-mailadres (niet die van een account)',
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: '/tmp/my-data-erase-dialog.png' });
      await erase.getByRole('button', { name: 'Ja, alles verwijderen' }).click();
      const done = page.getByText('Alles is verwijderd.', { exact: false });
      await done.waitFor();
      expect(await isFocused(done)).toBe(true);
      const left = await portal.ctx.pool.query(
        'SELECT (SELECT count(*) FROM applications WHERE email = $1) AS applications, (SELECT count(*) FROM mail_outbox WHERE recipient = $1) AS mails',
        [email],
      );
      expect(left.rows[0]).toEqual({ applications: '0', mails: '0' });
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'puts a guest in the talent pool once they confirm it on their page, and renews it for a year from the reminder',
    async () => {
      const email = 'pool.gast@example.nl';
      await apply(vacancy, email, 'nl', 'pool');
      const page = await open(await linkFromMail(email));
      const list = page.getByRole('region', { name: 'Mijn sollicitaties' });
      // Anyone can type any address: the pool waits for the address's owner.
      await list
        .getByText(
          'Nog niet in de talentpool. Is deze sollicitatie van jou, en mogen alle organisaties van de alliantie je een jaar lang vinden? Bevestig het dan.',
        )
        .waitFor();
      // Before confirming, they can see what was sent in their name: what the pool would show.
      await list.getByText('Wat er is gestuurd').click();
      await list.getByText('Ik wil graag bij u werken.').waitFor();
      await list.getByText('Fleur van Dijk').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await list
        .getByRole('button', {
          name: 'Bevestigen: in de talentpool, met je sollicitatie op Adviseur wonen bij Gemeente Proefstad',
        })
        .click();
      const confirmed = page.getByText('Je staat nu in de talentpool tot', { exact: false });
      await confirmed.waitFor();
      expect(await isFocused(confirmed)).toBe(true);
      await list.locator('.pool-consent', { hasText: 'In de talentpool tot' }).waitFor();
      // In for a year now: no button offers to do it again (a year ahead looked like a task left).
      expect(await list.getByRole('button', { name: /^(Bevestigen|Nog een jaar)/ }).count()).toBe(0);
      const { rows: entered } = await portal.ctx.pool.query<{ confirmed: boolean }>(
        `SELECT address_confirmed_at IS NOT NULL AS confirmed FROM applications WHERE email = $1`,
        [email],
      );
      expect(entered).toEqual([{ confirmed: true }]);
      await portal.ctx.pool.query(
        `UPDATE applications SET pool_consent_until = now() + interval '10 days' WHERE email = $1`,
        [email],
      );
      // Ten days before it ends, the reminder's link opens the page again.
      await page.reload();
      await list.getByRole('button', { name: /^Nog een jaar in de talentpool/ }).waitFor();
      expect(await page.getByText('Je staat nu in de talentpool tot', { exact: false }).count()).toBe(0);
      await list
        .getByRole('button', {
          name: 'Nog een jaar in de talentpool, met je sollicitatie op Adviseur wonen bij Gemeente Proefstad',
        })
        .click();
      const renewed = page.getByText('Je staat nu in de talentpool tot', { exact: false });
      await renewed.waitFor();
      expect(await isFocused(renewed)).toBe(true);
      const { rows } = await portal.ctx.pool.query<{ days: number }>(
        `SELECT round(extract(epoch FROM pool_consent_until - now()) / 86400)::int AS days FROM applications WHERE email = $1`,
        [email],
      );
      expect(rows).toEqual([{ days: 365 }]);
      expect(await accessibilityViolations(page)).toEqual([]);
      // Taking the consent back is as easy as giving it: one button, and the application stays.
      await list
        .getByRole('button', {
          name: 'Uit de talentpool, met je sollicitatie op Adviseur wonen bij Gemeente Proefstad',
        })
        .click();
      const left = page.getByText('Je staat niet meer in de talentpool.', { exact: false });
      await left.waitFor();
      expect(await isFocused(left)).toBe(true);
      const { rows: after } = await portal.ctx.pool.query<{ consent: string }>(
        `SELECT consent FROM applications WHERE email = $1`,
        [email],
      );
      expect(after).toEqual([{ consent: 'procedure' }]);
      expect(await list.locator('.pool-consent').count()).toBe(0);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'works in English from the English e-mail, and passes axe at both sizes',
    async () => {
      const email = 'guest.en@example.nl';
      await apply(vacancy, email, 'en');
      const link = await linkFromMail(email);
      expect(link).toMatch(/^\/en\/my-data#key=/);
      const page = await open(link);
      await page.getByRole('heading', { level: 1, name: 'My data' }).waitFor();
      await page
        .getByRole('region', { name: 'My applications' })
        .getByRole('link', { name: 'Adviseur wonen' })
        .waitFor();
      expect(page.url()).toBe(`${portal.baseUrl}/en/my-data`);
      await axeAtBothSizes(page);
      await page.screenshot({ path: '/tmp/my-data-en-desktop.png', fullPage: true });
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'reads the key of another link opened in the same tab, instead of showing the earlier one’s data',
    async () => {
      const email = 'twee.links@example.nl';
      await apply(vacancy, email);
      const page = await open(await linkFromMail(email));
      const list = page.getByRole('region', { name: 'Mijn sollicitaties' });
      await list.getByRole('link', { name: 'Adviseur wonen' }).waitFor();
      // Only the fragment changes: the browser does not load the page again.
      await page.evaluate(() => {
        window.location.hash = 'sleutel=niet-de-goede-sleutel';
      });
      await page.getByRole('heading', { level: 2, name: 'Deze link werkt niet' }).waitFor();
      await expect(list.count()).resolves.toBe(0);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'explains a wrong or missing key instead of failing, in Dutch and English',
    async () => {
      for (const [path, title] of [
        ['/mijn-gegevens#sleutel=niet-de-goede-sleutel', 'Deze link werkt niet'],
        ['/mijn-gegevens', 'Deze link werkt niet'],
        ['/en/my-data#key=not-the-right-key', 'This link does not work'],
      ] as const) {
        const page = await open(path);
        await page.getByRole('heading', { level: 2, name: title }).waitFor();
        await expect(page.getByRole('main').textContent()).resolves.toMatch(/400/);
        expect(page.url()).not.toMatch(/sleutel|key=/);
        await axeAtBothSizes(page);
        if (path.startsWith('/en')) await page.screenshot({ path: '/tmp/my-data-en-invalid.png', fullPage: true });
        await page.context().close();
      }
    },
    STORY_TIMEOUT,
  );
});
