import { describe, expect, it } from 'vitest';
import { placeOnPage } from './pending-additions.ts';

/** Every page of the merged list, as a reader pages through it. */
function pages(engine: string[], pending: { item: string; rank: number }[], pageSize: number): string[][] {
  const total = engine.length + pending.length;
  const all: string[][] = [];
  for (let start = 0; start < total; start += pageSize) {
    const placement = placeOnPage(pending, start, pageSize);
    all.push(placement.assemble(engine.slice(placement.engineOffset, placement.engineOffset + placement.engineLimit)));
  }
  return all;
}

describe('placeOnPage', () => {
  const engine = ['e0', 'e1', 'e2', 'e3', 'e4', 'e5'];

  it('puts a pending item before the engine hit of its rank, and shifts the later pages by one', () => {
    expect(pages(engine, [{ item: 'p', rank: 2 }], 2)).toEqual([['e0', 'e1'], ['p', 'e2'], ['e3', 'e4'], ['e5']]);
    expect(pages(engine, [{ item: 'p', rank: 0 }], 4)).toEqual([
      ['p', 'e0', 'e1', 'e2'],
      ['e3', 'e4', 'e5'],
    ]);
  });

  it('places several, in rank order whatever order they come in, each item exactly once', () => {
    const pending = [
      { item: 'last', rank: 6 },
      { item: 'first', rank: 0 },
      { item: 'mid', rank: 3 },
    ];
    const merged = pages(engine, pending, 4);
    expect(merged.flat()).toEqual(['first', 'e0', 'e1', 'e2', 'mid', 'e3', 'e4', 'e5', 'last']);
    expect(merged.map((page) => page.length)).toEqual([4, 4, 1]);
  });

  it('asks the engine for fewer hits where pending items fill the page', () => {
    const placement = placeOnPage([{ item: 'p', rank: 0 }], 0, 20);
    expect(placement).toMatchObject({ engineOffset: 0, engineLimit: 19 });
    expect(placeOnPage([{ item: 'p', rank: 0 }], 20, 20)).toMatchObject({ engineOffset: 19, engineLimit: 20 });
  });
});
