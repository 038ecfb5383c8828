/**
 * A visitor past the rate limit (issue 18's rush, a shared office address): every page still
 * answers as a page, in the visitor's language, saying to wait and for how long (429 with
 * Retry-After), whether the limit refused the page itself or the API calls of its rendering.
 */
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, browserAvailable } from '../support/browser.ts';
import { portalInBrowser } from '../support/portal-in-browser.ts';

const LIMIT = 8;

describe.skipIf(!browserAvailable())('pages past the rate limit', () => {
  const portal = portalInBrowser({ vacancyCount: 20, env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
  const page = (path: string) => fetch(`${portal.baseUrl}${path}`, { headers: { accept: 'text/html' } });
  const textOf = (html: string) =>
    html
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  it('answers a page, not the API’s JSON, with when to come back, in Dutch and English', async () => {
    const answers: { status: number; type: string | null; retryAfter: string | null; text: string }[] = [];
    for (let i = 0; i <= LIMIT; i++) {
      const response = await page(`/?q=beleid${i}`);
      answers.push({
        status: response.status,
        type: response.headers.get('content-type'),
        retryAfter: response.headers.get('retry-after'),
        text: textOf(await response.text()),
      });
    }
    // The first pages are served; then the limit refuses, the rendering's API calls or the page.
    expect(answers[0]!.status).toBe(200);
    const refused = answers.filter((a) => a.status !== 200);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(answer.status).toBe(429);
      expect(answer.type).toBe('text/html; charset=utf-8');
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(answer.text).toMatch(/te veel verzoeken/i);
    }
    // The last was refused before any rendering: a page of its own.
    expect(answers.at(-1)!.text).toContain('Even geduld');
    // When to come back: the limit's window, less what the requests before took on a busy machine.
    expect(answers.at(-1)!.text).toMatch(/Te veel verzoeken\. Probeer het over (1 minuut|[1-5]?\d seconden) opnieuw\./);

    const english = await page('/en/?q=policy');
    expect(english.status).toBe(429);
    const text = textOf(await english.text());
    expect(text).toContain('Please wait a moment');
    expect(text).toContain('To the home page');
    // The API itself still answers in its own shape.
    const api = await fetch(`${portal.baseUrl}/api/v1/vacancies`);
    expect(api.status).toBe(429);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  });

  it('is a page without WCAG 2.2 A/AA violations that axe can find', async () => {
    const context = await portal.browser.newContext({ locale: 'nl-NL' });
    const tab = await context.newPage();
    const response = await tab.goto(`${portal.baseUrl}/vacatures`);
    expect(response?.status()).toBe(429);
    await tab.getByRole('heading', { level: 1, name: 'Even geduld' }).waitFor();
    expect(await accessibilityViolations(tab)).toEqual([]);
    await context.close();
  });
});
