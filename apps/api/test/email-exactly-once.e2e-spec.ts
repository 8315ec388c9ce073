import { campaignBody, influencerBody, toCsv } from './fixtures';
import { registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startSmtpPeer, type SmtpPeer } from './peers/smtp-peer';
import { launch } from './processes';

const N = 500;
const CONCURRENCY = 10;

/**
 * The exactly-once drill: a bulk of 500 sent by two worker processes while the SMTP server
 * refuses 20% of RCPT/DATA commands with 451, and one worker is killed with SIGKILL halfway. Every
 * outreach must arrive exactly once, counted at the server by recipient and Message-ID, none lost.
 */
describe('bulk email: exactly once under 451s and a killed worker', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let s: TestStore;

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await startTestApp({ RUN_WORKERS: 'false', SMTP_URL: smtp.url });
    s = await registerStore(t, 'Trailhead Running Co');
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('delivers each of 500 messages exactly once', async () => {
    const workerEnv = {
      DATABASE_URL: t.config.DATABASE_URL,
      REDIS_URL: t.config.REDIS_URL,
      REDIS_PREFIX: t.config.REDIS_PREFIX,
      APP_SECRET: t.config.APP_SECRET,
      SMTP_URL: smtp.url,
      LOG_LEVEL: 'info',
      EMAIL_CONCURRENCY: String(CONCURRENCY),
      EMAIL_DOMAIN_RATE_PER_SECOND: '1000',
      EMAIL_RETRY_FIRST_DELAY_MS: '100',
      EMAIL_RETRY_MAX_DELAY_MS: '1000',
      EMAIL_MAX_ATTEMPTS: '100',
      EMAIL_CLAIM_TIMEOUT_SECONDS: '5',
    };
    const [doomed, survivor] = [launch('apps/worker/src/main.ts', workerEnv), launch('apps/worker/src/main.ts', workerEnv)];
    try {
      await Promise.all([doomed.waitFor(/Parley worker running/), survivor.waitFor(/Parley worker running/)]);
      await s.auth(t.http.patch('/api/store')).send({ postalAddress: '12 Ridge Road, Boulder, CO 80302, USA' }).expect(200);
      await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com' }).expect(200);
      const rows = Array.from({ length: N }, (_, i) => influencerBody('once', i, { email: `creator${i}@domain${i % 20}.example.com` }));
      await s.auth(t.http.post('/api/influencers/import')).attach('file', Buffer.from(toCsv(rows)), 'creators.csv').expect(200);
      const ids: string[] = [];
      for (let page = 1; ids.length < N; page++) {
        const list = (await s.auth(t.http.get(`/api/influencers?perPage=100&page=${page}`)).expect(200)).body.data.influencers as { id: string }[];
        ids.push(...list.map((x) => x.id));
      }
      const campaignId = (await s.auth(t.http.post('/api/influencer/outreach/campaigns')).send(campaignBody('once')).expect(201)).body.data.id;
      const templateId = (await s.auth(t.http.get('/api/influencer/outreach/templates?channel=email&templateType=initial_outreach')).expect(200)).body.data.templates[0].id;

      smtp.tempFail(0.2);
      const bulk = (await s.auth(t.http.post('/api/influencer/outreach/bulk')).send({ campaignId, influencerIds: ids, templateId }).expect(202)).body.data;
      expect(bulk).toMatchObject({ total: N, queued: N, skipped: [] });

      await smtp.waitForCount(N / 2, 120_000);
      doomed.child.kill('SIGKILL');
      await doomed.exited;

      const end = Date.now() + 150_000;
      let progress: { done: boolean; sent: number; failed: number };
      do {
        await new Promise((r) => setTimeout(r, 500));
        progress = (await s.auth(t.http.get(`/api/influencer/outreach/bulk/${bulk.bulkId}`)).expect(200)).body.data;
      } while (!progress.done && Date.now() < end);
      expect(progress).toMatchObject({ done: true, sent: N, failed: 0 });
      await new Promise((r) => setTimeout(r, 1000)); // a late duplicate would land now

      expect(smtp.counts.tempFailed).toBeGreaterThan(0);
      const perRecipient = new Map<string, Set<string>>();
      for (const m of smtp.messages) for (const r of m.envelope.rcptTo) perRecipient.set(r, (perRecipient.get(r) ?? new Set()).add(m.parsed.messageId!));
      const wanted = rows.map((r) => String(r.email));
      expect(wanted.filter((e) => !perRecipient.has(e))).toEqual([]);
      expect(wanted.filter((e) => perRecipient.get(e)!.size !== 1)).toEqual([]);
      expect(new Set(smtp.messages.map((m) => m.parsed.messageId)).size).toBe(N);
      // The one window no sender can close: killed after the server's 250 and before the row was
      // marked sent. Such a message goes again with the same Message-ID; there can be no more of
      // them than the killed worker had in flight.
      expect(smtp.messages.length - N).toBeLessThanOrEqual(CONCURRENCY);
    } finally {
      smtp.tempFail(0);
      survivor.child.kill('SIGTERM');
      if (doomed.child.exitCode === null && doomed.child.signalCode === null) doomed.child.kill('SIGKILL');
      await survivor.exited;
    }
  });
});
