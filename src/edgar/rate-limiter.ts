/**
 * A token bucket of one token refilled `rate` times a second, shared by every request of a
 * run: requests start at least 1/rate seconds apart, so no one-second window ever holds more
 * than `rate` of them, however many workers ask at once.
 */
export class RateLimiter {
  private next = 0;
  private readonly interval: number;

  constructor(rate: number) {
    if (!(rate > 0)) throw new Error(`rate must be positive, got ${rate}`);
    this.interval = 1000 / rate;
  }

  /** Resolves when the caller may send its request. */
  take(): Promise<void> {
    const now = performance.now();
    const at = Math.max(now, this.next);
    this.next = at + this.interval;
    const wait = at - now;
    return wait <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, wait));
  }
}
