/** At most `limit` tasks at once per key; the rest wait their turn in order. */
export class KeyedSemaphore {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly limit: number) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    if ((this.active.get(key) ?? 0) >= this.limit) {
      await new Promise<void>((resolve) => this.waiting.set(key, [...(this.waiting.get(key) ?? []), resolve]));
    }
    this.active.set(key, (this.active.get(key) ?? 0) + 1);
    try {
      return await task();
    } finally {
      const left = (this.active.get(key) ?? 1) - 1;
      if (left) this.active.set(key, left);
      else this.active.delete(key);
      const queue = this.waiting.get(key);
      const next = queue?.shift();
      if (queue && !queue.length) this.waiting.delete(key);
      next?.();
    }
  }

  /** Tasks running for the key now (for tests and metrics). */
  running(key: string): number {
    return this.active.get(key) ?? 0;
  }
}
