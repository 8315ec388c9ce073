/**
 * `npm run bench -- followups [n]`: n follow-ups (default 5,000) falling due within the same minute,
 * sent by the API process through the real planner, Bull delayed jobs, claim, email queue and SMTP
 * pool to a local SMTP server (its own process). n creators get a first email by one bulk send; their
 * send times are then moved three days back, spread over one minute, and planned again, so follow-up
 * 1 of every one falls due 30–90 s later. Prints the lateness (sent − due) p50/p99/max, and checks
 * that every outreach got exactly one follow-up (database rows and SMTP count). Then the same for
 * follow-up 2 after deleting every Redis key of the app before the due time: only the database
 * sweeper (every minute) can send those.
 * Baseline in the same run: the same number of emails of the same shape, each handed to a raw
 * nodemailer pool by its own timer at its due time (the lateness of a perfect scheduler on this
 * machine and transport); the ratio is the product's p99 over the baseline's.
 */
import { randomUUID } from 'node:crypto';
import { FollowUpPlanner } from '@parley/server-outreach';
import { EmailComposer, LinkTokens } from '@parley/server-email';
import Redis from 'ioredis';
import nodemailer from 'nodemailer';
import { DataSource } from 'typeorm';
import { activeCampaign, benchApp, countingSmtp, importCreators } from './bench-app';

