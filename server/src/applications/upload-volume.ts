/**
 * How many bytes of applicants' files one network may store an hour. The count of applications
 * an hour (routes.ts) is generous, for a library or a job centre behind one address; at two
 * files of 10 MB each, that alone let one address store 1.2 GB an hour (an attacker's review).
 * A real CV is some hundreds of kilobytes: the volume is capped on its own. Kept in this
 * process, as the request limits are (@fastify/rate-limit's local store).
 */
import { AppError } from '../errors.ts';

const HOUR_MS = 60 * 60_000;
/** Past this many networks, those whose hour is over are dropped. */
const PRUNE_AT = 10_000;

export class HourlyUploadVolume {
  private readonly used = new Map<string, { since: number; bytes: number }>();

  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(maxBytes: number, now: () => number = Date.now) {
    this.maxBytes = maxBytes;
    this.now = now;
  }

  /** Refuses (429, and how long to wait) when `bytes` more would take the network past its hour's volume. */
  check(network: string, bytes: number): void {
    const entry = this.current(network);
    if (!entry || entry.bytes + bytes <= this.maxBytes) return;
    throw new AppError(429, 'rate_limited', 'error.upload_volume', {
      retryAfterSeconds: Math.max(1, Math.ceil((entry.since + HOUR_MS - this.now()) / 1000)),
    });
  }

  /** Counts what a network has stored. */
  add(network: string, bytes: number): void {
    if (bytes <= 0) return;
    const entry = this.current(network);
    if (entry) entry.bytes += bytes;
    else {
      if (this.used.size >= PRUNE_AT) this.prune();
      this.used.set(network, { since: this.now(), bytes });
    }
  }

  private current(network: string) {
    const entry = this.used.get(network);
    return entry && entry.since + HOUR_MS > this.now() ? entry : undefined;
  }

  private prune(): void {
    for (const [network, entry] of this.used) if (entry.since + HOUR_MS <= this.now()) this.used.delete(network);
  }
}
