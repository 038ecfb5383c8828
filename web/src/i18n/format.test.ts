import { beforeAll, describe, expect, it } from 'vitest';
import { closingSoon, formatters } from './format.ts';
import { loadMessages } from './messages.ts';

describe('closingSoon', () => {
  it('counts from the Dutch day, not the UTC one', () => {
    // 23:30 UTC on 31 December is already 1 January in the Netherlands.
    expect(closingSoon('2026-01-01', new Date('2025-12-31T23:30:00Z'))).toBe(0);
    expect(closingSoon('2026-01-15', new Date('2025-12-31T23:30:00Z'))).toBe(14);
  });

  it('says nothing of dates past or more than two weeks away', () => {
    expect(closingSoon('2025-12-31', new Date('2025-12-31T23:30:00Z'))).toBeNull();
    expect(closingSoon('2026-01-16', new Date('2025-12-31T23:30:00Z'))).toBeNull();
    expect(closingSoon(null)).toBeNull();
  });
});

describe('formatters().date', () => {
  it('writes a calendar date as that day, also on the days the clocks change', () => {
    const { date } = formatters('nl');
    expect(date('2026-03-29')).toBe('29 maart 2026');
    expect(date('2026-10-25')).toBe('25 oktober 2026');
  });

  it('writes a moment as its day in the Netherlands', () => {
    expect(formatters('nl').date('2025-12-31T23:30:00Z')).toBe('1 januari 2026');
  });
});

describe('formatters().fileSize and list', () => {
  beforeAll(() => loadMessages('en'));

  it('writes a size in kB below a megabyte and in MB above, never as 0 kB', () => {
    expect(formatters('nl').fileSize(200)).toBe('1 kB');
    expect(formatters('nl').fileSize(312 * 1024)).toBe('312 kB');
    expect(formatters('nl').fileSize(1.5 * 1024 * 1024)).toBe('1,5 MB');
    expect(formatters('en').fileSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });

  it('lists items as each language does', () => {
    expect(formatters('nl').list(['rijbewijs', 'vergunning', 'wabo'])).toBe('rijbewijs, vergunning en wabo');
    expect(formatters('en').list(['licence', 'permit'])).toBe('licence and permit');
  });
});
