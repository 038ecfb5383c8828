/**
 * How many bytes of applicants' files one network may store an hour. The count of applications
 * an hour (routes.ts) is generous, for a library or a job centre behind one address; at two
 * files of 10 MB each, that alone let one address store 1.2 GB an hour (an attacker's review).
 * A real CV is some hundreds of kilobytes: the volume is capped on its own. Kept in this
 * process, as the request limits are (@fastify/rate-limit's local store).
 *
 * A request reserves what it may store before its body is read, and settles with what it did
 * store when it ends: checked against what was stored alone, twenty requests sent at once all
 * passed, 400 MB against 300 (the attacker again).
 */
import { AppError } from '../errors.ts';

const HOUR_MS = 60 * 60_000;
/**
 * The wait to say when only requests still under way stand in the way: most end within seconds
 * (none later than Node's time limit for a request, five minutes), and what they did not keep
 * is free again then. The hour's end was said instead (a review).
 */
const UNDER_WAY_WAIT_SECONDS = 30;
/** Past this many networks, those whose hour is over and that have nothing reserved are dropped. */
const PRUNE_AT = 10_000;

interface Hour {
  since: number;
  /** Stored in this hour. */
  bytes: number;
  /** Reserved by requests under way (whatever hour they began in). */
  reserved: number;
}

/** What one request reserved; settled once. */
export interface VolumeReservation {
  network: string;
  bytes: number;
  settled: boolean;
}

export class HourlyUploadVolume {
  private readonly used = new Map<string, Hour>();
  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(maxBytes: number, now: () => number = Date.now) {
    this.maxBytes = maxBytes;
    this.now = now;
  }

  /**
   * Reserves `bytes` for a request of `network`, or refuses it (429, and how long to wait) when
   * they would take the network past its hour's volume with what it stored and has under way.
   */
  reserve(network: string, bytes: number): VolumeReservation {
    const hour = this.hourOf(network);
    if (hour.bytes + hour.reserved + bytes > this.maxBytes && (hour.bytes > 0 || hour.reserved > 0)) {
      const hourLeft = Math.max(1, Math.ceil((hour.since + HOUR_MS - this.now()) / 1000));
      // What was stored leaves room: the requests under way hold it, for seconds, not the hour.
      if (hour.bytes + bytes <= this.maxBytes)
        throw new AppError(429, 'rate_limited', 'error.upload_volume_under_way', {
          retryAfterSeconds: Math.min(UNDER_WAY_WAIT_SECONDS, hourLeft),
        });
      throw new AppError(429, 'rate_limited', 'error.upload_volume', { retryAfterSeconds: hourLeft });
    }
    hour.reserved += bytes;
    return { network, bytes, settled: false };
  }

  /** Ends a reservation: `stored` bytes count towards the hour (0 when nothing was kept). */
  settle(reservation: VolumeReservation, stored: number): void {
    if (reservation.settled) return;
    reservation.settled = true;
    const hour = this.hourOf(reservation.network);
    hour.reserved = Math.max(0, hour.reserved - reservation.bytes);
    hour.bytes += Math.max(0, stored);
  }

  /** The network's current hour, a new one when the last is over (what is under way carries over). */
  private hourOf(network: string): Hour {
    const now = this.now();
    const hour = this.used.get(network);
    if (hour && hour.since + HOUR_MS > now) return hour;
    if (!hour && this.used.size >= PRUNE_AT) this.prune(now);
    const fresh = { since: now, bytes: 0, reserved: hour?.reserved ?? 0 };
    this.used.set(network, fresh);
    return fresh;
  }

  private prune(now: number): void {
    for (const [network, hour] of this.used)
      if (hour.since + HOUR_MS <= now && hour.reserved === 0) this.used.delete(network);
  }
}
