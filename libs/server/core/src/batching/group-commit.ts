interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Turns many small concurrent writes into few statements (group commit): an item submitted while
 * earlier batches are being written waits and goes with the others in the next one, so when idle an
 * item is written at once and under load batches grow by themselves. `write` answers one result per
 * item, in order; each caller gets its own item's result, or the error of the batch it was in.
 */
export class GroupCommit<T, R> {
  private waiting: Waiting<T, R>[] = [];
  private writers = 0;

  constructor(
    private readonly write: (items: T[]) => Promise<R[]>,
    private readonly options: { maxBatch: number; parallel: number; lingerMs?: number },
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.writers < this.options.parallel) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writers++;
    try {
      while (this.waiting.length) {
        if (this.options.lingerMs && this.waiting.length < this.options.maxBatch) await new Promise((r) => setTimeout(r, this.options.lingerMs));
        const batch = this.waiting.splice(0, this.options.maxBatch);
        try {
          const results = await this.write(batch.map((w) => w.item));
          batch.forEach((w, i) => w.resolve(results[i]));
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.writers--;
    }
  }
}
