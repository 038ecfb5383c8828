/**
 * Making an account without the portal telling who has one, in a real browser: the register
 * page says "check your e-mail", the e-mailed link opens the confirmation page, which signs
 * in. And the staff page says up front when an organisation cannot invite, and shows the
 * limits' answers clearly.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mailOutbox } from '@samenwerven/db';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { linkIn } from '../support/mail.ts';
import { portalWithMail } from '../support/portal-with-mail.ts';

const enabled = browserAvailable();
const STORY_TIMEOUT = 120_000;

describe.skipIf(!enabled)('registering and inviting, in a real browser', () => {
  const portal = portalWithMail();

  async function register(page: Page, email: string) {
    await page.getByLabel('Naam').fill('Jet Janssen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Kies een wachtwoord', { exact: true }).fill('fietsen langs de dommel');
    await page.getByLabel('Herhaal het wachtwoord').fill('fietsen langs de dommel');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
  }

  it(
    'says "check your e-mail" after registering, and the e-mailed link confirms and signs in',
    async () => {
      const email = 'jet@example.nl';
      const page = await (await portal.browser.newContext()).newPage();
      await page.goto(`${portal.baseUrl}/registreren`);
      await page.getByRole('heading', { level: 1, name: 'Account aanmaken' }).waitFor();
      await register(page, email);
      const sent = page.getByRole('heading', { level: 1, name: 'Kijk in je e-mail' });
      await sent.waitFor();
      expect(await sent.evaluate((h) => h === h.ownerDocument.activeElement)).toBe(true);
      await expect(page.locator('main').textContent()).resolves.toContain(email);
      expect(await accessibilityViolations(page)).toEqual([]);
      // Nobody is signed in yet.
      await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Inloggen' }).waitFor();

      const { url } = linkIn(await portal.mail.waitFor(email), '/registratie-bevestigen');
      expect(url.startsWith(`${portal.baseUrl}/registratie-bevestigen#token=`)).toBe(true);
      const confirmPage = await (await portal.browser.newContext()).newPage();
      await confirmPage.goto(url);
      await confirmPage.getByRole('heading', { level: 1, name: 'E-mailadres bevestigen' }).waitFor();
      expect(await accessibilityViolations(confirmPage)).toEqual([]);
      // Without the password chosen at sign-up, nothing is confirmed (someone may have used this address).
      await confirmPage.getByLabel('Wachtwoord').fill('een ander wachtwoord');
      await confirmPage.getByRole('button', { name: 'E-mailadres bevestigen' }).click();
      await confirmPage
        .getByText('Dit is niet het wachtwoord dat werd gekozen toen het account werd gemaakt', { exact: false })
        .first()
        .waitFor();
      expect(await accessibilityViolations(confirmPage)).toEqual([]);
      await confirmPage.getByLabel('Wachtwoord').fill('fietsen langs de dommel');
      await confirmPage.getByRole('button', { name: 'E-mailadres bevestigen' }).click();
      await confirmPage.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
      // Said on arrival, where a screen reader hears it (the page said nothing of it).
      await confirmPage
        .getByRole('status')
        .filter({ hasText: 'Je e-mailadres is bevestigd en je bent ingelogd.' })
        .waitFor();
      await expect(confirmPage.getByRole('navigation', { name: 'Account' }).textContent()).resolves.toContain(
        'Jet Janssen',
      );

      // The link clicked again: the address is confirmed, so the way on is signing in (it said the
      // link had expired and to ask for a new one). The notice takes the focus from the gone form.
      const again = await (await portal.browser.newContext()).newPage();
      await again.goto(url);
      await again.getByLabel('Wachtwoord').fill('fietsen langs de dommel');
      await again.getByRole('button', { name: 'E-mailadres bevestigen' }).click();
      const used = again
        .locator('.notice')
        .filter({ hasText: 'Deze link is al gebruikt: je e-mailadres is bevestigd' });
      await used.waitFor();
      expect(await used.evaluate((notice) => notice === document.activeElement)).toBe(true);
      expect(await again.getByRole('button', { name: 'E-mailadres bevestigen' }).count()).toBe(0);
      expect(await again.getByRole('heading', { name: 'Er is een probleem' }).count()).toBe(0);
      expect(await accessibilityViolations(again)).toEqual([]);
      await used.getByRole('link', { name: 'Inloggen' }).click();
      await again.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

      // Registering again with the same address looks just the same.
      const second = await (await portal.browser.newContext()).newPage();
      await second.goto(`${portal.baseUrl}/registreren`);
      await register(second, email);
      await second.getByRole('heading', { level: 1, name: 'Kijk in je e-mail' }).waitFor();
      expect((await portal.mail.waitFor(email)).subject).toContain('al een account');
      for (const p of [page, confirmPage, again, second]) await p.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'has the same pages in English',
    async () => {
      const page = await (await portal.browser.newContext()).newPage();
      await page.goto(`${portal.baseUrl}/en/register`);
      await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
      await page.getByLabel('Name').fill('Jet Janssen');
      await page.getByLabel('E-mail address').fill('jet.en@example.nl');
      await page.getByLabel('Choose a password', { exact: true }).fill('cycling along the river');
      await page.getByLabel('Repeat the password').fill('cycling along the river');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { level: 1, name: 'Check your e-mail' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      const { url } = linkIn(await portal.mail.waitFor('jet.en@example.nl'), '/en/confirm-registration');
      await page.goto(url);
      await page.getByRole('heading', { level: 1, name: 'Confirm your e-mail address' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  async function signedInAdmin(state: 'active' | 'suspended') {
    const organisation = await createOrganisation(portal.ctx.db, { state });
    const admin = await createUser(portal.ctx.db, { role: 'org_admin', organisation });
    const page = await (await portal.browser.newContext()).newPage();
    await page.goto(`${portal.baseUrl}/inloggen`);
    await page.getByLabel('E-mailadres').fill(admin.email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByLabel('Wachtwoord').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await page.goto(`${portal.baseUrl}/beheer/medewerkers`);
    await page.getByRole('heading', { level: 1, name: 'Medewerkers' }).waitFor();
    return { organisation, page };
  }

  it(
    'lets someone who forgot the password set a new one from the mail, the address typed once',
    async () => {
      const user = await createUser(portal.ctx.db, { email: 'vergeetachtig@example.nl' });
      const page = await (await portal.browser.newContext()).newPage();
      await page.goto(`${portal.baseUrl}/inloggen`);
      await page.getByLabel('E-mailadres').fill(user.email);
      await page.getByRole('link', { name: 'Wachtwoord vergeten' }).click();
      await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
      // The address typed on the sign-in page is there already.
      expect(await page.getByLabel('E-mailadres').inputValue()).toBe(user.email);
      expect(page.url()).toBe(`${portal.baseUrl}/wachtwoord-vergeten`);
      await page.getByRole('button', { name: 'Link versturen' }).click();
      await page.getByRole('heading', { name: 'Kijk in je e-mail' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      const { url } = linkIn(await portal.mail.waitFor(user.email), '/wachtwoord-herstellen');
      await page.goto(url);
      await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord instellen' }).waitFor();
      // The page in English keeps the link's token (it said the link was incomplete), and back.
      await page.getByRole('link', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Set a new password' }).waitFor();
      await page.getByLabel('New password', { exact: true }).waitFor();
      await page.getByRole('link', { name: 'Nederlands' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord instellen' }).waitFor();
      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een nieuw lang wachtwoord');
      await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een nieuw lang wachtwoord');
      await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await page.getByRole('heading', { name: 'Je wachtwoord is gewijzigd' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Inloggen' }).last().click();
      await page.getByLabel('E-mailadres').fill(user.email);
      await page.getByLabel('Wachtwoord', { exact: true }).fill('een nieuw lang wachtwoord');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
      // The used link says so at once, before a new password is typed, and offers a new one.
      const again = await page.context().newPage();
      await again.goto(url);
      await again.getByText('Deze link werkt niet meer: hij is al gebruikt, of ouder dan een uur.').waitFor();
      expect(await again.getByLabel('Nieuw wachtwoord', { exact: true }).count()).toBe(0);
      await again.getByRole('link', { name: 'Vraag een nieuwe link aan' }).waitFor();
      expect(await accessibilityViolations(again)).toEqual([]);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'tells a suspended organisation’s admin up front that inviting is not possible',
    async () => {
      const { page } = await signedInAdmin('suspended');
      await page.getByText('Uitnodigen kan nu niet').waitFor();
      await expect(page.locator('main').textContent()).resolves.toContain('geschorst');
      expect(await page.getByRole('button', { name: 'Uitnodiging versturen' }).count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'shows the limit on invitations to one address with the wait',
    async () => {
      const { organisation, page } = await signedInAdmin('active');
      const target = 'veel-uitnodigingen@example.nl';
      // Three invitation mails to this address went out today already.
      await portal.ctx.db.insert(mailOutbox).values(
        [1, 2, 3].map((n) => ({
          messageId: `<e2e-${n}@test>`,
          kind: 'invitation',
          recipient: target,
          subject: 'x',
          body: '',
          organisationId: organisation.id,
          state: 'sent' as const,
        })),
      );
      await page.getByRole('textbox', { name: 'E-mailadres' }).fill(target);
      await page.getByRole('textbox', { name: 'Naam' }).fill('Veel Uitnodigingen');
      await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toMatch(/al 3 uitnodigingen.*over 24 uur opnieuw/);
      expect(await summary.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );
});
