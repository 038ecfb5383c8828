/**
 * E-mail alerts in a real browser (issue 15): a guest makes an alert from a search with
 * filters with the keyboard alone (after being told what was missing), reads the confirmation
 * mail, follows its link and sees the alert on; a signed-in job seeker makes one that is saved
 * at once and manages it on the account page (how often, run it, stop it); the links in an
 * alert mail open the address's alerts (how often, stop all) and unsubscribe with one button.
 * The alert mail itself is made by the alert job (its own tests are in tests/api/alerts.test.ts):
 * here it only supplies the links. Axe on every new page at 1280 and 320 px, where nothing may
 * need sideways scrolling.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Organisation } from '@samenwerven/db';
import { keepToken, runAlerts } from '@samenwerven/server';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { createOrganisation, createUser, createVacancy } from '../support/factories.ts';
import type { ReceivedMail } from '../support/mail.ts';
import { openPage, signInThroughPage, VIEWPORTS } from '../support/portal-in-browser.ts';
import { portalWithMail } from '../support/portal-with-mail.ts';

const enabled = browserAvailable();
/** A whole story, with axe runs: more than the default 30 s on a busy machine. */
const STORY_TIMEOUT = 180_000;

const isFocused = (locator: Locator) => locator.evaluate((element) => element === element.ownerDocument.activeElement);

/** How far the page is wider than the window: 0 when it reflows. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** What has focus: its id, or its text when it has none. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.id || element?.textContent?.trim() || '';
  });

/** Tabs from where focus is until `target` (an id or a text) has it, as a keyboard user would. */
async function tabTo(page: Page, target: string, most = 150): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === target) return;
  }
  throw new Error(`"${target}" was not reached with Tab`);
}

