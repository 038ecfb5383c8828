/**
 * An ATS integration from the API-keys page, as an integrator meets it: an organisation admin
 * makes a key (choosing its scopes) and the page shows the organisation's id and ready curl
 * examples. The test reads the examples off the page and runs them as a shell would (URL,
 * headers and body parsed out of the command, sent with fetch and nothing else: no cookie,
 * no session), publishing a vacancy, closing it and reading its history with the key alone.
 * The vacancy's history in the portal names the key. Axe checks the page with a new key
 * showing, in Dutch and English, at 1280 and 320 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Organisation } from '@samenwerven/db';
import { accessibilityViolations, BROWSER_ENV, browserAvailable, launchBrowser } from '../support/browser.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../support/factories.ts';

const enabled = browserAvailable();
const STORY_TIMEOUT = 180_000;
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, narrow: { width: 320, height: 640 } } as const;

interface ShellRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/**
 * A curl command as a POSIX shell reads it: lines joined at a trailing backslash, words split
 * at blanks, '…' taken literally, "…" and bare words with $VARIABLES filled in; then curl's
 * -X, -H and -d, and the address.
 */
function parseCurl(command: string, variables: Record<string, string> = {}): ShellRequest {
  const text = command.replace(/\\\n/g, ' ');
  const words: string[] = [];
  const expand = (part: string) =>
    part.replace(/\$([A-Z_][A-Z0-9_]*)/g, (_, name: string) => {
      if (!(name in variables)) throw new Error(`the example uses $${name}, which the test does not know`);
      return variables[name]!;
    });
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    let word = '';
    while (i < text.length && !/\s/.test(text[i]!)) {
      const quote = text[i]!;
      if (quote === "'" || quote === '"') {
        const end = text.indexOf(quote, i + 1);
        if (end < 0) throw new Error(`unclosed ${quote} in the example`);
        const inner = text.slice(i + 1, end);
        word += quote === "'" ? inner : expand(inner);
        i = end + 1;
      } else {
        let end = i;
        while (end < text.length && !/[\s'"]/.test(text[end]!)) end++;
        word += expand(text.slice(i, end));
        i = end;
      }
    }
    words.push(word);
  }
  expect(words[0]).toBe('curl');
  const request: ShellRequest = { method: '', url: '', headers: {}, body: undefined };
  for (let w = 1; w < words.length; w++) {
    const word = words[w]!;
    if (word === '-X') request.method = words[++w]!;
    else if (word === '-H') {
      const header = words[++w]!;
      const colon = header.indexOf(':');
      request.headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
    } else if (word === '-d') request.body = words[++w]!;
    else if (word.startsWith('-')) throw new Error(`the test does not know curl's ${word}`);
    else request.url = word;
  }
  request.method ||= request.body === undefined ? 'GET' : 'POST';
  return request;
}

/** Sends what the example says, and nothing else (Node's fetch keeps no cookies). */
async function run(command: string, variables?: Record<string, string>) {
  const request = parseCurl(command, variables);
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  return { request, status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe.skipIf(!enabled)('an ATS integration from the API-keys page, in a real browser', () => {
  let ctx: TestContext;
  let browser: Browser;
  let baseUrl: string;
  let organisation: Organisation;
  let admin: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    ctx = await createTestContext({ webRoot: inject('webRoot'), env: BROWSER_ENV });
    organisation = await createOrganisation(ctx.db, { name: 'Gemeente Koppelstad' });
    admin = await createUser(ctx.db, { role: 'org_admin', organisation, name: 'Anna Admin' });
    baseUrl = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  async function signedIn(viewport: { width: number; height: number } = VIEWPORTS.desktop) {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill(admin.email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByLabel('Wachtwoord').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    return { context, page };
  }

  const example = (page: Page, id: 'publish' | 'close' | 'history') =>
    page.locator(`[data-example="${id}"] pre`).textContent() as Promise<string>;
  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it(
    'makes a key whose example publishes, closes and reads the history of a vacancy with the key alone',
    async () => {
      const { context, page } = await signedIn();
      await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'API-sleutels' }).click();
      await page.getByRole('heading', { level: 1, name: 'API-sleutels' }).waitFor();

      // The organisation's id, which every ATS path needs, is on the page, with a copy button.
      const orgId = page.getByRole('textbox', { name: 'Organisatie-id' });
      await expect(orgId.inputValue()).resolves.toBe(organisation.id);
      await page.getByRole('button', { name: 'Organisatie-id kopiëren' }).click();
      await page.getByRole('status').filter({ hasText: 'Het organisatie-id is gekopieerd.' }).waitFor();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(organisation.id);
      await expect(page.getByRole('textbox', { name: 'Adres van de API' }).inputValue()).resolves.toBe(
        `${baseUrl}/api/v1`,
      );
      await expect(
        page.getByRole('link', { name: 'Lees de API-documentatie' }).first().getAttribute('href'),
      ).resolves.toBe('/api/docs');
      expect(await accessibilityViolations(page)).toEqual([]);

      // The scopes are a group of checkboxes, only reading ticked to begin with; none is refused.
      const scopes = page.getByRole('group', { name: 'Wat mag deze sleutel?' });
      const ticked = async (name: string) => scopes.getByRole('checkbox', { name }).isChecked();
      expect([
        await ticked('Lezen (read)'),
        await ticked('Schrijven (write)'),
        await ticked('Publiceren (publish)'),
      ]).toEqual([true, false, false]);
      await scopes.getByRole('checkbox', { name: 'Lezen (read)' }).uncheck();
      await page.getByRole('button', { name: 'Sleutel maken' }).click();
      const summary = page.locator('.error-summary');
      await summary.getByRole('link', { name: /Wat mag deze sleutel\?: Kies minstens één bevoegdheid/ }).waitFor();
      await summary.getByRole('link', { name: /Naam van de sleutel/ }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      for (const name of ['Lezen (read)', 'Schrijven (write)', 'Publiceren (publish)']) {
        await scopes.getByRole('checkbox', { name }).check();
      }
      await page.getByLabel('Naam van de sleutel').fill('ATS Koppelstad');
      await page.getByRole('button', { name: 'Sleutel maken' }).click();
      await page.getByRole('heading', { name: 'Kopieer je nieuwe sleutel nu' }).waitFor();
      const keyBox = page.getByRole('textbox', { name: 'API-sleutel ‘ATS Koppelstad’' });
      // Focus on the panel, and the key in sight (focus alone scrolled the tall panel to its end).
      await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('new-key');
      const inSight = async () => {
        const box = (await keyBox.boundingBox())!;
        return box.y >= 0 && box.y + box.height <= page.viewportSize()!.height;
      };
      await expect.poll(inSight).toBe(true);
      const key = await keyBox.inputValue();
      await page.getByText('Deze sleutel mag: Lezen (read), Schrijven (write), Publiceren (publish).').waitFor();
      const row = page.getByRole('row').filter({ hasText: 'ATS Koppelstad' });
      await expect(row.textContent()).resolves.toContain('Publiceren (publish)');
      // Who made it: a key outlives its maker's place on the staff, so the admins see whose it was.
      await expect(row.textContent()).resolves.toContain('door Anna Admin');

      // The examples carry the real address, the organisation's id and the new key.
      await page.getByRole('heading', { name: 'Zo gebruik je de sleutel' }).waitFor();
      const publish = await example(page, 'publish');
      expect(publish).toContain(`${baseUrl}/api/v1/organisations/${organisation.id}/vacancies/by-external-id/`);
      expect(publish).toContain(`Authorization: Bearer ${key}`);
      await page.getByRole('button', { name: /^Voorbeeld kopiëren ?: Een vacature publiceren$/ }).click();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(publish);

      // Run as shown: the vacancy is published, with the key alone.
      const published = await run(publish);
      expect(published.request.method).toBe('PUT');
      expect(Object.keys(published.request.headers).sort()).toEqual(['authorization', 'content-type']);
      expect(published.status).toBe(201);
      expect(published.json).toMatchObject({ created: true, state: 'published' });
      const vacancyId = String(published.json.id);
      expect((await fetch(`${baseUrl}/api/v1/vacancies/${vacancyId}`)).status).toBe(200);

      // Close it, with the id from the answer in VACANCY_ID, as the page says.
      const closed = await run(await example(page, 'close'), { VACANCY_ID: vacancyId });
      expect(closed.request.method).toBe('POST');
      expect(closed.status).toBe(200);
      expect(closed.json.state).toBe('closed');
      expect((await fetch(`${baseUrl}/api/v1/vacancies/${vacancyId}`)).status).toBe(404);

      // Its history, which names the key.
      const history = await run(await example(page, 'history'), { VACANCY_ID: vacancyId });
      expect(history.status).toBe(200);
      const entries = history.json.items as { action: string; actor: { kind: string; name: string } }[];
      expect(entries.map((entry) => entry.action)).toEqual(['created', 'publish', 'close']);
      expect(entries.every((entry) => entry.actor.kind === 'api_key' && entry.actor.name === 'ATS Koppelstad')).toBe(
        true,
      );

      // The page with the key and its examples showing has nothing axe can find, at either width.
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.setViewportSize(VIEWPORTS.narrow);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await overflow(page)).toBe(0);
      await page.setViewportSize(VIEWPORTS.desktop);

      // The form sent again and refused (no name): the new key stays, to copy (a review: it went).
      await page.getByRole('button', { name: 'Sleutel maken' }).click();
      await summary.getByRole('link', { name: /Naam van de sleutel/ }).waitFor();
      await expect(keyBox.inputValue()).resolves.toBe(key);

      // Revoked in the list, the new key is offered for copying no more (a review: it stayed).
      await row.getByRole('button', { name: /Intrekken/ }).click();
      await page
        .getByRole('dialog', { name: 'Sleutel ‘ATS Koppelstad’ intrekken?' })
        .getByRole('button', { name: 'Ja, intrekken' })
        .click();
      await page.getByText('De sleutel ‘ATS Koppelstad’ is ingetrokken.').waitFor();
      await expect(page.getByRole('heading', { name: 'Kopieer je nieuwe sleutel nu' }).count()).resolves.toBe(0);

      // In the portal, the vacancy's history names the key too.
      await page.goto(`${baseUrl}/beheer/vacatures/${vacancyId}`);
      const region = page.getByRole('region', { name: 'Geschiedenis' });
      await region.waitFor();
      const prefix = key.slice(0, 12);
      await expect(region.textContent()).resolves.toContain(
        `Gesloten door de API-sleutel ‘ATS Koppelstad’ (${prefix}…)`,
      );
      await expect(region.textContent()).resolves.toContain(
        `Gepubliceerd door de API-sleutel ‘ATS Koppelstad’ (${prefix}…)`,
      );
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'in English, makes a read-only key whose publish example is refused with a message naming the scope',
    async () => {
      const { context, page } = await signedIn();
      await page.goto(`${baseUrl}/en/manage/api-keys`);
      await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
      await expect(page.getByRole('textbox', { name: 'Organisation id' }).inputValue()).resolves.toBe(organisation.id);
      const scopes = page.getByRole('group', { name: 'What may this key do?' });
      await scopes.getByRole('checkbox', { name: 'Write (write)' }).uncheck();
      await scopes.getByRole('checkbox', { name: 'Publish (publish)' }).uncheck();
      await page.getByLabel('Name of the key').fill('Reporting');
      await page.getByRole('button', { name: 'Create key' }).click();
      await page.getByRole('heading', { name: 'Copy your new key now' }).waitFor();
      await page.getByText('This key may: Read (read).').waitFor();
      const row = page.getByRole('row').filter({ hasText: 'Reporting' });
      await expect(row.textContent()).resolves.toContain('Read (read)');
      await expect(row.textContent()).resolves.not.toContain('Publish (publish)');
      await page
        .locator('[data-example="publish"]')
        .getByText(
          'This needs scopes this key does not have: Write (write), Publish (publish). This request gets the answer 403.',
        )
        .waitFor();

      const refused = await run(await example(page, 'publish'));
      expect(refused.status).toBe(403);
      expect(refused.json).toEqual({
        error: {
          code: 'insufficient_scope',
          message:
            'Deze API-sleutel mag dit niet: daarvoor is de bevoegdheid ‘write’ nodig. Een beheerder van je organisatie kan een sleutel met die bevoegdheid maken.',
        },
      });

      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        expect(await accessibilityViolations(page), size).toEqual([]);
        if (size === 'narrow') expect(await overflow(page)).toBe(0);
      }
      await context.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'the page before any key, in both languages at 320 px, passes axe and reflows',
    async () => {
      let context: BrowserContext | undefined;
      try {
        ({ context } = await signedIn(VIEWPORTS.narrow));
        const page = context.pages()[0]!;
        for (const path of ['/beheer/api-sleutels', '/en/manage/api-keys']) {
          await page.goto(`${baseUrl}${path}`);
          await page.locator('main h1').waitFor();
          expect(await accessibilityViolations(page), path).toEqual([]);
          expect(await overflow(page), path).toBe(0);
        }
      } finally {
        await context?.close();
      }
    },
    STORY_TIMEOUT,
  );
});
