import { describe, expect, it } from 'vitest';
import { Turns } from './turns.ts';

describe('turns', () => {
  it('lets so many at once, lines up the next, refuses past the line, and starts the next when one ends', async () => {
    const turns = new Turns(1, 2);
    const [a, b, c, d] = [{}, {}, {}, {}];
    expect(await turns.take(a)).toBe(true);
    const second = turns.take(b);
    const third = turns.take(c);
    expect(await turns.take(d)).toBe(false);
    turns.give(a);
    expect(await second).toBe(true);
    turns.give(b);
    expect(await third).toBe(true);
    turns.give(c);
    expect(await turns.take(d)).toBe(true);
  });

  it('drops one that is given up while it waits, and ignores a second give', async () => {
    const turns = new Turns(1, 1);
    const [a, b, c] = [{}, {}, {}];
    expect(await turns.take(a)).toBe(true);
    const waiting = turns.take(b);
    turns.give(b);
    expect(await waiting).toBe(false);
    turns.give(a);
    turns.give(a);
    expect(await turns.take(c)).toBe(true);
    void turns.take(b);
    expect(await turns.take({})).toBe(false);
  });

  it('ends a turn held too long by itself, for the next in line', async () => {
    const turns = new Turns(1, 1);
    expect(await turns.take({}, 20)).toBe(true);
    // Never given back: the next starts once the first's time is up.
    expect(await turns.take({})).toBe(true);
  });
});
