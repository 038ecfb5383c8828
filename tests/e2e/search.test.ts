/**
 * The job seeker's search in a real browser, on the seeded demo alliance: words, suggestions
 * as you type, combined facets, range filters, chips, the no-results help, back and forward,
 * opening a vacancy and coming back, switching language, and all of it by keyboard alone.
 * Every count on screen is checked against the API's answer for the same address.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { and, eq, or, type SQL } from 'drizzle-orm';
import {
  containsText,
  type EducationLevel,
  findableConditions,
  haversineKm,
  municipalityByName,
  organisations,
  vacancies,
} from '@samenwerven/db';
import { defaultSynonymGroups } from '@samenwerven/search';
import { browserAvailable } from '../support/browser.ts';
import { portalInBrowser, scriptsRunning } from '../support/portal-in-browser.ts';

const enabled = browserAvailable();
const STORY_TIMEOUT = 120_000;

interface Hit {
  id: string;
  title: string;
  organisation: { slug: string; name: string };
}

describe.skipIf(!enabled)('searching, in a real browser', () => {
  const portal = portalInBrowser({ vacancyCount: 160 });

  /** What the API answers for an address of the search page (`?…` without the page size). */
  async function api(search: string): Promise<{ total: number; hits: Hit[] }> {
    const params = new URLSearchParams(search);
    params.set('pageSize', '20');
    const response = await portal.ctx.app.inject(`/api/v1/vacancies?${params}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  async function openPage(path = '/', viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await portal.browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport });
    const page = await context.newPage();
    await page.goto(`${portal.baseUrl}${path}`);
    await page.locator('.result-count').waitFor();
    // The server's page shows at once; what a key does waits for the scripts to take it over. A
    // select changed before that changes only the field (a fresh-clone CI run on a busy machine).
    await scriptsRunning(page);
    await page.waitForLoadState('networkidle');
    return page;
  }

  const address = (page: Page) => new URL(page.url()).searchParams;
  /** The order the sort list shows as chosen, in words (the order nobody chose has no value). */
  const chosenSort = (page: Page) => page.locator('#search-sort option:checked').textContent();

  /**
   * The ids of the vacancies in the test's database that anyone may find (the findable rule)
   * and that `where` keeps, with where they are: what the search must find, known from the
   * seed rather than from the search itself.
   */
  async function findable(where?: SQL): Promise<{ id: string; latitude: number; longitude: number }[]> {
    return portal.ctx.db
      .select({ id: vacancies.id, latitude: vacancies.latitude, longitude: vacancies.longitude })
      .from(vacancies)
      .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
      .where(and(...findableConditions(new Date()), where));
  }

  /** The ids of a list of hits or rows, sorted, to compare as sets. */
  const idsOf = (items: { id: string }[]) => items.map((item) => item.id).sort();

  /** Waits until the page shows the results of its own address, and returns them as the API has them. */
  async function settled(page: Page): Promise<{ total: number; hits: Hit[] }> {
    await page.locator('.search-results:not(.is-updating)').waitFor();
    const expected = await api(new URL(page.url()).search);
    const words =
      expected.total === 0
        ? 'Geen vacatures gevonden'
        : expected.total === 1
          ? '1 vacature gevonden'
          : `${expected.total.toLocaleString('nl-NL')} vacatures gevonden`;
    // A change that left the count as it was says so ("Nog steeds …"), for the live region to speak;
    // a word left out or an unknown place is said after it.
    const still = `Nog steeds ${words.replace(/^Geen/, 'geen')}`;
    await expect
      .poll(() => page.locator('.result-count').textContent())
      .toMatch(new RegExp(`^(${words}|${still})( .+)?$`));
    const titles = await page.locator('ol.results li h2 a').allTextContents();
    expect(titles).toEqual(expected.hits.map((hit) => hit.title));
    return expected;
  }

  it(
    'finds by words typed and sent, and highlights them',
    async () => {
      const page = await openPage();
      await page.locator('#search-q').fill('beleidsadviseur');
      await page.locator('#search-q').press('Enter');
      await page.waitForURL(/q=beleidsadviseur/);
      const { total, hits } = await settled(page);
      // The demo names a job in its title, summary and text only: every vacancy whose title has
      // the word or one of its synonyms (beleidsmedewerker, beleidsambtenaar), and no other.
      const words = defaultSynonymGroups.find((group) => group.includes('beleidsadviseur'))!;
      const expected = await findable(or(...words.map((word) => containsText(vacancies.title, word))));
      expect(total).toBe(expected.length);
      // Fewer than a page of them, so the page shows them all.
      expect(idsOf(hits)).toEqual(idsOf(expected));
      // Each title on screen has the word it was found by marked.
      const marked = await page.locator('ol.results li h2 mark').allTextContents();
      expect(marked.map((text) => text.toLowerCase())).toEqual(
        hits.map((hit) => words.find((word) => hit.title.toLowerCase().includes(word))),
      );
      await expect.poll(() => page.title()).toContain('beleidsadviseur');
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'asks the API for the first page once: the early requests are reused, not repeated; not at all when the server rendered it',
    async () => {
      // As the browser alone renders the page (X-Render: client): the early requests start
      // before the app, and the app takes their answers.
      const context = await portal.browser.newContext({ locale: 'nl-NL', extraHTTPHeaders: { 'x-render': 'client' } });
      const page = await context.newPage();
      const asked: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        // The members' logos in the results come from the API too, as images: not requests for data.
        if (url.pathname.startsWith('/api/') && request.resourceType() !== 'image')
          asked.push(`${url.pathname}${url.search}`);
      });
      await page.goto(`${portal.baseUrl}/?category=ict&q=adviseur`);
      await settled(page);
      expect(asked.toSorted()).toEqual(
        ['/api/v1/taxonomies', '/api/v1/vacancies?q=adviseur&category=ict&pageSize=20'].toSorted(),
      );
      await context.close();

      // Rendered by the server: the page came with its data, and hydrating asks for nothing.
      const served = await portal.browser.newContext({ locale: 'nl-NL' });
      const servedPage = await served.newPage();
      const servedAsked: string[] = [];
      servedPage.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/api/') && request.resourceType() !== 'image') servedAsked.push(url.pathname);
      });
      await servedPage.goto(`${portal.baseUrl}/?category=ict&q=adviseur`);
      await settled(servedPage);
      await servedPage.waitForLoadState('networkidle');
      expect(servedAsked).toEqual([]);
      await served.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'suggests organisations, places and titles as you type, and picks one with the keyboard',
    async () => {
      const page = await openPage();
      const box = page.locator('#search-q');
      await box.pressSequentially('Tilb', { delay: 40 });
      const listbox = page.getByRole('listbox');
      await listbox.getByRole('option', { name: /Gemeente Tilburg/ }).waitFor();
      await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
      expect(await listbox.getByRole('option').allTextContents()).toContainEqual(
        expect.stringContaining('Vacatures in en rond Tilburg'),
      );
      // The list and its announcement hold what the API suggests for "Tilb", all of it.
      const suggested = (await portal.ctx.app.inject('/api/v1/suggestions?q=Tilb')).json<{ suggestions: unknown[] }>()
        .suggestions.length;
      await expect.poll(() => listbox.getByRole('option').count()).toBe(suggested);
      await expect
        .poll(() => page.locator('.search-box [role="status"]').textContent())
        .toBe(`${suggested} suggesties. Kies met pijltje omlaag en Enter.`);

      await box.press('ArrowDown');
      const activeId = await box.getAttribute('aria-activedescendant');
      expect(await page.locator(`[id="${activeId}"]`).textContent()).toContain('Gemeente Tilburg');
      await box.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('organisation') === 'gemeente-tilburg');
      expect(address(page).get('q')).toBeNull();
      const { total, hits } = await settled(page);
      const tilburgs = await findable(eq(organisations.slug, 'gemeente-tilburg'));
      expect(total).toBe(tilburgs.length);
      expect(idsOf(hits)).toEqual(idsOf(tilburgs));
      await page.getByRole('link', { name: 'Verwijder filter: Organisatie: Gemeente Tilburg' }).waitFor();
      expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);

      // Escape closes the list without choosing; a title suggestion searches for that title.
      await box.pressSequentially('archiv', { delay: 40 });
      // Never the list for "Tilb" while the answer for "archiv" is on its way.
      await listbox.getByRole('option').first().waitFor();
      for (const label of await listbox.locator('.suggestion-label').allTextContents()) {
        expect(label.toLowerCase()).toContain('archiv');
      }
      await box.press('Escape');
      await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
      expect(address(page).get('q')).toBeNull();
      await box.press('ArrowDown');
      const title = (await page
        .locator(`[id="${await box.getAttribute('aria-activedescendant')}"] .suggestion-label`)
        .textContent())!;
      await box.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === title);
      await settled(page);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'keeps an "at least" option that finds nothing in its group, so the arrow keys can come back to it',
    async () => {
      // A shared link with a value none of the choices has, and that nothing meets.
      const page = await openPage('/?scaleMin=18');
      expect((await settled(page)).total).toBe(0);
      const group = page.locator('[data-facet="scaleMin"]');
      const highest = group.locator('input[value="18"]');
      expect(await highest.isChecked()).toBe(true);
      await highest.focus();
      await page.keyboard.press('ArrowUp');
      await page.waitForURL((url) => url.searchParams.get('scaleMin') === '12');
      await settled(page);
      // Not chosen any more and counting 0, it is still there, with its count.
      await expect(group.locator('label[for$="-18"] .facet-count').textContent()).resolves.toMatch(/\b0\b/);
      await page.keyboard.press('ArrowDown');
      await page.waitForURL((url) => url.searchParams.get('scaleMin') === '18');
      expect(await highest.isChecked()).toBe(true);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'combines facets, shows them as chips, and goes back and forward through them',
    async () => {
      const page = await openPage();
      // Unfiltered, the home page shows every findable vacancy.
      expect((await settled(page)).total).toBe((await findable()).length);
      const category = page.locator('[data-facet="category"] input').first();
      const categoryValue = (await category.getAttribute('value'))!;
      await category.check();
      await page.waitForURL((url) => url.searchParams.get('category') === categoryValue);
      const one = await settled(page);
      expect(one.total).toBe((await findable(eq(vacancies.categoryCode, categoryValue))).length);

      const level = page.locator('[data-facet="educationLevel"] input').first();
      const levelValue = (await level.getAttribute('value'))!;
      await level.check();
      await page.waitForURL((url) => url.searchParams.get('educationLevel') === levelValue);
      const two = await settled(page);
      expect(two.total).toBe(
        (
          await findable(
            and(eq(vacancies.categoryCode, categoryValue), eq(vacancies.educationLevel, levelValue as EducationLevel)),
          )
        ).length,
      );
      expect(await page.locator('.chips a.chip').count()).toBe(2);

      // "At least 32 hours": the count beside it is what choosing it finds.
      const hours = page.locator('[data-facet="hoursMin"] label', { hasText: 'minimaal 32 uur' });
      const promised = Number((await hours.locator('.facet-count').textContent())!.replace(/\D/g, ''));
      await hours.click();
      await page.waitForURL((url) => url.searchParams.get('hoursMin') === '32');
      expect((await settled(page)).total).toBe(promised);

      await page.goBack();
      await page.waitForURL((url) => !url.searchParams.has('hoursMin'));
      expect((await settled(page)).total).toBe(two.total);
      expect(await page.locator('[data-facet="hoursMin"] input[value=""]').isChecked()).toBe(true);
      await page.goBack();
      await page.waitForURL((url) => !url.searchParams.has('educationLevel'));
      expect((await settled(page)).total).toBe(one.total);
      expect(await level.isChecked()).toBe(false);
      await page.goForward();
      await page.waitForURL((url) => url.searchParams.get('educationLevel') === levelValue);
      expect((await settled(page)).total).toBe(two.total);
      expect(await level.isChecked()).toBe(true);

      // Removing a chip removes that filter only, and focus moves to the next chip.
      const chip = page.locator('.chips a.chip').first();
      const chipName = (await chip.textContent())!;
      await chip.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.searchParams.has('category'));
      expect(address(page).get('educationLevel')).toBe(levelValue);
      await settled(page);
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      expect(focused).not.toBe(chipName);
      expect(focused).toContain('Verwijder filter');

      // The last chip: focus goes to the result count, never lost to the page.
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.searchParams.has('educationLevel'));
      await settled(page);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('resultaten');
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'searches around a place, and says so when it does not know the place',
    async () => {
      const page = await openPage();
      await page.getByLabel('Plaats of postcode').fill('Tilburg');
      await page.getByLabel('Binnen').selectOption('10');
      await page.getByLabel('Plaats of postcode').press('Enter');
      await page.waitForURL((url) => url.searchParams.get('near') === 'Tilburg');
      expect(address(page).get('radiusKm')).toBe('10');
      const { total } = await settled(page);
      const tilburg = municipalityByName('Tilburg')!;
      // The findable ones within 10 km of Tilburg's centre, measured as Meilisearch does (great circle).
      expect(total).toBe((await findable()).filter((vacancy) => haversineKm(tilburg, vacancy) <= 10).length);
      await page.getByRole('link', { name: 'Verwijder filter: Binnen 10 km van Tilburg' }).waitFor();
      // Around a place without words the results come nearest first, and the list says so (it said relevance).
      expect(await chosenSort(page)).toBe('Afstand');
      // Enter kept the keyboard where it was (the field was remounted, and the focus went to the page).
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-near');
      // So does choosing the radius with the arrow keys, one step after the other (a keyboard walk:
      // the list was remounted by each choice, and the second arrow went to the page).
      await page.getByLabel('Binnen').focus();
      await page.keyboard.press('ArrowDown');
      await page.waitForURL((url) => url.searchParams.get('radiusKm') === '15');
      await settled(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-radius');
      await page.keyboard.press('ArrowDown');
      await page.waitForURL((url) => url.searchParams.get('radiusKm') === '25');
      await settled(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-radius');
      await page.getByRole('link', { name: 'Verwijder filter: Binnen 25 km van Tilburg' }).waitFor();

      // Words typed there bring the best match back: the nearest first the list showed was nobody's
      // choice, and is not sent with them (it was, and kept the nearest first).
      await page.locator('#search-q').fill('beleid');
      await page.locator('#search-q').press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === 'beleid');
      expect(address(page).has('sort')).toBe(false);
      await settled(page);
      expect(await chosenSort(page)).toBe('Beste resultaat');
      await page.locator('#search-q').fill('');
      await page.locator('#search-q').press('Enter');
      await page.waitForURL((url) => !url.searchParams.has('q'));
      await settled(page);
      expect(await chosenSort(page)).toBe('Afstand');
      // And the best match can be chosen around a place without words (the address left it out as
      // the default, and the API gave the nearest first again).
      await page.locator('#search-sort').selectOption({ label: 'Beste resultaat' });
      await page.waitForURL((url) => url.searchParams.get('sort') === 'relevance');
      const best = await settled(page);
      const nearest = await api('?near=Tilburg&radiusKm=25');
      expect(best.hits.map((hit) => hit.id)).not.toEqual(nearest.hits.map((hit) => hit.id));
      expect(await chosenSort(page)).toBe('Beste resultaat');

      // A place it does not know: the field keeps what was typed, and the count says why.
      await page.getByLabel('Plaats of postcode').fill('Nergenshuizen');
      await page.getByLabel('Plaats of postcode').press('Enter');
      await page.locator('.result-count', { hasText: 'Nergenshuizen' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-near');
      expect(await page.getByLabel('Plaats of postcode').inputValue()).toBe('Nergenshuizen');

      // A value from a shared link that is none of the offered choices stays when another filter is ticked.
      await page.goto(`${portal.baseUrl}/?scaleMin=9&salaryMin=2750`);
      await scriptsRunning(page);
      await page.locator('[data-facet="scaleMin"] input[value="9"]:checked').waitFor();
      await page.locator('[data-facet="category"] input').first().check();
      await page.waitForURL((url) => url.searchParams.has('category'));
      expect(address(page).get('scaleMin')).toBe('9');
      expect(address(page).get('salaryMin')).toBe('2750');

      await page.goto(`${portal.baseUrl}/?near=Atlantis&category=ict`);
      await page.locator('.notice', { hasText: 'Atlantis' }).waitFor();
      expect(await page.getByLabel('Plaats of postcode').getAttribute('aria-invalid')).toBe('true');
      // The rest of the search still works: the ICT vacancies at any distance.
      expect(await page.locator('.result-count').textContent()).toContain(String((await api('?category=ict')).total));
      // Nearest first from a place it does not know: the list says the order the results have.
      await page.goto(`${portal.baseUrl}/?near=Atlantis&category=ict&sort=distance`);
      await page.locator('.notice', { hasText: 'Atlantis' }).waitFor();
      expect(await chosenSort(page)).toBe('Beste resultaat');
      expect(await page.locator('#search-sort option', { hasText: 'Afstand' }).count()).toBe(0);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'reads a place typed among the words as a place: the words as text, the place as the distance filter',
    async () => {
      const page = await openPage();
      const box = page.locator('#search-q');
      await box.fill('beleidsadviseur Den Bosch');
      await box.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('near') === "'s-Hertogenbosch");
      expect(address(page).get('q')).toBe('beleidsadviseur');
      expect(address(page).get('radiusKm')).toBe('25');
      await page.getByRole('link', { name: "Verwijder filter: Binnen 25 km van 's-Hertogenbosch" }).waitFor();
      await expect(box.inputValue()).resolves.toBe('beleidsadviseur');
      const { total } = await settled(page);
      expect(total).toBe((await api(`?q=beleidsadviseur&near=GM0796&radiusKm=25`)).total);

      // A first word that finds nothing together with the rest is left out, and said so, also
      // once the place has moved into its filter (a search review: the notice was lost there).
      await page.goto(`${portal.baseUrl}/?q=jeugdarts+beleidsadviseur+Den+Bosch`);
      await page.waitForURL((url) => url.searchParams.get('q') === 'jeugdarts beleidsadviseur');
      expect(address(page).get('near')).toBe("'s-Hertogenbosch");
      await page.locator('.notice', { hasText: 'Met ‘jeugdarts’ erbij vonden we geen vacatures' }).waitFor();
      // Said with the count too: the notice is not read out when the results change.
      await expect(page.locator('.result-count').textContent()).resolves.toContain('Met ‘jeugdarts’ erbij');
      expect((await settled(page)).total).toBe(total);

      // A postcode among the words is the place too, named with its town (a review: "jurist 5038").
      await page.goto(`${portal.baseUrl}/?q=beleidsadviseur+5211`);
      await page.waitForURL((url) => url.searchParams.get('near') === '5211');
      expect(address(page).get('q')).toBe('beleidsadviseur');
      await page.getByRole('link', { name: "Verwijder filter: Binnen 25 km van 5211 ('s-Hertogenbosch)" }).waitFor();
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'proposes leaving out a filter when nothing is found, with what that would find',
    async () => {
      // An organisation and a category that have no open vacancy in common.
      const { rows } = await portal.ctx.pool.query<{ slug: string; code: string }>(
        `SELECT o.slug, c.code FROM organisations o CROSS JOIN (SELECT DISTINCT category_code AS code FROM vacancies) c
          WHERE o.state = 'active' AND o.is_coordinating_body = false
            AND EXISTS (SELECT 1 FROM vacancies v WHERE v.organisation_id = o.id AND v.state = 'published')
            AND NOT EXISTS (SELECT 1 FROM vacancies v WHERE v.organisation_id = o.id AND v.category_code = c.code)
          ORDER BY o.slug, c.code LIMIT 1`,
      );
      const { slug, code } = rows[0]!;
      const page = await openPage(`/?organisation=${slug}&category=${code}`);
      await page.locator('.result-count', { hasText: 'Geen vacatures gevonden' }).waitFor();
      const options = page.locator('.relaxations li');
      expect(await options.count()).toBe(2);
      const withoutCategory = options.filter({ hasText: 'Vakgebied' });
      const promised = Number((await withoutCategory.locator('.facet-count').textContent())!.replace(/\D/g, ''));
      expect(promised).toBe((await api(`?organisation=${slug}`)).total);
      await withoutCategory.getByRole('link').click();
      await page.waitForURL((url) => !url.searchParams.has('category'));
      expect((await settled(page)).total).toBe(promised);

      // Words that find nothing: leaving them out is said as such.
      await page.goto(page.url().replace(/\?.*$/, '?q=xqzwvbrt'));
      await page.locator('.result-count', { hasText: 'Geen vacatures gevonden' }).waitFor();
      await expect(page.locator('.relaxations li a').first().textContent()).resolves.toBe(
        'Zonder de zoekwoorden ‘xqzwvbrt’',
      );
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'opens a vacancy and comes back to the same search; switches language keeping the search',
    async () => {
      const page = await openPage('/?category=ict&sort=newest');
      const { hits } = await settled(page);
      await page.locator('ol.results li h2 a').first().click();
      await page.getByRole('heading', { level: 1, name: hits[0]!.title }).waitFor();
      expect(page.url()).toContain(`/vacatures/${hits[0]!.id}`);
      await page.getByRole('link', { name: 'Terug naar zoeken' }).click();
      await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('category') === 'ict');
      expect(address(page).get('sort')).toBe('newest');
      await settled(page);

      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL((url) => url.pathname === '/en/' || url.pathname === '/en');
      expect(address(page).get('category')).toBe('ict');
      await page.getByRole('heading', { level: 1, name: 'Public sector jobs in the region' }).waitFor();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      const { total } = await api('?category=ict');
      await expect.poll(() => page.locator('.result-count').textContent()).toBe(`${total} vacancies found`);
      expect(await page.locator('[data-facet="category"] legend').textContent()).toBe('Field of work');
      await page.getByRole('link', { name: 'Nederlands' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
      await page.getByRole('heading', { level: 1, name: 'Vacatures bij de overheid in de regio' }).waitFor();
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'says the count anew when a change leaves it as it was: a live region is read only when its text changes',
    async () => {
      const page = await openPage('/?q=adviseur');
      const { total } = await settled(page);
      const count = page.locator('.result-count');
      const plain = `${total.toLocaleString('nl-NL')} vacatures gevonden`;
      expect(await count.textContent()).toBe(plain);
      await page.locator('#search-sort').selectOption('newest');
      await expect.poll(() => count.textContent()).toBe(`Nog steeds ${plain}`);
      expect(await count.getAttribute('role')).toBe('status');
      await page.locator('#search-sort').selectOption('closing');
      await expect.poll(() => count.textContent()).toBe(plain);
      await page.locator('#search-sort').selectOption('salary');
      await expect.poll(() => count.textContent()).toBe(`Nog steeds ${plain}`);
      // Another page of the same search is no new search: the count as it is, not "still" (a
      // job seeker's walk saw it on every page after a sort).
      await page.getByRole('link', { name: 'Volgende' }).first().click();
      await page.waitForURL((url) => url.searchParams.get('page') === '2');
      await page.locator('.search-results:not(.is-updating)').waitFor();
      expect(await count.textContent()).toBe(plain);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'takes the order chosen with the arrow keys as one step back in the history, not one per press',
    async () => {
      const page = await openPage('/?q=adviseur');
      await settled(page);
      await page.locator('#search-sort').focus();
      await page.keyboard.press('ArrowDown');
      await page.waitForURL((url) => url.searchParams.has('sort'));
      const first = address(page).get('sort');
      await page.keyboard.press('ArrowDown');
      await page.waitForURL((url) => url.searchParams.get('sort') !== first);
      await settled(page);
      await page.goBack();
      await page.waitForURL((url) => !url.searchParams.has('sort'));
      expect(address(page).get('q')).toBe('adviseur');
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'puts focus back on the vacancy a keyboard user opened when they go back to the results',
    async () => {
      const page = await openPage('/?q=adviseur');
      await settled(page);
      const third = page.locator('ol.results li h2 a').nth(2);
      const href = (await third.getAttribute('href'))!;
      await third.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForURL((url) => url.pathname === new URL(href, url).pathname);
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('q') === 'adviseur');
      // Not <main>, from where the next Tab led to the search box at the top.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id))
        .toBe(href);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('ol.results') !== null)).toBe(true);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'searches once for the choice the arrow keys stop at in a radio group, not at every step',
    async () => {
      const page = await openPage('/?q=adviseur');
      await settled(page);
      const searches: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/api/v1/vacancies') searches.push(request.url());
      });
      await page.locator('#facet-hoursMin-any').focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      await page.waitForURL((url) => url.searchParams.has('hoursMin'));
      await settled(page);
      const stoppedAt = await page.locator('[data-facet="hoursMin"] input:checked').getAttribute('value');
      expect(address(page).get('hoursMin')).toBe(stoppedAt);
      expect(searches.map((url) => new URL(url).searchParams.get('hoursMin'))).toEqual([stoppedAt]);
      // Focus stays on the choice, and one step back in the history is the search before.
      await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe(stoppedAt);
      await page.goBack();
      await page.waitForURL((url) => !url.searchParams.has('hoursMin'));
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'can be used with the keyboard alone: skip link, words, a filter, paging, a vacancy',
    async () => {
      const page = await openPage();
      const focusedIs = (selector: string) =>
        page.evaluate((s) => document.activeElement === document.querySelector(s), selector);
      /** Presses Tab until the selector has focus; fails after `max` presses. */
      async function tabTo(selector: string, max = 40): Promise<void> {
        for (let i = 0; i < max; i++) {
          await page.keyboard.press('Tab');
          if (await focusedIs(selector)) return;
        }
        throw new Error(`Tab never reached ${selector}`);
      }

      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
      await page.keyboard.press('Enter');
      expect(await focusedIs('main')).toBe(true);
      await tabTo('#search-q');
      await page.keyboard.type('adviseur');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === 'adviseur');
      await settled(page);

      // The first category checkbox, ticked with the space bar.
      await tabTo('[data-facet="category"] input');
      await page.keyboard.press('Space');
      await page.waitForURL((url) => url.searchParams.has('category'));
      await settled(page);
      expect(await focusedIs('[data-facet="category"] input')).toBe(true);

      await page.goto(`${portal.baseUrl}/`);
      await page.locator('.result-count').waitFor();
      await scriptsRunning(page);
      await tabTo('#naar-resultaten');
      await page.keyboard.press('Enter');
      await tabTo('.pagination-next a', 80);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('page') === '2');
      await page.locator('.pagination-current', { hasText: 'Pagina 2' }).waitFor();
      // Focus on the new page's count (where "Direct naar de resultaten" leads), not the top of
      // the page: past the order and the alert link, the first result.
      await expect.poll(() => focusedIs('.result-count')).toBe(true);
      await tabTo('ol.results li h2 a', 3);
      const title = await page.evaluate(() => document.activeElement?.textContent);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: title! }).waitFor();
      await page.context().close();
    },
    STORY_TIMEOUT,
  );

  it(
    'brings the focus to what went wrong when a filter’s search fails, not to the start of the page',
    async () => {
      const page = await openPage('/?q=beleid');
      // The search fails from now on (a WCAG review: focus fell to the page's start, 2.4.3).
      await page.route('**/api/v1/vacancies?**', (route) =>
        route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'internal', message: 'Internal Server Error' } }),
        }),
      );
      const filter = page.getByRole('checkbox', { name: /^HBO/ });
      await filter.focus();
      await page.keyboard.press('Space');
      const heading = page.getByRole('heading', { level: 1, name: 'Er ging iets mis' });
      await heading.waitFor();
      await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.context().close();
    },
    STORY_TIMEOUT,
  );
});
