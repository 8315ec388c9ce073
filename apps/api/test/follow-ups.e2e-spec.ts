import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bull';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ManualClock } from '@parley/server-core';
import { EngagementProcessor, FollowUpSweeper } from '@parley/server-outreach';
import { QueueName } from '@parley/shared-types';
import type { Queue } from 'bull';
import Redis from 'ioredis';
import { DateTime } from 'luxon';
import MailComposer from 'nodemailer/lib/mail-composer';
import { campaignBody, influencerBody } from './fixtures';
import { registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startOpenAiPeer } from './peers/openai-peer';
import { startSmtpPeer, type ReceivedMail, type SmtpPeer } from './peers/smtp-peer';
import { sleep, until } from './until';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SECRET = 'inbound-secret-for-tests';
const PUBLIC_URL = 'https://parley.test.example';
const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const OUT = '/api/influencer/outreach';

const ms = (iso: string | null) => (iso ? Date.parse(iso) : NaN);

/** POST …/:id/follow-up as this store (a 200 either way); answers {sent, reason?, …}. */
const followUpNow = async (t: TestApp, store: TestStore, id: string, body: Record<string, unknown> = {}) =>
  (
    await store
      .auth(t.http.post(`${OUT}/${id}/follow-up`))
      .send(body)
      .expect(200)
  ).body.data;

interface Sent {
  id: string;
  email: string;
  mail: ReceivedMail;
  sentAt: number;
  next: number;
}

/**
 * Follow-ups end to end, on a clock the test moves forward: real PostgreSQL, Redis, Bull and an SMTP
 * server; nothing of ours mocked. The crons are stopped so each sweep runs when the test says.
 */
