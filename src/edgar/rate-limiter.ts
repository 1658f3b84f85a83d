/**
 * A token bucket of one token refilled `rate` times a second, shared by every request of a
 * run: callers are released one at a time, each at least 1/rate seconds after the previous
 * one was actually released (a late timer never lets the next ones catch up in a burst), so
 * no one-second window holds more than `rate` requests however many workers ask at once.
 */
export class RateLimiter {
  private last = -Infinity;
  private queue: Promise<void> = Promise.resolve();
  private readonly interval: number;

  constructor(rate: number) {
    if (!(rate > 0)) throw new Error(`rate must be positive, got ${rate}`);
    // 5% wider than 1/rate: what the server counts arrives with network jitter, and it must
    // still never see more than `rate` in a second.
    this.interval = (1000 / rate) * 1.05;
  }

  /** Resolves, with the moment it released the caller (`performance.now()`), when the caller may send its request. */
  take(): Promise<number> {
    const turn = this.queue.then(async () => {
      // Timers may fire a little early: wait again until the interval has truly passed.
      for (let wait = this.last + this.interval - performance.now(); wait > 0; wait = this.last + this.interval - performance.now()) {
        await new Promise((resolve) => setTimeout(resolve, Math.ceil(wait)));
      }
      this.last = performance.now();
      return this.last;
    });
    this.queue = turn.then(() => undefined);
    return turn;
  }
}
