/**
 * `npm run bench -- replies [n] [clients]`: n inbound replies (default 1,000) posted as raw RFC 5322
 * to POST /api/webhooks/email/inbound by `clients` concurrent senders (default 10), each a reply to a
 * real sent outreach (reply address, In-Reply-To, quoted history, several languages and categories).
 * The webhook answers once the reply is threaded, categorised and stored, so "receipt to
 * categorised-and-visible" is measured per reply from the start of its POST until a GET of its
 * outreach shows it. Prints p50/p95/max and throughput (target p95 ≤ 2 s). Baseline in the same
 * run: a bare Node HTTP endpoint that only parses each message with mailparser and stores it in
 * PostgreSQL (one INSERT), posted the same messages by the same clients.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { LinkTokens } from '@parley/server-email';
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { benchApp, countingSmtp, importCreators } from './bench-app';

const REPLIES = [
  "Hi Alex! Yes, I'd love to work with you on this. Count me in, what are the next steps?",
  'Thanks for reaching out! My rate for one Instagram reel is $850, or $1,200 for a reel plus two stories.',
  'Could you tell me a bit more about the shoe and the timeline? When would the posts need to go live?',
  "Thanks for thinking of me, but I'll pass on this one. I'm not taking on brand partnerships right now.",
  '¡Hola! Me encantaría colaborar. ¿Cuáles son los siguientes pasos?',
  'Merci pour votre message ! Mon tarif pour un reel est de 800 €.',
  'Danke für die Anfrage, aber ich mache aktuell keine Kooperationen.',
  'Oi! Adorei a proposta, pode me mandar mais detalhes sobre o prazo?',
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 1_000);
  const clients = Number(process.argv[3] ?? 10);
  const smtp = await countingSmtp();
  const app = await benchApp({ SMTP_URL: smtp.url, EMAIL_RATE_PER_SECOND: '10000', EMAIL_DOMAIN_RATE_PER_SECOND: '1000' });
  try {
    const ids = await importCreators(app, n);
    const campaign = await app.call<{ id: string }>('POST', '/api/influencer/outreach/campaigns', { name: 'Spring Trail Series', objective: 'awareness', budget: '5000.00', deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }] });
    await app.call('POST', `/api/influencer/outreach/campaigns/${campaign.id}/status`, { status: 'active' });
    const templates = await app.call<{ templates: { id: string }[] }>('GET', '/api/influencer/outreach/templates?channel=email&templateType=initial_outreach');
    const bulk = await app.call<{ bulkId: string }>('POST', '/api/influencer/outreach/bulk', { campaignId: campaign.id, influencerIds: ids, templateId: templates.templates[0].id });
    while (!(await app.call<{ done: boolean }>('GET', `/api/influencer/outreach/bulk/${bulk.bulkId}`)).done) await new Promise((r) => setTimeout(r, 200));
    const outreach: { id: string; influencer: { email: string } }[] = [];
    for (let page = 1; outreach.length < n; page++) {
      const list = await app.call<{ outreach: { id: string; influencer: { email: string } }[] }>('GET', `/api/influencer/outreach/list?perPage=100&page=${page}&campaignId=${campaign.id}`);
      if (!list.outreach.length) break;
      outreach.push(...list.outreach);
    }

    const tokens = new LinkTokens(app.config);
    const messages = await Promise.all(
      outreach.map((o, i) =>
        new MailComposer({
          from: o.influencer.email,
          to: `${tokens.replyLocalPart(o.id)}@in.trailhead.example.com`,
          subject: 'Re: Trail season collaboration',
          messageId: `<${randomUUID()}@mail.example.com>`,
          text: `${REPLIES[i % REPLIES.length]}\n\nOn Mon, 30 Nov 2026 at 09:00, Alex at Trailhead <alex@trailhead.example.com> wrote:\n> Hi there,\n> I look after creator partnerships at Trailhead Running Co.\n`,
        })
          .compile()
          .build(),
      ),
    );

    const latencies: number[] = [];
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < messages.length) {
          const i = next++;
          const start = performance.now();
          const r = await fetch(`${app.base}/api/webhooks/email/inbound`, { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: messages[i] });
          if (!r.ok) throw new Error(`inbound → ${r.status}`);
          const visible = await app.call<{ replyCategory: string | null }>('GET', `/api/influencer/outreach/${outreach[i].id}`);
          if (!visible.replyCategory) throw new Error(`reply ${i} not visible after its POST answered`);
          latencies.push(performance.now() - start);
        }
      }),
    );
    const totalMs = performance.now() - t0;

    // Baseline: parse and store, nothing else, on the same database.
    const pool = new Pool({ connectionString: app.db.url, max: 10 });
    await pool.query('CREATE TABLE bench_inbound (id bigserial PRIMARY KEY, message_id text, raw bytea NOT NULL)');
    const bare = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true })
          .then((parsed) => pool.query('INSERT INTO bench_inbound (message_id, raw) VALUES ($1, $2)', [parsed.messageId ?? null, raw]))
          .then(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'))
          .catch(() => res.writeHead(500).end());
      });
    });
    await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
    const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}/inbound`;
    let nextBare = 0;
    const b0 = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (nextBare < messages.length) {
          const r = await fetch(bareUrl, { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: messages[nextBare++] });
          if (!r.ok) throw new Error(`baseline → ${r.status}`);
        }
      }),
    );
    const bareMs = performance.now() - b0;
    bare.close();
    await pool.end();

    latencies.sort((a, b) => a - b);
    const rate = n / (totalMs / 1000);
    const bareRate = n / (bareMs / 1000);
    console.log(`replies: ${n} inbound replies, ${clients} concurrent senders, sent by the API process`);
    console.log(`  receipt → categorised and visible: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms (target p95 ≤ 2000 ms)`);
    console.log(`  throughput: ${rate.toFixed(0)} replies/s (${(totalMs / 1000).toFixed(1)} s)`);
    console.log(`  baseline (bare endpoint: mailparser + one INSERT, same clients): ${bareRate.toFixed(0)} messages/s; ratio ${((rate / bareRate) * 100).toFixed(0)}%`);
  } finally {
    await app.close();
    await smtp.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
