import { CallPacer } from './call-pacer';

describe('CallPacer', () => {
  it('starts calls at least 1000 / perSecond ms apart, the first at once', async () => {
    let now = 0;
    const waits: number[] = [];
    const started: number[] = [];
    const pacer = new CallPacer(
      2,
      () => now,
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
    );
    for (let i = 0; i < 4; i++) {
      await pacer.call(async () => {
        started.push(now);
        now += 120; // the call itself takes a while
      });
    }
    expect(started).toEqual([0, 500, 1000, 1500]);
    expect(waits).toEqual([380, 380, 380]);
  });

  it('does not wait when the calls are slower than the budget', async () => {
    let now = 0;
    const waits: number[] = [];
    const pacer = new CallPacer(
      2,
      () => now,
      async (ms) => void waits.push(ms),
    );
    for (let i = 0; i < 3; i++) await pacer.call(async () => void (now += 700));
    expect(waits).toEqual([]);
  });
});
