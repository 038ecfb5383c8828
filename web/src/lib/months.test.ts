import { describe, expect, it } from 'vitest';
import { figuresMessages } from '../i18n/figures-messages.ts';
import { monthName, monthTick, pastMonths, spansYears, trendSentence } from './months.ts';

const number = (value: number) => value.toLocaleString('nl-NL');

describe('months on the figures pages', () => {
  it('names months in the reader’s language, short on an axis, with the year when the axis spans two', () => {
    expect(monthName('nl', '2026-03')).toBe('maart 2026');
    expect(monthName('en', '2026-03')).toBe('March 2026');
    expect(monthTick('nl', '2026-03', false)).toBe('mrt');
    expect(spansYears(['2025-12', '2026-01'])).toBe(true);
    expect(spansYears(['2026-01', '2026-12'])).toBe(false);
  });

  it('leaves the months still to come out of a summary', () => {
    const rows = ['2026-10', '2026-11', '2026-12'].map((month) => ({ month, value: 1 }));
    expect(pastMonths(rows, '2026-11-15').map((r) => r.month)).toEqual(['2026-10', '2026-11']);
    expect(pastMonths(rows, '2026-01-01')).toEqual(rows);
  });

  it('sums a chart up in one sentence: total, first and last month, and the highest', () => {
    const rows = [
      { month: '2026-01', value: 12 },
      { month: '2026-02', value: 1041 },
      { month: '2026-03', value: 30 },
    ];
    expect(trendSentence(figuresMessages.nl, 'nl', number, 'Sollicitaties', rows)).toBe(
      'Sollicitaties: 1.083 in totaal, van 12 in januari 2026 naar 30 in maart 2026. Het hoogst in februari 2026 (1.041).',
    );
    expect(trendSentence(figuresMessages.en, 'en', String, 'Applications', rows.slice(0, 1))).toBe(
      'Applications: 12 in January 2026.',
    );
    expect(trendSentence(figuresMessages.nl, 'nl', number, 'Aannames', [{ month: '2026-01', value: 0 }])).toBe(
      'Aannames: geen in deze periode.',
    );
  });
});
