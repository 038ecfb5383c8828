/**
 * A circuit breaker for the search engine. While the engine answers, every request goes
 * through. The first request that finds it unreachable opens the breaker; one that times out
 * or gets a 5xx opens it when a probe of the engine fails too (a hung engine, not a busy one).
 * While open, requests fail at once, so a search answers from the database without waiting,
 * and a probe (an empty search, asked with the portal's key) runs every second in the
 * background. The first good probe closes the breaker and tells whoever listens (the sync
 * worker drains its backlog at once instead of waiting out its back-off).
 */
export interface BreakerStatus {
  state: 'closed' | 'open';
  /** Since when it has been open; null while closed. */
  openSince: string | null;
  /** How often it has opened since the process started. */
  trips: number;
  lastError: string | null;
}

export class SearchEngineBreaker {
  private open = false;
  private openSince: Date | undefined;
  private trips = 0;
  private probing = false;
  private confirming = false;
  private readonly listeners = new Set<() => void>();
  lastError: string | undefined;

  /** Whether the engine answers now (bounded in time). */
  readonly probe: () => Promise<boolean>;
  private readonly probeIntervalMs: number;

  constructor(probe: () => Promise<boolean>, probeIntervalMs = 1000) {
    this.probe = probe;
    this.probeIntervalMs = probeIntervalMs;
  }

  get isOpen(): boolean {
    return this.open;
  }

  status(): BreakerStatus {
    return {
      state: this.open ? 'open' : 'closed',
      openSince: this.openSince?.toISOString() ?? null,
      trips: this.trips,
      lastError: this.lastError ?? null,
    };
  }

  success(): void {
    if (this.open) this.close();
  }

  /**
   * Records a failed request. A refused connection is certain: the engine is gone, open now.
   * A timeout or a 5xx may be a busy engine under a rush: open only if a probe fails too, so
   * heavy but healthy load is never sent to the database.
   */
  failure(error: unknown, options: { certain?: boolean } = {}): void {
    this.lastError = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    if (this.open) return;
    if (options.certain ?? true) {
      this.trip();
      return;
    }
    if (this.confirming) return;
    this.confirming = true;
    void this.probe()
      .catch(() => false)
      .then((healthy) => {
        this.confirming = false;
        if (!healthy) this.trip();
      });
  }

  private trip(): void {
    if (this.open) return;
    this.open = true;
    this.openSince = new Date();
    this.trips++;
    void this.probeUntilHealthy();
  }

  /** Calls `listener` each time the engine is found healthy again; returns the unsubscribe. */
  onRecovered(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private close(): void {
    this.open = false;
    this.openSince = undefined;
    for (const listener of this.listeners) listener();
  }

  private async probeUntilHealthy(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      while (this.open) {
        // unref: a probe must never keep a finished process alive.
        await new Promise((resolve) => setTimeout(resolve, this.probeIntervalMs).unref());
        if (await this.probe()) this.close();
      }
    } finally {
      this.probing = false;
    }
  }
}
