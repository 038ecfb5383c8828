/**
 * The staff pages of a member that is suspended or has left, in a real browser: before anything
 * is filled in, each says what happened and what is still possible, and offers no action the
 * server would refuse (no "Nieuwe vacature" to publish, no "Sleutel maken", no "Publiceren"),
 * while drafts can still be written. Axe checks every such page in Dutch and English, on a
 * desktop screen and 320 px wide.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import {
  auditLog,
  membershipApplications,
  organisations,
  type Organisation,
  type User,
  type Vacancy,
} from '@samenwerven/db';
import { accessibilityViolations, BROWSER_ENV, browserAvailable, launchBrowser } from '../support/browser.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';

const enabled = browserAvailable();
/** Many pages, each checked four times by axe: more than the default 30 s on a busy machine. */
const STORY_TIMEOUT = 300_000;
const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  narrow: { width: 320, height: 640 },
} as const;

describe.skipIf(!enabled)('a suspended or departed member’s staff pages, in a real browser', () => {
  let ctx: TestContext;
  let browser: Browser;
  let baseUrl: string;
  const members: Record<'suspended' | 'left', { organisation: Organisation; admin: User; draft: Vacancy }> =
    {} as never;

  beforeAll(async () => {
    ctx = await createTestContext({ webRoot: inject('webRoot'), env: BROWSER_ENV });
    for (const state of ['suspended', 'left'] as const) {
      const organisation = await createOrganisation(ctx.db, { state, name: `Gemeente ${state}` });
      const admin = await createUser(ctx.db, { role: 'org_admin', organisation, name: 'Bea Beheerder' });
      const draft = await createVacancy(ctx.db, {
        organisation,
        title: 'Medewerker archief',
        state: 'draft',
        publishedAt: null,
      });
      members[state] = { organisation, admin, draft };
    }
    baseUrl = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  async function signedIn(admin: User, viewport: { width: number; height: number } = VIEWPORTS.desktop) {
    const context: BrowserContext = await browser.newContext({ locale: 'nl-NL', viewport });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inloggen`);
    await page.getByLabel('E-mailadres').fill(admin.email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByLabel('Wachtwoord').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    return { context, page };
  }

  /** The notice, as a region named by its title, and the page's first form control after it (if any). */
  async function noticeComesFirst(page: Page, title: string) {
    const notice = page.getByRole('region', { name: title });
    await notice.waitFor();
    const before = await notice.evaluate((element) => {
      const control = element.ownerDocument.querySelector('main form input:not([type=hidden]), main form select');
      // Before any control of a form: the notice is read first, and nothing is filled in for nothing.
      return control === null || (element.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(before).toBe(true);
    return notice;
  }

  it(
    'tells a suspended member’s admin on every page what is still possible, and offers only that',
    async () => {
      const { admin, draft } = members.suspended;
      const title = 'Het lidmaatschap van je organisatie is geschorst';
      const { context, page } = await signedIn(admin);

      // The dashboard: the notice, and a new vacancy only as a draft.
      const notice = await noticeComesFirst(page, title);
      await expect(notice.textContent()).resolves.toContain('Vacatures voorbereiden en bewaren als concept');
      await expect(notice.textContent()).resolves.toContain('Vacatures publiceren, inplannen of heropenen');
      await expect(notice.textContent()).resolves.toContain('API-sleutels maken');
      await page.getByRole('link', { name: 'Nieuwe vacature voorbereiden als concept' }).waitFor();
      expect(await page.getByRole('link', { name: 'Nieuwe vacature maken' }).count()).toBe(0);

      // The list: no "Nieuwe vacature" to publish, a new draft instead.
      await page.goto(`${baseUrl}/beheer/vacatures`);
      await noticeComesFirst(page, title);
      expect(await page.getByRole('link', { name: 'Nieuwe vacature', exact: true }).count()).toBe(0);
      await page.getByRole('link', { name: 'Nieuw concept' }).click();

      // The new vacancy: the notice before the first field; a draft is saved.
      await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' }).waitFor();
      await noticeComesFirst(page, title);
      await page.getByLabel('Functietitel').fill('Adviseur informatiebeheer');
      await page.getByLabel('Vakgebied').selectOption({ label: 'Beleid en advies' });
      await page.getByLabel('Opleidingsniveau').selectOption({ label: 'HBO' });
      await page.getByLabel('Soort dienstverband').selectOption({ label: 'Vast' });
      await page.getByLabel('Minimaal aantal uur per week').fill('32');
      await page.getByLabel('Maximaal aantal uur per week').fill('36');
      await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Tilburg' });
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByText('De vacature is opgeslagen als concept.').waitFor();

      // Its page: kept as a draft, without a publish button, saying why.
      await page.getByRole('heading', { level: 1, name: 'Adviseur informatiebeheer' }).waitFor();
      await page.getByText('Publiceren of inplannen kan niet zolang je organisatie geen actief lid').waitFor();
      expect(await page.getByRole('button', { name: 'Publiceren' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Opslaan', exact: true }).waitFor();

      // A vacancy the suspension took offline says so, and that it comes back ("Reden: suspended" it said).
      const offline = await createVacancy(ctx.db, {
        organisation: members.suspended.organisation,
        title: 'Teruggetrokken functie',
        state: 'withdrawn',
        withdrawnFromState: 'published',
        withdrawnReason: 'suspended',
      });
      await page.goto(`${baseUrl}/beheer/vacatures/${offline.id}`);
      await page.getByRole('heading', { level: 1, name: 'Teruggetrokken functie' }).waitFor();
      await page.getByText('het alliantiebureau heeft het lidmaatschap van je organisatie geschorst').waitFor();
      await page.getByText('Wordt de schorsing opgeheven, dan komt ze terug zoals ze was.').waitFor();
      expect(await page.getByText('suspended').count()).toBe(0);

      // The keys: no form to make one, saying why; the existing ones stay listed.
      await page.goto(`${baseUrl}/beheer/api-sleutels`);
      await noticeComesFirst(page, title);
      await page.getByText('Een nieuwe sleutel maken kan alleen zolang je organisatie actief lid').waitFor();
      expect(await page.getByRole('button', { name: /Sleutel maken/ }).count()).toBe(0);

      // The profile: read, not changed.
      await page.goto(`${baseUrl}/beheer/profiel`);
      await noticeComesFirst(page, title);
      expect(await page.getByRole('button', { name: 'Profiel opslaan' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Logo opslaan' }).count()).toBe(0);

      // The draft made before the suspension can still be worked on.
      await page.goto(`${baseUrl}/beheer/vacatures/${draft.id}`);
      await page.getByRole('heading', { level: 1, name: 'Medewerker archief' }).waitFor();
      await page.getByRole('button', { name: 'Dupliceren' }).waitFor();
      expect(await page.getByRole('button', { name: 'Publiceren' }).count()).toBe(0);
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'tells a departed member’s admin the same before anything is filled in',
    async () => {
      const { admin } = members.left;
      const title = 'Je organisatie doet niet meer mee aan Samenwerven';
      const { context, page } = await signedIn(admin);
      const notice = await noticeComesFirst(page, title);
      await expect(notice.textContent()).resolves.toContain('komen ze terug als concept');
      await page.getByRole('link', { name: 'Nieuwe vacature voorbereiden als concept' }).waitFor();
      for (const path of ['/beheer/vacatures', '/beheer/vacatures/nieuw', '/beheer/api-sleutels']) {
        await page.goto(`${baseUrl}${path}`);
        await noticeComesFirst(page, title);
      }
      expect(await page.getByRole('button', { name: /Sleutel maken/ }).count()).toBe(0);
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'lets a turned-down organisation’s admin apply again from the membership page, by keyboard',
    async () => {
      const organisation = await createOrganisation(ctx.db, { state: 'rejected', name: 'Stichting Tweede Kans' });
      const admin = await createUser(ctx.db, { role: 'org_admin', organisation, name: 'Bea Beheerder' });
      // The coordinator's decision, as the log keeps it: the page says why, on the lines it was given.
      await ctx.db.insert(auditLog).values({
        organisationId: organisation.id,
        action: 'membership.reject',
        subjectType: 'organisation',
        subjectId: organisation.id,
        reason: 'Nog geen besluit van het college.\nMeld je aan zodra het er is.',
        before: { state: 'applied' },
        after: { state: 'rejected' },
      });
      const { context, page } = await signedIn(admin);
      const notice = await noticeComesFirst(page, 'De aanmelding van je organisatie is afgewezen');
      await expect(notice.textContent()).resolves.toContain('opnieuw aanmelden, op de pagina Lidmaatschap');

      await page.goto(`${baseUrl}/beheer/lidmaatschap`);
      const section = page.getByRole('region', { name: 'Opnieuw aanmelden' });
      await section.waitFor();
      await page.waitForLoadState('networkidle');
      const reason = page.getByRole('definition').filter({ hasText: 'Nog geen besluit' });
      await expect(reason.innerText()).resolves.toBe('Nog geen besluit van het college.\nMeld je aan zodra het er is.');
      await expect(reason.evaluate((element) => element.previousElementSibling?.textContent)).resolves.toBe(
        'Reden van de afwijzing',
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      // What it applied with, to correct what the rejection asked for: a name left empty is said
      // on its field, and the coordinators get the name corrected.
      const name = section.getByLabel('Naam van de organisatie');
      expect(await name.inputValue()).toBe('Stichting Tweede Kans');
      expect(await section.getByLabel('Vestigingsgemeente').inputValue()).toBe(organisation.municipalityCode);
      await name.fill('');
      const button = section.getByRole('button', { name: 'Organisatie opnieuw aanmelden' });
      await button.focus();
      await page.keyboard.press('Enter');
      const summary = section.locator('.error-summary');
      await summary.getByRole('link', { name: 'Vul de naam van de organisatie in.' }).waitFor();
      await expect.poll(() => summary.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await name.fill('Stichting Tweede Kans Tilburg');
      await button.focus();
      await page.keyboard.press('Enter');
      // The outcome takes focus where the button was; the state above says it.
      const done = section.getByText('Je organisatie is opnieuw aangemeld.');
      await done.waitFor();
      await expect.poll(() => done.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.getByText('Aangemeld, nog niet beoordeeld').waitFor();
      expect(await section.getByRole('button').count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      const [application] = await ctx.db
        .select()
        .from(membershipApplications)
        .where(eq(membershipApplications.organisationId, organisation.id));
      expect(application).toMatchObject({ state: 'pending' });
      const [now] = await ctx.db.select().from(organisations).where(eq(organisations.id, organisation.id));
      expect(now!.name).toBe('Stichting Tweede Kans Tilburg');
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'has these pages axe clean in Dutch and English, on a desktop and 320 px wide',
    async () => {
      const { admin, draft } = members.suspended;
      const pages = {
        nl: ['/beheer', '/beheer/vacatures', '/beheer/vacatures/nieuw', `/beheer/vacatures/${draft.id}`],
        en: ['/en/manage', '/en/manage/vacancies', '/en/manage/vacancies/new', `/en/manage/vacancies/${draft.id}`],
      };
      pages.nl.push('/beheer/api-sleutels', '/beheer/profiel');
      pages.en.push('/en/manage/api-keys', '/en/manage/profile');
      for (const viewport of Object.values(VIEWPORTS)) {
        const { context, page } = await signedIn(admin, viewport);
        for (const lang of ['nl', 'en'] as const) {
          for (const path of pages[lang]) {
            await page.goto(`${baseUrl}${path}`);
            await page.locator('main h1').waitFor();
            await page.locator('.membership-notice').waitFor();
            await page.waitForLoadState('networkidle');
            expect(await page.locator('html').getAttribute('lang'), path).toBe(lang);
            expect(await accessibilityViolations(page), `${path} at ${viewport.width} px`).toEqual([]);
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect(overflow, `${path} at ${viewport.width} px`).toBe(0);
          }
        }
        await context.close();
      }
    },
    STORY_TIMEOUT,
  );
});
