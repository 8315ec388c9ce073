import { campaignBody, influencerBody, toCsv } from './fixtures';
import { registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startSmtpPeer, type SmtpPeer } from './peers/smtp-peer';
import { until } from './until';

/** The most arrivals inside any window of `ms` milliseconds. */
const busiestWindow = (times: number[], ms: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= ms) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
};

/**
 * The transport's rate (Bull's limiter, counting batches) and the per-domain pacing, observed where
 * they matter: at the receiving SMTP server. Only lower bounds on spacing are asserted, so a slow
 * machine cannot make this fail.
 */
describe('bulk email pacing', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let s: TestStore;

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    // 10 emails a second in batches of at most 10 (one job a second); 2 a second to one domain.
    t = await startTestApp({ SMTP_URL: smtp.url, EMAIL_RATE_PER_SECOND: '10', EMAIL_BATCH_SIZE: '20', EMAIL_DOMAIN_RATE_PER_SECOND: '2' });
    s = await registerStore(t, 'Trailhead Running Co');
    await s.auth(t.http.patch('/api/store')).send({ postalAddress: '12 Ridge Road, Boulder, CO 80302, USA' }).expect(200);
    await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com' }).expect(200);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('holds the transport to its rate and each recipient domain to its own, sending everything once', async () => {
    // 24 creators on 24 domains and 6 on one domain.
    const rows = Array.from({ length: 30 }, (_, i) => influencerBody('pace', i, { email: i < 24 ? `creator${i}@d${i}.example.com` : `creator${i}@busy.example.com` }));
    await s.auth(t.http.post('/api/influencers/import')).attach('file', Buffer.from(toCsv(rows)), 'creators.csv').expect(200);
    const ids = ((await s.auth(t.http.get('/api/influencers?perPage=100')).expect(200)).body.data.influencers as { id: string }[]).map((x) => x.id);
    const campaignId = (await s.auth(t.http.post('/api/influencer/outreach/campaigns')).send(campaignBody('pace')).expect(201)).body.data.id;
    const templateId = (await s.auth(t.http.get('/api/influencer/outreach/templates?channel=email&templateType=initial_outreach')).expect(200)).body.data.templates[0].id;

    const bulk = (await s.auth(t.http.post('/api/influencer/outreach/bulk')).send({ campaignId, influencerIds: ids, templateId }).expect(202)).body.data;
    await smtp.waitForCount(30, 30_000);

    const recipients = smtp.messages.flatMap((m) => m.envelope.rcptTo);
    expect(new Set(recipients).size).toBe(30);
    expect(recipients).toHaveLength(30);
    // Three batches of at most 10, one per fixed second of Bull's limiter: the first and the third are
    // two windows apart, and no stretch shorter than a second spans more than two windows' batches.
    const arrivals = smtp.messages.map((m) => m.receivedAt);
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeGreaterThanOrEqual(900);
    expect(busiestWindow(arrivals, 900)).toBeLessThanOrEqual(20);
    // Six to one domain at two a second, sends started 500 ms apart: spread over two seconds and more
    // (unpaced, all six would leave in the first batch within milliseconds). How close two arrivals
    // come is not asserted: on a loaded machine a delayed round trip lands next to the following send.
    const busy = smtp.messages.filter((m) => m.envelope.rcptTo[0].endsWith('@busy.example.com')).map((m) => m.receivedAt);
    expect(busy).toHaveLength(6);
    expect(Math.max(...busy) - Math.min(...busy)).toBeGreaterThanOrEqual(1_800);

    // The server took the last message a moment before the sender recorded it (records are written in small groups).
    const progress = await until(
      async () => (await s.auth(t.http.get(`/api/influencer/outreach/bulk/${bulk.bulkId}`)).expect(200)).body.data as { sent: number; done: boolean },
      (p) => p.sent === 30,
      5_000,
    );
    expect(progress).toMatchObject({ sent: 30, done: true });
  });
});
