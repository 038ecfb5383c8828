import { describe, expect, it } from 'vitest';
import { SearchCache, searchMinute } from './search-cache.ts';

describe('the search cache', () => {
  it('asks the engine once for identical searches, together or one after the other', async () => {
    const cache = new SearchCache<string>();
    let asked = 0;
    let answer!: (value: string) => void;
    const search = () => {
      asked += 1;
      return new Promise<string>((resolve) => (answer = resolve));
    };
    const first = cache.answer('home', 0, search);
    const second = cache.answer('home', 1, search);
    answer('results');
    expect(await first).toEqual({ answer: 'results', source: 'miss' });
    expect(await second).toEqual({ answer: 'results', source: 'hit' });
    expect(await cache.answer('home', 2, search)).toEqual({ answer: 'results', source: 'hit' });
    expect(asked).toBe(1);
  });

  it('keeps no failure, nothing past a minute, and no more answers than it may hold', async () => {
    const cache = new SearchCache<number>(2);
    await expect(cache.answer('a', 0, () => Promise.reject(new Error('engine away')))).rejects.toThrow('engine away');
    expect((await cache.answer('a', 1, () => Promise.resolve(1))).source).toBe('miss');
    expect((await cache.answer('a', 60_001, () => Promise.resolve(2))).answer).toBe(2);
    await cache.answer('b', 60_002, () => Promise.resolve(3));
    await cache.answer('c', 60_003, () => Promise.resolve(4));
    // Room for two: 'a', the least recently used, is gone; 'c' is kept.
    expect((await cache.answer('c', 60_004, () => Promise.resolve(6))).source).toBe('hit');
    expect((await cache.answer('a', 60_005, () => Promise.resolve(5))).source).toBe('miss');
  });

  it('evaluates time filters at the end of the current minute', () => {
    expect(searchMinute(new Date('2026-12-02T14:37:12.345Z')).toISOString()).toBe('2026-12-02T14:38:00.000Z');
    expect(searchMinute(new Date('2026-12-02T14:37:00.000Z')).toISOString()).toBe('2026-12-02T14:38:00.000Z');
  });
});
