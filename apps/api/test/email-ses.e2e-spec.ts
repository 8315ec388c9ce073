import { randomUUID } from 'node:crypto';
import { campaignBody, influencerBody } from './fixtures';
import { registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startSesPeer, type SesPeer } from './peers/ses-peer';
import { until } from './until';


/** An SNS notification of an SES event, as SNS posts it (text/plain JSON); SES_SNS_VERIFY is off in this suite. */
const sns = (event: Record<string, unknown>) =>
  JSON.stringify({
    Type: 'Notification',
    MessageId: randomUUID(),
    TopicArn: 'arn:aws:sns:us-east-1:123456789012:ses-events',
    Subject: 'Amazon SES Email Event Notification',
    Message: JSON.stringify(event),
    Timestamp: new Date().toISOString(),
    SignatureVersion: '1',
    Signature: 'unchecked',
    SigningCertURL: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-x.pem',
  });

describe('email outreach through SES (SendRawEmail) and SES events', () => {
  let t: TestApp;
  let ses: SesPeer;
  let s: TestStore;
  let campaignId: string;
  let n = 0;

  const influencer = async () => {
    n++;
    return (await s.auth(t.http.post('/api/influencers')).send(influencerBody('ses', n, { email: `creator${n}@ses${n}.example.com` })).expect(201)).body.data as { id: string; email: string };
  };
  const send = async (influencerId: string) => (await s.auth(t.http.post('/api/influencer/outreach/send')).send({ campaignId, influencerId, channel: 'email' }).expect(201)).body.data as { id: string };
  const outreach = (id: string) => s.auth(t.http.get(`/api/influencer/outreach/${id}`)).then((r) => r.body.data);
  const event = (body: string) => t.http.post('/api/webhooks/ses').set('Content-Type', 'text/plain; charset=UTF-8').set('x-amz-sns-message-type', 'Notification').send(body);

  beforeAll(async () => {
    ses = await startSesPeer();
    t = await startTestApp({
      EMAIL_TRANSPORT: 'ses',
      SES_ENDPOINT: ses.url,
      SES_REGION: 'us-east-1',
      SES_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      SES_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
      SES_SNS_VERIFY: 'false',
      EMAIL_RETRY_FIRST_DELAY_MS: '100',
      EMAIL_RETRY_MAX_DELAY_MS: '1000',
    });
    s = await registerStore(t, 'Trailhead Running Co');
    await s.auth(t.http.patch('/api/store')).send({ postalAddress: '12 Ridge Road, Boulder, CO 80302, USA' }).expect(200);
    await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com' }).expect(200);
    campaignId = (await s.auth(t.http.post('/api/influencer/outreach/campaigns')).send(campaignBody('ses')).expect(201)).body.data.id;
  });
  afterAll(async () => {
    await t.close();
    await ses.stop();
  });

  it('sends the same raw MIME message through SendRawEmail and keeps the SES MessageId', async () => {
    const i = await influencer();
    const o = await send(i.id);
    const sent = await until(() => outreach(o.id), (x) => x.status === 'sent');
    expect(sent.status).toBe('sent');
    const got = ses.sent.find((m) => m.raw.includes(i.email))!;
    expect(got.parsed.messageId).toMatch(/@trailhead\.example\.com>$/);
    expect(got.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(String(got.parsed.html)).toContain('/t/o/');
    expect(sent.thread.messages[0].messageId).toBe(got.parsed.messageId!.slice(1, -1));
  });

  it('retries Throttling until SES takes the message, and fails on MessageRejected with its reason', async () => {
    ses.throttle(2);
    const before = ses.requests;
    const slow = await send((await influencer()).id);
    const sent = await until(() => outreach(slow.id), (x) => x.status === 'sent');
    expect(sent.status).toBe('sent');
    expect(ses.requests - before).toBe(3);
    expect(sent.thread.messages[0].attempts).toBe(3);
    expect(sent.events.filter((e: { type: string }) => e.type === 'deferred')).toHaveLength(2);

    const refused = await influencer();
    ses.reject(refused.email);
    const o = await send(refused.id);
    const failed = await until(() => outreach(o.id), (x) => x.status === 'failed');
    expect(failed.status).toBe('failed');
    expect(failed.statusReason).toMatch(/MessageRejected/);
    const suppressed = (await s.auth(t.http.get('/api/suppressions')).expect(200)).body.data.suppressions;
    expect(suppressed.map((x: { email: string }) => x.email)).not.toContain(refused.email);
  });

  it('applies SES events: a Transient bounce is noted, a Permanent one bounces and suppresses, a Complaint suppresses, Delivery is recorded', async () => {
    const [a, b] = [await influencer(), await influencer()];
    const [oa, ob] = [await send(a.id), await send(b.id)];
    await until(() => outreach(ob.id), (x) => x.status === 'sent');
    await until(() => outreach(oa.id), (x) => x.status === 'sent');
    const sesId = (email: string) => ses.sent.find((m) => m.raw.includes(email))!.messageId;
    const mail = (email: string) => ({ timestamp: new Date().toISOString(), messageId: sesId(email), source: 'alex@trailhead.example.com', destination: [email] });

    await event(sns({ eventType: 'Delivery', mail: mail(a.email), delivery: { recipients: [a.email], smtpResponse: '250 2.0.0 OK' } })).expect(200);
    await event(sns({ eventType: 'Bounce', mail: mail(a.email), bounce: { bounceType: 'Transient', bounceSubType: 'MailboxFull', bouncedRecipients: [{ emailAddress: a.email, status: '4.2.2', diagnosticCode: 'smtp; 452 4.2.2 mailbox full' }] } })).expect(200);
    let x = await outreach(oa.id);
    expect(x.status).toBe('sent');
    expect(x.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['delivered', 'deferred']));

    await event(sns({ eventType: 'Bounce', mail: mail(a.email), bounce: { bounceType: 'Permanent', bounceSubType: 'General', bouncedRecipients: [{ emailAddress: a.email, status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] } })).expect(200);
    x = await outreach(oa.id);
    expect(x).toMatchObject({ status: 'bounced', statusReason: 'smtp; 550 5.1.1 user unknown' });

    await event(sns({ eventType: 'Complaint', mail: mail(b.email), complaint: { complainedRecipients: [{ emailAddress: b.email }], complaintFeedbackType: 'abuse' } })).expect(200);
    expect((await outreach(ob.id)).status).toBe('unsubscribed');

    const list = (await s.auth(t.http.get('/api/suppressions')).expect(200)).body.data.suppressions as { email: string; reason: string }[];
    expect(list).toEqual(expect.arrayContaining([expect.objectContaining({ email: a.email, reason: 'hard_bounce' }), expect.objectContaining({ email: b.email, reason: 'complaint' })]));
    const unknown = await event(sns({ eventType: 'Bounce', mail: { messageId: 'not-ours' }, bounce: { bounceType: 'Permanent', bouncedRecipients: [] } })).expect(200);
    expect(unknown.body.data.handled).toMatch(/did not send/);
  });
});
