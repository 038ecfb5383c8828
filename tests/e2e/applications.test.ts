/**
 * Applying through the portal in a real browser (issue 13): a guest applies from a vacancy
 * page with the keyboard alone, in Dutch (after a refused first try: no CV) and in English,
 * and sees the confirmation take focus; a signed-in job seeker finds their details filled in,
 * sees the application in their account and withdraws it; an HR officer of the vacancy's
 * organisation finds the applications in the inbox, opens one, moves it to "in review" and
 * leaves a note. Axe checks the apply form, the account list and the inbox pages at 1280 px
 * and at 320 px, where nothing may need sideways scrolling.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Organisation, Vacancy } from '@samenwerven/db';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { createOrganisation, createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';
import { signIn as signInSession } from '../support/http.ts';
import { openPage, scriptsRunning, signInThroughPage, VIEWPORTS } from '../support/portal-in-browser.ts';
import { portalWithMail } from '../support/portal-with-mail.ts';

const enabled = browserAvailable();
/** A whole story, with axe runs and password hashing: more than the default 30 s on a busy machine. */
const STORY_TIMEOUT = 180_000;

/** A small PDF, recognisable as one by its bytes. */
const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const cvFile = (name: string) => ({ name, mimeType: 'application/pdf', buffer: TINY_PDF });

const isFocused = (locator: Locator) => locator.evaluate((element) => element === element.ownerDocument.activeElement);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** How far the page is wider than the window: 0 when it reflows. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Tabs from the top of the page until the control with `id` has focus, as a keyboard user would. */
async function tabTo(page: Page, id: string, most = 120): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedId(page)) === id) return;
  }
  throw new Error(`#${id} was not reached with Tab`);
}

/** Tab once and check where focus landed. */
async function tabExpecting(page: Page, id: string): Promise<void> {
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe(id);
}

