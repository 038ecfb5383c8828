import { describe, expect, it } from 'vitest';
import { monthsOf } from './member-days.ts';

describe('monthsOf', () => {
  it('lists the months a period touches, across years', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  it('stops at the last month of the calendar too (as text, "10000-01" sorts before "9999-12")', () => {
    expect(monthsOf('9999-11-01', '9999-12-31')).toEqual(['9999-11', '9999-12']);
  });
});