describe('follow-ups', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let s: TestStore;
  let templateId: string;
  const clock = new ManualClock();
  let n = 0;

  const sweeper = () => t.app.get(FollowUpSweeper);
  const queue = () => t.app.get<Queue>(getQueueToken(QueueName.FollowUps), { strict: false });
  const outreach = (id: string) => s.auth(t.http.get(`${OUT}/${id}`)).then((r) => r.body.data);
  const campaign = async (over: Record<string, unknown> = {}) => {
    const id = (
      await s
        .auth(t.http.post(`${OUT}/campaigns`))
        .send(campaignBody(`fu${++n}`, over))
        .expect(201)
    ).body.data.id as string;
    await s
      .auth(t.http.post(`${OUT}/campaigns/${id}/status`))
      .send({ status: 'active' })
      .expect(200);
    return id;
  };
  const influencer = async (over: Record<string, unknown> = {}) => {
    const i = ++n;
    const email = `creator${i}@fu${i % 5}.example.com`;
    const id = (
      await s
        .auth(t.http.post('/api/influencers'))
        .send(influencerBody('fu', i, { email, ...over }))
        .expect(201)
    ).body.data.id as string;
    return { id, email };
  };
  /** Sends a first message and waits until it went and its first follow-up was planned. */
  const send = async (campaignId: string, over: Record<string, unknown> = {}): Promise<Sent> => {
    const who = await influencer(over);
    const res = await s
      .auth(t.http.post(`${OUT}/send`))
      .send({ campaignId, influencerId: who.id, channel: 'email', templateId })
      .expect(201);
    const mail = await smtp.waitFor((m) => m.envelope.rcptTo.includes(who.email));
    const o = await until(
      () => outreach(res.body.data.id),
      (x) => !!x.sentAt && !!x.nextFollowUpAt,
    );
    return { id: o.id, email: who.email, mail, sentAt: ms(o.sentAt), next: ms(o.nextFollowUpAt) };
  };
  const mailsTo = (email: string) => smtp.to(email);
  const jobOf = async (id: string, step: number) => queue().getJob(`followup:${id}:${step}`);
  /** Just within the hour before the first follow-up is due: the sweeper has queued its delayed job. */
  const nearDue = async (o: Sent) => {
    await sweepAt(o.next - 57 * 60_000);
    expect(await jobOf(o.id, 1)).toBeTruthy();
  };
  /** Moves the clock to `at` (never back) and runs the sweeper. */
  const sweepAt = async (at: number) => {
    const now = clock.now().getTime();
    if (at > now) clock.advance(at - now);
    return sweeper().sweep();
  };

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await startTestApp(
      { SMTP_URL: smtp.url, PUBLIC_URL, INBOUND_EMAIL_SECRET: SECRET, SES_SNS_VERIFY: 'false', EMAIL_DOMAIN_RATE_PER_SECOND: '100', MACHINE_OPEN_SECONDS: '0' },
      { clock },
    );
    for (const name of ['followups.send-due', 'tracking.process-events', 'outreach.send-scheduled']) await t.app.get(SchedulerRegistry).getCronJob(name).stop();
    s = await registerStore(t, 'Trailhead Running Co');
    await s
      .auth(t.http.patch('/api/store'))
      .send({ postalAddress: '12 Ridge Road, Boulder, CO 80302, USA', senderName: 'Alex', timezone: 'Europe/Berlin' })
      .expect(200);
    await s
      .auth(t.http.put('/api/channels/email'))
      .send({ fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com', replyDomain: 'in.trailhead.example.com' })
      .expect(200);
    templateId = (
      await s
        .auth(t.http.post(`${OUT}/templates`))
        .send({
          name: 'Launch',
          channel: 'email',
          templateType: 'initial_outreach',
          subject: 'An idea for {{influencer_name}}',
          body: 'Hi {{influencer_name}},\n\nWe make trail shoes at {{store_name}}. Fancy a pair? https://trailhead.example.com/trailgrip\n\nThanks,\nAlex',
        })
        .expect(201)
    ).body.data.id;
  });
  afterEach(() => clock.reset());
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('sends follow-ups at day 3, 7 and 14 in the thread, a fresh subject when never opened, then no_response after the quiet period', async () => {
    const c = await campaign({ noResponseAfterDays: 5 });
    const o = await send(c);
    expect(o.next).toBe(o.sentAt + 3 * DAY);
    const detail = await outreach(o.id);
    expect(detail.followUps).toMatchObject({ steps: 3, sent: 0, paused: false, stoppedBecause: null });
    expect(detail.followUps.planned.map((p: { at: string }) => (ms(p.at) - o.sentAt) / DAY)).toEqual([3, 7, 14]);
    expect(detail.followUps.planned[0].templateName).toBe('Follow-up 1');
    expect(ms(detail.followUps.noResponseAt)).toBe(o.sentAt + 19 * DAY);
    // Days ahead: no delayed job yet (Redis holds the coming hour).
    expect(await jobOf(o.id, 1)).toBeNull();

    // An hour before it is due: nothing goes, and its delayed job is queued.
    await sweepAt(o.sentAt + 3 * DAY - HOUR);
    await sleep(500);
    expect(mailsTo(o.email)).toHaveLength(1);
    expect(await (await jobOf(o.id, 1))!.isDelayed()).toBe(true);

    const firstId = o.mail.parsed.messageId!;
    for (const [step, day] of [
      [1, 3],
      [2, 7],
      [3, 14],
    ]) {
      expect(await sweepAt(o.sentAt + day * DAY)).toBeGreaterThanOrEqual(1);
      await until(
        async () => mailsTo(o.email).length,
        (count) => count === step + 1,
      );
      const fu = mailsTo(o.email)[step];
      expect(fu.parsed.inReplyTo).toBe(mailsTo(o.email)[step - 1].parsed.messageId);
      expect(String(fu.parsed.references)).toContain(firstId);
      // Never opened: not "Re: …" but the follow-up template's own subject line.
      expect(fu.parsed.subject).not.toMatch(/^Re:/);
      expect(fu.parsed.subject).not.toBe(o.mail.parsed.subject);
      const after = await until(
        () => outreach(o.id),
        (x) =>
          x.followUpCount === step && x.thread.messages.some((m: { followUpStep: number; status: string }) => m.followUpStep === step && m.status === 'sent'),
      );
      expect(after.followUpCount).toBe(step);
      expect(after.nextFollowUpAt === null ? null : ms(after.nextFollowUpAt) - o.sentAt).toBe(step === 3 ? null : [7, 14][step - 1] * DAY);
    }
    // A second sweep at the same moment sends nothing more.
    expect(await sweeper().sweep()).toBe(0);

    const done = await outreach(o.id);
    expect(done.followUps).toMatchObject({ stoppedBecause: 'finished', planned: [] });
    await sweepAt(ms(done.lastFollowUpAt) + 5 * DAY - HOUR);
    expect((await outreach(o.id)).status).toBe('sent');
    await sweepAt(ms(done.lastFollowUpAt) + 5 * DAY + 1000);
    const closed = await outreach(o.id);
    expect(closed.status).toBe('no_response');
    expect(closed.events.map((e: { type: string }) => e.type)).toContain('no_response');
    expect(mailsTo(o.email)).toHaveLength(4);
  });

  it("moves a due time outside the send window to the window's start in the creator's time zone, else the store's", async () => {
    // Weekdays 9–17: a send on any day plans day 3 at the window's start or within it.
    const window = { startHour: 9, endHour: 17, days: ['mon', 'tue', 'wed', 'thu', 'fri'] };
    const c = await campaign({ sendWindow: window });
    for (const [zone, over] of [
      ['America/Los_Angeles', { timezone: 'America/Los_Angeles' }],
      ['Europe/Berlin', { timezone: undefined }],
    ] as const) {
      const o = await send(c, over);
      const naive = DateTime.fromMillis(o.sentAt + 3 * DAY, { zone });
      const next = DateTime.fromMillis(o.next, { zone });
      const inside = naive.weekday <= 5 && naive.hour >= 9 && naive.hour < 17;
      if (inside) expect(o.next).toBe(o.sentAt + 3 * DAY);
      else {
        expect(next.toFormat('HH:mm')).toBe('09:00');
        expect(next.weekday).toBeLessThanOrEqual(5);
        expect(o.next).toBeGreaterThan(o.sentAt + 3 * DAY);
      }
    }
  });

  it('brings the next follow-up forward to 48 h after a person opens, and answers it in the thread ("Re: …")', async () => {
    const c = await campaign({ followUpDays: [5, 9] });
    const o = await send(c);
    expect(o.next).toBe(o.sentAt + 5 * DAY);
    const pixel = /src="([^"]+\/t\/o\/[^"]+)"/.exec(o.mail.parsed.html as string)![1].replace(PUBLIC_URL, '');
    await t.http.get(pixel).set('User-Agent', BROWSER).expect(200);
    const opened = await until(
      () => outreach(o.id),
      (x) => x.status === 'opened',
    );
    expect(await t.app.get(EngagementProcessor).process()).toBeGreaterThanOrEqual(1);
    const brought = await outreach(o.id);
    expect(ms(brought.nextFollowUpAt)).toBe(ms(opened.openedAt) + 48 * HOUR);
    await sweepAt(ms(brought.nextFollowUpAt));
    const fu = await smtp.waitFor((m) => m.envelope.rcptTo.includes(o.email) && m.parsed.messageId !== o.mail.parsed.messageId);
    expect(fu.parsed.subject).toBe(`Re: ${o.mail.parsed.subject}`);
    // The step after keeps its offset from the first send.
    expect(
      ms(
        (
          await until(
            () => outreach(o.id),
            (x) => x.followUpCount === 1,
          )
        ).nextFollowUpAt,
      ),
    ).toBe(o.sentAt + 9 * DAY);
  });

  it('a follow-up sent by hand counts as its step; the answer names why one cannot go', async () => {
    const c = await campaign({ followUpDays: [2, 5] });
    const o = await send(c);
    await nearDue(o);
    const sent = await followUpNow(t, s, o.id, { message: 'Hi! Just checking this reached you. Happy to send a pair over.' });
    expect(sent).toMatchObject({ sent: true, step: 1 });
    const fu = await smtp.waitFor((m) => m.envelope.rcptTo.includes(o.email) && m.parsed.messageId !== o.mail.parsed.messageId);
    expect(fu.parsed.text).toContain('Just checking this reached you');
    expect(fu.parsed.inReplyTo).toBe(o.mail.parsed.messageId);
    const after = await until(
      () => outreach(o.id),
      (x) => x.followUpCount === 1,
    );
    expect(ms(after.nextFollowUpAt)).toBe(o.sentAt + 5 * DAY);
    // The step sent by hand loses its job; the next is days ahead, so it has none yet.
    expect(await jobOf(o.id, 1)).toBeNull();
    expect(await jobOf(o.id, 2)).toBeNull();

    await s.auth(t.http.post(`${OUT}/${o.id}/follow-ups/pause`)).expect(200);
    expect(await followUpNow(t, s, o.id)).toEqual({ sent: false, reason: 'paused' });
    await s.auth(t.http.post(`${OUT}/${o.id}/follow-ups/resume`)).expect(200);
    expect(await followUpNow(t, s, o.id)).toMatchObject({ sent: true, step: 2 });
    expect(await followUpNow(t, s, o.id)).toEqual({ sent: false, reason: 'finished' });
    await s
      .auth(t.http.post(`${OUT}/${randomUUID()}/follow-up`))
      .send({})
      .expect(404);
    const other = await registerStore(t);
    await other
      .auth(t.http.post(`${OUT}/${o.id}/follow-up`))
      .send({})
      .expect(404);
  });

  describe('stops: each one clears the planned follow-up and removes its job', () => {
    const expectStopped = async (o: Sent, reason: string) => {
      const x = await until(
        () => outreach(o.id),
        (r) => r.nextFollowUpAt === null,
      );
      expect(x.nextFollowUpAt).toBeNull();
      expect(x.followUps.stoppedBecause).toBe(reason);
      // A stop that comes by event removes the job after its transaction commits.
      expect(await until(() => jobOf(o.id, 1), (job) => job === null)).toBeNull();
      expect(await followUpNow(t, s, o.id)).toEqual({ sent: false, reason: reason === 'campaign_paused' ? 'paused' : reason });
      await sweepAt(o.sentAt + 30 * DAY);
      await sleep(300);
      expect(mailsTo(o.email)).toHaveLength(1);
    };
    const reply = async (o: Sent, text: string, headers: Record<string, string> = {}) => {
      const raw = await new MailComposer({
        from: o.email,
        to: o.mail.parsed.replyTo!.value[0].address,
        subject: `Re: ${o.mail.parsed.subject}`,
        messageId: `<${randomUUID()}@mail.example.com>`,
        inReplyTo: o.mail.parsed.messageId,
        text,
        headers,
      })
        .compile()
        .build();
      await t.http.post(`/api/webhooks/email/inbound?key=${SECRET}`).set('Content-Type', 'message/rfc822').send(raw).expect(200);
    };

    it('a reply', async () => {
      const o = await send(await campaign());
      await nearDue(o);
      await reply(o, "Hi Alex, yes please! I'd love to try them. What are the next steps?");
      await expectStopped(o, 'replied');
    });

    it('an out-of-office with a return date waits until after it', async () => {
      const c = await campaign();
      const o = await send(c);
      await nearDue(o);
      const back = DateTime.fromMillis(o.sentAt + 10 * DAY, { zone: 'UTC' }).startOf('day');
      await reply(o, `I am out of the office until ${back.toFormat('d LLLL yyyy')} with limited access to email. I will reply when I am back.`, {
        'Auto-Submitted': 'auto-replied',
      });
      const x = await until(
        () => outreach(o.id),
        (r) => ms(r.nextFollowUpAt) > o.next,
      );
      expect(ms(x.nextFollowUpAt)).toBeGreaterThanOrEqual(back.toMillis() + DAY - 14 * HOUR);
      expect(x.followUps.stoppedBecause).toBeNull();
    });

    it('a bounce of a follow-up stops the rest', async () => {
      const o = await send(await campaign());
      smtp.reject(o.email);
      await sweepAt(o.next);
      const x = await until(
        () => outreach(o.id),
        (r) => r.status === 'bounced',
      );
      expect(x.status).toBe('bounced');
      expect(x.nextFollowUpAt).toBeNull();
      expect(await jobOf(o.id, 2)).toBeNull();
      expect(await followUpNow(t, s, o.id)).toEqual({ sent: false, reason: 'bounced' });
    });

    it('an unsubscribe', async () => {
      const o = await send(await campaign());
      await nearDue(o);
      const link = new RegExp(`<${PUBLIC_URL}(/u/[^>]+)>`).exec(o.mail.raw)![1];
      await t.http.post(link).type('form').send('List-Unsubscribe=One-Click').expect(200);
      await expectStopped(o, 'suppressed');
    });

    it('a complaint (an SES event)', async () => {
      const o = await send(await campaign());
      await nearDue(o);
      // SES names the message by its own id and by the Message-ID header we gave it.
      const mail = {
        timestamp: new Date().toISOString(),
        messageId: `ses-${randomUUID()}`,
        source: 'alex@trailhead.example.com',
        destination: [o.email],
        commonHeaders: { messageId: o.mail.parsed.messageId },
      };
      const event = { eventType: 'Complaint', mail, complaint: { complainedRecipients: [{ emailAddress: o.email }], complaintFeedbackType: 'abuse' } };
      const notification = {
        Type: 'Notification',
        MessageId: randomUUID(),
        TopicArn: 'arn:aws:sns:us-east-1:123456789012:ses-events',
        Message: JSON.stringify(event),
        Timestamp: new Date().toISOString(),
        SignatureVersion: '1',
        Signature: 'unchecked',
        SigningCertURL: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-x.pem',
      };
      const res = await t.http
        .post('/api/webhooks/ses')
        .set('Content-Type', 'text/plain; charset=UTF-8')
        .set('x-amz-sns-message-type', 'Notification')
        .send(JSON.stringify(notification))
        .expect(200);
      expect(res.body.data.handled).toBe('complaint');
      await expectStopped(o, 'suppressed');
    });

    it('a suppression added by hand', async () => {
      const o = await send(await campaign());
      await nearDue(o);
      await s.auth(t.http.post('/api/suppressions')).send({ email: o.email, reason: 'manual' }).expect(201);
      // Nothing tells the follow-up plan at once: the sweeper clears it when it comes due.
      await sweepAt(o.next);
      await expectStopped(o, 'suppressed');
    });

    it('a manual stop (pause), and resume plans it again at the same time', async () => {
      const o = await send(await campaign());
      await nearDue(o);
      await s.auth(t.http.post(`${OUT}/${o.id}/follow-ups/pause`)).expect(200);
      const paused = await outreach(o.id);
      expect(paused).toMatchObject({ nextFollowUpAt: null, followUpsPaused: true });
      expect(await jobOf(o.id, 1)).toBeNull();
      const resumed = (await s.auth(t.http.post(`${OUT}/${o.id}/follow-ups/resume`)).expect(200)).body.data;
      expect(ms(resumed.nextFollowUpAt)).toBe(o.next);
      expect(resumed.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['follow_ups_paused', 'follow_ups_resumed']));
      expect(await jobOf(o.id, 1)).toBeTruthy();
      await s.auth(t.http.post(`${OUT}/${o.id}/follow-ups/pause`)).expect(200);
      await expectStopped(o, 'paused');
    });

    it('a campaign paused (resumed: planned again) or completed', async () => {
      const c = await campaign();
      const o = await send(c);
      await nearDue(o);
      await s
        .auth(t.http.post(`${OUT}/campaigns/${c}/status`))
        .send({ status: 'paused' })
        .expect(200);
      expect(
        (
          await until(
            () => outreach(o.id),
            (r) => r.nextFollowUpAt === null,
          )
        ).nextFollowUpAt,
      ).toBeNull();
      // The event handler removes the job after the plan's transaction commits.
      expect(await until(() => jobOf(o.id, 1), (job) => job === null)).toBeNull();
      await s
        .auth(t.http.post(`${OUT}/campaigns/${c}/status`))
        .send({ status: 'active' })
        .expect(200);
      expect(
        ms(
          (
            await until(
              () => outreach(o.id),
              (r) => !!r.nextFollowUpAt,
            )
          ).nextFollowUpAt,
        ),
      ).toBe(o.next);
      await s
        .auth(t.http.post(`${OUT}/campaigns/${c}/status`))
        .send({ status: 'completed' })
        .expect(200);
      await expectStopped(o, 'finished');
    });
  });

  describe('scheduling with real Redis', () => {
    it('a delayed job fires at the due time and sends through SMTP (no sweeper)', async () => {
      const o = await send(await campaign());
      // Three seconds before it is due; resuming plans the job again on the moved clock.
      clock.advance(o.next - clock.now().getTime() - 3_000);
      await s.auth(t.http.post(`${OUT}/${o.id}/follow-ups/pause`)).expect(200);
      await s.auth(t.http.post(`${OUT}/${o.id}/follow-ups/resume`)).expect(200);
      expect(await (await jobOf(o.id, 1))!.isDelayed()).toBe(true);
      const fu = await smtp.waitFor((m) => m.envelope.rcptTo.includes(o.email) && m.parsed.messageId !== o.mail.parsed.messageId, 20_000);
      expect(fu.receivedAt).toBeGreaterThan(Date.now() - 20_000);
      expect(
        (
          await until(
            () => outreach(o.id),
            (r) => r.followUpCount === 1,
          )
        ).followUpCount,
      ).toBe(1);
    });

    it('after Redis loses its data before the due time, the sweeper still sends exactly once', async () => {
      const o = await send(await campaign());
      await nearDue(o);
      const redis = new Redis(t.config.REDIS_URL);
      const keys = await redis.keys(`${t.config.REDIS_PREFIX}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
      expect(await jobOf(o.id, 1)).toBeNull();
      await sweepAt(o.next);
      await smtp.waitFor((m) => m.envelope.rcptTo.includes(o.email) && m.parsed.messageId !== o.mail.parsed.messageId);
      await sweeper().sweep();
      await sleep(1000);
      expect(mailsTo(o.email)).toHaveLength(2);
    });

    it('two sweepers at once send each follow-up once', async () => {
      const c = await campaign();
      const all: Sent[] = [];
      for (let i = 0; i < 12; i++) all.push(await send(c));
      clock.advance(Math.max(...all.map((o) => o.next)) - clock.now().getTime() + 1000);
      const [a, b] = await Promise.all([sweeper().sweep(), sweeper().sweep()]);
      expect(a + b).toBe(12);
      await until(
        async () => all.every((o) => mailsTo(o.email).length >= 2),
        (ok) => ok,
        20_000,
      );
      await sleep(1000);
      for (const o of all) expect(mailsTo(o.email)).toHaveLength(2);
    });
  });

  it('shows the periodic jobs in /api/health and follow-up lateness in /metrics', async () => {
    await sweeper().run();
    const health = (await t.http.get('/api/health').expect(200)).body.data;
    const jobs = new Map(health.periodicJobs.map((j: { name: string }) => [j.name, j]));
    expect([...jobs.keys()]).toEqual(expect.arrayContaining(['outreach.send-scheduled', 'followups.send-due', 'tracking.process-events']));
    expect(jobs.get('followups.send-due')).toMatchObject({ runs: expect.any(Number), lastError: null, overdue: false });
    expect((jobs.get('followups.send-due') as { lastFinishedAt: string }).lastFinishedAt).toBeTruthy();
    const metrics = (await t.http.get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/^parley_follow_ups_due \d+$/m);
    expect(metrics).toMatch(/^parley_periodic_job_last_success_timestamp_seconds\{job="followups.send-due"\} [1-9]/m);
  });
});

describe('AI-written follow-ups', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let ai: Awaited<ReturnType<typeof startOpenAiPeer>>;
  let s: TestStore;

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    ai = await startOpenAiPeer();
    t = await startTestApp({
      SMTP_URL: smtp.url,
      EMAIL_DOMAIN_RATE_PER_SECOND: '100',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: ai.url,
      OPENAI_MODEL: 'follow-up-model',
      AI_TIMEOUT_MS: '1500',
      AI_MAX_RETRIES: '0',
    });
    s = await registerStore(t, 'Trailhead Running Co');
    await s.auth(t.http.patch('/api/store')).send({ postalAddress: '12 Ridge Road, Boulder, CO 80302, USA', senderName: 'Alex' }).expect(200);
    await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com' }).expect(200);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
    await ai.stop();
  });

  it('with followUpWriter "ai" the language model writes the follow-up (the default text when it fails); a chosen template still wins', async () => {
    const template = (
      await s
        .auth(t.http.post(`${OUT}/templates`))
        .send({
          name: 'Nudge',
          channel: 'email',
          templateType: 'follow_up_2',
          subject: 'Still keen, {{influencer_name}}?',
          body: 'Hi {{influencer_name}}, still keen on a pair?',
        })
        .expect(201)
    ).body.data.id as string;
    const c = (
      await s
        .auth(t.http.post(`${OUT}/campaigns`))
        .send(campaignBody('ai', { followUpWriter: 'ai', followUpTemplateIds: [null, template] }))
        .expect(201)
    ).body.data;
    expect(c).toMatchObject({ followUpWriter: 'ai', followUpTemplateIds: [null, template], noResponseAfterDays: 7 });
    await s
      .auth(t.http.post(`${OUT}/campaigns/${c.id}/status`))
      .send({ status: 'active' })
      .expect(200);
    const detail = async (id: string) => (await s.auth(t.http.get(`${OUT}/${id}`)).expect(200)).body.data;
    const start = async (i: number) => {
      const email = `ai${i}@creators.example.com`;
      const inf = (
        await s
          .auth(t.http.post('/api/influencers'))
          .send(influencerBody('ai', i, { email }))
          .expect(201)
      ).body.data.id;
      const o = (
        await s
          .auth(t.http.post(`${OUT}/send`))
          .send({
            campaignId: c.id,
            influencerId: inf,
            channel: 'email',
            customMessage: 'Hi {{influencer_name}}, fancy a pair of trail shoes?',
            subject: 'Trail shoes for {{influencer_name}}',
          })
          .expect(201)
      ).body.data;
      await smtp.waitFor((m) => m.envelope.rcptTo.includes(email));
      await until(
        () => detail(o.id),
        (x) => !!x.nextFollowUpAt,
      );
      return { id: o.id as string, email };
    };

    const a = await start(1);
    expect((await detail(a.id)).followUps.planned.map((p: { templateId: string | null }) => p.templateId)).toEqual([null, template, null]);
    const asked = ai.requests.length;
    expect(await followUpNow(t, s, a.id)).toMatchObject({ sent: true, step: 1 });
    const first = await smtp.waitFor((m) => m.envelope.rcptTo.includes(a.email) && !/^Trail shoes/.test(m.parsed.subject ?? ''));
    expect(ai.requests.length).toBe(asked + 1);
    expect(ai.requests[asked].body.model).toBe('follow-up-model');
    expect(first.parsed.subject).toMatch(/^An idea for @/);
    expect(first.parsed.text).toContain('exactly why we are writing');
    expect((await detail(a.id)).events.find((e: { type: string; data: { writer?: string } }) => e.type === 'queued' && e.data.writer)).toMatchObject({
      data: { writer: 'ai', followUpStep: 1 },
    });
    // Step 2 has a template chosen: no model call, the template's text.
    expect(await followUpNow(t, s, a.id)).toMatchObject({ sent: true, step: 2 });
    const second = await smtp.waitFor((m) => m.envelope.rcptTo.includes(a.email) && m.parsed.subject?.startsWith('Still keen') === true);
    expect(second.parsed.text).toContain('still keen on a pair?');
    expect(ai.requests.length).toBe(asked + 1);

    const b = await start(2);
    ai.fail('server-error');
    expect(await followUpNow(t, s, b.id)).toMatchObject({ sent: true, step: 1 });
    const fallback = await smtp.waitFor((m) => m.envelope.rcptTo.includes(b.email) && !/^Trail shoes/.test(m.parsed.subject ?? ''));
    expect(fallback.parsed.text).toMatch(/\S/);
    expect(fallback.parsed.text).not.toMatch(/\{\{|\}\}/);
    expect((await detail(b.id)).events.find((e: { type: string; data: { writer?: string } }) => e.type === 'queued' && e.data.writer)).toMatchObject({
      data: { writer: 'default_text' },
    });
  });

  it("refuses a follow-up template that is not the store's email template, naming the field", async () => {
    const dm = (
      await s
        .auth(t.http.post(`${OUT}/templates`))
        .send({ name: 'DM nudge', channel: 'instagram_dm', templateType: 'follow_up_1', body: 'Hey {{influencer_name}}!' })
        .expect(201)
    ).body.data.id;
    for (const ids of [[dm], [randomUUID()], ['not-a-uuid']]) {
      const res = await s
        .auth(t.http.post(`${OUT}/campaigns`))
        .send(campaignBody('bad', { followUpTemplateIds: ids }))
        .expect(422);
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain('followUpTemplateIds');
    }
    const res = await s
      .auth(t.http.post(`${OUT}/campaigns`))
      .send(campaignBody('bad', { followUpWriter: 'robot', noResponseAfterDays: 0 }))
      .expect(422);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['followUpWriter', 'noResponseAfterDays']));
  });
});
