/**
 * `npm run bench -- dm [n] [clients]`: Parley's Instagram DM paths against a local server speaking
 * the Graph API wire format (apps/api/test/peers/graph-peer.ts, enforcing the 24 h window as Meta
 * does). n Instagram creators (default 1,000), each with a DM outreach that was an assisted task
 * sent by hand (bulk → ready_to_send → mark-sent).
 * 1. Inbound: each creator answers with a signed Meta webhook event (POST /api/webhooks/instagram,
 *    X-Hub-Signature-256), several languages and categories, from `clients` concurrent senders
 *    (default 10). Measured per event from the start of its POST until a GET of its outreach shows
 *    the reply (repliedAt and replyText): p50/p95/max and events/s. Baseline in the same run: a bare
 *    node:http endpoint that checks the same HMAC in constant time, JSON.parses and does one INSERT
 *    into PostgreSQL, posted the same bodies by the same number of clients (it is not followed by a GET).
 * 2. Outbound inside the window: a response to each creator (POST …/outreach/:id/respond), which the
 *    DM sender sends by API because the creator has just written, from `clients` concurrent callers.
 *    Measured from the POST until the Graph peer records the send (and, separately, until the thread
 *    shows it `sent`): p50/p95 and messages/s. Baseline in the same run: the same n sends made with
 *    fetch straight to the peer's POST /v23.0/<IG_ID>/messages, with the same concurrency.
 * Checked as it goes and printed: every inbound event recorded exactly once (one thread message per
 * mid), every response sent exactly once (counted at the peer). The Graph peer, the baseline
 * servers and the clients share the API's process, as in replies.bench.ts. There is no target for
 * these figures: they are recorded to catch regressions.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { startGraphPeer, type GraphSend } from '../apps/api/test/peers/graph-peer';
import { benchApp } from './bench-app';
import { percentile } from './load';

const IG_ID = '17841400000000001';
const APP_SECRET = `ig-secret-${randomBytes(8).toString('hex')}`;
const VERIFY_TOKEN = `ig-verify-${randomBytes(4).toString('hex')}`;
const ACCESS_TOKEN = `IGAA${randomBytes(16).toString('hex')}`;

/** What creators answer an outreach DM with: people's replies (no auto-replies, which set no repliedAt). */
const REPLIES = [
  "Hey Alex! Yes, I'd love to work with you on this. Count me in, what are the next steps?",
  'Thanks for the DM! My rate for one reel is $850, or $1,200 for a reel plus two stories.',
  'Could you tell me a bit more about the shoe and the timeline? When would the posts need to go live?',
  "Thanks for thinking of me, but I'll pass on this one. I'm not taking on brand partnerships right now.",
  '¡Hola! Me encantaría colaborar. ¿Cuáles son los siguientes pasos?',
  'Merci pour le message ! Mon tarif pour un reel est de 800 €.',
  'Danke für die Anfrage, aber ich mache aktuell keine Kooperationen.',
  'Oi! Adorei a proposta, pode me mandar mais detalhes sobre o prazo? 🙌',
];
/** The brand's answers, one per creator. */
const RESPONSES = [
  'Amazing, thank you! I will send over the brief and the contract today.',
  'Thanks! $850 for a reel works for us. Shall I send the agreement?',
  'Of course: the TrailGrip 3 ships in March and we would love the post live by April 15.',
  'No worries at all, thanks for letting us know. Maybe next season!',
  '¡Genial! Te envío el brief y el contrato hoy mismo.',
  'Merci ! 800 € nous convient, je vous envoie le contrat.',
  'Kein Problem, danke für die schnelle Antwort!',
  'Que ótimo! O prazo é 15 de abril, te mando os detalhes agora.',
];

