/**
 * The membership life cycle in a real browser, through the pages people use: an organisation
 * admin reads what leaving means, downloads the export, leaves with a reason and a
 * confirmation; the vacancies leave the public search; the coordinator finds the leave in
 * the audit log. And a visitor applies to join, and the coordinator admits the application.
 * Each page on the way is checked with axe.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { mailOutbox } from '@samenwerven/db';
import type { Organisation, User, Vacancy } from '@samenwerven/db';
import { accessibilityViolations, BROWSER_ENV, browserAvailable, launchBrowser } from '../support/browser.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import {
  createOrganisation,
  createUser,
  createVacancy,
  profileVersionOf,
  TEST_PASSWORD,
  TINY_PNG,
} from '../support/factories.ts';
import { signIn as apiSignIn, type Session } from '../support/http.ts';
import { VIEWPORTS } from '../support/portal-in-browser.ts';
import { dutchDayClearOfMidnight } from '../support/midnight.ts';
import { addDays, dutchDate } from '@samenwerven/calendar';

const enabled = browserAvailable();
/** Whole stories with axe runs and password hashing: more than the default 30 s on a busy machine. */
const STORY_TIMEOUT = 180_000;

describe.skipIf(!enabled)('membership, in a real browser', () => {
  let ctx: TestContext;
  let browser: Browser;
  let baseUrl: string;
  let coordinator: User;
  let member: Organisation;
  let admin: User;
  const titles: string[] = [];
  let scheduled: Vacancy;

  beforeAll(async () => {
    // The leaver's day and the stayer's days are counted in Dutch days: none may end meanwhile.
    await dutchDayClearOfMidnight(2 * 60_000);
    ctx = await createTestContext({ webRoot: inject('webRoot'), jobs: false, env: BROWSER_ENV });
    const office = await createOrganisation(ctx.db, {
      name: 'Alliantiebureau Testregio',
      isCoordinatingBody: true,
      kind: 'joint_arrangement',
    });
    coordinator = await createUser(ctx.db, { role: 'coordinator', organisation: office, name: 'Cora Coördinator' });
    member = await createOrganisation(ctx.db, { name: 'Gemeente Vertrekdorp' });
    // A member that stays, for ten days now: it carries the costs in the figures.
    const stayer = await createOrganisation(ctx.db, { name: 'Gemeente Blijfstad' });
    await ctx.pool.query(
      `UPDATE membership_periods SET started_at = now() - interval '10 days' WHERE organisation_id = $1`,
      [stayer.id],
    );
    admin = await createUser(ctx.db, { role: 'org_admin', organisation: member, name: 'Anna Admin' });
    for (const n of [1, 2, 3]) {
      const vacancy = await createVacancy(ctx.db, { organisation: member, title: `Kwartiermaker vertrekdorp ${n}` });
      titles.push(vacancy.title);
    }
    // Scheduled, not online: leaving withdraws it before it is published.
    scheduled = await createVacancy(ctx.db, {
      organisation: member,
      title: 'Kwartiermaker ingepland',
      state: 'scheduled',
      publishedAt: null,
      publishAt: new Date(Date.now() + 86_400_000),
    });
    await ctx.sync();
    baseUrl = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 4 * 60_000);
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  /** Signs in through the sign-in page and waits until it has made way for the role's start page. */
  async function signIn(page: Page, email: string) {
    await page.goto(`${baseUrl}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByLabel('Wachtwoord').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor({ state: 'detached' });
  }

  const isFocused = (page: Page, selector: string) =>
    page.locator(selector).evaluate((element) => element === element.ownerDocument.activeElement);

  /** The titles the public search shows for a query. */
  async function searchTitles(page: Page, q: string): Promise<string[]> {
    await page.goto(`${baseUrl}/?q=${encodeURIComponent(q)}`);
    await page
      .getByRole('status')
      .filter({ hasText: /vacature/ })
      .waitFor();
    return (await page.locator('ol.results li h2 a').allTextContents()).map((title) => title.trim());
  }

  it(
    'lets an admin export and leave, takes the vacancies offline and logs the reason',
    async () => {
      const reason = 'Wij gaan op in de fusiegemeente Nieuwdorp.';
      const visitor = await (await browser.newContext()).newPage();
      expect((await searchTitles(visitor, 'Kwartiermaker vertrekdorp')).sort()).toEqual([...titles].sort());

      // The admin finds the membership page in the staff navigation.
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      await signIn(page, admin.email);
      await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Lidmaatschap' }).click();
      await page.getByRole('heading', { level: 1, name: 'Lidmaatschap' }).waitFor();
      // Only what is online goes offline (the scheduled one counted as a fourth: an admin's walk).
      await page.getByText('3 vacatures gaan direct offline.').waitFor();
      await page.getByText('1 ingeplande vacature wordt niet gepubliceerd.').waitFor();
      await page
        .getByText(
          'Alle gegevens blijven bewaard en je kunt ze exporteren. Alleen de sollicitaties worden vier weken na het uittreden verwijderd',
          { exact: false },
        )
        .waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // The export: a zip, saved by the browser with the session cookies.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /Exporteer alle gegevens/ }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^samenwerven-export-.+\.zip$/);
      const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
      const exported = <T>(name: string) => JSON.parse(strFromU8(zip[name]!)) as T;
      expect(exported<{ id: string }>('organisation.json').id).toBe(member.id);
      expect(
        exported<{ title: string }[]>('vacancies.json')
          .map((vacancy) => vacancy.title)
          .sort(),
      ).toEqual([...titles, scheduled.title].sort());

      // Leaving without a reason: the error summary says so, takes focus and links to the field.
      await page.getByRole('button', { name: 'Uittreden' }).click();
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      expect(await isFocused(page, '.error-summary')).toBe(true);
      const reasonField = page.getByLabel('Reden van uittreden');
      await expect(reasonField.getAttribute('aria-invalid')).resolves.toBe('true');
      expect(await page.getByRole('dialog').count()).toBe(0);

      // With a reason: a confirmation first, with focus on Cancel; Escape leaves things as they are.
      await reasonField.fill(reason);
      await page.getByRole('button', { name: 'Uittreden' }).click();
      const dialog = page.getByRole('dialog', { name: 'Wil je nu uittreden?' });
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toContain('3 vacatures gaan meteen offline');
      await expect(
        dialog
          .getByRole('button', { name: 'Annuleren' })
          .evaluate((button) => button === button.ownerDocument.activeElement),
      ).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: 'Uittreden' }).click();
      await dialog.getByRole('button', { name: 'Ja, uittreden' }).click();
      const confirmation = page.locator('.confirmation');
      await page.getByRole('heading', { name: 'Je organisatie is uitgetreden' }).waitFor();
      expect(await isFocused(page, '.confirmation')).toBe(true);
      await expect(confirmation.textContent()).resolves.toContain('3 vacatures zijn offline gehaald');
      // And by when to take the applications, the pool's too: they go four weeks after.
      await expect(confirmation.textContent()).resolves.toContain('verwijdert het portaal over vier weken');
      await confirmation.getByRole('link', { name: /Exporteer alle gegevens/ }).waitFor();
      // The facts follow once the page has reloaded the membership after the action.
      await expect.poll(() => page.locator('.facts').textContent()).toContain('Uitgetreden');
      // The export stays available, and no second leave is offered.
      await expect.poll(() => page.getByRole('button', { name: 'Uittreden' }).count()).toBe(0);
      // Every staff page's notice says on which day the applications go, and an admin where to export them.
      await page.goto(`${baseUrl}/beheer/vacatures`);
      const notice = page.locator('.membership-notice');
      await notice.getByRole('heading', { name: 'Je organisatie doet niet meer mee aan Samenwerven' }).waitFor();
      await expect(notice.textContent()).resolves.toMatch(
        /De sollicitaties die je organisatie ontving, ook die in de talentpool, verwijdert het portaal op \d{1,2} \S+ \d{4}\./,
      );
      await notice.getByRole('link', { name: 'op de pagina Lidmaatschap' }).click();
      await page.getByRole('heading', { level: 1, name: 'Lidmaatschap' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();

      // The search index follows: the vacancies are gone from the public search.
      await ctx.sync();
      expect(await searchTitles(visitor, 'Kwartiermaker vertrekdorp')).toEqual([]);
      await visitor.context().close();

      // The coordinator sees the departure among the members, and sets another member's cost weight.
      const coordinatorContext = await browser.newContext();
      const office = await coordinatorContext.newPage();
      await signIn(office, coordinator.email);
      await office.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
      const sections = office.getByRole('navigation', { name: 'Coördinatie' });
      await sections.getByRole('link', { name: 'Leden' }).click();
      await office.getByRole('heading', { level: 1, name: 'Leden' }).waitFor();
      const memberRow = office.getByRole('row').filter({ hasText: 'Gemeente Vertrekdorp' });
      await expect(memberRow.textContent()).resolves.toContain('Uitgetreden');
      await memberRow.getByRole('button', { name: 'Opnieuw toelaten Gemeente Vertrekdorp' }).waitFor();
      const officeRow = office.getByRole('row').filter({ hasText: 'Alliantiebureau Testregio' });
      await expect(officeRow.textContent()).resolves.toContain('Geen acties');
      expect(await officeRow.getByRole('button').count()).toBe(0);
      expect(await officeRow.getByRole('textbox').count()).toBe(0);
      expect(await accessibilityViolations(office)).toEqual([]);
      const stayerWeight = office.getByRole('textbox', { name: 'Kostengewicht van Gemeente Blijfstad' });
      const saveWeight = office.getByRole('button', { name: 'Opslaan (kostengewicht van Gemeente Blijfstad)' });
      // A decimal comma is refused, not read as 15 (a number field dropped it: a review).
      await stayerWeight.fill('1,5');
      await saveWeight.click();
      const blijfstadRow = office.getByRole('row').filter({ hasText: 'Gemeente Blijfstad' });
      await blijfstadRow.getByText('Vul een heel getal van 0 tot en met 1000 in.').first().waitFor();
      await stayerWeight.fill('3');
      await saveWeight.click();
      await blijfstadRow.getByText('Opgeslagen.').waitFor();

      // The audit log holds both; filtered on the organisation, only the leave, with its reason.
      await sections.getByRole('link', { name: 'Auditlog' }).click();
      await office.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
      const count = office.getByRole('status').filter({ hasText: /regels?$/ });
      await expect(count.textContent()).resolves.toBe('2 regels');
      expect(await accessibilityViolations(office)).toEqual([]);
      // A page past the last one says so, and leads back (it said "no entries match" beside "2 regels").
      const auditLogUrl = office.url();
      await office.goto(`${auditLogUrl}?page=999`);
      await office.getByText('Deze pagina bestaat niet: er is 1 pagina.').waitFor();
      await expect(office.getByText('Er zijn geen regels die bij deze filters passen.').count()).resolves.toBe(0);
      await office.getByRole('link', { name: 'Naar de eerste pagina' }).click();
      await office.getByRole('status').filter({ hasText: '2 regels' }).waitFor();
      await office.getByRole('row').filter({ hasText: 'Uitgetreden' }).first().waitFor();
      await office.getByLabel('Organisatie').selectOption({ label: 'Gemeente Vertrekdorp' });
      await office.getByLabel('Soort handeling').selectOption({ label: 'Lidmaatschap' });
      await office.getByRole('button', { name: 'Filteren' }).click();
      await office.getByRole('status').filter({ hasText: '1 regel' }).waitFor();
      const leaveRow = office.getByRole('row').filter({ hasText: 'Uitgetreden' });
      await expect(leaveRow.textContent()).resolves.toContain(reason);
      await expect(leaveRow.textContent()).resolves.toContain('Anna Admin');
      await expect(leaveRow.textContent()).resolves.toContain('Actief lid');
      expect(await office.getByRole('row').filter({ hasText: 'Kostengewicht gewijzigd' }).count()).toBe(0);
      const csv = new URL(
        (await office.getByRole('link', { name: 'CSV downloaden' }).getAttribute('href')) ?? '',
        baseUrl,
      );
      expect(csv.pathname).toBe('/api/v1/audit-log');
      expect(Object.fromEntries(csv.searchParams)).toEqual({
        organisation: member.id,
        action: 'membership.',
        format: 'csv',
      });
      const [csvDownload] = await Promise.all([
        office.waitForEvent('download'),
        office.getByRole('link', { name: 'CSV downloaden' }).click(),
      ]);
      const csvText = await readFile(await csvDownload.path(), 'utf8');
      expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(2);
      expect(csvText).toContain(reason);

      // The figures: one row per member of the period with its days and share, and a totals row.
      await sections.getByRole('link', { name: 'Cijfers' }).click();
      await office.getByRole('heading', { level: 1, name: 'Cijfers' }).waitFor();
      // Dutch dates: from 23:00 or 22:00 UTC on, the UTC date is yesterday's in the Netherlands.
      await office.getByLabel('Van', { exact: true }).fill(addDays(dutchDate(), -20));
      await office.getByLabel('Tot en met', { exact: true }).fill(dutchDate());
      await office.getByLabel('Te verdelen kosten in euro').fill('1200');
      await office.getByRole('button', { name: 'Cijfers tonen' }).click();
      await office.getByText('Te verdelen: € 1.200,00.').waitFor();
      const stayerRow = office.getByRole('row').filter({ hasText: 'Gemeente Blijfstad' });
      // Eleven Dutch days (ten days ago through today) against the leaver's one (today): every
      // member of a day of the period shares the costs, in whole cents that add up to the amount.
      await expect(stayerRow.innerText()).resolves.toMatch(
        /^Gemeente Blijfstad\s+11\s+0\s+0\s+0\s+0\s+0\s+–\s+€\s1\.100,00$/,
      );
      const leaverRow = office.getByRole('row').filter({ hasText: 'Gemeente Vertrekdorp' });
      await expect(leaverRow.innerText()).resolves.toMatch(/^Gemeente Vertrekdorp\s+\D+\s1\s+(\S+\s+){6}€\s100,00$/);
      const totals = office.getByRole('row').filter({ hasText: 'Totaal' });
      await expect(totals.innerText()).resolves.toMatch(/^Totaal\s+12\s+(\S+\s+){6}€\s1\.200,00$/);
      expect(await accessibilityViolations(office)).toEqual([]);
      await coordinatorContext.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'takes an application from the join page to an admitted member',
    async () => {
      const visitor = await (await browser.newContext()).newPage();
      await visitor.goto(`${baseUrl}/aanmelden`);
      await visitor.getByRole('heading', { level: 1, name: 'Aanmelden als organisatie' }).waitFor();
      await visitor.getByRole('heading', { name: 'Wat gebeurt er na je aanmelding?' }).waitFor();
      expect(await accessibilityViolations(visitor)).toEqual([]);

      // Sending it empty: every missing field is named, and the summary takes focus.
      await visitor.getByRole('button', { name: 'Aanmelding versturen' }).click();
      await visitor.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      expect(await isFocused(visitor, '.error-summary')).toBe(true);
      const nameField = visitor.getByLabel('Naam van de organisatie');
      await expect(nameField.getAttribute('aria-invalid')).resolves.toBe('true');
      await visitor
        .locator('.error-summary')
        .getByRole('link', { name: /Soort organisatie/ })
        .waitFor();

      await visitor.waitForLoadState('networkidle');
      // A name of one letter is said in the same round as the rest, not after it.
      await nameField.fill('W');
      await visitor.getByRole('button', { name: 'Aanmelding versturen' }).click();
      await visitor
        .locator('.error-summary')
        .getByRole('link', { name: 'Gebruik voor de naam van de organisatie minstens 2 tekens.' })
        .waitFor();
      await nameField.fill('Waterschap Aa en Maas Test');
      // What was typed is not thrown away by a link (here the language switch) without a question.
      await visitor.getByRole('link', { name: 'English' }).click();
      const leave = visitor.getByRole('dialog', { name: 'Aanmelding niet verstuurd' });
      await leave.waitFor();
      await leave.getByRole('button', { name: 'Annuleren' }).click();
      await leave.waitFor({ state: 'hidden' });
      expect(new URL(visitor.url()).pathname).toBe('/aanmelden');
      await expect(nameField.inputValue()).resolves.toBe('Waterschap Aa en Maas Test');
      await visitor.getByLabel('Soort organisatie').selectOption({ label: 'Waterschap' });
      // Chosen by typing its first letters, as the hint says: "'s-Hertogenbosch" sorted first and
      // could not be reached so (a membership review).
      const municipality = visitor.getByLabel('Vestigingsgemeente');
      await municipality.focus();
      await visitor.keyboard.type('Den B');
      await expect(municipality.inputValue()).resolves.toBe('GM0796');
      await expect(municipality.locator('option:checked').textContent()).resolves.toBe("Den Bosch ('s-Hertogenbosch)");
      await visitor.getByLabel('Website (niet verplicht)').fill('www.aaenmaas.example.nl');
      await visitor.getByLabel('Je naam').fill('Wim Waterschap');
      await visitor.getByLabel('Je e-mailadres op het werk').fill('wim@aaenmaas.example.nl');
      await visitor.getByLabel('Kies een wachtwoord', { exact: true }).fill('de maas stroomt naar zee');
      await visitor.getByLabel('Herhaal het wachtwoord').fill('de maas stroomt naar zee');
      await visitor.getByRole('button', { name: 'Aanmelding versturen' }).click();
      await visitor.getByRole('heading', { level: 1, name: 'Kijk in je e-mail' }).waitFor();
      await expect(visitor.locator('main').textContent()).resolves.toContain('wim@aaenmaas.example.nl');
      expect(await accessibilityViolations(visitor)).toEqual([]);

      // Until the address is confirmed, the coordinator sees the application but cannot admit it yet.
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, coordinator.email);
      await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
      const waiting = page.getByRole('listitem').filter({ hasText: 'Waterschap Aa en Maas Test' });
      await waiting.getByText('Toelaten kan zodra de aanvrager het e-mailadres heeft bevestigd.').waitFor();
      expect(await waiting.getByRole('button', { name: 'Toelaten Waterschap Aa en Maas Test' }).count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);

      // The address is confirmed with the e-mailed link (read here from the outbox), which signs in.
      const [confirmation] = await ctx.db
        .select({ body: mailOutbox.body })
        .from(mailOutbox)
        .where(eq(mailOutbox.recipient, 'wim@aaenmaas.example.nl'));
      const token = confirmation!.body.match(/registratie-bevestigen#token=([\w-]+)/)![1]!;
      await visitor.goto(`${baseUrl}/registratie-bevestigen#token=${token}`);
      await visitor.getByLabel('Wachtwoord').fill('de maas stroomt naar zee');
      await visitor.getByRole('button', { name: 'E-mailadres bevestigen' }).click();
      await visitor.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
      await visitor.context().close();

      // The coordinator admits it, with a reason, after a confirmation.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
      const application = page.getByRole('listitem').filter({ hasText: 'Waterschap Aa en Maas Test' });
      await expect(application.textContent()).resolves.toContain("'s-Hertogenbosch");
      await expect(application.textContent()).resolves.toContain('https://www.aaenmaas.example.nl');
      expect(await accessibilityViolations(page)).toEqual([]);

      await application.getByRole('button', { name: 'Toelaten Waterschap Aa en Maas Test' }).click();
      const dialog = page.getByRole('dialog', { name: 'Waterschap Aa en Maas Test toelaten?' });
      await dialog.waitFor();
      await dialog.getByLabel('Reden of toelichting (niet verplicht)').fill('Past goed in de regio.');
      await dialog.getByRole('button', { name: 'Ja, toelaten' }).click();
      await page.getByText('Waterschap Aa en Maas Test is toegelaten en is nu lid.').waitFor();
      await page.getByText('Er zijn geen aanmeldingen die op een besluit wachten.').waitFor();
      const decided = page.getByRole('row').filter({ hasText: 'Waterschap Aa en Maas Test' });
      await expect(decided.textContent()).resolves.toContain('Toegelaten');
      await expect(decided.textContent()).resolves.toContain('Past goed in de regio.');
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'writes every detail of the audit log in words, in Dutch and English, at 320 px and on a desktop',
    async () => {
      // Entries as the pages make them: a profile change with a logo, an API key, an invitation, a
      // synonym group added and removed; and a publication, which the vacancy's history keeps.
      const organisation = await createOrganisation(ctx.db, { name: 'Gemeente Woordenrijk' });
      const owner = await createUser(ctx.db, { role: 'org_admin', organisation, name: 'Olga Opsteller' });
      const staff = await apiSignIn(ctx.app, owner.email, TEST_PASSWORD);
      const office = await apiSignIn(ctx.app, coordinator.email, TEST_PASSWORD);
      const call = async (
        method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
        url: string,
        session: Session,
        payload?: object,
      ) => {
        const response = await ctx.app.inject({ method, url: `/api/v1${url}`, headers: session.bearer, payload });
        expect(response.statusCode, response.body).toBeLessThan(300);
        return response;
      };
      await call('PATCH', `/organisations/${organisation.id}/profile`, staff, {
        offer: 'Een goed salaris en een opleidingsbudget.',
        description: '<p>Wij werken aan een <strong>groene</strong> gemeente.</p>',
        version: await profileVersionOf(ctx.db, organisation.id),
      });
      const logo = await ctx.app.inject({
        method: 'PUT',
        url: `/api/v1/organisations/${organisation.id}/logo`,
        payload: TINY_PNG,
        headers: { ...staff.bearer, 'content-type': 'image/png' },
      });
      expect(logo.statusCode, logo.body).toBe(204);
      await call('POST', `/organisations/${organisation.id}/api-keys`, staff, { name: 'Koppeling ATS' });
      await call('POST', `/organisations/${organisation.id}/users`, staff, {
        email: 'nieuwe.collega@woordenrijk.example',
        name: 'Nina Nieuw',
        role: 'hr_officer',
      });
      const draft = await createVacancy(ctx.db, { organisation, state: 'draft', publishedAt: null });
      await call('POST', `/vacancies/${draft.id}/publish`, staff);
      const group = (
        await call('POST', '/search/synonyms', office, { words: ['fietsenmaker', 'rijwielhersteller'] })
      ).json().id as string;
      await call('DELETE', `/search/synonyms/${group}`, office);

      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, coordinator.email);
      await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
      const expected = {
        nl: [
          'Bestandssoort: PNG',
          'Grootte: 1 kB',
          'Wat de organisatie biedt:',
          'Wij werken aan een groene gemeente.',
          'Woorden: fietsenmaker en rijwielhersteller',
          'Sleutel begint met: swk_',
          'Rol: ',
        ],
        en: [
          'File type: PNG',
          'Size: 1 kB',
          'What the organisation offers:',
          'Words: fietsenmaker and rijwielhersteller',
          'Key starts with: swk_',
          'Role: ',
        ],
      };
      for (const lang of ['nl', 'en'] as const) {
        for (const viewport of [VIEWPORTS.desktop, VIEWPORTS.narrow]) {
          await page.setViewportSize(viewport);
          await page.goto(`${baseUrl}${lang === 'nl' ? '/coordinatie/auditlog' : '/en/coordination/audit-log'}`);
          await page.locator('.audit-changes').first().waitFor();
          const details = (await page.locator('.audit-changes').allInnerTexts()).join('\n');
          for (const words of expected[lang]) expect(details, lang).toContain(words);
          // Whom or what each is about, by name (a review: "role changed" did not say whose).
          const about = (await page.locator('.audit-subject').allInnerTexts()).join('\n');
          const word = lang === 'nl' ? 'Over' : 'About';
          const key = lang === 'nl' ? 'API-sleutel ‘Koppeling ATS’' : 'API key ‘Koppeling ATS’';
          for (const name of ['Gemeente Woordenrijk', key, 'Nina Nieuw'])
            expect(about, lang).toContain(`${word}: ${name}`);
          // No raw JSON and no key as the server records it (`offer`, `bytes`, `words`, `sessionStarted`).
          expect(details).not.toMatch(/[{}[\]"]/);
          expect(details).not.toMatch(/^(offer|type|bytes|prefix|words|scopes|role|name|email|reinvited)\s*:/m);
          for (const line of details.split('\n').filter((text) => text.includes(': ')))
            expect(line, lang).toMatch(/^[A-Z]/);
          expect(await accessibilityViolations(page), `${lang} ${viewport.width}`).toEqual([]);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
            `${lang} ${viewport.width}`,
          ).toBe(0);
        }
      }
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'shows the coordinator’s pages to coordinators only',
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, admin.email);
      await page.goto(`${baseUrl}/coordinatie/auditlog`);
      await page.getByText('Je hebt geen toegang tot deze pagina.').waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
      await context.close();
    },
    STORY_TIMEOUT,
  );
});
