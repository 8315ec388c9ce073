/**
 * `npm run bench -- performance [contracts] [deliveriesPerContract] [clients] [requests]`: a campaign
 * with 2,000 signed contracts and 10,000 deliveries with figures (written straight into PostgreSQL,
 * as signing would have), then GET /campaigns/:id/performance from 20 concurrent clients, 400
 * requests in all, from a load generator in a child process (a client sharing the server's event
 * loop would be measured with it). Prints p50/p95/max and requests/s. Baseline in the same run: the same load on an
 * empty campaign of the same store (the cost of the request itself: auth, routing, the envelope),
 * and, as the floor, an authenticated request that reads two rows (GET /api/auth/me).
 * Target: p95 under 100 ms on the big campaign.
 */
import { DataSource } from 'typeorm';
import { benchApp, importCreators } from './bench-app';
import { generateLoad, percentile } from './load';

/** `clients` concurrent clients (in a child process of their own) making `requests` authenticated GETs of `path`. */
async function load(base: string, token: string, path: string, clients: number, requests: number): Promise<{ p50: number; p95: number; max: number; perSecond: number }> {
  const { latencies, seconds } = await generateLoad(`${base}${path}`, clients, String(requests), { authorization: `Bearer ${token}` });
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies[latencies.length - 1], perSecond: latencies.length / seconds };
}

async function main(): Promise<void> {
  const contracts = Number(process.argv[2] ?? 2_000);
  const perContract = Number(process.argv[3] ?? 5);
  const clients = Number(process.argv[4] ?? 20);
  const requests = Number(process.argv[5] ?? 400);
  const app = await benchApp({});
  try {
    const creators = await importCreators(app, contracts);
    const big = await app.call<{ id: string }>('POST', '/api/influencer/outreach/campaigns', { name: 'Spring Trail Series', objective: 'awareness', budget: '99999999.00', deliverables: [{ type: 'reel', platform: 'instagram', quantity: perContract }] });
    const empty = await app.call<{ id: string }>('POST', '/api/influencer/outreach/campaigns', { name: 'Empty', objective: 'awareness', budget: '1000.00', deliverables: [{ type: 'reel', platform: 'instagram', quantity: 1 }] });
    const db = app.nest.get(DataSource);
    const [{ store_id: storeId }] = await db.query(`SELECT store_id FROM influencer_campaigns WHERE id = $1`, [big.id]);
    const t0 = performance.now();
    await db.query(
      `WITH k AS (
         INSERT INTO influencer_contracts (store_id, campaign_id, influencer_id, deliverables, compensation, compensation_type, start_date, end_date, status, signed_at)
         SELECT $1, $2, i.id, jsonb_build_array(jsonb_build_object('type', 'reel', 'platform', 'instagram', 'quantity', $3::int)),
                (100 + (row_number() OVER ()) % 900)::numeric(12, 2), 'flat_fee', now() - interval '10 days', now() + interval '50 days', 'active', now()
           FROM unnest($4::uuid[]) AS i(id)
         RETURNING id, influencer_id)
       INSERT INTO content_deliveries (store_id, contract_id, campaign_id, influencer_id, deliverable_type, platform, due_date, status, views, likes, comments, shares, clicks, metrics_source, post_date, published_at)
       SELECT $1, k.id, $2, k.influencer_id, 'reel', 'instagram', now() + (g || ' days')::interval,
              CASE WHEN g % 2 = 0 THEN 'published' ELSE 'pending' END,
              1000 + (g * 37) % 9000, 50 + g % 400, g % 40, g % 25, g % 60, 'manual', now() - (g || ' days')::interval, now()
         FROM k CROSS JOIN generate_series(1, $3::int) AS g`,
      [storeId, big.id, perContract, creators.slice(0, contracts)],
    );
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM content_deliveries WHERE campaign_id = $1`, [big.id]);
    await db.query('ANALYZE');
    console.log(`performance: ${contracts} signed contracts and ${n} deliveries written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    // Where the time goes: the request once, alone, then under load.
    const single: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await fetch(`${app.base}/api/influencer/outreach/campaigns/${big.id}/performance`, { headers: { authorization: `Bearer ${app.token}` } }).then((r) => r.arrayBuffer());
      single.push(performance.now() - t);
    }
    single.sort((a, b) => a - b);
    console.log(`  one client: p50 ${percentile(single, 50).toFixed(1)} ms`);
    // Warm both paths (connections, plans), then measure.
    await load(app.base, app.token, `/api/influencer/outreach/campaigns/${big.id}/performance`, 2, 20);
    await load(app.base, app.token, `/api/influencer/outreach/campaigns/${empty.id}/performance`, 2, 20);
    const full = await load(app.base, app.token, `/api/influencer/outreach/campaigns/${big.id}/performance`, clients, requests);
    const baseline = await load(app.base, app.token, `/api/influencer/outreach/campaigns/${empty.id}/performance`, clients, requests);
    const floor = await load(app.base, app.token, '/api/auth/me', clients, requests);
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`  GET …/performance, ${clients} concurrent clients, ${requests} requests: p50 ${ms(full.p50)}, p95 ${ms(full.p95)}, max ${ms(full.max)}, ${full.perSecond.toFixed(0)} req/s`);
    console.log(`baseline: the same request on an empty campaign: p50 ${ms(baseline.p50)}, p95 ${ms(baseline.p95)}, max ${ms(baseline.max)}, ${baseline.perSecond.toFixed(0)} req/s`);
    console.log(`floor: an authenticated request that reads two rows (GET /api/auth/me): p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}, ${floor.perSecond.toFixed(0)} req/s`);
    console.log(`ratio: p95 ${(full.p95 / baseline.p95).toFixed(1)}× the empty campaign's; target p95 < 100 ms: ${full.p95 < 100 ? 'met' : 'NOT met'}`);
  } finally {
    await app.close();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
