/**
 * Turns at something only `atOnce` may do at the same time, with at most `waiting` in line:
 * first come, first served. A holder that ends (or is abandoned while it waits) gives its place up.
 */
export class Turns<Holder extends object = object> {
  private readonly atOnce: number;
  private readonly waiting: number;
  private readonly holders = new Set<Holder>();
  private readonly line: { holder: Holder; start: (granted: boolean) => void }[] = [];

  constructor(atOnce: number, waiting: number) {
    this.atOnce = atOnce;
    this.waiting = waiting;
  }

  /**
   * Resolves true once `holder` has its turn, or false at once when the line is full. A turn ends
   * by itself after `maxHoldMs`: one that never gives it back (a sender of a byte a minute) does not
   * hold the others up for ever.
   */
  async take(holder: Holder, maxHoldMs = 30_000): Promise<boolean> {
    let granted: boolean;
    if (this.holders.size < this.atOnce) {
      this.holders.add(holder);
      granted = true;
    } else if (this.line.length >= this.waiting) {
      return false;
    } else {
      granted = await new Promise<boolean>((start) => this.line.push({ holder, start }));
    }
    if (granted) setTimeout(() => this.give(holder), maxHoldMs).unref();
    return granted;
  }

  /** Ends `holder`'s turn, or its place in line; the next in line starts. Giving twice is nothing. */
  give(holder: Holder): void {
    const inLine = this.line.findIndex((place) => place.holder === holder);
    if (inLine !== -1) {
      this.line.splice(inLine, 1)[0]!.start(false);
      return;
    }
    if (!this.holders.delete(holder)) return;
    const next = this.line.shift();
    if (next) {
      this.holders.add(next.holder);
      next.start(true);
    }
  }
}
