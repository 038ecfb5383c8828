/**
 * `npm run screenshots [-- BASE_URL]`: pictures of the main pages, desktop and 320 px wide,
 * in `docs/screenshots/` (committed, so a reviewer can look without running the app). Start
 * the portal first (`npm start`, demo data with its year of history); BASE_URL defaults to
 * http://localhost:3000. Staff pages are taken signed in as the demo accounts (README).
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';

const base = (process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const out = 'docs/screenshots';
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 320, height: 740 } };

async function firstVacancyPath(): Promise<string> {
  const response = await fetch(`${base}/api/v1/vacancies?pageSize=1&sort=newest`);
  const { hits } = (await response.json()) as { hits: { id: string }[] };
  if (!hits[0]) throw new Error('no vacancies to show: is the portal seeded?');
  return `/vacatures/${hits[0].id}`;
}

const DEMO_PASSWORD = 'samenwerven-demo';

/** A vacancy that takes applications through the portal: its page shows the apply form. */
async function portalVacancyPath(): Promise<string> {
  const search = await fetch(`${base}/api/v1/vacancies?organisation=gemeente-tilburg&pageSize=50`);
  const { hits } = (await search.json()) as { hits: { id: string }[] };
  for (const hit of hits) {
    const detail = (await (await fetch(`${base}/api/v1/vacancies/${hit.id}`)).json()) as { applyMethod?: string };
    if (detail.applyMethod === 'portal') return `/vacatures/${hit.id}`;
  }
  throw new Error('no open vacancy of gemeente-tilburg takes applications through the portal');
}

async function shoot(page: Page, name: string, viewportName: string, path?: string): Promise<void> {
  if (path) await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  const file = `${out}/${name}-${viewportName}.jpg`;
  await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 60 });
  console.log(file);
}

/** Signs in through the sign-in page, as a person would. */
async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${base}/inloggen`, { waitUntil: 'networkidle' });
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByLabel('Wachtwoord').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

/** Staff pages per demo account: what HR, an organisation's admin and the coordinator see. */
const staffPages: { email: string; pages: Record<string, string> }[] = [
  {
    email: 'hr@gemeente-tilburg.samenwerven.example',
    pages: {
      'hr-inbox': '/beheer/sollicitaties',
      'talent-pool': '/beheer/talentpool',
      'vacancy-list-search': '/beheer/vacatures?q=beleid&sort=title',
      'vacancy-upload': '/beheer/vacatures/uploaden',
    },
  },
  {
    email: 'admin@gemeente-tilburg.samenwerven.example',
    pages: { 'member-dashboard': '/beheer/resultaten', widget: '/beheer/widget' },
  },
  {
    email: 'coordinator@samenwerven.example',
    pages: {
      cockpit: '/coordinatie/overzicht',
      figures: '/coordinatie/cijfers',
      'search-admin': '/coordinatie/zoeken',
    },
  },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  await mkdir(out, { recursive: true });
  const vacancy = await firstVacancyPath();
  const pages: Record<string, string> = {
    home: '/',
    search: '/?q=beleid&category=beleid&hoursMin=32&near=Tilburg&radiusKm=25',
    'no-results': '/?q=archivaris&category=ict&organisation=gemeente-dongen',
    vacancy,
    members: '/deelnemers',
    organisation: '/organisaties/gemeente-tilburg',
    'home-en': '/en/',
    'apply-form': await portalVacancyPath(),
    privacy: '/privacy',
    accessibility: '/toegankelijkheid',
    contact: '/contact',
    about: '/over',
    'about-en': '/en/about',
    'alert-new': '/alert/nieuw?q=beleid&category=beleid&near=Tilburg&radiusKm=25',
    'alert-unsubscribe': '/alert/afmelden?token=voorbeeld',
  };
  for (const [viewportName, viewport] of Object.entries(viewports)) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) await shoot(page, name, viewportName, path);
    // The search box with its suggestions open, and a vacancy as it prints.
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.locator('#search-q').pressSequentially('beleidsad', { delay: 50 });
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `${out}/suggestions-${viewportName}.jpg`, type: 'jpeg', quality: 60 });
    console.log(`${out}/suggestions-${viewportName}.jpg`);
    await page.goto(`${base}${vacancy}`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    await shoot(page, 'vacancy-print', viewportName);
    await page.emulateMedia({ media: 'screen' });
    await context.close();
    for (const { email, pages: staff } of staffPages) {
      const signedIn = await browser.newContext({ viewport });
      const staffPage = await signedIn.newPage();
      await signIn(staffPage, email);
      for (const [name, path] of Object.entries(staff)) await shoot(staffPage, name, viewportName, path);
      if (email.startsWith('hr@')) {
        // One application opened from the inbox.
        await staffPage.goto(`${base}/beheer/sollicitaties`, { waitUntil: 'networkidle' });
        await staffPage.locator('main table a').first().click();
        await staffPage.waitForLoadState('networkidle');
        await shoot(staffPage, 'hr-application', viewportName);
        // An old link to one of the organisation's closed vacancies (the public page, as anyone sees it).
        const closed = await staffPage.evaluate(async () => {
          const me = (await (await fetch('/api/v1/me')).json()) as { organisation: { id: string } };
          const url = `/api/v1/organisations/${me.organisation.id}/vacancies?state=closed&pageSize=1`;
          return ((await (await fetch(url)).json()) as { items: { id: string }[] }).items[0]?.id;
        });
        if (closed) {
          // Taken signed out: the organisation's own staff see a preview of it instead.
          const anonymous = await browser.newContext({ viewport });
          await shoot(await anonymous.newPage(), 'vacancy-closed', viewportName, `/vacatures/${closed}`);
          await anonymous.close();
        }
      }
      await signedIn.close();
    }
  }
} finally {
  await browser.close();
}
