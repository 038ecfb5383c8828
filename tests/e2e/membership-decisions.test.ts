/**
 * The coordinator's decisions in a real browser, with the mail that really arrives (issue 16,
 * findings 5 and 6): an application that looks like a known member is marked as such, in
 * words; rejecting it needs a reason, which the applicant receives with the alliance office's
 * contact details; suspending a member mails its admin. The applications and members pages,
 * with the checks shown, are axe clean in Dutch and English, on a desktop and 320 px wide.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '@samenwerven/db';
import type { Page } from 'playwright-core';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { portalWithMail } from '../support/portal-with-mail.ts';
import { VIEWPORTS } from '../support/portal-in-browser.ts';

const enabled = browserAvailable();
/** Whole stories with axe runs and password hashing: more than the default 30 s on a busy machine. */
const STORY_TIMEOUT = 180_000;

describe.skipIf(!enabled)('the coordinator’s decisions, in a real browser', () => {
  let coordinatorEmail = '';
  let memberAdminEmail = '';
  const portal = portalWithMail({
    seed: async (ctx) => {
      const office = await createOrganisation(ctx.db, {
        name: 'Alliantiebureau Proefregio',
        isCoordinatingBody: true,
        kind: 'joint_arrangement',
      });
      coordinatorEmail = (await createUser(ctx.db, { role: 'coordinator', organisation: office })).email;
      const breda = await createOrganisation(ctx.db, {
        name: 'Gemeente Breda',
        slug: 'gemeente-breda',
        municipalityCode: 'GM0758',
        website: 'https://www.breda.example',
      });
      memberAdminEmail = (await createUser(ctx.db, { role: 'org_admin', organisation: breda })).email;
      const apply = async (name: string, kind: string, municipalityCode: string, email: string, website: string) => {
        const response = await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/membership-applications',
          payload: {
            organisation: { name, kind, municipalityCode, website },
            admin: { name: 'Aanvrager', email, password: 'een prima wachtwoord' },
          },
        });
        if (response.statusCode !== 202) throw new Error(response.body);
      };
      // "Gemeente Breda" again, from an address that has nothing to do with Breda.
      await apply('Gemeente Breda', 'municipality', 'GM0758', 'piet@webmail.example', 'https://breda.example');
      await apply(
        'Waterschap Brabantse Delta',
        'water_board',
        'GM0777',
        'hr@brabantsedelta.example',
        'https://www.brabantsedelta.example',
      );
      // The water board's applicant confirmed the address with the mailed link; Piet did not.
      await ctx.db
        .update(users)
        .set({ emailConfirmedAt: new Date() })
        .where(eq(users.email, 'hr@brabantsedelta.example'));
    },
  });

  async function signedInPage(email: string): Promise<Page> {
    const page = await (await portal.browser.newContext({ viewport: VIEWPORTS.desktop })).newPage();
    await page.goto(`${portal.baseUrl}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByLabel('Wachtwoord').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor({ state: 'detached' });
    return page;
  }

  /** The alliance office's details as configured: the mail must carry every one of them. */
  const expectContactDetails = (text: string) => {
    for (const detail of Object.values(portal.ctx.config.allianceContact)) expect(text).toContain(detail);
  };

  it(
    'shows the applications and the members with their checks without axe violations, in both languages, wide and 320 px',
    async () => {
      const page = await signedInPage(coordinatorEmail);
      const pages = [
        { path: '/coordinatie', heading: 'Aanmeldingen', review: 'Controle' },
        { path: '/en/coordination', heading: 'Membership applications', review: 'Checks' },
        { path: '/coordinatie/leden', heading: 'Leden' },
        { path: '/en/coordination/members', heading: 'Members' },
      ];
      for (const viewport of [VIEWPORTS.desktop, VIEWPORTS.narrow]) {
        await page.setViewportSize(viewport);
        for (const { path, heading, review } of pages) {
          await page.goto(`${portal.baseUrl}${path}`);
          await page.getByRole('heading', { level: 1, name: heading }).waitFor();
          if (review) await page.getByRole('region', { name: review }).first().waitFor();
          expect(await accessibilityViolations(page), `${path} at ${viewport.width} px`).toEqual([]);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${path} at ${viewport.width} px`).toBeLessThanOrEqual(0);
        }
      }

      // From the members to one application: its card, not the top of the list (a membership review).
      await page.setViewportSize(VIEWPORTS.narrow);
      await page.goto(`${portal.baseUrl}/coordinatie/leden`);
      await page.getByRole('link', { name: 'Beoordeel de aanmelding Waterschap Brabantse Delta' }).click();
      await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
      const card = page.getByRole('heading', { level: 3, name: 'Waterschap Brabantse Delta' });
      await expect(card.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await expect(card.isVisible()).resolves.toBe(true);
      const inView = await card.evaluate((element) => {
        const box = element.getBoundingClientRect();
        // Scrolled to its top edge: a fraction of a pixel above it.
        return box.top > -1 && box.bottom <= window.innerHeight;
      });
      expect(inView).toBe(true);
      // Opened at that address (a bookmark, a link in a mail): the same card.
      const cardAddress = page.url();
      expect(new URL(cardAddress).hash).toMatch(/^#aanmelding-/);
      await page.goto(`${portal.baseUrl}/coordinatie/leden`);
      await page.goto(cardAddress);
      await card.waitFor();
      await expect.poll(() => card.evaluate((element) => element === document.activeElement)).toBe(true);

      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'marks a likely duplicate in words, and rejects it only with a reason; an applicant who never confirmed is mailed nothing',
    async () => {
      const page = await signedInPage(coordinatorEmail);
      await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
      const namesake = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: 'Gemeente Breda' }) });
      const review = namesake.getByRole('region', { name: 'Let op: kijk dit na voordat je besluit' });
      await expect(review.textContent()).resolves.toContain(
        'De aanmelding lijkt op een organisatie die het portaal al kent:',
      );
      await expect(review.getByRole('listitem').textContent()).resolves.toBe(
        'Gemeente Breda (Actief lid) — overeenkomst: dezelfde naam, dezelfde gemeente en soort, hetzelfde websitedomein',
      );
      await review.getByRole('link', { name: 'Gemeente Breda' }).waitFor();
      await expect(review.textContent()).resolves.toContain(
        'Het e-mailadres (@webmail.example) hoort niet bij de website (breda.example).',
      );
      await expect(review.textContent()).resolves.toContain('De aanvrager heeft het e-mailadres nog niet bevestigd');
      // An application with nothing to worry about says so, without the warning.
      const other = page.getByRole('listitem').filter({ hasText: 'Waterschap Brabantse Delta' }).first();
      const checks = other.getByRole('region', { name: 'Controle' });
      await expect(checks.textContent()).resolves.toContain('Het portaal kent geen organisatie');
      await expect(checks.textContent()).resolves.toContain(
        'Het e-mailadres (@brabantsedelta.example) hoort bij de website (brabantsedelta.example).',
      );
      await expect(checks.textContent()).resolves.toContain('De aanvrager heeft het e-mailadres bevestigd.');

      // Rejecting without a reason: the dialog stays, says why under the field, and puts focus there.
      await namesake.getByRole('button', { name: 'Afwijzen Gemeente Breda' }).click();
      const dialog = page.getByRole('dialog', { name: 'Aanmelding van Gemeente Breda afwijzen?' });
      await dialog.waitFor();
      // The applicant never confirmed the address: the dialog says nothing goes to it.
      await expect(dialog.textContent()).resolves.toContain('er gaat geen e-mail naar dat adres');
      await dialog.getByRole('button', { name: 'Ja, afwijzen' }).click();
      const reason = dialog.getByLabel('Reden van de afwijzing (verplicht)');
      await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(reason.getAttribute('aria-required')).resolves.toBe('true');
      // Said beside the field, after where the reason goes.
      const describedBy = ((await reason.getAttribute('aria-describedby')) ?? '').split(' ');
      expect(describedBy).toHaveLength(2);
      await expect(page.locator(`[id="${describedBy[1]}"]`).textContent()).resolves.toContain(
        'Geef de reden van de afwijzing: die komt in het auditlog.',
      );
      expect(await reason.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);

      // A pasted reason past the limit stays whole, and the dialog says how much is too much.
      await reason.fill('x'.repeat(2_005));
      await dialog.getByRole('button', { name: 'Ja, afwijzen' }).click();
      await dialog.getByText('5 tekens te veel: maak de tekst korter.').waitFor();
      expect((await reason.inputValue()).length).toBe(2_005);

      // With a reason it goes through; the unconfirmed address gets nothing (the API tests mail a confirmed one).
      await reason.fill('Gemeente Breda is al lid. Vraag de beheerder van Breda om een account.');
      await dialog.getByRole('button', { name: 'Ja, afwijzen' }).click();
      await page.getByText('De aanmelding van Gemeente Breda is afgewezen.').waitFor();
      const decided = page.getByRole('row').filter({ hasText: 'Gemeente Breda' });
      await expect(decided.textContent()).resolves.toContain('Afgewezen');

      const mailed = await portal.ctx.pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM mail_outbox WHERE recipient = 'piet@webmail.example' AND subject = 'Je aanmelding bij Samenwerven'`,
      );
      expect(mailed.rows[0]?.n).toBe('0');
      const applicant = await portal.ctx.pool.query(`SELECT id FROM users WHERE email = 'piet@webmail.example'`);
      expect(applicant.rows).toEqual([]);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'mails a suspended member’s admin the reason, with a link to the portal and the office’s details; ends the membership with a reason',
    async () => {
      const page = await signedInPage(coordinatorEmail);
      await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
      await page.goto(`${portal.baseUrl}/coordinatie/leden`);
      await page.getByRole('button', { name: 'Schorsen Gemeente Breda' }).click();
      const dialog = page.getByRole('dialog', { name: 'Gemeente Breda schorsen?' });
      await dialog.getByLabel('Reden (niet verplicht)').fill('De bijdrage voor dit jaar is niet betaald.');
      // Where the reason goes is said of the field, and read out with it.
      const described = await dialog.getByLabel('Reden (niet verplicht)').evaluate((field) =>
        (field.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
      expect(described).toBe('De reden komt in het auditlog en in de e-mail aan de beheerders van de organisatie.');
      expect(await accessibilityViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Ja, schorsen' }).click();
      await page.getByText('Gemeente Breda is geschorst.').waitFor();
      const suspension = await portal.mail.waitFor(memberAdminEmail);
      expect(suspension.subject).toBe('Gemeente Breda is geschorst bij Samenwerven');
      expect(suspension.text).toContain('Reden: De bijdrage voor dit jaar is niet betaald.');
      expect(suspension.text).toContain(`${portal.baseUrl}/beheer`);
      expectContactDetails(suspension.text);

      // Then the office ends the suspended membership: a reason is required, and the admin gets it.
      await page.getByRole('button', { name: 'Lidmaatschap beëindigen Gemeente Breda' }).click();
      const ending = page.getByRole('dialog', { name: 'Lidmaatschap van Gemeente Breda beëindigen?' });
      await ending.getByRole('button', { name: 'Ja, lidmaatschap beëindigen' }).click();
      await ending.getByText('Geef de reden: de beheerders van de organisatie krijgen die per e-mail.').waitFor();
      expect(await ending.getByLabel('Reden', { exact: true }).evaluate((e) => e === document.activeElement)).toBe(
        true,
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await ending.getByLabel('Reden', { exact: true }).fill('Ook na de schorsing geen bijdrage betaald.');
      // The session ends meanwhile (signed out in another tab): the reason typed stays, and it says so.
      const other = await page.context().newPage();
      await other.goto(`${portal.baseUrl}/uitloggen`);
      await other.getByRole('main').getByRole('button', { name: 'Uitloggen' }).click();
      await other.getByRole('heading', { level: 1, name: 'Je bent uitgelogd' }).waitFor();
      await ending.getByRole('button', { name: 'Ja, lidmaatschap beëindigen' }).click();
      // The dialog opens again with the reason, and says why it was not taken.
      await ending.getByRole('alert').getByText('Je bent niet meer ingelogd', { exact: false }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/coordinatie/leden');
      expect(await accessibilityViolations(page)).toEqual([]);
      await expect(ending.getByLabel('Reden', { exact: true }).inputValue()).resolves.toBe(
        'Ook na de schorsing geen bijdrage betaald.',
      );
      await other.goto(`${portal.baseUrl}/inloggen`);
      await other.getByLabel('E-mailadres').fill(coordinatorEmail);
      await other.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
      await other.getByLabel('Wachtwoord').press('Enter');
      await other.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
      await ending.getByRole('button', { name: 'Ja, lidmaatschap beëindigen' }).click();
      await page.getByText('Het lidmaatschap van Gemeente Breda is beëindigd.').waitFor();
      await page.getByRole('button', { name: 'Opnieuw toelaten Gemeente Breda' }).waitFor();
      const ended = await portal.mail.waitFor(memberAdminEmail);
      expect(ended.subject).toBe('Het lidmaatschap van Gemeente Breda bij Samenwerven is beëindigd');
      expect(ended.text).toContain('Reden: Ook na de schorsing geen bijdrage betaald.');
      expect(ended.text).toContain(`${portal.baseUrl}/beheer/lidmaatschap`);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );
});
