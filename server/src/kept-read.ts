/**
 * A read the search needs on every request but that changes seldom (the titles' word forms, the
 * synonym groups in force), kept per database handle and renewed in the background. A search
 * never waits for a renewal, and the first load waits a moment at most; while nothing could be
 * loaded (the database away), `empty` is the answer, and the search goes on without it.
 */
import { withinTime } from './within-time.ts';

/** How long the first search waits for the first load. */
const FIRST_LOAD_WAIT_MS = 2_000;
/** After a failed load, the next try waits this long. */
const RETRY_AFTER_MS = 30_000;

interface Kept<T> {
  value: T;
  loaded: boolean;
  /** From when a request starts a renewal. */
  renewFrom: number;
  loading: Promise<T> | undefined;
}

export class KeptRead<Owner extends object, T> {
  private readonly kept = new WeakMap<Owner, Kept<T>>();
  private readonly read: (owner: Owner) => Promise<T>;
  private readonly empty: T;
  private readonly renewAfterMs: number;

  constructor(options: { read: (owner: Owner) => Promise<T>; empty: T; renewAfterMs: number }) {
    this.read = options.read;
    this.empty = options.empty;
    this.renewAfterMs = options.renewAfterMs;
  }

  /** The kept value, renewed in the background when due. */
  async get(owner: Owner): Promise<T> {
    const entry = this.entryOf(owner);
    if (Date.now() >= entry.renewFrom) void this.load(owner, entry);
    if (entry.loaded || !entry.loading) return entry.value;
    // Nothing loaded yet: the request waits for the first load, a moment at most.
    return withinTime(entry.loading, FIRST_LOAD_WAIT_MS).catch(() => this.empty);
  }

  /** Reads anew now (after a change this process made), for whoever asks next. */
  renew(owner: Owner): Promise<T> {
    const entry = this.entryOf(owner);
    entry.renewFrom = 0;
    // A load that started before the change may read what was there before it: load after it.
    return (entry.loading ?? Promise.resolve()).then(() => this.load(owner, entry));
  }

  private entryOf(owner: Owner): Kept<T> {
    let entry = this.kept.get(owner);
    if (!entry) {
      entry = { value: this.empty, loaded: false, renewFrom: 0, loading: undefined };
      this.kept.set(owner, entry);
    }
    return entry;
  }

  private load(owner: Owner, entry: Kept<T>): Promise<T> {
    entry.loading ??= this.read(owner)
      .then((value) => {
        Object.assign(entry, { value, loaded: true, renewFrom: Date.now() + this.renewAfterMs });
        return value;
      })
      .catch(() => {
        entry.renewFrom = Date.now() + RETRY_AFTER_MS;
        return entry.value;
      })
      .finally(() => {
        entry.loading = undefined;
      });
    return entry.loading;
  }
}
