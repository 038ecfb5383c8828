import { describe, expect, it } from 'vitest';
import { cpuBetween, parseProcStat } from './cpu.ts';

describe('the CPU split of a bench phase', () => {
  it('reads a program name (spaces and parentheses in it too) and its user + system ticks', () => {
    const line = '4242 (meilisearch) S 1 4242 4242 0 -1 4194560 900 0 0 0 1234 566 0 0 20 0 9 0 100 0 0';
    expect(parseProcStat(line)).toEqual({ program: 'meilisearch', cpuSeconds: 18 });
    // The postmaster: its ended backends' time (cutime 300, cstime 100 ticks) counts as PostgreSQL's.
    const postmaster = '99 (postgres) S 1 99 99 0 -1 4194560 900 0 0 0 20 10 300 100 20 0 1 0 100 0 0';
    expect(parseProcStat(postmaster)).toEqual({ program: 'postgres', cpuSeconds: 4.3 });
    const odd = '7 (a (b) c) R 1 7 7 0 -1 0 0 0 0 0 50 25 0 0 20 0 1 0 1 0 0';
    expect(parseProcStat(odd)).toEqual({ program: 'a (b) c', cpuSeconds: 0.75 });
    expect(parseProcStat('')).toBeUndefined();
  });

  it('counts what each program spent between two readings, never less than nothing', () => {
    const before = new Map([
      ['node', 10],
      ['postgres', 5],
      ['meilisearch', 7],
    ]);
    const after = new Map([
      ['node', 18.26],
      ['postgres', 4],
      ['meilisearch', 19.5],
    ]);
    expect(cpuBetween(before, after)).toEqual({ portal: 8.3, postgres: 0, meilisearch: 12.5 });
  });
});
