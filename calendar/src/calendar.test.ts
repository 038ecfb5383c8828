import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysUntil,
  dutchClockValue,
  dutchDate,
  endOfDutchDay,
  isCalendarDate,
  isOpenOn,
  momentOnDutchClock,
  startOfDutchDay,
} from './index.ts';

describe('the Dutch calendar', () => {
  it('knows real dates from look-alikes', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('1-1-2026')).toBe(false);
  });

  it('gives the Dutch date, which runs ahead of UTC in the evening', () => {
    expect(dutchDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(dutchDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(dutchDate(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(dutchDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('starts a day at Dutch midnight in winter and summer', () => {
    expect(startOfDutchDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDutchDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('starts and ends the days the clocks change correctly', () => {
    // 29 March 2026: clocks go forward at 02:00 (UTC+1 → UTC+2); midnight is still UTC+1.
    expect(startOfDutchDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfDutchDay('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    // 25 October 2026: clocks go back at 03:00 (UTC+2 → UTC+1); midnight is still UTC+2.
    expect(startOfDutchDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfDutchDay('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(endOfDutchDay('2026-10-24').toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });

  it('ends the last day of the calendar too (the next day has no four-digit year)', () => {
    // Midnight in Amsterdam, in winter an hour ahead of UTC.
    expect(endOfDutchDay('9999-12-31').toISOString()).toBe('9999-12-31T23:00:00.000Z');
  });

  it('counts days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-01', '2027-01-01')).toBe(31);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysUntil('2026-12-03', new Date('2026-12-01T23:30:00Z'))).toBe(1);
    expect(daysUntil('no date')).toBeNull();
  });

  it('keeps a vacancy open through its whole closing day in the Netherlands', () => {
    expect(isOpenOn(null)).toBe(true);
    expect(isOpenOn('2026-12-01', new Date('2026-12-01T22:59:59Z'))).toBe(true);
    expect(isOpenOn('2026-12-01', new Date('2026-12-01T23:00:00Z'))).toBe(false);
  });

  it('gives the Dutch date of every moment, also across midnights and clock changes, in any order', () => {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
    const moments: Date[] = [];
    for (const day of ['2026-03-28T20:00:00Z', '2026-10-24T20:00:00Z', '2026-12-31T20:00:00Z']) {
      for (let minutes = 0; minutes < 36 * 60; minutes += 7) moments.push(new Date(Date.parse(day) + minutes * 60_000));
    }
    // Forwards, then backwards: the day remembered must never answer for a moment outside it.
    for (const moment of [...moments, ...moments.reverse()]) expect(dutchDate(moment)).toBe(format.format(moment));
  });

  it('refuses what is no date instead of guessing', () => {
    expect(() => startOfDutchDay('2026-02-30')).toThrow(RangeError);
  });

  it('reads a datetime-local value as Dutch time whatever the machine’s zone, and writes one back', () => {
    expect(momentOnDutchClock('2026-12-20T09:00')?.toISOString()).toBe('2026-12-20T08:00:00.000Z');
    expect(momentOnDutchClock('2026-07-01T09:00')?.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    // The clocks go back on 25 October: 02:30 comes twice, the second (winter time) is taken.
    expect(momentOnDutchClock('2026-10-25T02:30')?.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    // And forward on 29 March: 02:30 never comes, an hour later does.
    expect(momentOnDutchClock('2026-03-29T02:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    for (const wrong of ['morgen', '2026-02-30T09:00', '2026-12-20T24:00', '2026-12-20 09:00', ''])
      expect(momentOnDutchClock(wrong), wrong).toBeUndefined();
    expect(dutchClockValue(new Date('2026-12-20T08:00:00Z'))).toBe('2026-12-20T09:00');
    expect(dutchClockValue(new Date('2026-07-01T07:00:00Z'))).toBe('2026-07-01T09:00');
  });
});
