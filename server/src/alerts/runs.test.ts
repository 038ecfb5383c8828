import { describe, expect, it } from 'vitest';
import { latestSevenAm } from './runs.ts';
import { addressOfManageKey, alertOfConfirmToken, confirmToken, manageKey, unsubscribeToken } from './tokens.ts';

describe('the moment daily and weekly alerts go out', () => {
  it('is the latest 07:00 in Amsterdam, also on the days the clocks change', () => {
    expect(latestSevenAm(new Date('2026-12-02T08:00:00Z')).toISOString()).toBe('2026-12-02T06:00:00.000Z');
    expect(latestSevenAm(new Date('2026-12-02T05:59:00Z')).toISOString()).toBe('2026-12-01T06:00:00.000Z');
    // 29 March 2026: summer time from 02:00; 07:00 is 05:00 UTC.
    expect(latestSevenAm(new Date('2026-03-29T12:00:00Z')).toISOString()).toBe('2026-03-29T05:00:00.000Z');
    // 25 October 2026: winter time from 03:00; 07:00 is 06:00 UTC.
    expect(latestSevenAm(new Date('2026-10-25T12:00:00Z')).toISOString()).toBe('2026-10-25T06:00:00.000Z');
  });

  it('is on a Monday for weekly alerts', () => {
    // Wednesday 2 December 2026 → Monday 30 November.
    expect(latestSevenAm(new Date('2026-12-02T08:00:00Z'), 1).toISOString()).toBe('2026-11-30T06:00:00.000Z');
  });
});

describe('the links of alert mails', () => {
  const secret = 'a-test-secret-of-enough-length-for-hmac';
  it('name what they were made for, and nothing else', () => {
    const now = new Date('2026-12-02T08:00:00Z');
    const token = confirmToken(secret, 'alert-1', now);
    expect(alertOfConfirmToken(secret, token, now)).toBe('alert-1');
    expect(alertOfConfirmToken(secret, token, new Date(now.getTime() + 8 * 86_400_000))).toBeNull();
    expect(alertOfConfirmToken('another-secret-another-secret-another', token, now)).toBeNull();
    // An unsubscribe link is no confirmation link, though it names the same alert.
    expect(alertOfConfirmToken(secret, unsubscribeToken(secret, 'alert-1', now), now)).toBeNull();
    expect(addressOfManageKey(secret, manageKey(secret, ' Iemand@Example.org ', now), now)).toBe('iemand@example.org');
    expect(addressOfManageKey(secret, `${manageKey(secret, 'a@b.nl', now)}x`, now)).toBeNull();
  });
});
