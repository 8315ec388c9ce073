/**
 * `npm run bench -- bulk-email [n] [workers]`: n personalised emails (default 10,000) from one POST
 * /bulk to accepted by a local SMTP server (its own process), through the real queue, renderer and
 * SMTP pool; sent by the API process itself (workers 0, the default) or by that many worker processes.
 * Baseline in the same run, before and after the product's (averaged): the same number of emails of
 * the same shape (composed by the product's EmailComposer from the same template text, so MIME size
 * and encoding match) handed straight to a raw nodemailer pool of the same size. Prints both rates and the ratio (target ≥ 60%, n = 10,000
 * under 90 s).
 */
import { randomUUID } from 'node:crypto';
import { EmailComposer, LinkTokens } from '@parley/server-email';
import nodemailer from 'nodemailer';
import { activeCampaign, benchApp, countingSmtp, importCreators } from './bench-app';

const POOL = 10;
const until = async (ok: () => Promise<boolean>) => {
  while (!(await ok())) await new Promise((r) => setTimeout(r, 50));
};

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 10_000);
  const workers = Number(process.argv[3] ?? 0);
  const smtp = await countingSmtp();
  const app = await benchApp({ SMTP_URL: smtp.url, SMTP_POOL_SIZE: String(POOL), EMAIL_RATE_PER_SECOND: '10000', EMAIL_DOMAIN_RATE_PER_SECOND: '1000', EMAIL_CONCURRENCY: '40', DATABASE_POOL_SIZE: '20' }, { workers });
  try {
    const ids = await importCreators(app, n);
    const { campaignId, templateId } = await activeCampaign(app);
    const preview = await app.call<{ subject: string; body: string; html: string }>('POST', `/api/influencer/outreach/templates/${templateId}/preview`, { influencerId: ids[0], campaignId });

    // Baseline: the same emails, composed up front, through a raw nodemailer pool to the same server;
    // measured before and after the product's run and averaged, so drift in the machine's speed
    // during the run does not favour either side.
    const composer = new EmailComposer(app.config, new LinkTokens(app.config));
    const mails = Array.from({ length: n }, (_, i) =>
      composer.compose({
        messageRowId: randomUUID(),
        outreachId: randomUUID(),
        from: { name: 'Alex at Trailhead', address: 'alex@trailhead.example.com' },
        to: `creator.${i}@creators${i % 40}.example.com`,
        subject: preview.subject,
        text: preview.body,
        html: preview.html,
        store: { name: 'Trailhead Running Co', postalAddress: '12 Ridge Road, Boulder, CO 80302, USA' },
        replyDomain: 'in.trailhead.example.com',
      }).mail,
    );
    const raw = async (): Promise<number> => {
      const before = await smtp.accepted();
      const transport = nodemailer.createTransport({ url: smtp.url, pool: true, maxConnections: POOL, maxMessages: 1000 });
      const t1 = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: POOL * 4 }, async () => {
          while (next < n) await transport.sendMail(mails[next++]);
        }),
      );
      const ms = performance.now() - t1;
      transport.close();
      if ((await smtp.accepted()) - before !== n) throw new Error('baseline lost messages');
      return ms;
    };
    const rawBeforeMs = await raw();

    const before = await smtp.accepted();
    const t0 = performance.now();
    const bulk = await app.call<{ bulkId: string }>('POST', '/api/influencer/outreach/bulk', { campaignId, influencerIds: ids, templateId, channel: 'email' });
    const answeredMs = performance.now() - t0;
    await until(async () => (await smtp.accepted()) - before >= n);
    const productMs = performance.now() - t0;
    await until(async () => (await app.call<{ done: boolean }>('GET', `/api/influencer/outreach/bulk/${bulk.bulkId}`)).done);

    const rawAfterMs = await raw();
    const rawMs = (rawBeforeMs + rawAfterMs) / 2;

    const productRate = n / (productMs / 1000);
    const rawRate = n / (rawMs / 1000);
    console.log(`bulk-email: ${n} emails, ${workers ? `${workers} worker process(es)` : 'sent by the API process'}, POST /bulk answered in ${answeredMs.toFixed(0)} ms`);
    console.log(`  product (queue → claim → render → SMTP pool → record): ${(productMs / 1000).toFixed(1)} s, ${productRate.toFixed(0)} msg/s`);
    console.log(`  baseline (same emails prebuilt, raw nodemailer pool, ${POOL} connections): ${(rawMs / 1000).toFixed(1)} s, ${rawRate.toFixed(0)} msg/s (before ${(n / (rawBeforeMs / 1000)).toFixed(0)}, after ${(n / (rawAfterMs / 1000)).toFixed(0)})`);
    console.log(`  ratio: ${((productRate / rawRate) * 100).toFixed(0)}% of raw (target ≥ 60%); ${n} emails ${productMs < 90_000 ? 'under' : 'OVER'} 90 s`);
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
