/**
 * A pause that can be cut short: background loops (search sync, mail, supervision) sleep
 * between rounds and are woken early by a notification, a recovery or a stop.
 */
export class Sleeper {
  private wakeUp: (() => void) | undefined;

  /** Resolves after `ms`, or sooner when `wake()` is called. */
  async sleep(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeUp = undefined;
  }

  /** Ends the current sleep, if there is one. */
  wake(): void {
    this.wakeUp?.();
  }
}