describe.skipIf(!enabled)('applying through the portal, in a real browser', () => {
  let organisation: Organisation;
  let vacancy: Vacancy;
  let closing: Vacancy;
  let hr: Awaited<ReturnType<typeof createUser>>;
  let seeker: Awaited<ReturnType<typeof createUser>>;
  const portal = portalWithMail({
    seed: async (ctx) => {
      organisation = await createOrganisation(ctx.db, { name: 'Gemeente Proefstad' });
      vacancy = await createVacancy(ctx.db, { organisation, title: 'Adviseur wonen', applyMethod: 'portal' });
      closing = await createVacancy(ctx.db, { organisation, title: 'Adviseur erfgoed', applyMethod: 'portal' });
      hr = await createUser(ctx.db, { role: 'hr_officer', organisation, name: 'Hanna de Haan' });
      seeker = await createUser(ctx.db, { role: 'job_seeker', name: 'Sem Zoeker' });
    },
  });

  const applications = async () =>
    (
      await portal.ctx.pool.query<{ id: string; name: string; email: string; status: string; consent: string }>(
        'SELECT id, name, email, status, consent FROM applications ORDER BY created_at',
      )
    ).rows;

  const open = (path: string, viewport?: { width: number; height: number }) => openPage(portal, path, viewport);
  const signIn = (email: string, startPage: string) => signInThroughPage(portal, email, startPage);

  it(
    'keeps what was typed, and says to try again, when the portal cannot take it for a moment (503)',
    async () => {
      const page = await open(`/vacatures/${closing.id}`);
      const motivation = 'Ik schreef hier lang aan; de database was net even weg.';
      await page.getByLabel('Naam', { exact: true }).fill('Ilse Later');
      await page.getByLabel('E-mailadres').fill('ilse.later@example.nl');
      await page.getByLabel('Motivatie').fill(motivation);
      await page.locator('#apply-cv').setInputFiles(cvFile('cv-ilse.pdf'));
      // The database goes away: every API answer is a 503 from now on, as the server answers then
      // (a resilience review: the page read itself again, failed, and the form was gone).
      await page.route('**/api/v1/**', (route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/json',
          headers: { 'retry-after': '5' },
          body: JSON.stringify({
            error: {
              code: 'service_unavailable',
              message: 'De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw.',
            },
          }),
        }),
      );
      await page.getByRole('button', { name: 'Sollicitatie versturen' }).click();
      await page.getByText('De database is even niet bereikbaar.').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getByText('Er ging iets mis').count()).toBe(0);
      expect(await page.getByLabel('Motivatie').inputValue()).toBe(motivation);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'keeps what was typed, and says why, when the vacancy closed while the form was filled in',
    async () => {
      const page = await open(`/vacatures/${closing.id}`);
      const motivation = 'Erfgoed ligt mij na aan het hart; ik schreef hier een halfuur aan.';
      await page.getByLabel('Naam', { exact: true }).fill('Ilse Laat');
      await page.getByLabel('E-mailadres').fill('ilse@example.nl');
      await page.getByLabel('Motivatie').fill(motivation);
      await page.locator('#apply-cv').setInputFiles(cvFile('cv-ilse.pdf'));
      // HR closes it meanwhile (or its closing date passes at midnight).
      const staff = await signInSession(portal.ctx.app, hr.email, TEST_PASSWORD);
      const closed = await portal.ctx.app.inject({
        method: 'POST',
        url: `/api/v1/vacancies/${closing.id}/close`,
        headers: staff.bearer,
      });
      expect(closed.statusCode).toBe(200);
      await page.getByRole('button', { name: 'Sollicitatie versturen' }).click();
      await page.getByText('Deze vacature neemt geen sollicitaties (meer) aan').waitFor();
      // Once the page has read what it reads after a send: the form and the message are still there.
      await page.waitForLoadState('networkidle');
      await page.getByText('Deze vacature neemt geen sollicitaties (meer) aan').waitFor({ timeout: 2000 });
      expect(await page.getByLabel('Motivatie').inputValue()).toBe(motivation);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'keeps a pasted motivation whole past its limit, says how much is too much, and sends nothing until it fits',
    async () => {
      const page = await open(`/vacatures/${vacancy.id}`);
      const motivation = page.getByLabel('Motivatie');
      const count = page.locator('#apply-motivation-warning');
      // Near the limit the field says what is left (a live region), in tens.
      await motivation.fill('a'.repeat(4_555));
      await expect(count.textContent()).resolves.toBe('Nog ruim 440 tekens.');
      // Pasted past it: the browser cut it off at the limit without a word (a job seeker's walk).
      await motivation.fill(`${'Lang verhaal. '.repeat(357)}Einde`);
      expect((await motivation.inputValue()).length).toBe(5_003);
      await expect(count.textContent()).resolves.toBe('3 tekens te veel: maak de tekst korter.');
      // Said in tens from ten on: a screen reader hears a new number at every tenth key, not at each.
      await motivation.press('End');
      await motivation.pressSequentially('abcdefghijkl');
      await expect(count.textContent()).resolves.toBe('Ruim 10 tekens te veel: maak de tekst korter.');
      await motivation.fill(`${'Lang verhaal. '.repeat(357)}Einde`);
      expect(await motivation.getAttribute('aria-describedby')).toContain('apply-motivation-warning');
      await page.getByLabel('Naam', { exact: true }).fill('Lotte Lang');
      await page.getByLabel('E-mailadres').fill('lotte@example.nl');
      await page.locator('#apply-cv').setInputFiles(cvFile('cv-lotte.pdf'));
      // An empty letter (a cloud file not downloaded yet) is said so; it went missing unsaid.
      await page
        .locator('#apply-letter')
        .setInputFiles({ name: 'brief.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
      await page.getByRole('button', { name: 'Sollicitatie versturen' }).click();
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      await expect(page.locator('#apply-letter-error').textContent()).resolves.toContain(
        'Dit bestand is leeg (0 bytes).',
      );
      await expect(motivation.getAttribute('aria-invalid')).resolves.toBe('true');
      expect(await page.locator('#apply-motivation-error').textContent()).toMatch(/5\.000/);
      expect((await motivation.inputValue()).length).toBe(5_003);
      expect(await applications()).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'takes an application in Dutch with the keyboard alone, after saying what was missing',
    async () => {
      const page = await open(`/vacatures/${vacancy.id}`);
      const form = page.getByRole('region', { name: 'Solliciteren' });
      await form.getByRole('button', { name: 'Sollicitatie versturen' }).waitFor();

      await tabTo(page, 'apply-name');
      await page.keyboard.type('Fleur van Dijk');
      await tabExpecting(page, 'apply-email');
      await page.keyboard.type('fleur@example.nl');
      await tabExpecting(page, 'apply-phone');
      await tabExpecting(page, 'apply-motivation');
      await page.keyboard.type('Ik werk graag aan betaalbare woningen voor de regio.');
      await tabExpecting(page, 'apply-cv');
      await tabExpecting(page, 'apply-letter');
      // The consent question: the first answer (this procedure only) is chosen already.
      await tabExpecting(page, 'apply-consent');
      expect(await page.getByLabel('Alleen voor deze sollicitatieprocedure').isChecked()).toBe(true);
      // The bots' field is never reached: from the consent to the privacy link, then the button.
      await page.keyboard.press('Tab');
      expect(await isFocused(form.getByRole('link', { name: /Lees hoe wij met je gegevens omgaan/ }))).toBe(true);
      await page.keyboard.press('Tab');
      expect(await isFocused(form.getByRole('button', { name: 'Sollicitatie versturen' }))).toBe(true);
      await page.keyboard.press('Enter');

      // No CV: the summary says so and takes focus; its link leads to the file field.
      const summary = page.locator('.error-summary');
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      expect(await isFocused(summary)).toBe(true);
      await expect(summary.textContent()).resolves.toContain('Cv: Kies je cv (pdf of .docx).');
      await expect(page.locator('#apply-cv').getAttribute('aria-invalid')).resolves.toBe('true');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await focusedId(page)).toBe('apply-cv');
      await page.locator('#apply-cv').setInputFiles(cvFile('cv-fleur.pdf'));
      await tabExpecting(page, 'apply-letter');
      await tabExpecting(page, 'apply-consent');
      // The talent pool too, chosen with the arrow key.
      await page.keyboard.press('ArrowDown');
      expect(await focusedId(page)).toBe('apply-consent-pool');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      // Enter pressed twice in a hurry sends the form once (it once sent two applications).
      let sends = 0;
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith(`/vacancies/${vacancy.id}/applications`)) sends += 1;
      });
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');

      const done = page.getByRole('heading', { name: 'Je sollicitatie is verstuurd' });
      await done.waitFor();
      expect(await isFocused(page.locator('.apply-done'))).toBe(true);
      const doneText = await page.locator('.apply-done').textContent();
      expect(doneText).toContain('We sturen een bevestiging naar fleur@example.nl');
      // A guest enters the pool only once the address's owner confirms it.
      expect(doneText).toContain('Je koos ook voor de talentpool: bevestig op die pagina');
      expect(sends).toBe(1);
      expect(await applications()).toEqual([
        expect.objectContaining({
          name: 'Fleur van Dijk',
          email: 'fleur@example.nl',
          status: 'received',
          consent: 'pool',
        }),
      ]);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'takes an application in English with the keyboard alone',
    async () => {
      const page = await open(`/en/vacancies/${vacancy.id}`);
      const form = page.getByRole('region', { name: 'How to apply' });
      await form.getByRole('button', { name: 'Send application' }).waitFor();
      await expect(page.getByText('For this application procedure only').isVisible()).resolves.toBe(true);

      await tabTo(page, 'apply-name');
      await page.keyboard.type('Noah Peters');
      await tabExpecting(page, 'apply-email');
      await page.keyboard.type('noah@example.com');
      await tabExpecting(page, 'apply-phone');
      await page.keyboard.type('+31 6 12345678');
      await tabExpecting(page, 'apply-motivation');
      await page.keyboard.type('I would like to help the region build homes people can afford.');
      await tabExpecting(page, 'apply-cv');
      await page.locator('#apply-cv').setInputFiles(cvFile('cv-noah.pdf'));
      await tabExpecting(page, 'apply-letter');
      await tabExpecting(page, 'apply-consent');
      await page.keyboard.press('Tab');
      expect(await isFocused(form.getByRole('link', { name: /Read how we handle your data/ }))).toBe(true);
      await page.keyboard.press('Tab');
      expect(await isFocused(form.getByRole('button', { name: 'Send application' }))).toBe(true);
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { name: 'Your application has been sent' }).waitFor();
      expect(await isFocused(page.locator('.apply-done'))).toBe(true);
      const doneText = await page.locator('.apply-done').textContent();
      expect(doneText).toContain('We are sending a confirmation to noah@example.com');
      expect(doneText).not.toContain('talent pool');
      expect((await applications()).map((row) => [row.email, row.consent])).toEqual([
        ['fleur@example.nl', 'pool'],
        ['noah@example.com', 'procedure'],
      ]);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'asks before the language switch (or any link) throws away what was typed in the apply form',
    async () => {
      const page = await open(`/en/vacancies/${vacancy.id}`);
      const form = page.getByRole('region', { name: 'How to apply' });
      // Nothing typed: the switch goes at once.
      await page.getByRole('link', { name: 'Nederlands' }).click();
      await page
        .getByRole('region', { name: 'Solliciteren' })
        .getByRole('button', { name: 'Sollicitatie versturen' })
        .waitFor();
      await page.goto(`${portal.baseUrl}/en/vacancies/${vacancy.id}`);
      // Typed once the page runs its scripts (the copy button comes then): the server's HTML alone cannot ask.
      await page.getByRole('button', { name: 'Copy link' }).waitFor();
      await form.getByLabel('Motivation').fill('I would like to help the region build homes.');
      await page.getByRole('link', { name: 'Nederlands' }).click();
      const dialog = page.getByRole('dialog', { name: 'Application not sent' });
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(new URL(page.url()).pathname).toMatch(/^\/en\/vacancies\//);
      await expect(form.getByLabel('Motivation').inputValue()).resolves.toBe(
        'I would like to help the region build homes.',
      );
      await page.getByRole('link', { name: 'Nederlands' }).click();
      await dialog.getByRole('button', { name: 'Leave without sending' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/vacatures/'));
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    it(`apply form passes axe and reflows (${size})`, async () => {
      for (const path of [`/vacatures/${vacancy.id}`, `/en/vacancies/${vacancy.id}`]) {
        const page = await open(path, viewport);
        await page.locator('#apply-name').waitFor();
        await page.waitForLoadState('networkidle');
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await overflow(page)).toBe(0);
        await page.context().close();
      }
    });
  }

  it(
    'lets a signed-in job seeker apply with their details filled in, see it in their account and withdraw it',
    async () => {
      const page = await signIn(seeker.email, 'Mijn account');
      await page.goto(`${portal.baseUrl}/vacatures/${vacancy.id}`);
      // The server renders as a visitor: the details are filled in once the scripts run.
      await scriptsRunning(page);
      await page.locator('#apply-name').waitFor();
      await expect(page.locator('#apply-name').inputValue()).resolves.toBe('Sem Zoeker');
      await expect(page.locator('#apply-email').inputValue()).resolves.toBe(seeker.email);
      // Sent without a motivation: with scripts the CV stays chosen, and the form does not ask for it again.
      await page.locator('#apply-cv').setInputFiles(cvFile('cv-sem.pdf'));
      await page.getByRole('button', { name: 'Sollicitatie versturen' }).click();
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      expect(await page.locator('#apply-cv').evaluate((input: HTMLInputElement) => input.files?.length)).toBe(1);
      expect(await page.getByText('Kies het opnieuw', { exact: false }).count()).toBe(0);
      await page.getByLabel('Motivatie').fill('Wonen is mijn vak.');
      await page.getByRole('button', { name: 'Sollicitatie versturen' }).click();
      await page.getByRole('heading', { name: 'Je sollicitatie is verstuurd' }).waitFor();

      // Back on the vacancy, the page says they applied already, instead of the form to do it again.
      await page.reload();
      const earlier = page.locator('.apply-earlier');
      await earlier.getByRole('heading', { name: 'Je hebt al op deze vacature gesolliciteerd' }).waitFor();
      await expect(earlier.textContent()).resolves.toContain('Status: Ontvangen.');
      expect(await page.locator('#apply-motivation').count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);

      // Chosen for the talent pool while the application's address waits for its owner: the list
      // says so beside the button that takes the choice back (it showed the button alone).
      const { rows: confirmedAt } = await portal.ctx.pool.query(
        'SELECT address_confirmed_at AS was FROM applications WHERE email = $1',
        [seeker.email],
      );
      await portal.ctx.pool.query(
        `UPDATE applications SET consent = 'pool', address_confirmed_at = NULL WHERE email = $1`,
        [seeker.email],
      );
      await page.getByRole('link', { name: 'Je sollicitaties bekijken in je account' }).click();
      const list = page.getByRole('region', { name: 'Mijn sollicitaties' });
      await list.getByText('Gekozen voor de talentpool; in de pool zodra het e-mailadres', { exact: false }).waitFor();
      // Had they chosen the talent pool too, their list says until when, and lets them leave it.
      await portal.ctx.pool.query(
        `UPDATE applications SET address_confirmed_at = $2, pool_consent_until = now() + interval '365 days'
          WHERE email = $1`,
        [seeker.email, confirmedAt[0].was],
      );
      await page.reload();
      await list.getByRole('link', { name: 'Adviseur wonen' }).waitFor();
      await expect(list.textContent()).resolves.toContain('Gemeente Proefstad');
      await expect(list.textContent()).resolves.toContain('Ontvangen');
      await list.getByText('Ook in de talentpool, tot', { exact: false }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      // Room between withdrawing and leaving the pool, to touch the one meant (they touched).
      const [withdrawBox, leaveBox] = await Promise.all(
        [/intrekken$/, /^Uit de talentpool/].map((name) => list.getByRole('button', { name }).boundingBox()),
      );
      const apart = (a: typeof withdrawBox, b: typeof withdrawBox) =>
        Math.max(b!.x - (a!.x + a!.width), b!.y - (a!.y + a!.height));
      expect(apart(withdrawBox, leaveBox), 'side by side or one under the other').toBeGreaterThanOrEqual(8);
      await list
        .getByRole('button', {
          name: 'Uit de talentpool, met je sollicitatie op Adviseur wonen bij Gemeente Proefstad',
        })
        .click();
      const leftPool = page.getByText('Je staat niet meer in de talentpool.', { exact: false });
      await leftPool.waitFor();
      expect(await isFocused(leftPool)).toBe(true);
      expect((await applications()).find((row) => row.email === seeker.email)?.consent).toBe('procedure');
      await list.getByText('Ook in de talentpool, tot', { exact: false }).waitFor({ state: 'detached' });

      for (const viewport of Object.values(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await overflow(page)).toBe(0);
      }
      await page.setViewportSize(VIEWPORTS.desktop);

      // Withdrawing asks first; the outcome takes focus, as the row is gone.
      await list
        .getByRole('button', { name: 'Sollicitatie op Adviseur wonen bij Gemeente Proefstad intrekken' })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Sollicitatie intrekken?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Ja, intrekken' }).click();
      const outcome = page.getByText('Je sollicitatie op ‘Adviseur wonen’ is ingetrokken.');
      await outcome.waitFor();
      expect(await isFocused(outcome)).toBe(true);
      await list.getByText('Je hebt geen sollicitaties via Samenwerven.').waitFor();
      expect((await applications()).map((row) => row.email)).toEqual(['fleur@example.nl', 'noah@example.com']);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    "shows the HR officer the applications, and moves one to 'in review' with a note",
    async () => {
      const page = await signIn(hr.email, 'Beheer');
      await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Sollicitaties' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sollicitaties' }).waitFor();
      const table = page.locator('.inbox-table');
      await table.getByRole('link', { name: 'Fleur van Dijk' }).waitFor();
      await expect(page.getByRole('status').filter({ hasText: 'sollicitaties' }).textContent()).resolves.toBe(
        '2 sollicitaties',
      );
      await expect(table.locator('tr.is-new').count()).resolves.toBe(2);
      for (const viewport of Object.values(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await overflow(page)).toBe(0);
      }
      await page.setViewportSize(VIEWPORTS.desktop);

      await table.getByRole('link', { name: 'Fleur van Dijk' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sollicitatie van Fleur van Dijk' }).waitFor();
      const [fleur] = await applications();
      await expect(page.getByRole('link', { name: 'Cv downloaden (cv-fleur.pdf)' }).getAttribute('href')).resolves.toBe(
        `/api/v1/applications/${fleur!.id}/cv`,
      );
      // Her pool consent waits for her address to be confirmed: not in the pool yet (it said she was).
      const consent = page.getByRole('definition').filter({ hasText: 'talentpool' });
      await expect(consent.textContent()).resolves.toBe(
        'Ook een jaar in de talentpool, zodra de sollicitant bevestigt dat het e-mailadres van hem of haar is. Tot dan staat de sollicitant niet in de talentpool.',
      );
      // Only the states that may follow "received".
      const statusForm = page.getByRole('region', { name: 'Status wijzigen' });
      await expect(statusForm.getByRole('radio').count()).resolves.toBe(2);
      // None chosen beforehand: HR picks the next status themselves.
      await expect(statusForm.locator('input[type=radio]:checked').count()).resolves.toBe(0);
      // Rejecting would send the standard message, which can be edited first.
      await statusForm.getByLabel('Afgewezen').check();
      // Fleur applied as a guest: the name she typed is not put in a mail to an address nobody confirmed.
      const standard = await statusForm.getByLabel('Afwijzingsbericht aan de sollicitant').inputValue();
      expect(standard).toMatch(/^Goedendag,/);
      expect(standard).not.toContain('Fleur');
      // Once the address's owner confirmed it, the message greets her by name.
      await portal.ctx.pool.query(`UPDATE applications SET address_confirmed_at = now() WHERE id = $1`, [fleur!.id]);
      // In English too, the message is in the applicant's language (her mails are Dutch), and says so.
      await page.goto(`${portal.baseUrl}/en/manage/applications/${fleur!.id}`);
      const englishForm = page.getByRole('region', { name: 'Change status' });
      await englishForm.getByLabel('Rejected').check();
      const message = englishForm.getByLabel('Rejection message to the applicant');
      await expect(message.inputValue()).resolves.toContain('Beste Fleur van Dijk');
      await expect(message.getAttribute('lang')).resolves.toBe('nl');
      await page.getByText('The applicant gets Samenwerven’s e-mails in Dutch').waitFor();
      await page.goto(`${portal.baseUrl}/beheer/sollicitaties/${fleur!.id}`);
      await expect(consent.textContent()).resolves.toBe('Ook een jaar in de talentpool');
      // Nothing is chosen beforehand: saving without a choice changes nothing (one press used to invite her).
      const statusBefore = (await applications())[0]?.status;
      await statusForm.getByRole('button', { name: 'Status opslaan' }).click();
      await statusForm.getByRole('link', { name: 'Kies een nieuwe status.' }).waitFor();
      expect((await applications())[0]?.status).toBe(statusBefore);
      await statusForm.getByLabel('Afgewezen').check();
      for (const viewport of Object.values(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await overflow(page)).toBe(0);
      }
      await page.setViewportSize(VIEWPORTS.desktop);
      await statusForm.getByLabel('In behandeling').check();
      await statusForm.getByRole('button', { name: 'Status opslaan' }).click();
      await page.getByText('De status is nu ‘In behandeling’.').waitFor();
      await expect.poll(async () => (await applications())[0]?.status).toBe('in_review');
      await statusForm.getByLabel('Uitgenodigd').waitFor();

      const notes = page.getByRole('region', { name: 'Notities voor collega’s' });
      await notes.getByLabel('Nieuwe notitie').fill('Sterke motivatie; uitnodigen voor een gesprek.');
      await notes.getByRole('button', { name: 'Notitie toevoegen' }).click();
      await notes.getByText('Sterke motivatie; uitnodigen voor een gesprek.', { exact: true }).waitFor();
      await expect(notes.textContent()).resolves.toContain('Hanna de Haan');
      // With its time: two notes of one day are told apart.
      await expect(notes.locator('.note-meta time').first().textContent()).resolves.toMatch(/ om \d{2}:\d{2}$/);
      // What the page said before is history once the next thing is sent: one answer at a time.
      await notes.getByText('De notitie is toegevoegd.').waitFor();
      await expect(page.getByText('De status is nu ‘In behandeling’.').count()).resolves.toBe(0);
      await statusForm.getByLabel('Uitgenodigd').check();
      await statusForm.getByRole('button', { name: 'Status opslaan' }).click();
      await page.getByText('De status is nu ‘Uitgenodigd’.').waitFor();
      await expect(notes.getByText('De notitie is toegevoegd.').count()).resolves.toBe(0);
      // Hiring is final: asked first, and nothing changes when the question is dismissed.
      await statusForm.getByLabel('Aangenomen').check();
      await statusForm.getByRole('button', { name: 'Status opslaan' }).click();
      const hire = page.getByRole('dialog', { name: /aannemen\?$/ });
      await hire.getByText('Daarna kan de status niet meer veranderen.').waitFor();
      await page.keyboard.press('Escape');
      await hire.waitFor({ state: 'hidden' });
      expect((await applications())[0]?.status).toBe('invited');
      // A note saved while the hiring is on its way says so, and its form empties (a review: it was
      // taken for the other form's answer, hidden as history).
      let releaseStatus = () => {};
      const held = new Promise<void>((resolve) => (releaseStatus = resolve));
      // Notes are sent as PATCH too, with a `note` instead of a `status`.
      const isStatusChange = (request: { method(): string; postData(): string | null }) =>
        request.method() === 'PATCH' && (request.postData() ?? '').includes('"status"');
      await page.route('**/api/v1/applications/*', async (route) => {
        if (isStatusChange(route.request())) await held;
        await route.fallback();
      });
      await statusForm.getByRole('button', { name: 'Status opslaan' }).click();
      await page
        .getByRole('dialog', { name: /aannemen\?$/ })
        .getByRole('button', { name: 'Ja, aannemen' })
        .click();
      // A long one: near the limit the field says what is left, and once saved and emptied, nothing.
      const longNote = `Referenties zijn nagebeld. ${'Positief. '.repeat(460)}`.trim();
      await notes.getByLabel('Nieuwe notitie').fill(longNote);
      await expect(notes.locator('#note-warning, [id$="-warning"]').first().textContent()).resolves.toMatch(
        /^Nog (ruim )?\d+ tekens\.$/,
      );
      await notes.getByRole('button', { name: 'Notitie toevoegen' }).click();
      await notes.getByText('De notitie is toegevoegd.').waitFor();
      await expect(notes.getByLabel('Nieuwe notitie').inputValue()).resolves.toBe('');
      await expect(notes.locator('[id$="-warning"]').first().textContent()).resolves.toBe('');
      releaseStatus();
      await page.getByText('De status is nu ‘Aangenomen’.').waitFor();
      await page.unroute('**/api/v1/applications/*');

      // Back in the inbox: opened, so no longer new; the filter finds it under its new status.
      await page.goto(`${portal.baseUrl}/beheer/sollicitaties?status=hired`);
      await table.getByRole('link', { name: 'Fleur van Dijk' }).waitFor();
      await expect(table.locator('tbody tr').count()).resolves.toBe(1);
      await expect(table.locator('tr.is-new').count()).resolves.toBe(0);

      // The vacancy list's count leads to the vacancy's own inbox.
      await page.goto(`${portal.baseUrl}/beheer/vacatures`);
      await page.getByRole('link', { name: '2 sollicitaties op Adviseur wonen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sollicitaties: Adviseur wonen' }).waitFor();
      await table.getByRole('link', { name: 'Noah Peters' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // The last change of status, by keyboard: the form goes, the focus to what happened.
      await table.getByRole('link', { name: 'Noah Peters' }).click();
      const last = page.getByRole('region', { name: 'Status wijzigen' });
      await last.getByLabel('Afgewezen').check();
      // An empty message is said first, before anything is asked.
      await last.getByLabel('Afwijzingsbericht aan de sollicitant').fill('');
      await last.getByRole('button', { name: 'Afwijzen en bericht versturen' }).click();
      const refusal = last.getByRole('link', { name: 'Schrijf het afwijzingsbericht.' });
      await refusal.waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);
      // Another choice takes the refusal away: it was about the message that choice had (a review).
      await last
        .getByRole('radio', { name: /^(?!Afgewezen$)/ })
        .first()
        .check();
      await expect.poll(() => refusal.count()).toBe(0);
      await last.getByLabel('Afgewezen').check();
      await last.getByLabel('Afwijzingsbericht aan de sollicitant').fill('');
      await last.getByRole('button', { name: 'Afwijzen en bericht versturen' }).click();
      await refusal.waitFor();
      await last.getByLabel('Afwijzingsbericht aan de sollicitant').fill('Dank je wel; we kozen iemand anders.');
      // Rejecting mails the applicant and cannot be undone: the button says so, and asks first.
      await last.getByRole('button', { name: 'Afwijzen en bericht versturen' }).focus();
      await page.keyboard.press('Enter');
      const asked = page.getByRole('dialog', { name: /afwijzen en het bericht versturen\?$/ });
      await asked.waitFor();
      // The refusal of the empty message is no longer said behind the question (a staff review).
      expect(await refusal.count()).toBe(0);
      expect(await asked.getByRole('button', { name: 'Annuleren' }).evaluate((e) => e === document.activeElement)).toBe(
        true,
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => asked.isVisible()).toBe(false);
      expect((await applications()).find((row) => row.name === 'Noah Peters')?.status).toBe('received');
      await last.getByRole('button', { name: 'Afwijzen en bericht versturen' }).focus();
      await page.keyboard.press('Enter');
      await asked.getByRole('button', { name: 'Ja, afwijzen en versturen' }).click();
      await page.getByText('Deze sollicitatie is afgerond').waitFor();
      await expect
        .poll(() => page.evaluate(() => `${document.activeElement?.className}: ${document.activeElement?.textContent}`))
        .toBe('notice notice-success: De sollicitatie is afgewezen; de sollicitant krijgt het bericht per e-mail.');
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'keeps a note and a rejection message typed when the session ended, and says why a status overtaken was not saved',
    async () => {
      const office = await createOrganisation(portal.ctx.db, { name: 'Gemeente Sessiestad' });
      const post = await createVacancy(portal.ctx.db, { organisation: office, title: 'Jurist', applyMethod: 'portal' });
      const officer = await createUser(portal.ctx.db, { role: 'hr_officer', organisation: office });
      const { rows } = await portal.ctx.pool.query<{ id: string }>(
        `INSERT INTO applications (vacancy_id, organisation_id, name, email, motivation)
         VALUES ($1, $2, 'Sanne Sessie', 'sanne.sessie@example.nl', 'Graag.') RETURNING id`,
        [post.id, office.id],
      );
      const address = `${portal.baseUrl}/beheer/sollicitaties/${rows[0]!.id}`;
      const page = await signIn(officer.email, 'Beheer');
      await page.goto(address);
      await page.getByRole('heading', { level: 1, name: 'Sollicitatie van Sanne Sessie' }).waitFor();
      // The session ends while a note is written (signed out in another tab; or it expired).
      const other = await page.context().newPage();
      await other.goto(`${portal.baseUrl}/uitloggen`);
      await other.getByRole('main').getByRole('button', { name: 'Uitloggen' }).click();
      await other.getByRole('heading', { level: 1, name: 'Je bent uitgelogd' }).waitFor();
      const notes = page.getByRole('region', { name: 'Notities voor collega’s' });
      // Staff are told the applicant can ask for the notes (an HR walk: they took them for internal).
      await notes.getByText('maar de sollicitant kan ze opvragen', { exact: false }).waitFor();
      const note = 'Lang gesprek gevoerd; sterke kandidaat voor de tweede ronde.';
      await notes.getByLabel('Nieuwe notitie').fill(note);
      await notes.getByRole('button', { name: 'Notitie toevoegen' }).click();
      await notes.getByText('Je bent niet meer ingelogd').waitFor();
      expect(page.url()).toBe(address);
      await expect(notes.getByLabel('Nieuwe notitie').inputValue()).resolves.toBe(note);
      // So is a rejection message edited first.
      const statusForm = page.getByRole('region', { name: 'Status wijzigen' });
      await statusForm.getByLabel('Afgewezen').check();
      const message = statusForm.getByLabel('Afwijzingsbericht aan de sollicitant');
      await message.fill('Beste Sanne, een eigen bericht dat lang duurde om te schrijven.');
      await statusForm.getByRole('button', { name: 'Afwijzen en bericht versturen' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Ja, afwijzen en versturen' }).click();
      await statusForm.getByText('Je bent niet meer ingelogd').waitFor();
      await expect(message.inputValue()).resolves.toBe(
        'Beste Sanne, een eigen bericht dat lang duurde om te schrijven.',
      );
      expect(page.url()).toBe(address);
      expect(await accessibilityViolations(page)).toEqual([]);

      // Signed in again in the other tab, the note is saved from the same form.
      await other.goto(`${portal.baseUrl}/inloggen`);
      await other.getByLabel('E-mailadres').fill(officer.email);
      await other.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
      await other.getByLabel('Wachtwoord').press('Enter');
      await other.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
      await notes.getByRole('button', { name: 'Notitie toevoegen' }).click();
      await notes.getByText(note, { exact: true }).waitFor();

      // A colleague rejects it in the meantime: choosing another status then says why nothing was saved.
      await page.goto(address);
      await statusForm.getByLabel('In behandeling').check();
      await portal.ctx.pool.query(`UPDATE applications SET status = 'rejected', rejected_at = now() WHERE id = $1`, [
        rows[0]!.id,
      ]);
      await statusForm.getByRole('button', { name: 'Status opslaan' }).click();
      await statusForm.getByText('Deze sollicitatie is afgerond', { exact: false }).waitFor();
      await statusForm
        .locator('.error-summary')
        .getByText('Een sollicitatie met de status ‘Afgewezen’ kan niet naar ‘In behandeling’.')
        .waitFor();
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    "pages through one vacancy's applications beyond the first hundred, and says closing rejects none of them",
    async () => {
      // An organisation of its own, so the stories above keep their counts.
      const busy = await createOrganisation(portal.ctx.db, { name: 'Gemeente Drukstad' });
      const popular = await createVacancy(portal.ctx.db, {
        organisation: busy,
        title: 'Medewerker klantcontact',
        applyMethod: 'portal',
      });
      const officer = await createUser(portal.ctx.db, { role: 'hr_officer', organisation: busy });
      // 105 applications, one a minute (the newest first in the inbox); every tenth one in review.
      await portal.ctx.pool.query(
        `INSERT INTO applications (vacancy_id, organisation_id, name, email, motivation, status, created_at)
         SELECT $1, $2, 'Kandidaat ' || n, 'kandidaat' || n || '@example.nl', 'Graag.',
           (CASE WHEN n % 10 = 0 THEN 'in_review' ELSE 'received' END)::application_status,
           now() - (200 - n) * interval '1 minute'
         FROM generate_series(1, 105) n`,
        [popular.id, busy.id],
      );
      const page = await signIn(officer.email, 'Beheer');
      await page.goto(`${portal.baseUrl}/beheer/vacatures/${popular.id}/sollicitaties`);
      await page.getByRole('heading', { level: 1, name: 'Sollicitaties: Medewerker klantcontact' }).waitFor();
      const table = page.locator('.inbox-table');
      await expect(page.getByRole('status').filter({ hasText: 'sollicitaties' }).textContent()).resolves.toBe(
        '105 sollicitaties',
      );
      await table.getByRole('link', { name: 'Kandidaat 105', exact: true }).waitFor();
      await expect(table.locator('tbody tr').count()).resolves.toBe(100);
      // Each status says how many it has.
      const statuses = page.getByRole('navigation', { name: 'Sollicitaties per status' });
      expect(await statuses.getByRole('link').allInnerTexts()).toEqual([
        'Alle (105)',
        'Ontvangen (95)',
        'In behandeling (10)',
        'Uitgenodigd (0)',
        'Afgewezen (0)',
        'Aangenomen (0)',
      ]);
      // The counts are set apart from the names, and the shared link rules still hold for the
      // staff's sub-navigation beside them: where you are is marked by a bar (the counts' rule once
      // cut that selector list in two, and the sub-navigation lost its bar and its layout).
      const weights = await statuses
        .locator('a')
        .first()
        .evaluate((link) => [
          getComputedStyle(link).fontWeight,
          getComputedStyle(link.querySelector('.state-count')!).fontWeight,
        ]);
      expect(weights).toEqual(['600', '400']);
      const here = page.locator('.sub-nav a[aria-current="page"]');
      const bar = await here.evaluate((link) => {
        const style = getComputedStyle(link);
        return [style.display, style.borderBottomStyle, style.borderBottomColor === style.color];
      });
      expect(bar).toEqual(['block', 'solid', true]);
      const pager = page.getByRole('navigation', { name: 'Pagina’s met sollicitaties' });
      await pager.getByText('Pagina 1 van 2').waitFor();
      await pager.getByRole('link', { name: 'Volgende pagina' }).click();
      await page.waitForURL(`${portal.baseUrl}/beheer/vacatures/${popular.id}/sollicitaties?page=2`);
      await table.getByRole('link', { name: 'Kandidaat 1', exact: true }).waitFor();
      await expect(table.locator('tbody tr').count()).resolves.toBe(5);
      expect(await accessibilityViolations(page)).toEqual([]);

      // A page past the last one says so, with the way back.
      await page.goto(`${portal.baseUrl}/beheer/vacatures/${popular.id}/sollicitaties?page=3`);
      await page.getByText('Deze pagina bestaat niet: er zijn 2 pagina’s.').waitFor();
      await page.getByRole('link', { name: 'Naar de eerste pagina' }).click();
      await table.getByRole('link', { name: 'Kandidaat 105', exact: true }).waitFor();

      // Filtered, the count is the status's (counted by the server, not among the first hundred).
      await page.goto(`${portal.baseUrl}/beheer/vacatures/${popular.id}/sollicitaties?status=in_review`);
      await expect(page.getByRole('status').filter({ hasText: 'sollicitaties' }).textContent()).resolves.toBe(
        '10 sollicitaties',
      );
      await expect(table.locator('tbody tr').count()).resolves.toBe(10);

      // Closing the vacancy says that closing rejects none of them.
      await page.goto(`${portal.baseUrl}/beheer/vacatures/${popular.id}`);
      await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
      const closing = page.getByRole('dialog', { name: 'Vacature sluiten?' });
      await closing.getByText('Er lopen nog 105 sollicitaties', { exact: false }).waitFor();
      // And what it does lead to: the procedure ends, and four weeks later they are deleted.
      await closing
        .getByText('verwijderen we de sollicitaties op deze vacature vier weken na het sluiten', { exact: false })
        .waitFor();
      await expect(
        closing.getByRole('link', { name: 'Naar de sollicitaties op deze vacature' }).getAttribute('href'),
      ).resolves.toBe(`/beheer/vacatures/${popular.id}/sollicitaties`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      // A hire says the vacancy stays open until it is closed.
      const { rows } = await portal.ctx.pool.query<{ id: string }>(
        `UPDATE applications SET status = 'hired', hired_at = now() WHERE email = 'kandidaat7@example.nl' RETURNING id`,
      );
      await page.goto(`${portal.baseUrl}/beheer/sollicitaties/${rows[0]!.id}`);
      await page.getByText('Is de vacature hiermee vervuld? Sluit haar dan', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Naar de vacature', exact: true }).click();
      await page.waitForURL(`${portal.baseUrl}/beheer/vacatures/${popular.id}`);
      // Not once the vacancy is closed.
      await portal.ctx.pool.query(`UPDATE vacancies SET state = 'closed', closed_at = now() WHERE id = $1`, [
        popular.id,
      ]);
      await page.goto(`${portal.baseUrl}/beheer/sollicitaties/${rows[0]!.id}`);
      await page.getByText('Deze sollicitatie is afgerond', { exact: false }).waitFor();
      expect(await page.getByText('Is de vacature hiermee vervuld?', { exact: false }).count()).toBe(0);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );
});