async function axeAtBothSizes(page: Page, what: string) {
  for (const viewport of Object.values(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    expect(await accessibilityViolations(page), `${what} at ${viewport.width}px`).toEqual([]);
    expect(await overflow(page), `${what} at ${viewport.width}px`).toBe(0);
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

/** The page path (and fragment) of the first link in a mail that leads to `path`. */
function linkIn(mail: ReceivedMail, path: string): string {
  const escaped = path.replace(/[/?#]/g, (c) => `\\${c}`);
  const match = new RegExp(`https?://[^\\s"<>]+${escaped}[^\\s"<>)]+`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}${url.hash}`;
}

describe.skipIf(!enabled)('e-mail alerts, in a real browser', () => {
  let organisation: Organisation;
  let seeker: Awaited<ReturnType<typeof createUser>>;
  const guest = 'fleur.alert@example.nl';
  const portal = portalWithMail({
    seed: async (ctx) => {
      organisation = await createOrganisation(ctx.db, { name: 'Gemeente Proefstad' });
      await createVacancy(ctx.db, { organisation, title: 'Adviseur informatiebeveiliging', categoryCode: 'ict' });
      await createVacancy(ctx.db, { organisation, title: 'Adviseur wonen', categoryCode: 'beleid' });
      seeker = await createUser(ctx.db, { role: 'job_seeker', name: 'Sem Zoeker' });
      await ctx.sync();
    },
  });

  const alertsOf = async (email: string) =>
    (
      await portal.ctx.pool.query<{ id: string; name: string; query: string; frequency: string }>(
        'SELECT id, name, query, frequency FROM search_alerts WHERE lower(email) = lower($1) ORDER BY created_at',
        [email],
      )
    ).rows;

  it(
    'makes an alert of a search with filters by keyboard, mails a confirmation and is on after its link',
    async () => {
      const page = await openPage(portal, '/?q=adviseur&category=ict');
      await page.getByRole('status').filter({ hasText: '1 vacature gevonden' }).waitFor();
      await page.screenshot({ path: '/tmp/alert-search-link.png' });

      // From the search to its alert, with the keyboard alone.
      await tabTo(page, 'Maak een e-mailalert');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Maak een e-mailalert' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/alert/nieuw');
      expect(new URL(page.url()).searchParams.get('category')).toBe('ict');
      const search = page.getByRole('region', { name: 'Je zoekopdracht' });
      await expect(search.textContent()).resolves.toContain('‘adviseur’');
      await expect(search.textContent()).resolves.toContain('Vakgebied: ICT');
      const name = page.getByLabel('Naam van de alert');
      await expect(name.inputValue()).resolves.toBe('‘adviseur’, vakgebied: ICT en informatievoorziening');
      await expect(page.getByRole('link', { name: 'Terug naar de zoekresultaten' }).getAttribute('href')).resolves.toBe(
        '/?q=adviseur&category=ict',
      );
      await axeAtBothSizes(page, 'the new alert form');
      await page.screenshot({ path: '/tmp/alert-new-nl-desktop.png', fullPage: true });
      await page.setViewportSize(VIEWPORTS.narrow);
      await page.screenshot({ path: '/tmp/alert-new-nl-narrow.png', fullPage: true });
      await page.setViewportSize(VIEWPORTS.desktop);

      // Name, how often (a radio group: arrows choose), the address; the bots' field is never reached.
      await tabTo(page, 'alert-name');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('alert-frequency-daily');
      await page.keyboard.press('ArrowDown');
      expect(await focused(page)).toBe('alert-frequency-weekly');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('alert-email');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('E-mailalert maken');

      // Sent without an address: the summary takes focus and links to the field.
      await page.keyboard.press('Enter');
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      expect(await isFocused(summary)).toBe(true);
      await expect(summary.getByRole('link', { name: 'E-mailadres: Vul je e-mailadres in.' }).count()).resolves.toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await focused(page)).toBe('alert-email');
      await page.keyboard.type(guest);
      // The language switch asks before what was typed is lost (it was lost unasked: a walk on a phone).
      await page.getByRole('link', { name: 'English' }).click();
      const leave = page.getByRole('dialog', { name: 'E-mailalert nog niet gemaakt' });
      await leave.waitFor();
      await page.keyboard.press('Escape');
      await leave.waitFor({ state: 'hidden' });
      expect(new URL(page.url()).pathname).toBe('/alert/nieuw');
      expect(await page.getByLabel('E-mailadres').inputValue()).toBe(guest);
      await page.getByLabel('E-mailadres').focus();
      await page.keyboard.press('Enter');

      const sent = page.getByRole('region', { name: 'Bevestig je e-mailadres' });
      await sent.waitFor();
      expect(await isFocused(sent)).toBe(true);
      await expect(sent.textContent()).resolves.toContain(`bevestigingsmail gestuurd naar ${guest}`);
      await expect(sent.textContent()).resolves.toContain('Tot je dat doet, sturen we niets');
      await axeAtBothSizes(page, 'the alert sent');
      await page.screenshot({ path: '/tmp/alert-sent-nl.png', fullPage: true });
      const [made] = await alertsOf(guest);
      expect(made).toMatchObject({ frequency: 'weekly', name: '‘adviseur’, vakgebied: ICT en informatievoorziening' });
      expect(new URLSearchParams(made!.query).get('category')).toBe('ict');
      expect(new URLSearchParams(made!.query).get('q')).toBe('adviseur');

      // The confirmation mail's link switches it on; its token leaves the address bar.
      await portal.ctx.deliverMail();
      const confirmation = await portal.mail.waitFor(guest);
      const link = linkIn(confirmation, '/alert/bevestigen#token=');
      const confirmed = await openPage(portal, link);
      // Opening the link only shows the alert: its owner switches it on, knowing what it is.
      await confirmed.getByRole('heading', { level: 1, name: 'E-mailalert bevestigen' }).waitFor();
      expect(new URL(confirmed.url()).hash).toBe('');
      await expect(confirmed.locator('dl.facts').textContent()).resolves.toContain('Wekelijks');
      const before = await portal.ctx.pool.query('SELECT confirmed_at FROM search_alerts WHERE email = $1', [guest]);
      expect(before.rows).toEqual([{ confirmed_at: null }]);
      await axeAtBothSizes(confirmed, 'the alert before confirming');
      await confirmed.screenshot({ path: '/tmp/alert-to-confirm-nl.png', fullPage: true });
      await confirmed.getByRole('button', { name: 'E-mailalert aanzetten' }).click();
      await confirmed.getByRole('heading', { level: 1, name: 'Je e-mailalert staat aan' }).waitFor();
      expect(await isFocused(confirmed.getByRole('heading', { level: 1 }))).toBe(true);
      const facts = await confirmed.locator('dl.facts').textContent();
      expect(facts).toContain('‘adviseur’, vakgebied: ICT en informatievoorziening');
      expect(facts).toContain('Wekelijks');
      const run = confirmed.getByRole('link', { name: 'Bekijk de vacatures die nu bij deze zoekopdracht passen' });
      const runs = new URL((await run.getAttribute('href'))!, portal.baseUrl);
      expect(runs.pathname).toBe('/');
      expect(runs.searchParams.get('category')).toBe('ict');
      expect(runs.searchParams.get('q')).toBe('adviseur');
      // A reload still shows it (without the token in the address).
      await confirmed.reload();
      await confirmed.getByRole('heading', { level: 1, name: 'Je e-mailalert staat aan' }).waitFor();
      await axeAtBothSizes(confirmed, 'the confirmed alert');
      await confirmed.screenshot({ path: '/tmp/alert-confirmed-nl.png', fullPage: true });
      await run.click();
      await confirmed.getByRole('link', { name: 'Adviseur informatiebeveiliging' }).waitFor();
      // From the confirmation, not only from a later alert mail, the guest can change it.
      await confirmed.goBack();
      await confirmed.getByRole('link', { name: 'Je e-mailalerts nu aanpassen of stoppen' }).click();
      await confirmed.getByRole('heading', { level: 1, name: 'Mijn e-mailalerts' }).waitFor();
      await expect(confirmed.locator('main').textContent()).resolves.toContain(
        '‘adviseur’, vakgebied: ICT en informatievoorziening',
      );
      expect(new URL(confirmed.url()).hash).toBe('');
      // Another link opened in this tab changes only the fragment: the page is for that link now,
      // not the one before (a job seeker's walk stopped another address's alerts from this list).
      await confirmed.evaluate(() => {
        window.location.hash = 'sleutel=niet-de-goede-sleutel';
      });
      await confirmed.getByRole('heading', { level: 2, name: 'Deze link werkt niet' }).waitFor();
      await expect(confirmed.getByRole('region', { name: 'Je alerts' }).count()).resolves.toBe(0);
      await confirmed.goto(`${portal.baseUrl}${link}`);
      await confirmed.getByRole('heading', { level: 1, name: 'Je e-mailalert staat aan' }).waitFor();
      await confirmed.evaluate(() => {
        window.location.hash = 'token=geen-geldige-link';
      });
      await confirmed.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();

      // A wrong or old link explains itself, in English too.
      const wrong = await openPage(portal, '/en/alert/confirm#token=not-a-token');
      await wrong.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
      await axeAtBothSizes(wrong, 'a wrong confirmation link');

      // Half a year on, the alert asks whether to keep it: the link in that mail keeps it.
      const [{ id }] = (await portal.ctx.pool.query('SELECT id FROM search_alerts WHERE email = $1', [guest])).rows;
      const keep = await openPage(portal, `/alert/houden#token=${keepToken(portal.ctx.config.JWT_SECRET, id)}`);
      await keep.getByRole('heading', { level: 1, name: 'Je e-mailalert blijft aan' }).waitFor();
      expect(new URL(keep.url()).hash).toBe('');
      expect(await keep.locator('dl.facts').textContent()).toContain('Wekelijks');
      await axeAtBothSizes(keep, 'the kept alert');
      const wrongKeep = await openPage(portal, '/en/alert/keep#token=not-a-token');
      await wrongKeep.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();

      // A sound link of an alert stopped since says so: it said the link had expired or was not copied whole.
      const stoppedAlert = '00000000-0000-4000-8000-000000000001';
      const stopped = await openPage(
        portal,
        `/alert/houden#token=${keepToken(portal.ctx.config.JWT_SECRET, stoppedAlert)}`,
      );
      await stopped.getByRole('heading', { level: 1, name: 'Deze e-mailalert is gestopt' }).waitFor();
      await stopped.getByText('Maak dan een nieuwe alert aan vanaf de zoekpagina.').waitFor();
      await axeAtBothSizes(stopped, 'a stopped alert’s link');
    },
    STORY_TIMEOUT,
  );

  it(
    'saves a signed-in job seeker’s search at once and manages it on the account page',
    async () => {
      const page = await signInThroughPage(portal, seeker.email, 'Mijn account');
      await page.goto(`${portal.baseUrl}/en/?category=beleid`);
      await page.getByRole('link', { name: 'Create an e-mail alert' }).click();
      await page.getByRole('heading', { level: 1, name: 'Create an e-mail alert' }).waitFor();
      await expect(page.locator('main').textContent()).resolves.toContain(`We will e-mail ${seeker.email}`);
      await expect(page.getByLabel('E-mail address').count()).resolves.toBe(0);
      await axeAtBothSizes(page, 'the new alert form, signed in');
      await page.getByLabel('Instant: as soon as there are new vacancies').check();
      await page.getByLabel('Name of the alert').fill('Policy jobs');
      await page.getByRole('button', { name: 'Create e-mail alert' }).click();
      const saved = page.getByRole('region', { name: 'Your search has been saved' });
      await saved.waitFor();
      expect(await isFocused(saved)).toBe(true);
      await expect(alertsOf(seeker.email)).resolves.toMatchObject([
        { name: 'Policy jobs', frequency: 'instant', query: 'category=beleid' },
      ]);

      // To the account page, in Dutch: the saved search with its count, how often and a link that runs it.
      await saved.getByRole('link', { name: 'See and manage your saved searches on your account page' }).click();
      await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
      const account = page;
      await account.goto(`${portal.baseUrl}/account`);
      await account.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
      const section = account.getByRole('region', { name: 'Bewaarde zoekopdrachten' });
      const card = section.getByRole('listitem').filter({ hasText: 'Policy jobs' });
      await card.waitFor();
      await expect(card.textContent()).resolves.toContain('Geen nieuwe vacatures sinds je laatste bezoek');
      await axeAtBothSizes(account, 'the account page with a saved search');
      await account.screenshot({ path: '/tmp/alert-account-nl.png', fullPage: true });
      await account.setViewportSize(VIEWPORTS.narrow);
      await account.screenshot({ path: '/tmp/alert-account-nl-narrow.png', fullPage: true });
      await account.setViewportSize(VIEWPORTS.desktop);

      // How often: chosen, then saved with its button; the outcome takes focus.
      await card.getByLabel('Hoe vaak').selectOption('daily');
      await card.getByRole('button', { name: 'Opslaan (Policy jobs)' }).click();
      const savedNotice = account.getByText('‘Policy jobs’ is opgeslagen: dagelijks.');
      await savedNotice.waitFor();
      expect(await isFocused(savedNotice)).toBe(true);
      await expect(alertsOf(seeker.email)).resolves.toMatchObject([{ frequency: 'daily' }]);
      await expect(card.getByLabel('Hoe vaak').inputValue()).resolves.toBe('daily');
      // An account's saved search may also be kept without any mail.
      await card.getByLabel('Hoe vaak').selectOption({ label: 'Geen e-mail (alleen bewaren)' });
      await card.getByRole('button', { name: 'Opslaan (Policy jobs)' }).click();
      await account.getByText('‘Policy jobs’ is opgeslagen: geen e-mail.').waitFor();
      await expect(alertsOf(seeker.email)).resolves.toMatchObject([{ frequency: 'none' }]);

      // Running it opens the search and tells the API it was visited.
      const visit = account.waitForRequest(
        (request) => request.method() === 'POST' && /\/api\/v1\/me\/alerts\/[^/]+\/visit$/.test(request.url()),
      );
      await card.getByRole('link', { name: 'Bekijk de vacatures (Policy jobs)' }).click();
      await visit;
      await account.getByRole('link', { name: 'Adviseur wonen' }).waitFor();
      expect(new URL(account.url()).searchParams.get('category')).toBe('beleid');

      // Stopping it, after the dialog.
      await account.goBack();
      await card.getByRole('button', { name: 'Alert ‘Policy jobs’ stoppen' }).click();
      const dialog = account.getByRole('dialog', { name: 'Alert stoppen?' });
      await dialog.waitFor();
      expect(await accessibilityViolations(account)).toEqual([]);
      await dialog.getByRole('button', { name: 'Ja, stoppen' }).click();
      const ended = account.getByText('De alert ‘Policy jobs’ is gestopt.');
      await ended.waitFor();
      expect(await isFocused(ended)).toBe(true);
      await section.getByText('Je hebt nog geen bewaarde zoekopdrachten.').waitFor();
      await expect(alertsOf(seeker.email)).resolves.toEqual([]);
    },
    STORY_TIMEOUT,
  );

  it(
    'opens an address’s alerts and unsubscribes from the links in an alert mail',
    async () => {
      // A second alert for the guest, instant, confirmed through the API as the page does.
      const made = await portal.ctx.app.inject({
        method: 'POST',
        url: '/api/v1/alerts',
        payload: { email: guest, query: 'q=wonen', frequency: 'instant', name: 'Wonen', lang: 'nl' },
        remoteAddress: '10.61.0.1',
      });
      expect(made.statusCode, made.body).toBe(202);
      await portal.ctx.deliverMail();
      const token = /#token=([\w.-]+)/.exec((await portal.mail.waitFor(guest)).text)?.[1];
      const confirmed = await portal.ctx.app.inject({
        method: 'POST',
        url: '/api/v1/alerts/confirm',
        payload: { token },
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);

      // A new vacancy that matches: the alert job mails it, with its links.
      await createVacancy(portal.ctx.db, { organisation, title: 'Projectleider wonen', categoryCode: 'beleid' });
      await portal.ctx.sync();
      await runAlerts({
        db: portal.ctx.db,
        search: { client: portal.ctx.search, indexName: portal.ctx.indexName },
        publicUrl: portal.baseUrl,
        secret: portal.ctx.config.JWT_SECRET,
        log: { warn: () => undefined },
      });
      await portal.ctx.deliverMail();
      const alertMail = await portal.mail.waitFor(guest);
      expect(alertMail.text).toContain('Projectleider wonen');

      // The address's alerts, by the key in the mail.
      const page = await openPage(portal, linkIn(alertMail, '/mijn-alerts#sleutel='));
      await page.getByRole('heading', { level: 1, name: 'Mijn e-mailalerts' }).waitFor();
      expect(new URL(page.url()).hash).toBe('');
      const list = page.getByRole('region', { name: 'Je alerts' });
      const wonen = list.getByRole('listitem').filter({ hasText: 'Wonen' });
      await wonen.waitFor();
      await list.getByRole('listitem').filter({ hasText: 'Vakgebied: ICT' }).waitFor();
      await axeAtBothSizes(page, 'an address’s alerts');
      await page.screenshot({ path: '/tmp/alert-mine-nl.png', fullPage: true });
      await page.setViewportSize(VIEWPORTS.narrow);
      await page.screenshot({ path: '/tmp/alert-mine-nl-narrow.png', fullPage: true });
      await page.setViewportSize(VIEWPORTS.desktop);
      // An alert made with an address exists to mail: no 'no e-mail' here.
      await expect(wonen.getByLabel('Hoe vaak').locator('option').allTextContents()).resolves.not.toContain(
        'Geen e-mail (alleen bewaren)',
      );
      await wonen.getByLabel('Hoe vaak').selectOption('weekly');
      await wonen.getByRole('button', { name: 'Opslaan (Wonen)' }).click();
      await page.getByText('‘Wonen’ is opgeslagen: wekelijks.').waitFor();
      expect((await alertsOf(guest)).find((a) => a.name === 'Wonen')?.frequency).toBe('weekly');

      // Their data, with the same key: a zip of their alerts and what they found (AVG article 15).
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Gegevens downloaden' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^samenwerven-mijn-alerts-[\d-]+\.zip$/);
      const zipped = unzipSync(new Uint8Array(await readFile(await download.path())));
      const exported = JSON.parse(strFromU8(zipped['alerts.json']!)) as { name: string; frequency: string }[];
      expect(exported.find((alert) => alert.name === 'Wonen')?.frequency).toBe('weekly');
      await page.getByText('Het downloaden is begonnen.').waitFor();
      // Said once: what the page does next makes it history.
      await wonen.getByLabel('Hoe vaak').selectOption('daily');
      await wonen.getByRole('button', { name: 'Opslaan (Wonen)' }).click();
      await page.getByText('‘Wonen’ is opgeslagen: dagelijks.').waitFor();
      await expect(page.getByText('Het downloaden is begonnen.').count()).resolves.toBe(0);

      // Unsubscribing: opening the link changes nothing, the button ends it.
      const unsubscribe = await openPage(portal, linkIn(alertMail, '/alert/afmelden?token='));
      await unsubscribe.getByRole('heading', { level: 1, name: 'Afmelden voor een e-mailalert' }).waitFor();
      expect((await alertsOf(guest)).some((a) => a.name === 'Wonen')).toBe(true);
      await axeAtBothSizes(unsubscribe, 'the unsubscribe page');
      await unsubscribe.getByRole('button', { name: 'Afmelden' }).focus();
      await unsubscribe.keyboard.press('Enter');
      const done = unsubscribe.getByRole('region', { name: 'Je bent afgemeld' });
      await done.waitFor();
      expect(await isFocused(done)).toBe(true);
      await axeAtBothSizes(unsubscribe, 'unsubscribed');
      await unsubscribe.screenshot({ path: '/tmp/alert-unsubscribed-nl.png', fullPage: true });
      expect((await alertsOf(guest)).some((a) => a.name === 'Wonen')).toBe(false);

      // Back on the address's alerts (a reload keeps the key): one left, then all stopped.
      await page.reload();
      await list.getByRole('listitem').filter({ hasText: 'Vakgebied: ICT' }).waitFor();
      await expect(list.getByRole('listitem').count()).resolves.toBe(1);
      await page.getByRole('button', { name: 'Alle alerts stoppen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Alle alerts stoppen?' });
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toContain(guest);
      await dialog.getByRole('button', { name: 'Ja, alles stoppen' }).click();
      const endedAll = page.getByText('Alle alerts zijn gestopt.');
      await endedAll.waitFor();
      expect(await isFocused(endedAll)).toBe(true);
      await page.getByText('Er staan geen e-mailalerts (meer) op dit e-mailadres.').waitFor();
      await expect(alertsOf(guest)).resolves.toEqual([]);

      // A wrong key explains itself.
      const wrong = await openPage(portal, '/en/my-alerts#key=not-a-key');
      await wrong.getByRole('heading', { level: 2, name: 'This link does not work' }).waitFor();
      await axeAtBothSizes(wrong, 'a wrong key');
    },
    STORY_TIMEOUT,
  );

  it('names the town of a postcode the search is around, on the page and in the suggested name', async () => {
    // Sent by the server and hydrated: both must say it ("binnen 15 km van 5038" said nothing of where).
    const page = await openPage(portal, '/alert/nieuw?near=5038+AB&radiusKm=15');
    const search = page.getByRole('region', { name: 'Je zoekopdracht' });
    await expect(search.textContent()).resolves.toContain('Binnen 15 km van 5038 AB (Tilburg)');
    await expect(page.getByLabel('Naam van de alert').inputValue()).resolves.toBe('Binnen 15 km van 5038 AB (Tilburg)');
    const english = await openPage(portal, '/en/alert/new?near=5038&radiusKm=15');
    await expect(english.getByLabel('Name of the alert').inputValue()).resolves.toBe('Within 15 km of 5038 (Tilburg)');
    // A postcode the portal does not know stays as it was typed.
    const unknown = await openPage(portal, '/alert/nieuw?near=0000&radiusKm=15');
    await expect(unknown.getByLabel('Naam van de alert').inputValue()).resolves.toBe('Binnen 15 km van 0000');
  });

  it(
    'shows the coordinator how many alerts there are and the alert mails per day, without addresses',
    async () => {
      const coordinator = await createUser(portal.ctx.db, { role: 'coordinator', name: 'Cora Coördinator' });
      const page = await signInThroughPage(portal, coordinator.email, 'Aanmeldingen');
      await page.getByRole('navigation', { name: 'Coördinatie' }).getByRole('link', { name: 'Overzicht' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overzicht van de alliantie' }).waitFor();
      const section = page.getByRole('region', { name: 'E-mailalerts' });
      await section.waitFor();
      const facts = await section.locator('dl').textContent();
      // Every alert of the stories above has ended; one alert mail went out today.
      expect(facts).toContain('Actieve alerts0');
      expect(facts).toContain('Nog niet bevestigd0');
      const table = section.getByRole('table', { name: /Verstuurde alertmails per dag/ });
      await expect(table.locator('tbody tr').count()).resolves.toBe(1);
      await expect(table.locator('tbody td').textContent()).resolves.toBe('1');
      await expect(section.textContent()).resolves.not.toContain('@');
      await axeAtBothSizes(page, 'the overview with its alerts section');
      await section.screenshot({ path: '/tmp/alert-cockpit.png' });
    },
    STORY_TIMEOUT,
  );
});
