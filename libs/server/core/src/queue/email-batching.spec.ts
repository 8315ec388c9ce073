import { emailBatching } from './queue.module';

describe('emailBatching', () => {
  it.each([
    [50, 20, { jobsPerSecond: 3, batchSize: 16 }],
    [10_000, 20, { jobsPerSecond: 500, batchSize: 20 }],
    [14, 20, { jobsPerSecond: 1, batchSize: 14 }],
    [1, 20, { jobsPerSecond: 1, batchSize: 1 }],
    [100, 1, { jobsPerSecond: 100, batchSize: 1 }],
  ])('at %i emails/s with batches of up to %i: %o, never over the rate', (rate, size, expected) => {
    const shape = emailBatching({ EMAIL_RATE_PER_SECOND: rate, EMAIL_BATCH_SIZE: size });
    expect(shape).toEqual(expected);
    expect(shape.jobsPerSecond * shape.batchSize).toBeLessThanOrEqual(rate);
    expect(shape.batchSize).toBeLessThanOrEqual(size);
  });
});
