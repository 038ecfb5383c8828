/**
 * The coordinator's search page in a real browser (issue 14): reached from the coordination
 * navigation, it shows the index's health as the API reports it; a synonym group added there
 * makes the public search find a vacancy it did not find before, and removing it undoes that
 * (after refusals worded per field: one word, then the same word twice); a rebuild, asked
 * first, reports its documents and seconds. Axe at 1280 px and 320 px, where nothing may need
 * sideways scrolling; the English address shows the same page.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { organisations, type Vacancy } from '@samenwerven/db';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';
import { portalInBrowser, signInThroughPage, VIEWPORTS } from '../support/portal-in-browser.ts';

const enabled = browserAvailable();
/** A whole story with axe runs and a rebuild: more than the default 30 s on a busy machine. */
const STORY_TIMEOUT = 180_000;

/** In no vacancy's text: only a synonym can lead a search from it to the dike reeve. */
const NEW_WORD = 'watermanager';

const isFocused = (locator: Locator) => locator.evaluate((element) => element === element.ownerDocument.activeElement);

/** How far the page is wider than the window: 0 when it reflows. */
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

/** The health facts as the page shows them: term → description. */
const shownFacts = (page: Page) =>
  page
    .locator('.health-facts > div')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.querySelector('dt')?.textContent?.trim() ?? '',
          row.querySelector('dd')?.textContent?.trim() ?? '',
        ]),
      ),
    );

interface SearchHealth {
  indexName: string;
  reachable: boolean;
  documentsInIndex: number | null;
  searchableInDatabase: number;
  outboxBacklog: number;
  lastSyncedAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
}

