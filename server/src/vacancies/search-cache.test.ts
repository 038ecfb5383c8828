import { describe, expect, it } from 'vitest';
import { SearchCache, searchMoment } from './search-cache.ts';

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

  it('keeps no failure, nothing past five minutes, and no more answers than it may hold', async () => {
    const cache = new SearchCache<number>(2);
    await expect(cache.answer('a', 0, () => Promise.reject(new Error('engine away')))).rejects.toThrow('engine away');
    expect((await cache.answer('a', 1, () => Promise.resolve(1))).source).toBe('miss');
    expect((await cache.answer('a', 300_001, () => Promise.resolve(2))).answer).toBe(2);
    await cache.answer('b', 300_002, () => Promise.resolve(3));
    await cache.answer('c', 300_003, () => Promise.resolve(4));
    // Room for two: 'a', the least recently used, is gone; 'c' is kept.
    expect((await cache.answer('c', 300_004, () => Promise.resolve(6))).source).toBe('hit');
    expect((await cache.answer('a', 300_005, () => Promise.resolve(5))).source).toBe('miss');
  });

  it('gives an answer older than a minute while it asks for a newer one, once, and keeps it if that fails', async () => {
    const cache = new SearchCache<string>();
    let asked = 0;
    const ask = (answer: string) => () => {
      asked += 1;
      return Promise.resolve(answer);
    };
    await cache.answer('home', 0, ask('first'));
    // Within the minute: kept, not renewed.
    expect(await cache.answer('home', 59_999, ask('second'))).toEqual({ answer: 'first', source: 'hit' });
    expect(asked).toBe(1);
    // Past it: the kept answer at once, and one search for a newer one however many ask.
    let renew!: (value: string) => void;
    const slow = () => {
      asked += 1;
      return new Promise<string>((resolve) => (renew = resolve));
    };
    expect(await cache.answer('home', 60_000, slow)).toEqual({ answer: 'first', source: 'hit' });
    expect(await cache.answer('home', 60_001, slow)).toEqual({ answer: 'first', source: 'hit' });
    expect(asked).toBe(2);
    renew('second');
    await Promise.resolve();
    expect(await cache.answer('home', 60_002, ask('third'))).toEqual({ answer: 'second', source: 'hit' });
    // A failed renewal leaves the kept answer; the next try comes ten seconds later, not at once.
    const failing = () => {
      asked += 1;
      return Promise.reject(new Error('engine away'));
    };
    expect((await cache.answer('home', 120_002, failing)).answer).toBe('second');
    await Promise.resolve();
    expect((await cache.answer('home', 125_000, ask('too soon'))).answer).toBe('second');
    expect(asked).toBe(3);
    expect((await cache.answer('home', 130_002, ask('fourth'))).answer).toBe('second');
    await Promise.resolve();
    expect((await cache.answer('home', 130_003, ask('fifth'))).answer).toBe('fourth');
    expect(asked).toBe(4);
  });

  it('judges "open" as of the start of the Dutch day, and "posted within" at the end of the minute', () => {
    const winter = new Date('2026-12-02T14:37:12.345Z');
    expect(searchMoment(winter, undefined).toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(searchMoment(new Date('2026-07-01T21:59:00Z'), undefined).toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(searchMoment(new Date('2026-07-01T22:00:00Z'), undefined).toISOString()).toBe('2026-07-01T22:00:00.000Z');
    expect(searchMoment(winter, 7).toISOString()).toBe('2026-12-02T14:38:00.000Z');
    expect(searchMoment(new Date('2026-12-02T14:37:00.000Z'), 7).toISOString()).toBe('2026-12-02T14:38:00.000Z');
  });
});
