import { describe, expect, it } from 'vitest';
import { isCountedVisitor, VisitMemory } from './visitors.ts';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

describe('who is counted', () => {
  it('counts people’s browsers', () => {
    expect(isCountedVisitor({ 'user-agent': FIREFOX })).toBe(true);
    expect(isCountedVisitor({ 'user-agent': SAFARI_PHONE })).toBe(true);
  });

  it('does not count crawlers, previews, headless browsers, scripts or prefetches', () => {
    for (const agent of [
      '',
      undefined,
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'facebookexternalhit/1.1',
      'WhatsApp/2.23.20.0',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0 Safari/537.36',
      'curl/8.5.0',
      'python-requests/2.32',
      'node',
      'Go-http-client/2.0',
      'UptimeRobot/2.0',
    ])
      expect(isCountedVisitor({ 'user-agent': agent }), String(agent)).toBe(false);
    expect(isCountedVisitor({ 'user-agent': FIREFOX, 'sec-purpose': 'prefetch' })).toBe(false);
    expect(isCountedVisitor({ 'user-agent': FIREFOX, purpose: 'prefetch' })).toBe(false);
  });
});

describe('a visit', () => {
  it('is one visitor on one vacancy within half an hour, forgotten the next day', () => {
    const visits = new VisitMemory();
    const morning = new Date('2026-12-01T09:00:00+01:00');
    expect(visits.isNewVisit('10.0.0.1', FIREFOX, 'v1', morning)).toBe(true);
    expect(visits.isNewVisit('10.0.0.1', FIREFOX, 'v1', morning)).toBe(false);
    expect(visits.isNewVisit('10.0.0.1', FIREFOX, 'v2', morning)).toBe(true);
    expect(visits.isNewVisit('10.0.0.2', FIREFOX, 'v1', morning)).toBe(true);
    expect(visits.isNewVisit('10.0.0.1', SAFARI_PHONE, 'v1', morning)).toBe(true);
    // A new Dutch day brings a new salt: yesterday's visitors cannot be recognised.
    expect(visits.isNewVisit('10.0.0.1', FIREFOX, 'v1', new Date('2026-12-02T00:10:00+01:00'))).toBe(true);
  });
});
