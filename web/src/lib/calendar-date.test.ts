import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from './calendar-date.ts';

describe('parseCalendarDate', () => {
  it('takes the ISO form and a typed day-month-year', () => {
    expect(parseCalendarDate('2025-12-31')).toBe('2025-12-31');
    expect(parseCalendarDate(' 31-12-2025 ')).toBe('2025-12-31');
    expect(parseCalendarDate('1/2/2026')).toBe('2026-02-01');
  });

  it('refuses what is no date', () => {
    expect(parseCalendarDate('')).toBeNull();
    expect(parseCalendarDate('2025-02-30')).toBeNull();
    expect(parseCalendarDate('12/31/2025')).toBeNull();
    expect(parseCalendarDate('morgen')).toBeNull();
  });
});
