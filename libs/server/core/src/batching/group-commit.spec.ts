import { GroupCommit } from './group-commit';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('GroupCommit', () => {
  it('writes an item at once when idle and groups what arrives meanwhile', async () => {
    const batches: number[][] = [];
    const commit = new GroupCommit<number, number>(
      async (items) => {
        batches.push(items);
        await tick();
        return items.map((n) => n * 10);
      },
      { maxBatch: 3, parallel: 1 },
    );
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => commit.submit(n)));
    expect(results).toEqual([10, 20, 30, 40, 50, 60]);
    expect(batches).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('runs up to `parallel` batches at once', async () => {
    let inFlight = 0;
    let most = 0;
    const commit = new GroupCommit<number, number>(
      async (items) => {
        most = Math.max(most, ++inFlight);
        await tick();
        inFlight--;
        return items;
      },
      { maxBatch: 2, parallel: 2 },
    );
    await Promise.all(Array.from({ length: 10 }, (_, n) => commit.submit(n)));
    expect(most).toBe(2);
  });

  it('fails every item of a failed batch and carries on with the next', async () => {
    const commit = new GroupCommit<number, number>(
      async (items) => {
        await tick();
        if (items.includes(2)) throw new Error('batch with 2 failed');
        return items;
      },
      { maxBatch: 2, parallel: 1 },
    );
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => commit.submit(n)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('batch with 2 failed'));
  });
});

describe('GroupCommit with a linger', () => {
  it('waits briefly for company before writing a short batch', async () => {
    const batches: number[][] = [];
    const commit = new GroupCommit<number, number>(
      async (items) => {
        batches.push(items);
        return items;
      },
      { maxBatch: 10, parallel: 1, lingerMs: 20 },
    );
    const first = commit.submit(1);
    await tick();
    await Promise.all([first, commit.submit(2), commit.submit(3)]);
    expect(batches).toEqual([[1, 2, 3]]);
  });
});
