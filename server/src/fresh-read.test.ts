import { describe, expect, it } from 'vitest';
import { FreshRead, sharedFreshRead } from './fresh-read.ts';

/** A read whose answers say which read they came from, ended by hand. */
function controlledRead() {
  const reads: { number: number; end: () => void; fail: (error: Error) => void }[] = [];
  const fresh = new FreshRead(
    () =>
      new Promise<number>((resolve, reject) => {
        const number = reads.length + 1;
        reads.push({ number, end: () => resolve(number), fail: reject });
      }),
  );
  return { fresh, reads };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('FreshRead', () => {
  it('starts a read for the first caller, and shares the next one among those who ask while it runs', async () => {
    const { fresh, reads } = controlledRead();
    const first = fresh.get();
    const second = fresh.get();
    const third = fresh.get();
    expect(reads).toHaveLength(1);
    reads[0]!.end();
    await expect(first).resolves.toBe(1);
    await tick();
    // The two who asked while read 1 ran get read 2, which started after they asked.
    expect(reads).toHaveLength(2);
    reads[1]!.end();
    await expect(Promise.all([second, third])).resolves.toEqual([2, 2]);
  });

  it('never answers a caller from a read that started before it asked', async () => {
    const { fresh, reads } = controlledRead();
    // One read runs at a time: the latest one started.
    const endLatest = async () => {
      reads.at(-1)?.end();
      await tick();
    };
    const answers: Promise<{ askedAfter: number; got: number }>[] = [];
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 3; i++) {
        const askedAfter = reads.length;
        answers.push(fresh.get().then((got) => ({ askedAfter, got })));
      }
      await endLatest();
    }
    for (let i = 0; i < 3; i++) await endLatest();
    for (const { askedAfter, got } of await Promise.all(answers)) expect(got).toBeGreaterThan(askedAfter);
    // Fewer reads than callers: they were shared.
    expect(reads.length).toBeLessThan(answers.length);
  });

  it('gives a failure to everyone sharing the read, and reads again for the next caller', async () => {
    const { fresh, reads } = controlledRead();
    const first = fresh.get();
    const second = fresh.get();
    const third = fresh.get();
    reads[0]!.end();
    await first;
    await tick();
    reads[1]!.fail(new Error('database away'));
    await expect(second).rejects.toThrow('database away');
    await expect(third).rejects.toThrow('database away');
    const after = fresh.get();
    expect(reads).toHaveLength(3);
    reads[2]!.end();
    await expect(after).resolves.toBe(3);
  });

  it('turns a read that throws at once into a rejection', async () => {
    const fresh = new FreshRead<number>(() => {
      throw new Error('no pool');
    });
    await expect(fresh.get()).rejects.toThrow('no pool');
    await expect(fresh.get()).rejects.toThrow('no pool');
  });

  it('shares one read per owner and name (sharedFreshRead)', async () => {
    const owner = {};
    let reads = 0;
    const read = () => new Promise<number>((resolve) => setImmediate(() => resolve(++reads)));
    const together = await Promise.all([
      sharedFreshRead(owner, 'a', read),
      sharedFreshRead(owner, 'a', read),
      sharedFreshRead(owner, 'b', read),
      sharedFreshRead({}, 'a', read),
    ]);
    // 'a' of owner: one read, the second caller waits for the next; 'b' and another owner read on their own.
    expect(new Set(together).size).toBe(4);
    expect(reads).toBe(4);
    // Three at once for one read: the first starts it, the other two share the next.
    const three = [1, 2, 3].map(() => sharedFreshRead(owner, 'a', read));
    expect(await Promise.all(three)).toEqual([5, 6, 6]);
  });
});
