/**
 * Throttling of sign-in and e-mailed links that slows an attacker down without locking the
 * real user out (probe finding 4).
 *
 * - Counted per address, and per address *and* subject (an account's e-mail, a token's
 *   hash): wrong passwords from elsewhere never block the owner of an account.
 * - Only failures count where the outcome tells (sign-in, token links); a success does not
 *   count and forgets the failures of its subject from that address.
 * - An attempt is counted when it starts and taken back when it succeeds, so a burst of
 *   parallel guesses cannot all slip in before the first one is counted.
 * - Fixed windows in memory, like the global rate limit: one process serves the portal.
 */
import { AppError } from '../errors.ts';
import { limitedNetwork } from '../network-address.ts';

interface Bucket {
  count: number;
  resetAt: number;
}

export interface ThrottleOptions {
  windowMs: number;
  /** Failures of one address, all subjects together. */
  maxPerAddress: number;
  /** Failures of one address for one subject. */
  maxPerSubject: number;
  /** Buckets kept at most; the oldest go first (an attacker cannot fill the memory). */
  capacity?: number;
  now?: () => number;
}

/** One attempt under way: settle it once its outcome is known. */
export interface Attempt {
  /** It went well: it does not count, and the subject's failures from this address are forgotten. */
  succeeded(): void;
  /** It did not count either way (e.g. a password refused by the policy). */
  discard(): void;
}

export class AttemptThrottle {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly capacity: number;
  private readonly options: ThrottleOptions;

  constructor(options: ThrottleOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.capacity = options.capacity ?? 100_000;
  }

  /**
   * Counts an attempt of `address` (for `subject`, when given), or throws a 429 that says
   * how long to wait when one of its limits is used up.
   */
  begin(address: string, subject?: string): Attempt {
    const keys: [string, number][] = [[`a:${address}`, this.options.maxPerAddress]];
    if (subject !== undefined) keys.push([`s:${address}:${subject}`, this.options.maxPerSubject]);
    const now = this.now();
    let waitMs = 0;
    for (const [key, max] of keys) {
      const bucket = this.current(key, now);
      if (bucket && bucket.count >= max) waitMs = Math.max(waitMs, bucket.resetAt - now);
    }
    if (waitMs > 0) {
      throw new AppError(429, 'rate_limited', 'error.too_many_attempts', {
        retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
      });
    }
    for (const [key] of keys) this.increment(key, now);
    let settled = false;
    const takeBack = () => {
      if (settled) return false;
      settled = true;
      for (const [key] of keys) {
        const bucket = this.buckets.get(key);
        if (bucket && bucket.count > 0) bucket.count--;
      }
      return true;
    };
    return {
      succeeded: () => {
        if (takeBack() && keys[1]) this.buckets.delete(keys[1][0]);
      },
      discard: () => void takeBack(),
    };
  }

  private current(key: string, now: number): Bucket | undefined {
    const bucket = this.buckets.get(key);
    if (bucket && bucket.resetAt <= now) {
      this.buckets.delete(key);
      return undefined;
    }
    return bucket;
  }

  private increment(key: string, now: number): void {
    const bucket = this.current(key, now);
    if (bucket) {
      bucket.count++;
      return;
    }
    if (this.buckets.size >= this.capacity) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    this.buckets.set(key, { count: 1, resetAt: now + this.options.windowMs });
  }
}

/**
 * Runs `work` as an attempt of the caller's network for `subject`. When `failure` names error
 * codes, only those outcomes count; without it, every attempt counts (it sends mail or makes an
 * account, whatever the outcome).
 */
export async function throttledAttempt<T>(
  throttle: AttemptThrottle,
  ip: string,
  subject: string | undefined,
  work: () => Promise<T>,
  failure?: string | readonly string[],
): Promise<T> {
  const counted = throttle.begin(limitedNetwork(ip), subject);
  if (failure === undefined) return work();
  try {
    const result = await work();
    counted.succeeded();
    return result;
  } catch (error) {
    const counts = typeof failure === 'string' ? [failure] : failure;
    if (!(error instanceof AppError && counts.includes(error.code))) counted.discard();
    throw error;
  }
}
