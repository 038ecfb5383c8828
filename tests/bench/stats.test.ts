import { describe, expect, it } from 'vitest';
import { percentile } from './stats.ts';

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('the nearest-rank percentile', () => {
  it('is the value at rank ⌈p/100 × n⌉', () => {
    expect(percentile(oneTo(10), 50)).toBe(5);
    expect(percentile(oneTo(10), 95)).toBe(10);
    expect(percentile(oneTo(20), 95)).toBe(19);
    expect(percentile(oneTo(100), 99)).toBe(99);
    expect(percentile(oneTo(3), 0)).toBe(1);
    expect(percentile(oneTo(3), 100)).toBe(3);
  });

  it('is 0 for no values', () => {
    expect(percentile([], 95)).toBe(0);
  });
});
