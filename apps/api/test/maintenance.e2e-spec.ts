import { getQueueToken } from '@nestjs/bull';
import { QueueName } from '@parley/shared-types';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { registerStore, startTestApp, type TestApp } from './harness';

describe('maintenance queue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('deletes API keys revoked more than 90 days ago through a Bull job, keeping recent ones listed', async () => {
    const s = await registerStore(t);
    const mk = async (name: string) => (await s.auth(t.http.post('/api/api-keys')).send({ name }).expect(201)).body.data.id as string;
    const [old, recent, live] = [await mk('old'), await mk('recent'), await mk('live')];
    await s.auth(t.http.delete(`/api/api-keys/${old}`)).expect(200);
    await s.auth(t.http.delete(`/api/api-keys/${recent}`)).expect(200);
    await t.app.get(DataSource).query(`UPDATE api_keys SET revoked_at = now() - interval '100 days' WHERE id = $1`, [old]);

    const queue = t.app.get<Queue>(getQueueToken(QueueName.Maintenance));
    // Kept when done: Job.finished() looks for the finished job, and one removed on completion before
    // it looks would leave it waiting for an event that has already fired.
    const job = await queue.add('purge-revoked-api-keys', { olderThanDays: 90 }, { jobId: `purge-test-${Date.now()}`, removeOnComplete: false });
    expect(await job.finished()).toEqual({ deleted: 1 });

    const ids = (await s.auth(t.http.get('/api/api-keys')).expect(200)).body.data.apiKeys.map((k: { id: string }) => k.id);
    expect(ids.sort()).toEqual([recent, live].sort());

    const bad = await queue.add('purge-revoked-api-keys', { olderThanDays: 0 }, { jobId: `purge-bad-${Date.now()}`, attempts: 1 });
    await expect(bad.finished()).rejects.toThrow(/olderThanDays/);
    expect((await s.auth(t.http.get('/api/api-keys')).expect(200)).body.data.apiKeys).toHaveLength(2);
  });
});
