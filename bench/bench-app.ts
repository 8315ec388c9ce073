/** Shared set-up of the email benchmarks: a real app on a fresh database, a store ready to send. */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { loadConfig } from '@parley/server-core';
import { createTestDatabase, testRedisUrl, uniqueTestPrefix } from '@parley/server-core/testing';
import { createApp } from '@parley/api';
import Redis from 'ioredis';


export interface CountingSmtp {
  url: string;
  accepted: () => Promise<number>;
  stop: () => Promise<void>;
}

/**
 * A real SMTP server (smtp-server) that accepts and counts messages, in a child process of its own:
 * a sink sharing the sender's event loop would slow the product and the baseline unequally.
 */
export async function countingSmtp(): Promise<CountingSmtp> {
  const child = fork(join(__dirname, 'smtp-sink.child.ts'), [], { execArgv: ['-r', '@swc-node/register'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`SMTP sink exited (${code})`)));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted: () =>
      new Promise<number>((resolve) => {
        const answer = (m: { accepted?: number }) => {
          if (typeof m.accepted !== 'number') return;
          child.off('message', answer);
          resolve(m.accepted);
        };
        child.on('message', answer);
        child.send({ type: 'count' });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'stop' });
      }),
  };
}

/**
 * The app on a fresh database. With `workers` > 0 the API runs no processors and that many worker
 * processes (apps/worker, the production topology) do the sending.
 */
export async function benchApp(env: Record<string, string>, { workers = 0 }: { workers?: number } = {}) {
  const db = await createTestDatabase();
  const prefix = uniqueTestPrefix();
  const vars = { DATABASE_URL: db.url, REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, APP_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn', ...env };
  const config = loadConfig({ ...vars, RUN_WORKERS: workers > 0 ? 'false' : 'true' });
  const app = await createApp(config);
  const children = Array.from({ length: workers }, () =>
    fork(join(__dirname, '..', 'apps', 'worker', 'src', 'main.ts'), [], { execArgv: ['-r', '@swc-node/register'], env: { ...process.env, ...vars }, stdio: 'inherit' }),
  );
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const reg = (await (
    await fetch(`${base}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `bench-${randomBytes(4).toString('hex')}@example.com`, password: 'Bench-password-1', storeName: 'Trailhead Running Co' }),
    })
  ).json()) as { data: { accessToken: string } };
  const token = reg.data.accessToken;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await r.json()) as { data: T };
    if (!r.ok) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json.data;
  };
  await call('PATCH', '/api/store', { postalAddress: '12 Ridge Road, Boulder, CO 80302, USA', senderName: 'Alex' });
  await call('PUT', '/api/channels/email', { fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com', replyDomain: 'in.trailhead.example.com' });
  return {
    base,
    call,
    token,
    config,
    db,
    /** The Nest application itself, for what a benchmark must reach inside (a planner, a sweeper). */
    nest: app,
    async close() {
      await Promise.all(children.map((c) => new Promise((resolve) => c.once('exit', resolve).kill('SIGTERM'))));
      await app.close();
      await db.drop();
      const redis = new Redis(config.REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    },
  };
}

/** Influencers through the CSV import, returned with their ids. */
export async function importCreators(app: Awaited<ReturnType<typeof benchApp>>, n: number): Promise<string[]> {
  const lines = ['username,platform,displayName,email,followersCount,engagementRate,niche,bio'];
  for (let i = 0; i < n; i++) lines.push(`bench_${i},instagram,Creator ${i},creator.${i}@creators${i % 40}.example.com,${20000 + i},4.2,fitness;travel,Trail runner sharing routes and gear tests.`);
  const form = new FormData();
  form.append('file', new Blob([lines.join('\n') + '\n'], { type: 'text/csv' }), 'creators.csv');
  const r = await fetch(`${app.base}/api/influencers/import`, { method: 'POST', headers: { authorization: `Bearer ${app.token}` }, body: form });
  if (!r.ok) throw new Error(`import → ${r.status}`);
  const ids: string[] = [];
  for (let page = 1; ids.length < n; page++) {
    const list = await app.call<{ influencers: { id: string }[] }>('GET', `/api/influencers?perPage=100&page=${page}`);
    if (!list.influencers.length) break;
    ids.push(...list.influencers.map((x) => x.id));
  }
  return ids;
}

/** An active campaign and the store's default initial_outreach email template, as the email benchmarks send them. */
export async function activeCampaign(app: Awaited<ReturnType<typeof benchApp>>): Promise<{ campaignId: string; templateId: string }> {
  const campaign = await app.call<{ id: string }>('POST', '/api/influencer/outreach/campaigns', {
    name: 'Spring Trail Series',
    description: 'TrailGrip 3 launch',
    objective: 'awareness',
    budget: '5000.00',
    deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }],
  });
  await app.call('POST', `/api/influencer/outreach/campaigns/${campaign.id}/status`, { status: 'active' });
  const templates = await app.call<{ templates: { id: string }[] }>('GET', '/api/influencer/outreach/templates?channel=email&templateType=initial_outreach');
  return { campaignId: campaign.id, templateId: templates.templates[0].id };
}
