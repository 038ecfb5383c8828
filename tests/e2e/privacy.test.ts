/**
 * The applicant's privacy in a real browser (issue 13): the privacy statement in Dutch and
 * English passes axe and reflows at 1280 and 320 px and is reached from the footer with the
 * keyboard; a job seeker downloads their data (a zip that holds their application and CV) and
 * erases their account through the dialog, after which they cannot sign in; an HR officer turns
 * the e-mail on new applications off, and it stays off after a reload.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Vacancy } from '@samenwerven/db';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import {
  applicationForm,
  createOrganisation,
  createUser,
  createVacancy,
  pdfBytes,
  TEST_PASSWORD,
} from '../support/factories.ts';
import { openPage, overflow, signInThroughPage, tabToLink, VIEWPORTS } from '../support/portal-in-browser.ts';
import { portalWithMail } from '../support/portal-with-mail.ts';

const enabled = browserAvailable();
/** A whole story, with axe runs and password hashing: more than the default 30 s on a busy machine. */
const STORY_TIMEOUT = 180_000;

describe.skipIf(!enabled)("the applicant's privacy, in a real browser", () => {
  let vacancy: Vacancy;
  let hr: Awaited<ReturnType<typeof createUser>>;
  let seeker: Awaited<ReturnType<typeof createUser>>;
  const portal = portalWithMail({
    seed: async (ctx) => {
      const organisation = await createOrganisation(ctx.db, { name: 'Gemeente Proefstad' });
      vacancy = await createVacancy(ctx.db, { organisation, title: 'Adviseur privacy', applyMethod: 'portal' });
      hr = await createUser(ctx.db, { role: 'hr_officer', organisation, name: 'Hanna de Haan' });
      seeker = await createUser(ctx.db, { role: 'job_seeker', name: 'Sem Zoeker' });
    },
  });

  const open = (path: string, viewport?: { width: number; height: number }) => openPage(portal, path, viewport);
  const signIn = (email: string, startPage: string) => signInThroughPage(portal, email, startPage);

  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    it(`privacy statement passes axe and reflows (${size})`, async () => {
      for (const [path, title] of [
        ['/privacy', 'Privacyverklaring'],
        ['/en/privacy', 'Privacy statement'],
      ] as const) {
        const page = await open(path, viewport);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await page.getByRole('table').waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await overflow(page)).toBe(0);
        await page.screenshot({ path: `/tmp/privacy${path.replaceAll('/', '-')}-${size}.png`, fullPage: true });
        await page.context().close();
      }
    });
  }

  it('is reached from the footer with the keyboard, in Dutch and in English', async () => {
    for (const [home, href, title, text] of [
      ['/', '/privacy', 'Privacyverklaring', 'Tot vier weken na het einde van de procedure'],
      ['/en/', '/en/privacy', 'Privacy statement', 'Until four weeks after the procedure ends'],
    ] as const) {
      const page = await open(home);
      await tabToLink(page, href);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expect(page.getByRole('table').textContent()).resolves.toContain(text);
      await page.context().close();
    }
  });

  it('is linked from the apply form, next to the consent choice', async () => {
    const page = await open(`/vacatures/${vacancy.id}`);
    const link = page.getByRole('link', { name: 'Lees hoe wij met je gegevens omgaan' });
    await expect(link.getAttribute('href')).resolves.toBe('/privacy');
    await page.context().close();
  });

  it(
    'lets a job seeker download their data and erase their account, after which they cannot sign in',
    async () => {
      // An application made as a guest with the same address: it belongs to them as well.
      const form = await applicationForm({
        name: 'Sem Zoeker',
        email: seeker.email,
        cv: { name: 'cv-sem.pdf', data: pdfBytes('cv van Sem'), type: 'application/pdf' },
      });
      const applied = await portal.ctx.app.inject({
        method: 'POST',
        url: `/api/v1/vacancies/${vacancy.id}/applications`,
        ...form,
      });
      expect(applied.statusCode).toBe(201);

      const page = await signIn(seeker.email, 'Mijn account');
      const myData = page.getByRole('region', { name: 'Mijn gegevens' });
      await myData.getByRole('link', { name: 'Mijn gegevens downloaden' }).waitFor();
      for (const viewport of Object.values(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await overflow(page)).toBe(0);
      }
      await page.setViewportSize(VIEWPORTS.desktop);
      await page.screenshot({ path: '/tmp/privacy-account-seeker.png', fullPage: true });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        myData.getByRole('link', { name: 'Mijn gegevens downloaden' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^samenwerven-mijn-gegevens-\d{4}-\d{2}-\d{2}\.zip$/);
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
      const files = unzipSync(new Uint8Array(bytes));
      const account = JSON.parse(Buffer.from(files['account.json']!).toString()) as { email: string };
      expect(account.email).toBe(seeker.email);
      const [application] = JSON.parse(Buffer.from(files['applications.json']!).toString()) as { id: string }[];
      expect(Buffer.from(files[`files/${application!.id}/cv.pdf`]!).toString()).toContain('cv van Sem');

      // Erasing asks first, saying what goes; focus starts on Cancel.
      await page.getByRole('button', { name: 'Account verwijderen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Je account verwijderen?' });
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toContain('al je sollicitaties');
      expect(
        await dialog.getByRole('button', { name: 'Annuleren' }).evaluate((b) => b === document.activeElement),
      ).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: '/tmp/privacy-erase-dialog.png' });
      // The password is asked again: an open session alone (a shared computer) is not enough.
      const confirm = dialog.getByRole('button', { name: 'Ja, verwijder mijn account' });
      const password = dialog.getByLabel('Je wachtwoord');
      await confirm.click();
      await dialog.getByText('Vul je wachtwoord in om je account te verwijderen.').waitFor();
      await password.fill('niet-mijn-wachtwoord');
      await password.press('Enter');
      await dialog.getByText('Dit is niet je wachtwoord.').waitFor();
      expect(await password.evaluate((input) => input === document.activeElement)).toBe(true);
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      expect(await accessibilityViolations(page)).toEqual([]);
      const stillThere = await portal.ctx.pool.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [
        seeker.email,
      ]);
      expect(stillThere.rows[0].n).toBe(1);
      await password.fill(TEST_PASSWORD);
      await confirm.click();

      await page.getByText('Je account en al je gegevens zijn verwijderd.').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Vacatures bij de overheid in de regio' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      await page.screenshot({ path: '/tmp/privacy-erased-home.png' });
      const left = await portal.ctx.pool.query(
        'SELECT (SELECT count(*) FROM users WHERE email = $1) AS users, (SELECT count(*) FROM applications WHERE email = $1) AS applications',
        [seeker.email],
      );
      expect(left.rows[0]).toEqual({ users: '0', applications: '0' });

      await page.goto(`${portal.baseUrl}/inloggen`);
      await page.getByLabel('E-mailadres').fill(seeker.email);
      await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
      await page.getByLabel('Wachtwoord').press('Enter');
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/inloggen');
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'says a changed password where the focus goes, on a phone too (it was a status out of view)',
    async () => {
      const changer = await createUser(portal.ctx.db, { role: 'job_seeker', name: 'Wim Wisselaar' });
      const page = await signIn(changer.email, 'Mijn account');
      await page.setViewportSize(VIEWPORTS.narrow);
      await page.getByLabel('Huidig wachtwoord').fill(TEST_PASSWORD);
      await page.locator('#password-newPassword').fill('een nieuw en lang wachtwoord 2026');
      await page.locator('#password-repeatPassword').fill('een nieuw en lang wachtwoord 2026');
      await page.locator('#password-repeatPassword').press('Enter');
      const notice = page.getByText('Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd.');
      await notice.waitFor();
      await expect.poll(() => notice.evaluate((element) => element === document.activeElement)).toBe(true);
      await expect(page.locator('#password-repeatPassword').inputValue()).resolves.toBe('');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'lets an HR officer turn the e-mail on new applications off, and it stays off',
    async () => {
      const page = await signIn(hr.email, 'Beheer');
      await page.goto(`${portal.baseUrl}/account`);
      const setting = page.getByRole('region', { name: 'E-mailberichten' });
      const box = setting.getByLabel('E-mail mij als er een sollicitatie binnenkomt');
      await box.waitFor();
      expect(await box.isChecked()).toBe(true);
      // Staff do not see a job seeker's download and erasure.
      await expect(page.getByRole('region', { name: 'Mijn gegevens' }).count()).resolves.toBe(0);

      await box.uncheck();
      await setting.getByRole('button', { name: 'Instelling opslaan' }).click();
      await setting.getByText('Opgeslagen. Je krijgt geen e-mail meer als er een sollicitatie binnenkomt.').waitFor();
      for (const viewport of Object.values(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await overflow(page)).toBe(0);
      }
      await page.setViewportSize(VIEWPORTS.desktop);
      await page.screenshot({ path: '/tmp/privacy-account-hr.png', fullPage: true });
      const stored = await portal.ctx.pool.query<{ notify_on_application: boolean }>(
        'SELECT notify_on_application FROM users WHERE id = $1',
        [hr.id],
      );
      expect(stored.rows[0]?.notify_on_application).toBe(false);

      await page.reload();
      await box.waitFor();
      expect(await box.isChecked()).toBe(false);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );
});
