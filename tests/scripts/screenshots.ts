/**
 * `npm run screenshots [-- BASE_URL]`: pictures of the main pages, desktop and 320 px wide,
 * in `docs/screenshots/` (committed, so a reviewer can look without running the app). Start
 * the portal first (`npm start`, demo data); BASE_URL defaults to http://localhost:3000.
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const base = (process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const out = 'docs/screenshots';
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 320, height: 740 } };

async function firstVacancyPath(): Promise<string> {
  const response = await fetch(`${base}/api/v1/vacancies?pageSize=1&sort=newest`);
  const { hits } = (await response.json()) as { hits: { id: string }[] };
  if (!hits[0]) throw new Error('no vacancies to show: is the portal seeded?');
  return `/vacatures/${hits[0].id}`;
}

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
  };
  for (const [viewportName, viewport] of Object.entries(viewports)) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      const file = `${out}/${name}-${viewportName}.jpg`;
      await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 60 });
      console.log(file);
    }
    // The search box with its suggestions open, and a vacancy as it prints.
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.locator('#search-q').pressSequentially('beleidsad', { delay: 50 });
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `${out}/suggestions-${viewportName}.jpg`, type: 'jpeg', quality: 60 });
    console.log(`${out}/suggestions-${viewportName}.jpg`);
    await page.goto(`${base}${vacancy}`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({
      path: `${out}/vacancy-print-${viewportName}.jpg`,
      fullPage: true,
      type: 'jpeg',
      quality: 60,
    });
    console.log(`${out}/vacancy-print-${viewportName}.jpg`);
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  }
} finally {
  await browser.close();
}
