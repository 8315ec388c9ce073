/**
 * `npm run bench -- import [rows]`: imports N influencers (default 10,000) as a CSV through
 * POST /api/influencers/import on a running app (fresh database), then copies the same rows into a
 * table of the same shape with a raw `COPY … FROM STDIN` in the same run, and prints both rates
 * and their ratio. Needs the local PostgreSQL and Redis (as the tests do).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '@parley/server-core';
import { createTestDatabase, testRedisUrl, uniqueTestPrefix } from '@parley/server-core/testing';
import { createApp } from '@parley/api';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const COLUMNS = ['username', 'platform', 'displayName', 'email', 'platformUserId', 'followersCount', 'engagementRate', 'niche', 'bio', 'typicalRate', 'country', 'language', 'timezone'];
const NICHES = ['fitness', 'food', 'fashion', 'beauty', 'travel', 'tech', 'gaming', 'parenting'];

function rows(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    username: `bench_${i}`,
    platform: ['instagram', 'tiktok', 'youtube'][i % 3],
    displayName: i % 10 === 0 ? `Smith, Jane "${i}"` : `Creator ${i}`,
    email: `creator.${i}@example.com`,
    platformUserId: String(7_000_000_000_000_000_000n + BigInt(i)),
    followersCount: [4200, 25000, 180000, 2500000][i % 4] + i,
    engagementRate: (1 + (i % 90) / 10).toFixed(2),
    niche: [NICHES[i % 8], NICHES[(i + 3) % 8]].join(';'),
    bio: `Sharing ${NICHES[i % 8]} stories every week.`,
    typicalRate: `${100 + (i % 900)}.00`,
    country: 'US',
    language: 'en',
    timezone: 'America/New_York',
  }));
}

const csvCell = (v: unknown) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 10_000);
  const data = rows(n);
  const csv = [COLUMNS.join(','), ...data.map((r) => COLUMNS.map((c) => csvCell((r as Record<string, unknown>)[c])).join(','))].join('\n') + '\n';

  const db = await createTestDatabase();
  const prefix = uniqueTestPrefix();
  const config = loadConfig({ DATABASE_URL: db.url, REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, APP_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn', RUN_WORKERS: 'false' });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  try {
    const reg = await fetch(`${base}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `bench-${randomBytes(4).toString('hex')}@example.com`, password: 'Bench-password-1', storeName: 'Bench' }),
    }).then((r) => r.json() as Promise<{ data: { accessToken: string; store: { id: string } } }>);

    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'influencers.csv');
    const t0 = performance.now();
    const res = await fetch(`${base}/api/influencers/import`, { method: 'POST', headers: { authorization: `Bearer ${reg.data.accessToken}` }, body: form });
    const body = (await res.json()) as { data: { created: number; errors: unknown[] } };
    const apiMs = performance.now() - t0;
    if (body.data.created !== n || body.data.errors.length) throw new Error(`import answered ${JSON.stringify(body).slice(0, 300)}`);

    // Baseline: the same rows, already typed, streamed into an unindexed copy of the table by COPY.
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query('CREATE TABLE copy_baseline (LIKE influencers INCLUDING DEFAULTS)');
    const tsv = data
      .map((r) => [reg.data.store.id, r.username, r.platform, r.displayName, r.email, r.platformUserId, r.followersCount, r.engagementRate, `{${r.niche.replace(';', ',')}}`, r.bio, r.typicalRate, r.country, r.language, r.timezone].join('\t'))
      .join('\n');
    const t1 = performance.now();
    await pipeline(
      Readable.from([tsv + '\n']),
      client.query(copyFrom('COPY copy_baseline (store_id, username, platform, display_name, email, platform_user_id, followers_count, engagement_rate, niche, bio, typical_rate, country, language, timezone) FROM STDIN')),
    );
    const copyMs = performance.now() - t1;
    await client.end();

    const rate = (ms: number) => Math.round((n / ms) * 1000);
    console.log(`import: ${n} rows (${(csv.length / 1e6).toFixed(2)} MB CSV) through the API in ${(apiMs / 1000).toFixed(2)} s = ${rate(apiMs)} rows/s`);
    console.log(`baseline: raw COPY of the same rows in ${(copyMs / 1000).toFixed(2)} s = ${rate(copyMs)} rows/s`);
    console.log(`ratio: the API import takes ${(apiMs / copyMs).toFixed(1)}× the time of a raw COPY (it parses, validates every row, and upserts with the unique index)`);
  } finally {
    await app.close();
    await db.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