const POOL = 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (ok: () => Promise<boolean>, timeoutMs: number, what: string) => {
  const end = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
};
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const describe = (lateMs: number[]) => {
  const s = [...lateMs].sort((a, b) => a - b);
  return { p50: pct(s, 50) / 1000, p99: pct(s, 99) / 1000, max: s[s.length - 1] / 1000 };
};

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 5_000);
  const smtp = await countingSmtp();
  const app = await benchApp({
    SMTP_URL: smtp.url,
    SMTP_POOL_SIZE: String(POOL),
    EMAIL_RATE_PER_SECOND: '10000',
    EMAIL_DOMAIN_RATE_PER_SECOND: '1000',
    EMAIL_CONCURRENCY: '40',
    DATABASE_POOL_SIZE: '20',
  });
  const db = app.nest.get(DataSource);
  try {
    const ids = await importCreators(app, n);
    const { campaignId, templateId } = await activeCampaign(app);
    const before = await smtp.accepted();
    await app.call('POST', '/api/influencer/outreach/bulk', { campaignId, influencerIds: ids, templateId, channel: 'email' });
    await until(async () => (await smtp.accepted()) - before >= n, 300_000, 'the first emails');
    const planned = async () =>
      Number((await db.query(`SELECT count(*) FROM influencer_outreach WHERE campaign_id = $1 AND follow_up_planned_at IS NOT NULL`, [campaignId]))[0].count);
    await until(async () => (await planned()) >= n, 120_000, 'the first plans');
    const [{ store_id: storeId }] = await db.query(`SELECT store_id FROM influencer_outreach WHERE campaign_id = $1 LIMIT 1`, [campaignId]);
    const planner = app.nest.get(FollowUpPlanner);

    /** Moves the sequence so that follow-up `step` falls due 30–90 s from now, plans it, and answers the due times. */
    const dueSoon = async (step: number, days: number): Promise<Map<string, number>> => {
      // An UPDATE … RETURNING answers [rows, count] through TypeORM.
      const [rows]: [{ id: string }[], number] = await db.query(
        `UPDATE influencer_outreach SET sent_at = now() - make_interval(days => $2) + make_interval(secs => 30 + random() * 60),
                last_follow_up_at = CASE WHEN $3 > 1 THEN now() - interval '2 days' ELSE NULL END, next_follow_up_at = NULL, follow_up_planned_at = NULL
          WHERE campaign_id = $1 RETURNING id`,
        [campaignId, days, step],
      );
      for (let i = 0; i < rows.length; i += 500)
        await planner.replan(
          storeId,
          rows.slice(i, i + 500).map((r) => r.id),
        );
      const due: { id: string; next_follow_up_at: Date }[] = await db.query(`SELECT id, next_follow_up_at FROM influencer_outreach WHERE campaign_id = $1`, [
        campaignId,
      ]);
      if (due.some((r) => !r.next_follow_up_at)) throw new Error('an outreach was not planned');
      return new Map(due.map((r) => [r.id, r.next_follow_up_at.getTime()]));
    };
    /** Waits for every follow-up of `step`; answers each one's lateness and whether each outreach got exactly one. */
    const measure = async (step: number, due: Map<string, number>, startCount: number) => {
      await until(async () => (await smtp.accepted()) - startCount >= n, 600_000, `follow-up ${step}`);
      await sleep(3_000);
      const smtpCount = (await smtp.accepted()) - startCount;
      const rows: { outreach_id: string; sent_at: Date; copies: string }[] = await db.query(
        `SELECT outreach_id, min(sent_at) AS sent_at, count(*) AS copies FROM outreach_messages
          WHERE store_id = $1 AND kind = 'follow_up' AND follow_up_step = $2 AND status = 'sent' GROUP BY outreach_id`,
        [storeId, step],
      );
      const once = rows.length === n && rows.every((r) => Number(r.copies) === 1) && smtpCount === n;
      return { late: rows.map((r) => r.sent_at.getTime() - due.get(r.outreach_id)!), once, smtpCount, rows: rows.length };
    };

    // Follow-up 1, by the delayed jobs (the sweeper runs too, as in production).
    const due1 = await dueSoon(1, 3);
    const spread1 = (Math.max(...due1.values()) - Math.min(...due1.values())) / 1000;
    const product = await measure(1, due1, await smtp.accepted());
    const p = describe(product.late);

    // Follow-up 2 after Redis loses everything before the due time: the sweeper alone.
    const due2 = await dueSoon(2, 7);
    const redis = new Redis(app.config.REDIS_URL);
    const keys = await redis.keys(`${app.config.REDIS_PREFIX}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    const lost = await measure(2, due2, await smtp.accepted());
    const l = describe(lost.late);

    // Baseline: a perfect scheduler, one timer per email at its due time, straight into a raw nodemailer pool.
    const composer = new EmailComposer(app.config, new LinkTokens(app.config));
    const transport = nodemailer.createTransport({ url: smtp.url, pool: true, maxConnections: POOL, maxMessages: Infinity });
    const offsets = [...due1.values()].map((d) => d - Math.min(...due1.values()));
    const start = Date.now() + 5_000;
    const baseLate = await Promise.all(
      offsets.map(async (offset, i) => {
        const mail = composer.compose({
          messageRowId: randomUUID(),
          outreachId: randomUUID(),
          from: { name: 'Alex at Trailhead', address: 'alex@trailhead.example.com' },
          to: `creator.${i}@creators${i % 40}.example.com`,
          subject: 'Spring Trail Series with Trailhead Running Co',
          text: 'Hi Creator,\n\nJust bringing my note from a few days ago back to the top of your inbox.\n\nThanks,\nAlex',
          html: '<p>Hi Creator,</p><p>Just bringing my note from a few days ago back to the top of your inbox.</p><p>Thanks,<br>Alex</p>',
          store: { name: 'Trailhead Running Co', postalAddress: '12 Ridge Road, Boulder, CO 80302, USA' },
          replyDomain: 'in.trailhead.example.com',
        }).mail;
        await sleep(start + offset - Date.now());
        await transport.sendMail(mail);
        return Date.now() - (start + offset);
      }),
    );
    transport.close();
    const b = describe(baseLate);

    console.log(`followups: ${n} follow-ups due within ${spread1.toFixed(0)} s of each other (API process sending; EMAIL_RATE_PER_SECOND 10000)`);
    console.log(
      `  product, follow-up 1 (delayed jobs): lateness p50 ${p.p50.toFixed(2)} s, p99 ${p.p99.toFixed(2)} s, max ${p.max.toFixed(2)} s (target p99 ≤ 60 s); exactly once: ${product.once ? '100%' : `NO (${product.rows} outreach with a follow-up, ${product.smtpCount} at the SMTP server)`}`,
    );
    console.log(
      `  product, follow-up 2 after deleting every Redis key before it was due (database sweeper only): p50 ${l.p50.toFixed(2)} s, p99 ${l.p99.toFixed(2)} s, max ${l.max.toFixed(2)} s; exactly once: ${lost.once ? '100%' : `NO (${lost.rows} outreach, ${lost.smtpCount} at the SMTP server)`}`,
    );
    console.log(`  baseline (a timer per email at its due time, raw nodemailer pool of ${POOL}): p50 ${b.p50.toFixed(2)} s, p99 ${b.p99.toFixed(2)} s`);
    console.log(`  ratio: product p99 ${p.p99.toFixed(2)} s is ${(p.p99 / Math.max(b.p99, 0.001)).toFixed(1)}× the baseline's ${b.p99.toFixed(2)} s`);
    if (!product.once || !lost.once) process.exitCode = 1;
  } finally {
    await app.close();
    await smtp.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
