/**
 * `npm run bench -- pixel [seconds]`: 50 concurrent keep-alive clients fetch one email's open pixel
 * (GET /t/o/:token) for N seconds (default 10) against the real app; then the same clients fetch a
 * GIF from a bare Node HTTP server in the same run. Prints both request rates, their ratio, and
 * checks every open was recorded (events in the database = requests answered). Target ≥ 3,000/s.
 * The clients run in a child process of their own.
 */
import { createServer } from 'node:http';
import { LinkTokens } from '@parley/server-email';
import { Client } from 'pg';
import { benchApp, countingSmtp, importCreators } from './bench-app';
import { generateLoad } from './load';

const CLIENTS = 50;
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** The number of 200 answers to CLIENTS clients fetching `url` for `seconds`. */
const hammer = async (url: string, seconds: number): Promise<number> => (await generateLoad(url, CLIENTS, `${seconds}s`)).ok;

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10);
  const smtp = await countingSmtp();
  const app = await benchApp({ SMTP_URL: smtp.url, LOG_LEVEL: 'warn' });
  const baseline = createServer((_req, res) => res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store', 'content-length': GIF.length }).end(GIF));
  await new Promise<void>((r) => baseline.listen(0, '127.0.0.1', r));
  try {
    const [influencerId] = await importCreators(app, 1);
    const sent = await app.call<{ id: string; thread: { messages: { id: string }[] } }>('POST', '/api/influencer/outreach/send', { influencerId, channel: 'email' });
    while ((await smtp.accepted()) < 1) await new Promise((r) => setTimeout(r, 50));
    const messageId = sent.thread.messages[0].id;
    const pixel = `${app.base}/t/o/${new LinkTokens(app.config).open(messageId)}`;

    await hammer(pixel, 1); // warm-up
    const db = new Client({ connectionString: app.db.url });
    await db.connect();
    const count = async () => Number((await db.query(`SELECT count(*) FROM outreach_events WHERE message_id = $1 AND type = 'opened'`, [messageId])).rows[0].count);
    await new Promise((r) => setTimeout(r, 500));
    const before = await count();
    const served = await hammer(pixel, seconds);
    await new Promise((r) => setTimeout(r, 1000));
    const recorded = (await count()) - before;
    await db.end();
    const base = await hammer(`http://127.0.0.1:${(baseline.address() as { port: number }).port}/o.gif`, seconds);

    const rate = served / seconds;
    const baseRate = base / seconds;
    console.log(`pixel: ${CLIENTS} concurrent clients, ${seconds} s each`);
    console.log(`  product GET /t/o/:token: ${rate.toFixed(0)} req/s (target ≥ 3000); opens recorded ${recorded} of ${served}${recorded === served ? ' (all)' : ' — MISSING'}`);
    console.log(`  baseline (bare node:http GIF): ${baseRate.toFixed(0)} req/s`);
    console.log(`  ratio: ${((rate / baseRate) * 100).toFixed(0)}% of bare HTTP`);
  } finally {
    baseline.close();
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
