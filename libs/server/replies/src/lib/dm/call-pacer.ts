const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Spaces the calls made through it at least `1000 / perSecond` ms apart (start to start), so one
 * account's reads stay within a platform's per-account budget (Meta's Conversations API: 2 calls/s).
 * One pacer per account and run; calls through it are made one after another.
 */
export class CallPacer {
  private nextAt = 0;
  private readonly gapMs: number;

  constructor(
    perSecond: number,
    private readonly now: () => number = Date.now,
    private readonly wait: (ms: number) => Promise<void> = sleep,
  ) {
    this.gapMs = Math.ceil(1000 / perSecond);
  }

  async call<T>(work: () => Promise<T>): Promise<T> {
    const delay = this.nextAt - this.now();
    if (delay > 0) await this.wait(delay);
    this.nextAt = this.now() + this.gapMs;
    return work();
  }
}
