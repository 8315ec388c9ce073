/**
 * `npm run bench -- bulk-email [n]`: n personalised emails (default 10,000) from one POST /bulk to
 * accepted by a local SMTP server, through the real queue, renderer and SMTP pool; then the same
 * number of prebuilt messages sent with a raw nodemailer pool (same pool size) to the same server in
 * the same run. Prints both rates and their ratio (target ≥ 60%, the whole bulk under 90 s).
 */
import nodemailer from 'nodemailer';
import { benchApp, countingSmtp, importCreators } from './bench-app';

const POOL = 10;

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 10_000);
  const smtp = await countingSmtp();
  const app = await benchApp({ SMTP_URL: smtp.url, SMTP_POOL_SIZE: String(POOL), EMAIL_RATE_PER_SECOND: '10000', EMAIL_DOMAIN_RATE_PER_SECOND: '1000', EMAIL_CONCURRENCY: '40', DATABASE_POOL_SIZE: '20' });
  try {
    const ids = await importCreators(app, n);
    const campaign = await app.call<{ id: string }>('POST', '/api/influencer/outreach/campaigns', { name: 'Spring Trail Series', description: 'TrailGrip 3 launch', objective: 'awareness', budget: '5000.00', deliverables: [{ type: 'post', platform: 'instagram', quantity: 1 }] });
    await app.call('POST', `/api/influencer/outreach/campaigns/${campaign.id}/status`, { status: 'active' });
    const templates = await app.call<{ templates: { id: string; templateType: string }[] }>('GET', '/api/influencer/outreach/templates?channel=email&templateType=initial_outreach');
    const templateId = templates.templates[0].id;

    const t0 = performance.now();
    const bulk = await app.call<{ bulkId: string; queued: number }>('POST', '/api/influencer/outreach/bulk', { campaignId: campaign.id, influencerIds: ids, templateId, channel: 'email' });
    const acceptedMs = performance.now() - t0;
    while (smtp.accepted() < n) await new Promise((r) => setTimeout(r, 50));
    const productMs = performance.now() - t0;
    for (;;) {
      const p = await app.call<{ done: boolean; sent: number }>('GET', `/api/influencer/outreach/bulk/${bulk.bulkId}`);
      if (p.done) break;
      await new Promise((r) => setTimeout(r, 200));
    }

    // Baseline: raw nodemailer pool, prebuilt messages of the same size, same server.
    const before = smtp.accepted();
    const transport = nodemailer.createTransport({ url: smtp.url, pool: true, maxConnections: POOL, maxMessages: 1000 });
    const html = '<p>' + 'Hi there, a trail running idea for your spring routes. '.repeat(20) + '</p>';
    const t1 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: POOL * 4 }, async () => {
        while (next < n) {
          const i = next++;
          await transport.sendMail({ from: 'alex@trailhead.example.com', to: `creator.${i}@creators${i % 40}.example.com`, subject: 'A trail running idea', text: html.replace(/<[^>]+>/g, ''), html });
        }
      }),
    );
    const rawMs = performance.now() - t1;
    transport.close();
    if (smtp.accepted() - before !== n) throw new Error('baseline lost messages');

    const productRate = n / (productMs / 1000);
    const rawRate = n / (rawMs / 1000);
    console.log(`bulk-email: ${n} emails, POST /bulk answered in ${acceptedMs.toFixed(0)} ms`);
    console.log(`  product (queue → render → SMTP pool): ${(productMs / 1000).toFixed(1)} s, ${productRate.toFixed(0)} msg/s`);
    console.log(`  baseline (raw nodemailer pool, ${POOL} connections): ${(rawMs / 1000).toFixed(1)} s, ${rawRate.toFixed(0)} msg/s`);
    console.log(`  ratio: ${((productRate / rawRate) * 100).toFixed(0)}% of raw (target ≥ 60%); whole bulk ${productMs < 90_000 ? 'under' : 'OVER'} 90 s`);
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
