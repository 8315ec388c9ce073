/** Shared set-up of the email benchmarks: a real app on a fresh database, a store ready to send. */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@parley/server-core';
import { createTestDatabase, testRedisUrl, uniqueTestPrefix } from '@parley/server-core/testing';
import { createApp } from '@parley/api';
import Redis from 'ioredis';
import { SMTPServer } from 'smtp-server';

export interface CountingSmtp {
  url: string;
  accepted: () => number;
  stop: () => Promise<void>;
}

/** A real SMTP server that accepts and counts messages (no parsing: the sender is what is measured). */
export async function countingSmtp(): Promise<CountingSmtp> {
  let accepted = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 200,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        accepted++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { url: `smtp://127.0.0.1:${port}`, accepted: () => accepted, stop: () => new Promise((r) => server.close(() => r())) };
}

export async function benchApp(env: Record<string, string>) {
  const db = await createTestDatabase();
  const prefix = uniqueTestPrefix();
  const config = loadConfig({ DATABASE_URL: db.url, REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, APP_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn', ...env });
  const app = await createApp(config);
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
    async close() {
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