describe.skipIf(!enabled)('the coordinator’s search page, in a real browser', () => {
  let coordinatorEmail = '';
  let reeve: Vacancy;
  /** Found by the abbreviation only through a built-in group (kcc, klantcontactcentrum). */
  let contactCentre: Vacancy;
  const portal = portalInBrowser({
    vacancyCount: 30,
    seed: async (ctx) => {
      const [office] = await ctx.db.select().from(organisations).where(eq(organisations.isCoordinatingBody, true));
      coordinatorEmail = (
        await createUser(ctx.db, { role: 'coordinator', organisationId: office!.id, name: 'Cora Coördinator' })
      ).email;
      const [member] = await ctx.db.select().from(organisations).where(eq(organisations.isCoordinatingBody, false));
      reeve = await createVacancy(ctx.db, { organisation: member!, title: 'Dijkgraaf' });
      contactCentre = await createVacancy(ctx.db, {
        organisation: member!,
        title: 'Medewerker klantcontactcentrum',
        summary: 'Je helpt inwoners aan de telefoon en aan de balie.',
        description: '<p>Je helpt inwoners aan de telefoon en aan de balie.</p>',
      });
    },
  });

  let api: Session;
  async function apiGet<T>(url: string): Promise<T> {
    api ??= await signIn(portal.ctx.app, coordinatorEmail, TEST_PASSWORD);
    const response = await portal.ctx.app.inject({ url, headers: api.bearer });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  /** The ids the public search answers for a word. */
  async function found(q: string): Promise<string[]> {
    const response = await portal.ctx.app.inject(`/api/v1/vacancies?q=${encodeURIComponent(q)}&pageSize=100`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { hits: { id: string }[] }).hits.map((hit) => hit.id);
  }

  const number = (n: number) => n.toLocaleString('nl-NL');

  /** The page's health facts agree with GET /search/health and the breaker of GET /health. */
  async function expectFactsAsApi(page: Page): Promise<SearchHealth> {
    const health = await apiGet<SearchHealth>('/api/v1/search/health');
    const breaker = (await apiGet<{ searchBreaker: { state: string } }>('/api/v1/health')).searchBreaker;
    expect(health).toMatchObject({ reachable: true, lastError: null, consecutiveFailures: 0 });
    expect(breaker.state).toBe('closed');
    const backlog = health.outboxBacklog;
    const facts = await shownFacts(page);
    expect(facts).toMatchObject({
      Zoekmachine: 'Bereikbaar',
      'Terugval naar de database (circuit breaker)': 'Uit: zoekopdrachten gaan naar de zoekmachine',
      'Documenten in de index': number(health.documentsInIndex!),
      'Doorzoekbare vacatures in de database': number(health.searchableInDatabase),
      'Wachtrij naar de index':
        backlog === 0 ? 'Leeg' : backlog === 1 ? '1 wijziging' : `${number(backlog)} wijzigingen`,
      'Laatste fout': 'Geen',
      'Mislukte pogingen op rij': '0',
      'Naam van de index': health.indexName,
    });
    if (health.lastSyncedAt === null) expect(facts['Laatst bijgewerkt']).toBe('Nog niet');
    else expect(facts['Laatst bijgewerkt']).toMatch(/\d{2}:\d{2}$/);
    return health;
  }

  /**
   * The index is up to date: the page says so in words (waited for, as after a refresh the
   * figures come a moment later), and its figures and the API agree.
   */
  async function expectInOrder(page: Page): Promise<SearchHealth> {
    await page.getByText('In orde: de index loopt gelijk met de database.').waitFor();
    const health = await expectFactsAsApi(page);
    expect(health.outboxBacklog).toBe(0);
    expect(health.documentsInIndex).toBe(health.searchableInDatabase);
    return health;
  }

  it(
    'shows the index health, adds and removes a synonym group that the search follows, and rebuilds the index',
    async () => {
      const page = await signInThroughPage(portal, coordinatorEmail, 'Aanmeldingen');
      await page.getByRole('navigation', { name: 'Coördinatie' }).getByRole('link', { name: 'Zoeken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Zoeken' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/coordinatie/zoeken');
      await expect(page.title()).resolves.toBe('Zoeken – Coördinatie | Samenwerven');
      await page.getByRole('heading', { level: 2, name: 'Staat van de zoekindex' }).waitFor();
      await expectInOrder(page);
      // The built-in groups are listed, and there are none of the coordinator's own yet.
      await page
        .getByText('ict, it, informatievoorziening, informatietechnologie, automatisering', { exact: true })
        .waitFor();
      await page.getByText('Het alliantiebureau heeft nog geen eigen synoniemen toegevoegd.').waitFor();
      await checkAccessible(page);

      // The refresh says when the figures were read, in a status line.
      await page.getByRole('button', { name: 'Opnieuw bekijken' }).click();
      const refreshed = page.getByRole('status').filter({ hasText: /^Bijgewerkt: stand van \d{2}:\d{2}:\d{2}\.$/ });
      await refreshed.waitFor();
      const refreshedText = await refreshed.textContent();

      expect(await found(NEW_WORD)).not.toContain(reeve.id);
      const wordsField = page.getByLabel('Woorden die elkaar moeten vinden');
      const add = page.getByRole('button', { name: 'Toevoegen' });
      const summary = page.locator('.error-summary');

      // One word: refused by the page itself, named at the field and in the summary, which takes focus.
      await wordsField.fill('Dijkgraaf');
      await add.click();
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
      expect(await isFocused(summary)).toBe(true);
      await expect(summary.textContent()).resolves.toContain(
        'Woorden die elkaar moeten vinden: Geef minstens twee verschillende woorden, gescheiden door komma’s.',
      );
      await expect(wordsField.getAttribute('aria-invalid')).resolves.toBe('true');

      // The same word twice: the API's 400 and its field message, shown the same way.
      await wordsField.fill('Dijkgraaf, dijkgraaf');
      await add.click();
      await expect
        .poll(() => summary.textContent())
        .toContain('Woorden die elkaar moeten vinden: Geef minstens twee verschillende woorden.');
      expect(await isFocused(summary)).toBe(true);
      await expect(page.locator('#synonyms-words-error').textContent()).resolves.toContain(
        'Geef minstens twee verschillende woorden.',
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      // A word too long: the API names it by its place in the list (words.1); the page names the word.
      await wordsField.fill(`Dijkgraaf, ${'x'.repeat(61)}`);
      await add.click();
      await expect
        .poll(() => summary.textContent())
        .toContain(`Woorden die elkaar moeten vinden: ‘${'x'.repeat(30)}…’: Gebruik hoogstens 60 tekens.`);
      // The summary's link leads to the field.
      await summary.getByRole('link').click();
      expect(await isFocused(wordsField)).toBe(true);

      // Two words: added, said in a status line, listed, and the field is empty for the next group.
      await wordsField.fill(`Dijkgraaf, ${NEW_WORD}`);
      await wordsField.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `Toegevoegd: Dijkgraaf, ${NEW_WORD}.` })
        .waitFor();
      expect(await summary.count()).toBe(0);
      await expect(wordsField.inputValue()).resolves.toBe('');
      const row = page.getByRole('row').filter({ hasText: `dijkgraaf, ${NEW_WORD}` });
      await row.waitFor();
      // The search follows once the index has taken the new settings.
      await expect.poll(() => found(NEW_WORD), { timeout: 15_000 }).toContain(reeve.id);
      await checkAccessible(page);

      // Removing asks first, with focus on Cancel; the outcome then takes focus.
      await row.getByRole('button', { name: `Verwijderen (synoniemen dijkgraaf, ${NEW_WORD})` }).click();
      const dialog = page.getByRole('dialog', { name: `Wil je de synoniemen ‘dijkgraaf, ${NEW_WORD}’ verwijderen?` });
      await dialog.waitFor();
      expect(await isFocused(dialog.getByRole('button', { name: 'Annuleren' }))).toBe(true);
      await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
      const removed = page.getByText(`Verwijderd: dijkgraaf, ${NEW_WORD}.`);
      await removed.waitFor();
      expect(await isFocused(removed)).toBe(true);
      // Only the last outcome is said: "Added" made way for "Removed".
      expect(await page.getByText(`Toegevoegd: Dijkgraaf, ${NEW_WORD}.`).count()).toBe(0);
      await row.waitFor({ state: 'detached' });
      await page.getByText('Het alliantiebureau heeft nog geen eigen synoniemen toegevoegd.').waitFor();
      await expect.poll(() => found(NEW_WORD), { timeout: 15_000 }).not.toContain(reeve.id);
      expect(await apiGet<{ custom: unknown[] }>('/api/v1/search/synonyms')).toMatchObject({ custom: [] });

      // The rebuild: asked first; Escape changes nothing.
      const rebuild = page.getByRole('button', { name: 'Index opnieuw opbouwen' });
      await rebuild.click();
      const confirmation = page.getByRole('dialog', { name: 'Wil je de index opnieuw opbouwen?' });
      await confirmation.waitFor();
      await page.keyboard.press('Escape');
      await confirmation.waitFor({ state: 'hidden' });
      expect(await isFocused(rebuild)).toBe(true);
      await rebuild.click();
      await confirmation.getByRole('button', { name: 'Ja, opnieuw opbouwen' }).click();
      const outcome = page.locator('.search-reindex .notice');
      await outcome.waitFor();
      expect(await isFocused(outcome)).toBe(true);
      const text = (await outcome.textContent()) ?? '';
      const [, documents] =
        /^De index is opnieuw opgebouwd: ([\d.]+) documenten in \d+(,\d)? seconden\.$/.exec(text) ?? [];
      const health = await expectInOrder(page);
      expect(documents).toBe(number(health.searchableInDatabase));
      // The page reloaded its figures after the rebuild, but only a refresh asked for is announced.
      expect(await refreshed.textContent()).toBe(refreshedText);
      // The addition, the removal and the rebuild are in the audit log, newest first.
      const log = await apiGet<{ items: { action: string }[] }>('/api/v1/audit-log?action=search.');
      expect(log.items.map((entry) => entry.action)).toEqual([
        'search.reindexed',
        'search.synonyms_removed',
        'search.synonyms_added',
      ]);
      await checkAccessible(page);

      // A vacancy published while the worker has not run yet: the page names the backlog and the
      // difference (after a refresh), and is in order again once the queue is drained.
      const waiting = await createVacancy(portal.ctx.db, {
        organisationId: reeve.organisationId,
        title: 'Peilbeheerder',
      });
      await page.getByRole('button', { name: 'Opnieuw bekijken' }).click();
      await page.getByText('Let op:').waitFor();
      const behind = await expectFactsAsApi(page);
      expect(behind.outboxBacklog).toBeGreaterThan(0);
      expect(behind.searchableInDatabase).toBe(health.searchableInDatabase + 1);
      const attention = page.locator('.health-attention');
      await expect(attention.textContent()).resolves.toContain(
        `De index heeft ${number(health.searchableInDatabase)} documenten, de database ${number(behind.searchableInDatabase)} doorzoekbare vacatures.`,
      );
      await expect(attention.textContent()).resolves.toContain(
        behind.outboxBacklog === 1
          ? '1 wijziging wacht nog om in de index te komen.'
          : `${number(behind.outboxBacklog)} wijzigingen wachten nog om in de index te komen.`,
      );
      await checkAccessible(page);
      await portal.ctx.sync();
      expect(await found('Peilbeheerder')).toContain(waiting.id);
      await page.getByRole('button', { name: 'Opnieuw bekijken' }).click();
      await expectInOrder(page);

      // The English address: the same page in English, in the English navigation.
      await page.goto(`${portal.baseUrl}/en/coordination/search`);
      await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'State of the search index' }).waitFor();
      await page.getByText('All well: the index is up to date with the database.').waitFor();
      await expect(
        page
          .getByRole('navigation', { name: 'Coordination' })
          .getByRole('link', { name: 'Search' })
          .getAttribute('aria-current'),
      ).resolves.toBe('page');
      await checkAccessible(page);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'switches a built-in group off and on again by keyboard, and the search follows',
    async () => {
      expect(await found('KCC')).toContain(contactCentre.id);
      const page = await signInThroughPage(portal, coordinatorEmail, 'Aanmeldingen');
      await page.goto(`${portal.baseUrl}/coordinatie/zoeken`);
      const row = page.getByRole('row').filter({ hasText: 'kcc, klantcontactcentrum' });
      await expect(row.getByRole('cell').nth(1).textContent()).resolves.toContain('Aan');
      const switchOff = row.getByRole('button', { name: 'Uitzetten (synoniemen kcc, klantcontactcentrum)' });
      await switchOff.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Uitgezet: kcc, klantcontactcentrum.' }).waitFor();
      await expect(row.getByRole('cell').nth(1).textContent()).resolves.toContain('Uit');
      // The button keeps focus, now saying what it will do next.
      const switchOn = row.getByRole('button', { name: 'Aanzetten (synoniemen kcc, klantcontactcentrum)' });
      expect(await isFocused(switchOn)).toBe(true);
      await expect.poll(() => found('KCC'), { timeout: 15_000 }).not.toContain(contactCentre.id);
      expect(
        (await apiGet<{ builtIn: { id: string; active: boolean }[] }>('/api/v1/search/synonyms')).builtIn.find(
          (group) => group.id === 'kcc',
        ),
      ).toMatchObject({ active: false });
      await checkAccessible(page);

      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Aangezet: kcc, klantcontactcentrum.' }).waitFor();
      await expect.poll(() => found('KCC'), { timeout: 15_000 }).toContain(contactCentre.id);
      const log = await apiGet<{ items: { action: string; subjectId: string }[] }>('/api/v1/audit-log?action=search.');
      expect(log.items.slice(0, 2).map((entry) => [entry.action, entry.subjectId])).toEqual([
        ['search.synonyms_switched_on', 'kcc'],
        ['search.synonyms_switched_off', 'kcc'],
      ]);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );
});
