import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import MailComposer from 'nodemailer/lib/mail-composer';
import { campaignBody, influencerBody } from './fixtures';
import { registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startSmtpPeer, type SmtpPeer } from './peers/smtp-peer';

interface Received {
  event: string;
  delivery: string;
  body: { id: string; event: string; data: Record<string, unknown> };
  signed: boolean;
}

/** An integrator's endpoint: verifies each signature with the secret, answers with the next planned status (then 200). */
function startReceiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  let secret = '';
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(req.headers['x-parley-signature'])) ?? [];
      const expected = createHmac('sha256', secret).update(`${t}.${raw}`).digest('hex');
      const signed = !!v1 && timingSafeEqual(Buffer.from(v1), Buffer.from(expected)) && Math.abs(Date.now() / 1000 - Number(t)) < 300;
      received.push({ event: String(req.headers['x-parley-event']), delivery: String(req.headers['x-parley-delivery']), body: JSON.parse(raw), signed });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  return {
    received,
    answers,
    setSecret: (s: string) => (secret = s),
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}/hook`))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const until = async <T>(read: () => T | Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('outgoing webhooks', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let s: TestStore;
  let other: TestStore;
  const receiver = startReceiver();
  let url: string;

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    url = await receiver.listen();
    t = await startTestApp({ SMTP_URL: smtp.url, EMAIL_DOMAIN_RATE_PER_SECOND: '100', ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    s = await registerStore(t, 'Trailhead Running Co');
    other = await registerStore(t, 'Other Store');
    await s.auth(t.http.patch('/api/store')).send({ postalAddress: '12 Ridge Road, Boulder, CO 80302, USA' }).expect(200);
    await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com' }).expect(200);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
    await receiver.close();
  });

  it('refuses bad subscriptions, naming the field, and keeps each store to its own', async () => {
    const bad = await s.auth(t.http.post('/api/webhook-subscriptions')).send({ url: 'not a url', events: ['reply.received'] }).expect(422);
    expect(JSON.stringify(bad.body)).toContain('url');
    const badEvent = await s.auth(t.http.post('/api/webhook-subscriptions')).send({ url, events: ['everything'] }).expect(422);
    expect(JSON.stringify(badEvent.body)).toContain('events');
    const mine = (await s.auth(t.http.post('/api/webhook-subscriptions')).send({ url: 'https://hooks.example.com/a', events: ['reply.received'] }).expect(201)).body.data;
    expect((await other.auth(t.http.get('/api/webhook-subscriptions')).expect(200)).body.data.subscriptions).toEqual([]);
    await other.auth(t.http.delete(`/api/webhook-subscriptions/${mine.id}`)).expect(404);
    await s.auth(t.http.delete(`/api/webhook-subscriptions/${mine.id}`)).expect(200);
  });

  it('signs reply.received and outreach.status_changed, retries a 500, and logs every delivery', async () => {
    const created = (await s.auth(t.http.post('/api/webhook-subscriptions')).send({ url, events: ['reply.received', 'outreach.status_changed'] }).expect(201)).body.data;
    expect(created.secret).toMatch(/^whsec_/);
    receiver.setSecret(created.secret);
    const listed = (await s.auth(t.http.get('/api/webhook-subscriptions')).expect(200)).body.data.subscriptions;
    expect(listed).toEqual([expect.objectContaining({ id: created.id, url, events: ['reply.received', 'outreach.status_changed'], active: true })]);
    expect(listed[0].secret).toBeUndefined();

    const campaignId = (await s.auth(t.http.post('/api/influencer/outreach/campaigns')).send(campaignBody('hook')).expect(201)).body.data.id;
    const influencerId = (await s.auth(t.http.post('/api/influencers')).send(influencerBody('hook', 1, { email: 'creator@hooks.example.com' })).expect(201)).body.data.id;
    const outreachId = (await s.auth(t.http.post('/api/influencer/outreach/send')).send({ campaignId, influencerId, channel: 'email' }).expect(201)).body.data.id;
    const mail = await smtp.waitFor((m) => m.envelope.rcptTo.includes('creator@hooks.example.com'));
    await until(() => receiver.received.filter((r) => r.event === 'outreach.status_changed').length, (n) => n >= 1);
    expect(receiver.received.find((r) => r.event === 'outreach.status_changed')!.body.data).toMatchObject({ outreachId, from: 'queued', to: 'sent' });

    receiver.answers.push(500);
    const raw = await new MailComposer({ from: 'creator@hooks.example.com', to: mail.parsed.replyTo!.value[0].address!, subject: 'Re: hi', messageId: `<${randomUUID()}@hooks.example.com>`, text: "Yes! I'm in, send it over." }).compile().build();
    await t.http.post('/api/webhooks/email/inbound').set('Content-Type', 'message/rfc822').send(raw).expect(200);

    const replies = await until(() => receiver.received.filter((r) => r.event === 'reply.received'), (list) => list.length >= 2, 30_000);
    expect(replies).toHaveLength(2);
    expect(replies[0].delivery).toBe(replies[1].delivery);
    expect(replies.every((r) => r.signed)).toBe(true);
    expect(replies[1].body).toMatchObject({ event: 'reply.received', data: { outreachId, influencerId, category: 'interested', replyText: "Yes! I'm in, send it over." } });
    await until(() => receiver.received.filter((r) => r.event === 'outreach.status_changed' && r.body.data.to === 'interested').length, (n) => n === 1);

    const log = await until(
      async () => (await s.auth(t.http.get('/api/webhook-subscriptions')).expect(200)).body.data.subscriptions[0].deliveries as { event: string; status: string; attempts: number; lastStatusCode: number }[],
      (list) => list.find((d) => d.event === 'reply.received')?.status === 'delivered',
    );
    expect(log.find((d) => d.event === 'reply.received')).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200 });
    expect(log.every((d) => d.status === 'delivered')).toBe(true);
  });
});
