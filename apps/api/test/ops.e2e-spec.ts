import { randomBytes } from 'node:crypto';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import request from 'supertest';
import { QueueName } from '@parley/shared-types';
import { PASSWORD, registerStore, startTestApp, type TestApp, type TestStore } from './harness';

describe('operations: the queue dashboard (operators only) and Prometheus metrics', () => {
  const operatorEmail = `ops-${randomBytes(4).toString('hex')}@example.com`;
  let t: TestApp;
  let owner: TestStore;
  let operator: string;

  beforeAll(async () => {
    t = await startTestApp({ ADMIN_EMAILS: operatorEmail.toUpperCase() });
    owner = await registerStore(t, 'Trailhead Running Co');
    operator = (await t.http.post('/api/auth/register').send({ email: operatorEmail, password: PASSWORD, storeName: 'Operations' }).expect(201)).body.data.accessToken;
  });
  afterAll(() => t.close());

  it('refuses the board without credentials (401) and to anyone not in ADMIN_EMAILS (403)', async () => {
    await t.http.get('/admin/queues').expect(401);
    await t.http.get('/admin/queues').set('Authorization', 'Bearer forged.token.value').expect(401);
    await owner.auth(t.http.get('/admin/queues')).expect(403);
    await owner.auth(t.http.get('/admin/queues/api/queues')).expect(403);
    await owner.auth(t.http.post('/api/admin/ticket')).expect(403);
  });

  it('opens the board for an operator by bearer token, and by a single-use ticket that sets an httpOnly cookie', async () => {
    const page = await t.http.get('/admin/queues').set('Authorization', `Bearer ${operator}`).expect(200).expect('Content-Type', /text\/html/);
    expect(page.text).toContain('Parley queues');

    const { ticket, url, expiresIn } = (await t.http.post('/api/admin/ticket').set('Authorization', `Bearer ${operator}`).expect(200)).body.data;
    expect(url).toBe(`/admin/queues?ticket=${ticket}`);
    expect(expiresIn).toBe(60);
    const agent = request.agent(t.app.getHttpServer());
    const opened = await agent.get(url).expect(200);
    expect(opened.headers['set-cookie']?.[0]).toMatch(/^parley_admin=[^;]+;.*HttpOnly/i);
    const queues = (await agent.get('/admin/queues/api/queues').expect(200)).body as { queues: { name: string }[] };
    expect(queues.queues.map((q) => q.name).sort()).toEqual(Object.values(QueueName).sort());
    await t.http.get(url).expect(401);
    await t.http.get('/admin/queues').set('Cookie', 'parley_admin=forged.9999999999.signature').expect(401);
  });

  it('serves Prometheus metrics with queue depth and lateness', async () => {
    const res = await t.http.get('/metrics').expect(200).expect('Content-Type', /text\/plain/);
    expect(res.text).toMatch(/^parley_queue_jobs\{queue="email",state="waiting"\} \d+$/m);
    expect(res.text).toMatch(/^parley_queue_oldest_waiting_seconds\{queue="inbound"\} [\d.]+$/m);
    expect(res.text).toMatch(/^parley_process_cpu_seconds_total /m);
  });

  it('requires METRICS_TOKEN when it is set, and reports how long the oldest waiting job has waited', async () => {
    // No workers here, so a queued job stays waiting.
    const locked = await startTestApp({ METRICS_TOKEN: 'scrape-secret', RUN_WORKERS: 'false' });
    try {
      await locked.http.get('/metrics').expect(401);
      await locked.http.get('/metrics').set('Authorization', 'Bearer wrong').expect(401);
      const inbound = locked.app.get<Queue>(getQueueToken('inbound'));
      await inbound.add('reprocess', { inboundId: '00000000-0000-0000-0000-000000000001' });
      await new Promise((r) => setTimeout(r, 1_100));
      await inbound.add('reprocess', { inboundId: '00000000-0000-0000-0000-000000000002' });
      const res = await locked.http.get('/metrics').set('Authorization', 'Bearer scrape-secret').expect(200);
      expect(res.text).toMatch(/^parley_queue_jobs\{queue="inbound",state="waiting"\} 2$/m);
      // The older of the two has waited over a second, the newer hardly at all: the metric follows the oldest.
      expect(Number(/^parley_queue_oldest_waiting_seconds\{queue="inbound"\} ([\d.]+)$/m.exec(res.text)![1])).toBeGreaterThanOrEqual(1);
    } finally {
      await locked.close();
    }
  });
});
