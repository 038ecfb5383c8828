/**
 * Vacancy management in a real browser, through the pages an HR officer uses: create a
 * vacancy (after a refused first try), publish it and find it in the public search, edit it
 * and read the change back in its history, close it and see it leave the search. Then a
 * colleague's edit in between (the browser's save is refused, nothing typed is lost), and
 * the employer profile's logo. Axe checks each page, the form also with its errors showing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Organisation } from '@samenwerven/db';
import { accessibilityViolations, BROWSER_ENV, browserAvailable, launchBrowser } from '../support/browser.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import {
  createOrganisation,
  createUser,
  createVacancy,
  isoDate,
  TEST_PASSWORD,
  TINY_PNG,
  blackPng,
} from '../support/factories.ts';
import { signIn as apiSignIn } from '../support/http.ts';

const enabled = browserAvailable();
/** A whole story, with axe runs and password hashing: more than the default 30 s on a busy machine. */
const STORY_TIMEOUT = 180_000;
const DAY = 86_400_000;

const isFocused = (locator: Locator) => locator.evaluate((element) => element === element.ownerDocument.activeElement);

describe.skipIf(!enabled)('managing vacancies, in a real browser', () => {
  let ctx: TestContext;
  let browser: Browser;
  let baseUrl: string;
  let organisation: Organisation;
  let hr: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    ctx = await createTestContext({ webRoot: inject('webRoot'), env: BROWSER_ENV });
    organisation = await createOrganisation(ctx.db);
    hr = await createUser(ctx.db, { role: 'hr_officer', organisation, name: 'Hanna de Haan' });
    baseUrl = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  /** A browser of someone in the Netherlands, signed in as the HR officer, on the staff start page. */
  async function signedIn(timezoneId = 'Europe/Amsterdam'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill(hr.email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByLabel('Wachtwoord').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    return { context, page };
  }

  const subNav = (page: Page) => page.getByRole('navigation', { name: 'Beheer' });

  it(
    'creates, publishes, edits and closes a vacancy, with the public search following',
    async () => {
      const { context, page } = await signedIn();
      const title = 'Adviseur duurzame mobiliteit';
      const newTitle = 'Adviseur duurzame mobiliteit en verkeer';

      // The dashboard leads to the vacancies, as does the staff navigation.
      await page.getByRole('link', { name: 'Naar de vacatures van je organisatie' }).waitFor();
      await subNav(page).getByRole('link', { name: 'Vacatures' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vacatures' }).waitFor();
      await page.getByText('Je organisatie heeft nog geen vacatures.').waitFor();

      await page.getByRole('link', { name: 'Nieuwe vacature' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByLabel('Functietitel').fill(title);
      await page.getByLabel('Vakgebied').selectOption({ label: 'Beleid en advies' });
      await page
        .getByLabel('Korte samenvatting (niet verplicht)')
        .fill('Je maakt de regio bereikbaar met fiets, bus en trein.');
      await page
        .getByLabel('Beschrijving')
        .fill('<h2>Wat ga je doen?</h2><p>Je schrijft <strong>beleid</strong>.</p><script>alert(1)</script>');
      await page.getByLabel('Opleidingsniveau').selectOption({ label: 'HBO' });
      await page.getByLabel('Soort dienstverband').selectOption({ label: 'Vast' });
      await page.getByLabel('Minimaal aantal uur per week').fill('36');
      await page.getByLabel('Maximaal aantal uur per week').fill('32');
      await page.getByLabel('Sluitingsdatum').fill(isoDate(new Date(Date.now() + 30 * DAY)));
      // The organisation's own municipality is the first guess for where the work is.
      await expect(page.getByLabel('Gemeente', { exact: true }).inputValue()).resolves.toBe('GM0855');

      // More hours at least than at most: the server refuses, the summary says why and takes focus.
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      const summary = page.locator('.error-summary');
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      await expect(summary.textContent()).resolves.toContain(
        'Maximaal aantal uur per week: Het maximum aantal uren moet minstens het minimum zijn.',
      );
      expect(await isFocused(summary)).toBe(true);
      const hoursMax = page.getByLabel('Maximaal aantal uur per week');
      await expect(hoursMax.getAttribute('aria-invalid')).resolves.toBe('true');
      const describedBy = (await hoursMax.getAttribute('aria-describedby')) ?? '';
      await expect(page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).resolves.toContain(
        'minstens het minimum',
      );
      // What was typed is still there.
      await expect(page.getByLabel('Functietitel').inputValue()).resolves.toBe(title);
      expect(await accessibilityViolations(page)).toEqual([]);

      // The summary's link leads to the field.
      await summary.getByRole('link', { name: /Maximaal aantal uur per week/ }).click();
      expect(await isFocused(hoursMax)).toBe(true);
      await hoursMax.fill('40');
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();

      // Saved as a draft: the vacancy's own page, saying so.
      await page.getByText('De vacature is opgeslagen als concept.').waitFor();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const status = page.getByRole('region', { name: 'Status en acties' });
      await expect.poll(() => status.textContent()).toContain('Concept');
      // The description as stored: the allowed markup kept, the script gone.
      const preview = page.getByRole('group', { name: 'Zo ziet de opgeslagen beschrijving eruit' });
      await preview.getByRole('heading', { name: 'Wat ga je doen?' }).waitFor();
      await expect(preview.innerHTML()).resolves.not.toContain('script');
      expect(await accessibilityViolations(page)).toEqual([]);

      // Publish.
      await page.getByRole('button', { name: 'Publiceren' }).click();
      await page.getByText('De vacature is gepubliceerd en staat nu op Samenwerven.').waitFor();
      // The status box follows once the page has reloaded the vacancy after the action.
      await expect.poll(() => status.textContent()).toContain('Gepubliceerd');
      const [row] = (await ctx.pool.query<{ id: string; state: string }>('SELECT id, state FROM vacancies')).rows;
      expect(row?.state).toBe('published');

      // The public search lists it once the index has caught up.
      await ctx.sync();
      const visitor = await browser.newContext();
      const search = await visitor.newPage();
      await search.goto(baseUrl);
      await search.getByRole('link', { name: title }).waitFor();

      // Edit the title: saved, and online straight away.
      await page.getByLabel('Functietitel').fill(newTitle);
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByText('De wijzigingen zijn opgeslagen en staan meteen online.').waitFor();
      await page.getByRole('heading', { level: 1, name: newTitle }).waitFor();

      // The history says who changed what, in plain words.
      const history = page.getByRole('region', { name: 'Geschiedenis' });
      await history.getByText(`Functietitel: van ‘${title}’ naar ‘${newTitle}’`).waitFor();
      await expect(history.textContent()).resolves.toContain('Gewijzigd door jou');
      await expect(history.textContent()).resolves.toContain('Gepubliceerd door jou');
      await expect(history.textContent()).resolves.toContain('Aangemaakt door jou');

      // Closing asks first; focus starts on Cancel.
      await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Vacature sluiten?' });
      await dialog.waitFor();
      expect(await isFocused(dialog.getByRole('button', { name: 'Annuleren' }))).toBe(true);
      await dialog.getByRole('button', { name: 'Ja, sluiten' }).click();
      await page.getByText('De vacature is gesloten en staat niet meer online.').waitFor();
      // The status follows once the page has reloaded its data: wait for it, don't race it.
      await page.getByRole('button', { name: 'Heropenen' }).waitFor();
      await status.filter({ hasText: 'Gesloten' }).waitFor();

      // Gone from the public search.
      await ctx.sync();
      await search.reload();
      await search.getByText('Geen vacatures gevonden').waitFor();
      expect(await search.getByRole('link', { name: newTitle }).count()).toBe(0);
      await visitor.close();

      // The list shows it as closed, with the counts per state.
      await page.getByRole('link', { name: 'Terug naar de vacatures' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vacatures' }).waitFor();
      const listed = page.getByRole('row').filter({ hasText: newTitle });
      await expect(listed.textContent()).resolves.toContain('Gesloten');
      const filter = page.getByRole('navigation', { name: 'Vacatures per status' });
      await filter.getByRole('link', { name: 'Gesloten (1)' }).click();
      await filter.locator('a[aria-current="page"]', { hasText: 'Gesloten' }).waitFor();
      await page.getByRole('status').filter({ hasText: '1 vacature' }).waitFor();
      await page.getByRole('link', { name: newTitle, exact: true }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'asks before leaving a form with what was typed and not saved: stay keeps it, leave goes',
    async () => {
      const { context, page } = await signedIn();
      await page.goto(`${baseUrl}/beheer/vacatures/nieuw`);
      await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' }).waitFor();
      // Nothing typed: the menu just goes.
      await subNav(page).getByRole('link', { name: 'Vacatures' }).click();
      await page.waitForURL(`${baseUrl}/beheer/vacatures`);
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' }).waitFor();
      await page.getByLabel('Functietitel').fill('Adviseur duurzaamheid');
      await subNav(page).getByRole('link', { name: 'Vacatures' }).click();
      const asked = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
      await asked.waitFor();
      expect(await isFocused(asked.getByRole('button', { name: 'Annuleren' }))).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => asked.isVisible()).toBe(false);
      expect(new URL(page.url()).pathname).toBe('/beheer/vacatures/nieuw');
      await expect(page.getByLabel('Functietitel').inputValue()).resolves.toBe('Adviseur duurzaamheid');
      await subNav(page).getByRole('link', { name: 'Vacatures' }).click();
      await asked.getByRole('button', { name: 'Weggaan zonder opslaan' }).click();
      await page.waitForURL(`${baseUrl}/beheer/vacatures`);

      // Duplicating a vacancy with changes typed: asked before the copy is made, which has none of them.
      const original = await createVacancy(ctx.db, {
        organisation,
        title: 'Jurist omgevingsrecht',
        state: 'draft',
        publishedAt: null,
      });
      await page.goto(`${baseUrl}/beheer/vacatures/${original.id}`);
      await page.getByLabel('Functietitel').fill('Jurist omgevingsrecht (senior)');
      await page.getByRole('button', { name: 'Dupliceren' }).click();
      const duplicating = page.getByRole('dialog', { name: 'Dupliceren zonder je wijzigingen?' });
      await duplicating.waitFor();
      await duplicating.getByRole('button', { name: 'Annuleren' }).click();
      const copies = await ctx.pool.query(
        "SELECT 1 FROM vacancies WHERE title LIKE 'Jurist omgevingsrecht%' AND id <> $1",
        [original.id],
      );
      expect(copies.rowCount).toBe(0);
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'keeps what was typed when the session ended meanwhile, says so, and saves once signed in again',
    async () => {
      const vacancy = await createVacancy(ctx.db, { organisation, title: 'Medewerker archief' });
      const { context, page } = await signedIn();
      await page.goto(`${baseUrl}/beheer/vacatures/${vacancy.id}`);
      await page.getByRole('heading', { level: 1, name: 'Medewerker archief' }).waitFor();
      await page.getByLabel('Afdeling (niet verplicht)').fill('Informatiebeheer');
      // Signed out in another tab: this browser's session is gone.
      const other = await context.newPage();
      await other.goto(`${baseUrl}/uitloggen`);
      await other.getByRole('main').getByRole('button', { name: 'Uitloggen' }).click();
      await other.getByRole('heading', { level: 1, name: 'Je bent uitgelogd' }).waitFor();
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByText('Je bent niet meer ingelogd').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/beheer/vacatures/${vacancy.id}`);
      await expect(page.getByLabel('Afdeling (niet verplicht)').inputValue()).resolves.toBe('Informatiebeheer');
      // Signed in again in the other tab, the same form saves.
      await other.goto(`${baseUrl}/inloggen`);
      await other.getByLabel('E-mailadres').fill(hr.email);
      await other.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
      await other.getByLabel('Wachtwoord').press('Enter');
      await other.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByText('De wijzigingen zijn opgeslagen').waitFor();
      const [row] = (
        await ctx.pool.query<{ department: string }>('SELECT department FROM vacancies WHERE id = $1', [vacancy.id])
      ).rows;
      expect(row?.department).toBe('Informatiebeheer');
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'says an internal vacancy is for members’ staff only, when it is published and beside its state',
    async () => {
      const vacancy = await createVacancy(ctx.db, {
        organisation,
        title: 'Adviseur mobiliteitspool',
        state: 'draft',
        publishedAt: null,
        visibility: 'internal',
        closingDate: isoDate(new Date(Date.now() + 60 * DAY)),
      });
      const { context, page } = await signedIn();
      await page.goto(`${baseUrl}/beheer/vacatures/${vacancy.id}`);
      await page.getByRole('heading', { level: 1, name: 'Adviseur mobiliteitspool' }).waitFor();
      await page.getByRole('button', { name: 'Publiceren' }).click();
      // An HR review: "now on Samenwerven" was said of a vacancy no job seeker could see.
      await page
        .getByText('De vacature is gepubliceerd voor medewerkers van de leden. Werkzoekenden zien haar niet.')
        .waitFor();
      const status = page.getByRole('region', { name: 'Status en acties' });
      await status.getByText('Alleen medewerkers van de leden (intern)').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'schedules at the Dutch hour typed, also from a browser on another clock (a remote desktop in UTC)',
    async () => {
      const vacancy = await createVacancy(ctx.db, {
        organisation,
        title: 'Medewerker klantcontact',
        state: 'draft',
        publishedAt: null,
        closingDate: isoDate(new Date(Date.now() + 60 * DAY)),
      });
      const { context, page } = await signedIn('UTC');
      await page.goto(`${baseUrl}/beheer/vacatures/${vacancy.id}`);
      await page.getByRole('heading', { level: 1, name: 'Medewerker klantcontact' }).waitFor();
      const day = isoDate(new Date(Date.now() + 20 * DAY));
      await page.getByLabel('Publiceren vanaf (niet verplicht)').fill(`${day}T09:00`);
      await page.getByRole('button', { name: 'Inplannen' }).click();
      await page.getByText('De vacature is ingepland.').waitFor();
      await expect(page.getByText('De vacature is ingepland.').textContent()).resolves.toContain('om 09:00');
      const [row] = (
        await ctx.pool.query<{ at: string }>(
          `SELECT to_char(publish_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI') AS at FROM vacancies WHERE id = $1`,
          [vacancy.id],
        )
      ).rows;
      expect(row!.at).toBe(`${day}T09:00`);
      // And the field shows it back as typed.
      await page.reload();
      await expect(page.getByLabel('Publiceren vanaf (niet verplicht)').inputValue()).resolves.toBe(`${day}T09:00`);
      // Its moment taken away, the field says it goes online at once, and 'Publiceren' does so
      // (an HR walk: the edit published it, and asked to publish it again the page said it could not).
      await page.getByLabel('Publiceren vanaf (niet verplicht)').fill('');
      await page.getByText('Let op: zonder moment in de toekomst is de vacature niet meer ingepland.').waitFor();
      await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
      await page.getByText('De vacature is gepubliceerd', { exact: false }).first().waitFor();
      await expect(page.getByText('Er is een probleem').count()).resolves.toBe(0);
      const [after] = (
        await ctx.pool.query<{ state: string }>('SELECT state FROM vacancies WHERE id = $1', [vacancy.id])
      ).rows;
      expect(after!.state).toBe('published');
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'refuses a save over a colleague’s change, keeps what was typed, and loads the latest version on request',
    async () => {
      const vacancy = await createVacancy(ctx.db, {
        organisation,
        title: 'Medewerker burgerzaken',
        department: null,
        state: 'draft',
        publishedAt: null,
      });
      expect(vacancy.version).toBe(1);
      const { context, page } = await signedIn();
      // A vacancy that is not there (or not the organisation's) leads back to the organisation's
      // own list, not to the public search with the job seeker's "no longer open".
      await page.goto(`${baseUrl}/en/manage/vacancies/00000000-0000-4000-8000-000000000000`);
      await page.getByRole('heading', { level: 1, name: 'Vacancy not found' }).waitFor();
      await page.getByRole('link', { name: 'Go to your organisation’s vacancies' }).click();
      await page.waitForURL(`${baseUrl}/en/manage/vacancies`);
      // An English page says which texts are Dutch (WCAG 3.1.2): the titles, the form's texts.
      await expect(
        page.getByRole('link', { name: 'Medewerker burgerzaken', exact: true }).getAttribute('lang'),
      ).resolves.toBe('nl');
      await page.goto(`${baseUrl}/en/manage/vacancies/${vacancy.id}`);
      await expect(page.getByLabel('Job title').getAttribute('lang')).resolves.toBe('nl');
      await page.goto(`${baseUrl}/beheer/vacatures/${vacancy.id}`);
      await page.getByRole('heading', { level: 1, name: 'Medewerker burgerzaken' }).waitFor();
      await expect(page.getByLabel('Functietitel').getAttribute('lang')).resolves.toBeNull();
      await page.getByLabel('Functietitel').fill('Medewerker burgerzaken en verkiezingen');
      await page.getByLabel('Afdeling (niet verplicht)').fill('Burgerzaken');

      // Meanwhile a colleague (here: the API) saves version 1 as version 2.
      const session = await apiSignIn(ctx.app, hr.email, TEST_PASSWORD);
      const response = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/vacancies/${vacancy.id}`,
        headers: session.bearer,
        payload: { version: 1, department: 'Publiekszaken' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json<{ version: number }>().version).toBe(2);

      // The browser still works from version 1: refused, and nothing typed is lost.
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      const conflict = page.locator('.conflict');
      await page.getByRole('heading', { name: 'Iemand anders heeft deze vacature intussen gewijzigd' }).waitFor();
      expect(await isFocused(conflict)).toBe(true);
      // The list of what changed follows the history, which the page reloads after the refusal.
      await conflict.getByText('Afdeling').waitFor();
      await expect(page.getByLabel('Functietitel').inputValue()).resolves.toBe(
        'Medewerker burgerzaken en verkiezingen',
      );
      expect(await accessibilityViolations(page)).toEqual([]);

      // The latest version with the typed changes on top: nothing to type again (WCAG 3.3.7). The
      // field both changed keeps what was typed, and the notice says whose change it replaces.
      await page.getByRole('button', { name: 'Nieuwste versie laden met mijn wijzigingen' }).click();
      await page.getByText('Ook de ander had gewijzigd: Afdeling. Daar staat jouw versie', { exact: false }).waitFor();
      await expect(page.getByLabel('Afdeling (niet verplicht)').inputValue()).resolves.toBe('Burgerzaken');
      await expect(page.getByLabel('Functietitel').inputValue()).resolves.toBe(
        'Medewerker burgerzaken en verkiezingen',
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await page.getByText('De wijzigingen zijn opgeslagen').waitFor();
      const stored = await ctx.pool.query<{ title: string; department: string; version: number }>(
        'SELECT title, department, version FROM vacancies WHERE id = $1',
        [vacancy.id],
      );
      expect(stored.rows[0]).toEqual({
        title: 'Medewerker burgerzaken en verkiezingen',
        department: 'Burgerzaken',
        version: 3,
      });
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'keeps what is typed while a save is on its way, unsaved, and says so',
    async () => {
      const vacancy = await createVacancy(ctx.db, {
        organisation,
        title: 'Medewerker publiekszaken',
        department: null,
        state: 'draft',
        publishedAt: null,
      });
      const { context, page } = await signedIn();
      await page.goto(`${baseUrl}/beheer/vacatures/${vacancy.id}`);
      await page.getByRole('heading', { level: 1, name: 'Medewerker publiekszaken' }).waitFor();
      // The save is held on its way to the server (it still goes there, as sent) until the
      // typing below is done: a slow connection.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(`**/api/v1/vacancies/${vacancy.id}`, async (route) => {
        if (route.request().method() === 'PATCH') await held;
        await route.continue();
      });
      await page.getByLabel('Functietitel').fill('Medewerker publiekszaken en burgerzaken');
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await page.getByRole('button', { name: 'Even geduld…' }).waitFor();
      const department = page.getByLabel('Afdeling (niet verplicht)');
      await department.fill('Dienst');
      // Typing goes on while the answer comes in: nothing of it is lost, and it stays where it is.
      release();
      await department.pressSequentially('verlening', { delay: 120 });
      await page.getByText('Wat je typte terwijl er werd opgeslagen, staat nog in het formulier.').waitFor();
      await expect(department.inputValue()).resolves.toBe('Dienstverlening');
      expect(await isFocused(department)).toBe(true);
      await expect(page.getByLabel('Functietitel').inputValue()).resolves.toBe(
        'Medewerker publiekszaken en burgerzaken',
      );
      const stored = async () =>
        (
          await ctx.pool.query<{ title: string; department: string | null; version: number }>(
            'SELECT title, department, version FROM vacancies WHERE id = $1',
            [vacancy.id],
          )
        ).rows[0];
      expect(await stored()).toEqual({
        title: 'Medewerker publiekszaken en burgerzaken',
        department: null,
        version: 2,
      });
      expect(await accessibilityViolations(page)).toEqual([]);
      // Saved again from the version the first save made: no conflict with itself.
      await page.unroute(`**/api/v1/vacancies/${vacancy.id}`);
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await expect.poll(stored).toMatchObject({ department: 'Dienstverlening', version: 3 });
      await page.getByText('Wat je typte terwijl er werd opgeslagen').waitFor({ state: 'detached' });
      await page.getByText('De wijzigingen zijn opgeslagen').waitFor();

      // A save refused (a colleague saved first) while typing goes on: the refusal is said, and
      // takes no focus from where the typing is.
      let releaseAgain = () => {};
      const heldAgain = new Promise<void>((resolve) => (releaseAgain = resolve));
      await page.route(`**/api/v1/vacancies/${vacancy.id}`, async (route) => {
        if (route.request().method() === 'PATCH') await heldAgain;
        await route.continue();
      });
      await page.getByLabel('Functietitel').fill('Medewerker publiekszaken');
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await page.getByRole('button', { name: 'Even geduld…' }).waitFor();
      const session = await apiSignIn(ctx.app, hr.email, TEST_PASSWORD);
      const colleague = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/vacancies/${vacancy.id}`,
        headers: { ...session.bearer, 'if-match': '*' },
        payload: { department: 'Publiekszaken' },
      });
      expect(colleague.statusCode, colleague.body).toBe(200);
      await department.fill('Dienst');
      releaseAgain();
      await department.pressSequentially('verlening', { delay: 120 });
      await page.getByRole('heading', { name: 'Iemand anders heeft deze vacature intussen gewijzigd' }).waitFor();
      await expect(department.inputValue()).resolves.toBe('Dienstverlening');
      expect(await isFocused(department)).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'says a passed closing date while it is typed, and names every problem of the form in one answer',
    async () => {
      const { context, page } = await signedIn();
      await page.goto(`${baseUrl}/beheer/vacatures/nieuw`);
      await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' }).waitFor();
      // The portal's own form is what the first way of applying is, and says so.
      const applying = page.getByRole('group', { name: 'Hoe solliciteren mensen?' });
      expect(
        await applying.getByRole('radio', { name: 'Met het sollicitatieformulier van Samenwerven' }).isChecked(),
      ).toBe(true);

      // The warning comes with the field as the date is chosen, before anything is saved.
      const closingDate = page.getByLabel('Sluitingsdatum');
      await closingDate.fill('2020-01-01');
      const warning = page.getByRole('status').filter({ hasText: 'deze datum is al voorbij' });
      await warning.waitFor();
      const warningId = await warning.getAttribute('id');
      await expect(closingDate.getAttribute('aria-describedby')).resolves.toContain(warningId);
      expect(await accessibilityViolations(page)).toEqual([]);
      await closingDate.fill(isoDate(new Date(Date.now() + 30 * DAY)));
      await warning.waitFor({ state: 'detached' });
      await closingDate.fill('2020-01-01');
      await warning.waitFor();

      // No title (the browser sees it), hours the wrong way round, a yearly salary and a postcode
      // of another municipality (the server sees them): all in the one summary.
      await page.getByLabel('Vakgebied').selectOption({ label: 'Beleid en advies' });
      await page.getByLabel('Beschrijving').fill('<p>Je houdt het archief op orde.</p>');
      await page.getByLabel('Opleidingsniveau').selectOption({ label: 'MBO' });
      await page.getByLabel('Soort dienstverband').selectOption({ label: 'Vast' });
      await page.getByLabel('Minimaal aantal uur per week').fill('36');
      await page.getByLabel('Maximaal aantal uur per week').fill('32');
      await page.getByLabel('Salaris vanaf (niet verplicht)').fill('45.000');
      await page.getByLabel('Salaris tot en met (niet verplicht)').fill('50.000');
      await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Dongen' });
      await page.getByLabel('Postcode (niet verplicht)').fill('5038');
      await page.getByLabel(/^Telefoonnummer contactpersoon/).fill('bel me');
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      const summary = page.locator('.error-summary');
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      const links = await summary.getByRole('link').allTextContents();
      expect(links.map((text) => text.split(':')[0])).toEqual([
        'Functietitel',
        'Maximaal aantal uur per week',
        'Salaris vanaf',
        'Salaris tot en met',
        'Postcode',
        'Telefoonnummer contactpersoon',
      ]);
      await expect(summary.textContent()).resolves.toContain('Postcode 5038 ligt in Tilburg, niet in Dongen.');
      // What a telephone number may hold, not "not the right form".
      await expect(summary.textContent()).resolves.toContain('Gebruik alleen cijfers, spaties en de tekens + ( ) -.');
      expect(await accessibilityViolations(page)).toEqual([]);

      // Put right, the draft is saved with its passed closing date, still said next to the field.
      await page.getByLabel('Functietitel').fill('Archiefmedewerker');
      await page.getByLabel('Maximaal aantal uur per week').fill('36');
      await page.getByLabel('Salaris vanaf (niet verplicht)').fill('3.100');
      await page.getByLabel('Salaris tot en met (niet verplicht)').fill('4.400');
      await page.getByLabel('Postcode (niet verplicht)').fill('5101');
      await page.getByLabel(/^Telefoonnummer contactpersoon/).fill('013 123 45 67');
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByText('De vacature is opgeslagen als concept.').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Archiefmedewerker' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'deze datum is al voorbij' }).waitFor();

      // Publishing it is refused, saying why.
      await page.getByRole('button', { name: 'Publiceren' }).click();
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      await expect(page.locator('.error-summary').textContent()).resolves.toContain('De sluitingsdatum is al voorbij.');
      // Said once, in the list beside the field's name; not also as the summary's opening line.
      expect(
        ((await page.locator('.error-summary').textContent()) ?? '').split('De sluitingsdatum is al voorbij.').length -
          1,
      ).toBe(1);
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'uploads a logo to the employer profile, refusing one that is too large',
    async () => {
      const { context, page } = await signedIn();
      await subNav(page).getByRole('link', { name: 'Werkgeversprofiel' }).click();
      await page.getByRole('heading', { level: 1, name: 'Werkgeversprofiel' }).waitFor();
      await page.getByText('Je organisatie heeft nog geen logo.').waitFor();

      // Too large: refused in the browser, before anything is sent.
      const uploads: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/logo') && request.method() === 'PUT') uploads.push(request.url());
      });
      const large = Buffer.concat([TINY_PNG, Buffer.alloc(600 * 1024)]);
      await page
        .getByLabel('Nieuw logo kiezen')
        .setInputFiles({ name: 'groot.png', mimeType: 'image/png', buffer: large });
      await page.getByRole('button', { name: 'Logo opslaan' }).click();
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      await expect(page.locator('.error-summary').textContent()).resolves.toContain('hoogstens 512 kB');
      expect(uploads).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);

      // Few bytes but too many pixels: the server refuses it, and the page says why in the same place.
      await page
        .getByLabel('Nieuw logo kiezen')
        .setInputFiles({ name: 'enorm.png', mimeType: 'image/png', buffer: blackPng(8000, 8000) });
      await page.getByRole('button', { name: 'Logo opslaan' }).click();
      await expect
        .poll(() => page.locator('.error-summary').textContent())
        .toContain('Dit logo is 8000 × 8000 pixels; het mag hoogstens 2000 × 2000 pixels zijn.');
      expect(uploads).toHaveLength(1);

      await page
        .getByLabel('Nieuw logo kiezen')
        .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: TINY_PNG });
      await page.getByRole('button', { name: 'Logo opslaan' }).click();
      await page.getByText('Het nieuwe logo is opgeslagen.').waitFor();
      expect(uploads).toHaveLength(2);
      const logo = page.getByRole('img', { name: `Logo van ${organisation.name}` });
      await logo.waitFor();
      // Loaded, not only referred to: the browser decoded the 1×1 image.
      const loaded = () =>
        logo.evaluate((element) => {
          const image = element as unknown as { complete: boolean; naturalWidth: number };
          return image.complete ? image.naturalWidth : 0;
        });
      await expect.poll(loaded, { timeout: 10_000 }).toBe(1);

      // The rest of the profile.
      // Typed as the join form takes it, without https:// (the profile refused it: a membership review).
      await page.getByLabel('Website (niet verplicht)').fill('www.proefstad.example');
      await page.getByRole('button', { name: 'Profiel opslaan' }).click();
      await page.getByText('Het profiel is opgeslagen.').waitFor();
      const stored = await ctx.pool.query<{ website: string; logo_type: string }>(
        'SELECT website, logo_type FROM organisations WHERE id = $1',
        [organisation.id],
      );
      expect(stored.rows[0]).toEqual({ website: 'https://www.proefstad.example', logo_type: 'image/png' });
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'takes a scheduled vacancy back to draft before it goes online, by keyboard',
    async () => {
      const scheduled = await createVacancy(ctx.db, {
        organisation,
        title: 'Adviseur zandwegen',
        state: 'scheduled',
        publishedAt: null,
        publishAt: new Date(Date.now() + 7 * DAY),
      });
      const { context, page } = await signedIn();
      await page.goto(`${baseUrl}/beheer/vacatures/${scheduled.id}`);
      const status = page.getByRole('region', { name: 'Status en acties' });
      await status.filter({ hasText: 'Ingepland' }).waitFor();
      const back = status.getByRole('button', { name: 'Terug naar concept' });
      await back.focus();
      await page.keyboard.press('Enter');
      await page.getByText('De vacature is weer een concept en gaat niet online.').waitFor();
      await status.filter({ hasText: 'Concept' }).waitFor();
      expect(await status.getByRole('button', { name: 'Terug naar concept' }).count()).toBe(0);
      await page.getByRole('region', { name: 'Geschiedenis' }).getByText('Teruggezet naar concept').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      const [row] = await ctx.pool
        .query('SELECT state FROM vacancies WHERE id = $1', [scheduled.id])
        .then((r) => r.rows);
      expect(row.state).toBe('draft');
      await context.close();
    },
    STORY_TIMEOUT,
  );
});