interface Detail {
  repliedAt: string | null;
  replyText: string | null;
  thread: { messages: { id: string; direction: string; status: string; messageId: string | null; assistReason: string | null; error: string | null }[] };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ms = (v: number) => `${v.toFixed(0)} ms`;

/** `clients` workers taking the indexes 0 … n-1 in turn. */
async function concurrently(clients: number, n: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < n) await work(next++);
    }),
  );
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 1_000);
  const clients = Number(process.argv[3] ?? 10);
  const graph = await startGraphPeer({ validTokens: [ACCESS_TOKEN], igUserId: IG_ID, enforceWindow: true });
  const app = await benchApp({
    INSTAGRAM_GRAPH_URL: graph.url,
    INSTAGRAM_APP_SECRET: APP_SECRET,
    INSTAGRAM_VERIFY_TOKEN: VERIFY_TOKEN,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  });
  try {
    // ------------------------------------------------------------------ set-up: the account, n creators, a DM outreach to each sent by hand
    await app.call('PUT', '/api/channels/instagram', { igUserId: IG_ID, accessToken: ACCESS_TOKEN });
    const lines = ['username,platform,displayName,platformUserId,followersCount,engagementRate,niche,bio,language'];
    const languages = ['en', 'en', 'en', 'en', 'es', 'fr', 'de', 'pt'];
    for (let i = 0; i < n; i++)
      lines.push(
        `dm_bench_${i},instagram,Creator ${i},${6_100_000_000_000_000 + i * 7},${20000 + i},4.2,fitness;travel,Trail runner sharing routes and gear tests.,${languages[i % 8]}`,
      );
    const form = new FormData();
    form.append('file', new Blob([lines.join('\n') + '\n'], { type: 'text/csv' }), 'creators.csv');
    const imported = await fetch(`${app.base}/api/influencers/import`, { method: 'POST', headers: { authorization: `Bearer ${app.token}` }, body: form });
    const importAnswer = (await imported.json()) as { data: { created: number; errors: unknown[] } };
    if (!imported.ok || importAnswer.data.created !== n) throw new Error(`import → ${imported.status} ${JSON.stringify(importAnswer).slice(0, 300)}`);
    const creators = new Map<string, string>(); // influencer id → IGSID
    for (let page = 1; creators.size < n; page++) {
      const list = await app.call<{ influencers: { id: string; platformUserId: string | null }[] }>('GET', `/api/influencers?perPage=100&page=${page}`);
      if (!list.influencers.length) break;
      for (const c of list.influencers) creators.set(c.id, c.platformUserId!);
    }

    const campaign = await app.call<{ id: string }>('POST', '/api/influencer/outreach/campaigns', {
      name: 'Spring Trail Series',
      objective: 'awareness',
      budget: '5000.00',
      deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }],
    });
    await app.call('POST', `/api/influencer/outreach/campaigns/${campaign.id}/status`, { status: 'active' });
    const templates = await app.call<{ templates: { id: string }[] }>(
      'GET',
      '/api/influencer/outreach/templates?channel=instagram_dm&templateType=initial_outreach',
    );
    if (!templates.templates.length) throw new Error('no instagram_dm initial_outreach template');
    const bulk = await app.call<{ bulkId: string }>('POST', '/api/influencer/outreach/bulk', {
      campaignId: campaign.id,
      influencerIds: [...creators.keys()],
      templateId: templates.templates[0].id,
      channel: 'instagram_dm',
    });
    const setup0 = performance.now();
    while (!(await app.call<{ done: boolean }>('GET', `/api/influencer/outreach/bulk/${bulk.bulkId}`)).done) {
      if (performance.now() - setup0 > 120_000) throw new Error('the bulk DM tasks were not ready within 2 minutes');
      await sleep(200);
    }
    const outreach: { id: string; igsid: string; status: string }[] = [];
    for (let page = 1; outreach.length < n; page++) {
      const list = await app.call<{ outreach: { id: string; influencerId: string; status: string }[] }>(
        'GET',
        `/api/influencer/outreach/list?perPage=100&page=${page}&campaignId=${campaign.id}`,
      );
      if (!list.outreach.length) break;
      outreach.push(...list.outreach.map((o) => ({ id: o.id, igsid: creators.get(o.influencerId)!, status: o.status })));
    }
    const notTasks = outreach.filter((o) => o.status !== 'ready_to_send');
    if (outreach.length !== n || notTasks.length) throw new Error(`${outreach.length} outreach, ${notTasks.length} not ready_to_send (${notTasks[0]?.status})`);
    await concurrently(clients, n, async (i) => {
      await app.call('POST', `/api/influencer/outreach/${outreach[i].id}/mark-sent`, {});
    });

    // ------------------------------------------------------------------ 1. inbound: a signed webhook event per creator
    const sign = (body: string) => `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
    const events = outreach.map((o, i) => {
      const mid = `aWdfZAG1faXRlbTox${randomBytes(16).toString('hex')}`;
      const text = REPLIES[i % REPLIES.length];
      const timestamp = Date.now();
      const body = JSON.stringify({
        object: 'instagram',
        entry: [{ id: IG_ID, time: timestamp + 400, messaging: [{ sender: { id: o.igsid }, recipient: { id: IG_ID }, timestamp, message: { mid, text } }] }],
      });
      return { mid, text, timestamp, body, signature: sign(body) };
    });
    const handled = new Map<string, number>();
    const inLatencies: number[] = [];
    let lateReads = 0;
    const inMs = await concurrently(clients, n, async (i) => {
      const o = outreach[i];
      const e = events[i];
      graph.userWrote(o.igsid, e.timestamp, e.text);
      const start = performance.now();
      const r = await fetch(`${app.base}/api/webhooks/instagram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': e.signature },
        body: e.body,
      });
      const answer = (await r.json()) as { data?: { messages: { handled: string; outreachId: string | null }[] } };
      if (!r.ok) throw new Error(`webhook → ${r.status} ${JSON.stringify(answer).slice(0, 300)}`);
      for (const m of answer.data?.messages ?? []) {
        const key = m.outreachId === o.id ? m.handled : `${m.handled} (other outreach)`;
        handled.set(key, (handled.get(key) ?? 0) + 1);
      }
      // The webhook answers once the reply is recorded, so it should show at once; a late one is waited for and counted.
      for (let reads = 0; ; reads++) {
        const d = await app.call<Detail>('GET', `/api/influencer/outreach/${o.id}`);
        if (d.repliedAt && d.replyText === e.text) break;
        if (reads === 0) lateReads++;
        if (performance.now() - start > 30_000)
          throw new Error(`reply ${i} not on its outreach after 30 s: ${JSON.stringify({ repliedAt: d.repliedAt, replyText: d.replyText })}`);
        await sleep(10);
      }
      inLatencies.push(performance.now() - start);
    });
    const db = app.nest.get(DataSource);
    const inbound: { outreach_id: string; mids: string[] }[] = await db.query(
      `SELECT outreach_id, array_agg(message_id) AS mids FROM outreach_messages WHERE outreach_id = ANY($1::uuid[]) AND direction = 'in' GROUP BY outreach_id`,
      [outreach.map((o) => o.id)],
    );
    const midsOf = new Map(inbound.map((r) => [r.outreach_id, r.mids]));
    const recordedOnce = outreach.filter((o, i) => {
      const mids = midsOf.get(o.id) ?? [];
      return mids.length === 1 && mids[0] === events[i].mid;
    }).length;

    // Baseline: verify, parse, store; nothing else, on the same database.
    const pool = new Pool({ connectionString: app.db.url, max: 10 });
    await pool.query(
      'CREATE TABLE bench_dm_inbound (id bigserial PRIMARY KEY, mid text NOT NULL, sender_id text NOT NULL, text text, sent_at timestamptz NOT NULL, raw jsonb NOT NULL)',
    );
    const bare = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const given = Buffer.from(String(req.headers['x-hub-signature-256'] ?? ''));
        const expected = Buffer.from(`sha256=${createHmac('sha256', APP_SECRET).update(raw).digest('hex')}`);
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) return void res.writeHead(401).end();
        const body = JSON.parse(raw.toString('utf8')) as {
          entry: { messaging: { sender: { id: string }; timestamp: number; message: { mid: string; text: string } }[] }[];
        };
        const m = body.entry[0].messaging[0];
        pool
          .query('INSERT INTO bench_dm_inbound (mid, sender_id, text, sent_at, raw) VALUES ($1, $2, $3, to_timestamp($4 / 1000.0), $5)', [
            m.message.mid,
            m.sender.id,
            m.message.text,
            m.timestamp,
            raw.toString('utf8'),
          ])
          .then(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'))
          .catch(() => res.writeHead(500).end());
      });
    });
    await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
    const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}/webhooks/instagram`;
    const bareInMs = await concurrently(clients, n, async (i) => {
      const r = await fetch(bareUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': events[i].signature },
        body: events[i].body,
      });
      await r.arrayBuffer();
      if (!r.ok) throw new Error(`baseline → ${r.status}`);
    });
    const [{ stored }] = (await pool.query<{ stored: number }>('SELECT count(*)::int AS stored FROM bench_dm_inbound')).rows;
    if (stored !== n) throw new Error(`the bare endpoint stored ${stored} of ${n}`);
    bare.close();
    await pool.end();

    // ------------------------------------------------------------------ 2. outbound inside the window: a response to each creator
    // When the peer records each send: its sends array, watched as it grows.
    const receivedAt = new Map<string, number>();
    const waiting = new Map<string, () => void>();
    const record = graph.sends.push.bind(graph.sends);
    graph.sends.push = (...sends: GraphSend[]) => {
      for (const s of sends) {
        if (!receivedAt.has(s.recipientId)) receivedAt.set(s.recipientId, performance.now());
        waiting.get(s.recipientId)?.();
      }
      return record(...sends);
    };
    const sendsBefore = graph.sends.length;
    const outLatencies: number[] = [];
    const threadLatencies: number[] = [];
    const outMs = await concurrently(clients, n, async (i) => {
      const o = outreach[i];
      const received = receivedAt.has(o.igsid) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(o.igsid, resolve));
      const start = performance.now();
      const queued = await app.call<{ id: string; status: string }>('POST', `/api/influencer/outreach/${o.id}/respond`, {
        message: RESPONSES[i % RESPONSES.length],
      });
      const timedOut = await Promise.race([received.then(() => false), sleep(30_000).then(() => true)]);
      waiting.delete(o.igsid);
      if (timedOut) {
        const d = await app.call<Detail>('GET', `/api/influencer/outreach/${o.id}`);
        throw new Error(`response ${i} not at the peer after 30 s: ${JSON.stringify(d.thread.messages.find((m) => m.id === queued.id))}`);
      }
      outLatencies.push(receivedAt.get(o.igsid)! - start);
      for (;;) {
        const d = await app.call<Detail>('GET', `/api/influencer/outreach/${o.id}`);
        const m = d.thread.messages.find((x) => x.id === queued.id);
        if (m?.status === 'sent') break;
        if (!m || !['queued', 'sending'].includes(m.status) || performance.now() - start > 30_000)
          throw new Error(`response ${i} on the thread: ${JSON.stringify(m)}`);
        await sleep(5);
      }
      threadLatencies.push(performance.now() - start);
    });
    // Anything sent twice would come soon after: wait a little before counting.
    await sleep(1_000);
    const productSends = graph.sends.slice(sendsBefore);
    const sendsTo = new Map<string, GraphSend[]>();
    for (const s of productSends) sendsTo.set(s.recipientId, [...(sendsTo.get(s.recipientId) ?? []), s]);
    const sentOnce = outreach.filter((o, i) => sendsTo.get(o.igsid)?.length === 1 && sendsTo.get(o.igsid)![0].text === RESPONSES[i % RESPONSES.length]).length;
    const tagged = productSends.filter((s) => s.tag !== null || s.messagingType !== 'RESPONSE').length;
    const [{ onThread }] = await db.query(
      `SELECT count(*)::int AS "onThread" FROM outreach_messages WHERE outreach_id = ANY($1::uuid[]) AND direction = 'out' AND kind = 'response' AND status = 'sent' AND message_id IS NOT NULL`,
      [outreach.map((o) => o.id)],
    );

    // Baseline: the same sends, straight to the peer.
    const bareOutMs = await concurrently(clients, n, async (i) => {
      const r = await fetch(`${graph.url}/v23.0/${IG_ID}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ACCESS_TOKEN}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ recipient: { id: outreach[i].igsid }, message: { text: RESPONSES[i % RESPONSES.length] }, messaging_type: 'RESPONSE' }),
      });
      const body = (await r.json()) as { message_id?: string };
      if (!r.ok || !body.message_id) throw new Error(`Graph peer → ${r.status} ${JSON.stringify(body)}`);
    });

    inLatencies.sort((a, b) => a - b);
    outLatencies.sort((a, b) => a - b);
    threadLatencies.sort((a, b) => a - b);
    const inRate = n / (inMs / 1000);
    const bareInRate = n / (bareInMs / 1000);
    const outRate = n / (outMs / 1000);
    const bareOutRate = n / (bareOutMs / 1000);
    const answers = [...handled].map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`dm: ${n} Instagram creators, ${clients} concurrent clients`);
    console.log(
      `  inbound webhook → categorised and on the thread: p50 ${ms(percentile(inLatencies, 50))}, p95 ${ms(percentile(inLatencies, 95))}, max ${ms(inLatencies[inLatencies.length - 1])}; ${inRate.toFixed(0)} events/s (recorded once: ${recordedOnce}/${n}; webhook answers: ${answers}${lateReads ? `; ${lateReads} not visible at the first GET` : ''})`,
    );
    console.log(
      `  baseline (bare endpoint: HMAC check + JSON.parse + one INSERT): ${bareInRate.toFixed(0)} events/s; ratio ${((inRate / bareInRate) * 100).toFixed(0)}%`,
    );
    console.log(
      `  respond → sent by the Graph API: p50 ${ms(percentile(outLatencies, 50))}, p95 ${ms(percentile(outLatencies, 95))}; ${outRate.toFixed(0)} messages/s (sent once: ${sentOnce}/${n}; peer sends ${productSends.length}${tagged ? `, ${tagged} not a plain RESPONSE` : ''}; sent on the thread ${onThread}/${n}, shown there at p50 ${ms(percentile(threadLatencies, 50))}, p95 ${ms(percentile(threadLatencies, 95))})`,
    );
    console.log(`  baseline (fetch straight to the Graph peer): ${bareOutRate.toFixed(0)} messages/s; ratio ${((outRate / bareOutRate) * 100).toFixed(0)}%`);
  } finally {
    await app.close();
    await graph.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
