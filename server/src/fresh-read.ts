/**
 * One database read shared by the requests that need it at about the same moment, each still
 * getting an answer read after it asked. The search reads the removals on their way to the index
 * and the organisations' names and logos on every request; under a rush, hundreds of requests a
 * second ran the same two statements, each a round trip through the pool.
 *
 * At most one read runs at a time. Whoever asks while none runs starts one; whoever asks while one
 * runs waits for the next, which starts as soon as the running one ends and answers all who asked
 * meanwhile. So no answer predates its request: a vacancy closed before a search arrived is never
 * missing from what that search reads, exactly as with a read of its own.
 */
export class FreshRead<T> {
  private running: Promise<T> | undefined;
  private next: Promise<T> | undefined;
  private readonly read: () => Promise<T>;

  constructor(read: () => Promise<T>) {
    this.read = read;
  }

  /** An answer from a read that started after this call. */
  get(): Promise<T> {
    if (this.next) return this.next;
    if (!this.running) return this.start();
    const settled = () => undefined;
    this.next = this.running.then(settled, settled).then(() => {
      this.next = undefined;
      return this.start();
    });
    return this.next;
  }

  private start(): Promise<T> {
    // A read that throws at once rejects like one that fails later.
    const reading = new Promise<T>((resolve) => resolve(this.read()));
    this.running = reading;
    const ended = () => {
      if (this.running === reading) this.running = undefined;
    };
    reading.then(ended, ended);
    return reading;
  }
}

const shared = new WeakMap<object, Map<string, FreshRead<unknown>>>();

/**
 * The read named `name` of `owner` (a database handle), shared by all who ask for it: made on
 * first use. `read` must always read the same thing for the same owner and name.
 */
export function sharedFreshRead<T>(owner: object, name: string, read: () => Promise<T>): Promise<T> {
  let reads = shared.get(owner);
  if (!reads) shared.set(owner, (reads = new Map()));
  let found = reads.get(name) as FreshRead<T> | undefined;
  if (!found) reads.set(name, (found = new FreshRead(read) as FreshRead<unknown> as FreshRead<T>));
  return found.get();
}
