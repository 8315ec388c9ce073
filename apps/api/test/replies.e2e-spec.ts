import { randomBytes, randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { NotificationDigestCron, NotificationDigestProcessor } from '@parley/server-notifications';
import { InboundRetry, MailboxPoller } from '@parley/server-replies';
import { DataSource } from 'typeorm';
import { campaignBody, influencerBody } from './fixtures';
import { registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startImapPeer } from './peers/imap-peer';
import { startSmtpPeer, type ReceivedMail, type SmtpPeer } from './peers/smtp-peer';
import { until } from './until';

const SECRET = 'inbound-secret-for-tests';
const INBOUND = `/api/webhooks/email/inbound?key=${SECRET}`;


/** A reply as a mail client writes it: the new text, then Gmail's attribution line and the quoted original. */
const gmailReply = (text: string, original: ReceivedMail) =>
  `${text}\n\nOn Mon, 30 Nov 2026 at 09:00, Alex at Trailhead <alex@trailhead.example.com>\nwrote:\n\n${String(original.parsed.text)
    .split('\n')
    .slice(0, 4)
    .map((l) => `> ${l}`)
    .join('\n')}\n`;

const compose = (mail: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> => new MailComposer(mail).compile().build();

/** A Postfix-style RFC 3464 report about one of our messages. */
const dsn = (original: ReceivedMail, recipient: string, status: string, diagnostic: string) => {
  const boundary = `dsn-${randomUUID()}`;
  return Buffer.from(
    [
      'From: MAILER-DAEMON@mx.creators.example.com (Mail Delivery System)',
      'To: alex@trailhead.example.com',
      'Subject: Undelivered Mail Returned to Sender',
      `Message-ID: <${randomUUID()}@mx.creators.example.com>`,
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'I\'m sorry to have to inform you that your message could not be delivered.',
      '',
      `--${boundary}`,
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.creators.example.com',
      '',
      `Final-Recipient: rfc822; ${recipient}`,
      `Action: ${status.startsWith('5') ? 'failed' : 'delayed'}`,
      `Status: ${status}`,
      `Diagnostic-Code: smtp; ${diagnostic}`,
      '',
      `--${boundary}`,
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${original.parsed.messageId}`,
      `To: ${recipient}`,
      'Subject: hello',
      '',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  );
};

describe('replies: inbound email, threading, categories, effects', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let s: TestStore;
  let other: TestStore;
  let campaignId: string;
  let n = 0;

  /** One outreach sent to a new creator; its message as the SMTP server received it. */
  const sent = async () => {
    n++;
    const email = `creator${n}@replies${n}.example.com`;
    const influencerId = (await s.auth(t.http.post('/api/influencers')).send(influencerBody('rep', n, { email })).expect(201)).body.data.id as string;
    const outreachId = (await s.auth(t.http.post('/api/influencer/outreach/send')).send({ campaignId, influencerId, channel: 'email' }).expect(201)).body.data.id as string;
    const mail = await smtp.waitFor((m) => m.envelope.rcptTo.includes(email));
    await until(() => outreach(outreachId), (o) => o.status === 'sent');
    return { outreachId, email, mail, replyTo: mail.parsed.replyTo!.value[0].address!, messageId: mail.parsed.messageId! };
  };
  const outreach = (id: string) => s.auth(t.http.get(`/api/influencer/outreach/${id}`)).then((r) => r.body.data);
  const post = (raw: Buffer) => t.http.post(INBOUND).set('Content-Type', 'message/rfc822').send(raw);
  /** A follow-up planned for the outreach (as the follow-up scheduler records it). */
  const planFollowUp = (outreachId: string, at: string) => t.app.get(DataSource).query(`UPDATE influencer_outreach SET next_follow_up_at = $2 WHERE id = $1`, [outreachId, at]);

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await startTestApp({ SMTP_URL: smtp.url, INBOUND_EMAIL_SECRET: SECRET, SES_SNS_VERIFY: 'false', EMAIL_DOMAIN_RATE_PER_SECOND: '100', ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    s = await registerStore(t, 'Trailhead Running Co');
    other = await registerStore(t, 'Other Store');
    await s.auth(t.http.patch('/api/store')).send({ postalAddress: '12 Ridge Road, Boulder, CO 80302, USA', senderName: 'Alex' }).expect(200);
    await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com', replyDomain: 'in.trailhead.example.com' }).expect(200);
    campaignId = (await s.auth(t.http.post('/api/influencer/outreach/campaigns')).send(campaignBody('rep')).expect(201)).body.data.id;
    await s.auth(t.http.post(`/api/influencer/outreach/campaigns/${campaignId}/status`)).send({ status: 'active' }).expect(200);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('threads a reply by its reply address, keeps only the newest text, categorises it, stops follow-ups and tells the team, once per Message-ID', async () => {
    const o = await sent();
    const replyId = `<${randomUUID()}@mail.gmail.com>`;
    const raw = await compose({
      from: `Creator <${o.email}>`,
      to: o.replyTo,
      subject: `Re: ${o.mail.parsed.subject}`,
      messageId: replyId,
      inReplyTo: o.messageId,
      references: o.messageId,
      text: gmailReply("Hi Alex! Yes, I'd love to work with you on this. Count me in, what are the next steps?", o.mail),
    });
    await planFollowUp(o.outreachId, '2026-12-03T09:00:00Z');
    await t.http.post('/api/webhooks/email/inbound').set('Content-Type', 'message/rfc822').send(raw).expect(401);
    expect((await post(raw).expect(200)).body.data).toEqual({ handled: 'reply', outreachId: o.outreachId });

    const after = await outreach(o.outreachId);
    expect(after).toMatchObject({ status: 'interested', replyCategory: 'interested', replySentiment: 'positive', nextFollowUpAt: null });
    expect(after.replyText).toBe("Hi Alex! Yes, I'd love to work with you on this. Count me in, what are the next steps?");
    expect(after.repliedAt).toBeTruthy();
    const inbound = after.thread.messages.filter((m: { direction: string }) => m.direction === 'in');
    expect(inbound).toHaveLength(1);
    expect(inbound[0]).toMatchObject({ kind: 'reply', from: o.email, messageId: replyId.slice(1, -1) });
    expect(inbound[0].text).toContain('wrote:');
    expect(after.events.map((e: { type: string }) => e.type)).toContain('replied');

    expect((await post(raw).expect(200)).body.data.handled).toBe('duplicate');
    expect((await outreach(o.outreachId)).thread.messages.filter((m: { direction: string }) => m.direction === 'in')).toHaveLength(1);

    const notes = (await s.auth(t.http.get('/api/notifications')).expect(200)).body.data;
    expect(notes.unread).toBeGreaterThanOrEqual(1);
    expect(notes.notifications[0]).toMatchObject({ type: 'reply.received', outreachId: o.outreachId, readAt: null });
    await s.auth(t.http.patch('/api/notifications')).send({ all: true }).expect(200);
    expect((await s.auth(t.http.get('/api/notifications?unread=true')).expect(200)).body.data.notifications).toEqual([]);
    expect((await other.auth(t.http.get('/api/notifications')).expect(200)).body.data.notifications).toEqual([]);
  });

  it('threads by In-Reply-To alone and by the sender alone, and keeps mail that matches nothing for its store only', async () => {
    const byThread = await sent();
    const raw = await compose({ from: 'Manager <manager@agency.example.net>', to: 'alex@trailhead.example.com', subject: 'Re: rates', inReplyTo: byThread.messageId, messageId: `<${randomUUID()}@agency.example.net>`, text: 'My rate for one Instagram reel is $850, or $1,200 for a reel plus two stories.' });
    expect((await post(raw).expect(200)).body.data).toEqual({ handled: 'reply', outreachId: byThread.outreachId });
    expect(await outreach(byThread.outreachId)).toMatchObject({ replyCategory: 'rate_negotiation' });

    const bySender = await sent();
    const question = await compose({ from: bySender.email, to: 'alex@trailhead.example.com', subject: 'A question', messageId: `<${randomUUID()}@replies.example.com>`, text: 'Could you tell me more about the shoe and the timeline? When would the posts need to go live?' });
    expect((await post(question).expect(200)).body.data).toEqual({ handled: 'reply', outreachId: bySender.outreachId });
    expect(await outreach(bySender.outreachId)).toMatchObject({ replyCategory: 'questions', status: 'replied' });

    const stranger = await compose({ from: 'stranger@elsewhere.example', to: 'partnerships@in.trailhead.example.com', subject: 'Hello?', messageId: `<${randomUUID()}@elsewhere.example>`, text: 'Is this the right address?' });
    expect((await post(stranger).expect(200)).body.data).toEqual({ handled: 'unmatched', outreachId: null });
    const unmatched = (await s.auth(t.http.get('/api/inbound/unmatched')).expect(200)).body.data.emails;
    expect(unmatched).toEqual([expect.objectContaining({ from: 'stranger@elsewhere.example', subject: 'Hello?' })]);
    expect((await other.auth(t.http.get('/api/inbound/unmatched')).expect(200)).body.data.emails).toEqual([]);
    const nowhere = await compose({ from: 'x@y.example', to: 'nobody@nowhere.example', subject: 'lost', text: 'lost' });
    expect((await post(nowhere).expect(200)).body.data.handled).toBe('unmatched');
  });

  it('recognises an out-of-office: auto_reply, status kept, the planned follow-up moved past the stated return', async () => {
    const o = await sent();
    await planFollowUp(o.outreachId, '2026-12-03T09:00:00Z');
    const raw = await compose({
      from: o.email,
      to: o.replyTo,
      subject: `Out of Office: ${o.mail.parsed.subject}`,
      messageId: `<${randomUUID()}@replies.example.com>`,
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
      text: "I'm out of the office until Monday 8 December with limited access to email.",
    });
    expect((await post(raw).expect(200)).body.data.handled).toBe('auto_reply');
    const after = await outreach(o.outreachId);
    expect(after).toMatchObject({ replyCategory: 'auto_reply', status: 'sent', repliedAt: null });
    expect(after.events.map((e: { type: string }) => e.type)).toContain('auto_replied');
    // "until Monday 8 December": the follow-up planned for 3 December waits until the person is back.
    expect(new Date(after.nextFollowUpAt).getTime()).toBeGreaterThanOrEqual(Date.parse('2026-12-08T00:00:00Z'));
  });

  it('applies RFC 3464 reports: a hard bounce bounces and suppresses, a first soft one does neither', async () => {
    const hard = await sent();
    expect((await post(dsn(hard.mail, hard.email, '5.1.1', '550 5.1.1 <user>: Recipient address rejected: User unknown')).expect(200)).body.data).toEqual({ handled: 'bounce', outreachId: hard.outreachId });
    expect((await outreach(hard.outreachId)).status).toBe('bounced');
    const list = (await s.auth(t.http.get('/api/suppressions')).expect(200)).body.data.suppressions;
    expect(list).toEqual(expect.arrayContaining([expect.objectContaining({ email: hard.email, reason: 'hard_bounce' })]));

    const soft = await sent();
    await post(dsn(soft.mail, soft.email, '4.2.2', '452 4.2.2 Mailbox full')).expect(200);
    expect((await outreach(soft.outreachId)).status).toBe('sent');
    expect((await s.auth(t.http.get('/api/suppressions')).expect(200)).body.data.suppressions.map((x: { email: string }) => x.email)).not.toContain(soft.email);
  });

  it('takes SendGrid Inbound Parse posts (fields and raw) and SNS notifications of SES receiving', async () => {
    const fields = await sent();
    await t.http
      .post(INBOUND)
      .field('from', `Creator <${fields.email}>`)
      .field('to', fields.replyTo)
      .field('subject', 'Re: collab')
      .field('text', "Thanks, but I'll pass on this one. I'm not taking on brand partnerships right now.")
      .field('headers', `Message-ID: <${randomUUID()}@sg.example.com>\r\nIn-Reply-To: ${fields.messageId}\r\nFrom: ${fields.email}\r\n`)
      .expect(200)
      .expect((r) => expect(r.body.data).toEqual({ handled: 'reply', outreachId: fields.outreachId }));
    expect(await outreach(fields.outreachId)).toMatchObject({ replyCategory: 'declined', status: 'declined' });

    const rawMode = await sent();
    const raw = await compose({ from: rawMode.email, to: rawMode.replyTo, subject: 'Re: collab', messageId: `<${randomUUID()}@sg.example.com>`, text: 'Yes please, count me in! Where do I send my address?' });
    await t.http.post(INBOUND).field('email', raw.toString('utf8')).field('to', rawMode.replyTo).expect(200).expect((r) => expect(r.body.data.outreachId).toBe(rawMode.outreachId));

    const ses = await sent();
    const sesRaw = await compose({ from: ses.email, to: ses.replyTo, subject: 'Re: collab', messageId: `<${randomUUID()}@ses.example.com>`, text: 'Sounds great, I am in!' });
    const notification = JSON.stringify({
      Type: 'Notification',
      MessageId: randomUUID(),
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:ses-inbound',
      Message: JSON.stringify({ notificationType: 'Received', mail: { messageId: 'ses-1' }, receipt: { action: { type: 'SNS', encoding: 'BASE64' } }, content: sesRaw.toString('base64') }),
      Timestamp: new Date().toISOString(),
      SignatureVersion: '1',
      Signature: 'unchecked',
      SigningCertURL: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-x.pem',
    });
    await t.http.post(INBOUND).set('Content-Type', 'text/plain; charset=UTF-8').send(notification).expect(200).expect((r) => expect(r.body.data.outreachId).toBe(ses.outreachId));
  });

  it('processes again an email that was kept but not processed (the process died mid-way), once', async () => {
    const o = await sent();
    const messageId = `${randomUUID()}@replies.example.com`;
    const raw = await compose({ from: o.email, to: o.replyTo, subject: 'Re: collab', messageId: `<${messageId}>`, text: 'Yes, count me in! Send the details.' });
    const db = t.app.get(DataSource);
    const [{ store_id: storeId }] = await db.query(`SELECT store_id FROM influencer_outreach WHERE id = $1`, [o.outreachId]);
    // What a crash right after keeping the email leaves behind.
    await db.query(
      `INSERT INTO inbound_emails (store_id, outreach_id, message_id, source, status, raw, received_at, updated_at) VALUES ($1, $2, $3, 'rfc822', 'received', $4, now(), now() - interval '5 minutes')`,
      [storeId, o.outreachId, messageId, raw],
    );
    expect(await t.app.get(InboundRetry).sweep()).toBe(1);
    const after = await until(() => outreach(o.outreachId), (x) => x.replyCategory !== null);
    expect(after).toMatchObject({ replyCategory: 'interested', status: 'interested' });
    expect(await t.app.get(InboundRetry).sweep()).toBe(0);
    expect((await db.query(`SELECT status FROM inbound_emails WHERE message_id = $1`, [messageId])).map((r: { status: string }) => r.status)).toEqual(['reply']);
    expect(after.thread.messages.filter((m: { direction: string }) => m.direction === 'in')).toHaveLength(1);
  });

  it('serves the inbox: replied outreach newest reply first, filters, a suggested answer, category corrections kept as feedback, read state', async () => {
    const first = await sent();
    const second = await sent();
    await post(await compose({ from: first.email, to: first.replyTo, subject: 'Re: collab', messageId: `<${randomUUID()}@r.example.com>`, text: 'Could you tell me the timeline and which sizes you have?' })).expect(200);
    await post(await compose({ from: second.email, to: second.replyTo, subject: 'Re: collab', messageId: `<${randomUUID()}@r.example.com>`, text: "Yes! I'm in, send it over." })).expect(200);

    const inbox = (await s.auth(t.http.get('/api/influencer/outreach/list?replied=true&sort=last_reply&perPage=100')).expect(200)).body.data.outreach as { id: string; lastReplyAt: string }[];
    expect(inbox.slice(0, 2).map((o) => o.id)).toEqual([second.outreachId, first.outreachId]);
    expect(inbox.every((o) => o.lastReplyAt)).toBe(true);
    const notReplied = (await s.auth(t.http.get('/api/influencer/outreach/list?replied=false&perPage=100')).expect(200)).body.data.outreach as { id: string }[];
    expect(notReplied.map((o) => o.id)).not.toContain(first.outreachId);
    const questions = (await s.auth(t.http.get('/api/influencer/outreach/list?replied=true&replyCategory=questions&perPage=100')).expect(200)).body.data.outreach as { id: string }[];
    expect(questions.map((o) => o.id)).toContain(first.outreachId);
    expect(questions.map((o) => o.id)).not.toContain(second.outreachId);
    await s.auth(t.http.get('/api/influencer/outreach/list?replied=maybe')).expect(422);

    const suggestion = (await s.auth(t.http.get(`/api/influencer/outreach/${first.outreachId}/suggested-response`)).expect(200)).body.data;
    expect(suggestion.category).toBe('questions');
    expect(suggestion.suggestedResponse).toMatch(/Thanks for the questions/);
    await other.auth(t.http.get(`/api/influencer/outreach/${first.outreachId}/suggested-response`)).expect(404);

    const corrected = (await s.auth(t.http.patch(`/api/influencer/outreach/${first.outreachId}/reply-category`)).send({ category: 'interested', sentiment: 'positive' }).expect(200)).body.data;
    expect(corrected).toMatchObject({ replyCategory: 'interested', replySentiment: 'positive', replyNeedsReview: false, status: 'interested' });
    const [feedback] = await t.app.get(DataSource).query(`SELECT text, predicted_category, category FROM reply_corrections WHERE outreach_id = $1`, [first.outreachId]);
    expect(feedback).toEqual({ text: 'Could you tell me the timeline and which sizes you have?', predicted_category: 'questions', category: 'interested' });
    await s.auth(t.http.patch(`/api/influencer/outreach/${first.outreachId}/reply-category`)).send({ category: 'maybe' }).expect(422);
    await other.auth(t.http.patch(`/api/influencer/outreach/${first.outreachId}/reply-category`)).send({ category: 'spam' }).expect(404);
    const silent = await sent();
    await s.auth(t.http.patch(`/api/influencer/outreach/${silent.outreachId}/reply-category`)).send({ category: 'spam' }).expect(409);

    const unreadFor = async (id: string) => ((await s.auth(t.http.get('/api/notifications?unread=true&perPage=100')).expect(200)).body.data.notifications as { outreachId: string }[]).filter((x) => x.outreachId === id).length;
    expect(await unreadFor(second.outreachId)).toBe(1);
    expect((await s.auth(t.http.patch('/api/notifications')).send({ outreachId: second.outreachId }).expect(200)).body.data).toEqual({ updated: 1 });
    expect(await unreadFor(second.outreachId)).toBe(0);
    expect((await other.auth(t.http.patch('/api/notifications')).send({ all: true }).expect(200)).body.data).toEqual({ updated: 0 });
  });

  it("reads the store's connected mailbox (IMAP): new replies are taken in once and flagged seen", async () => {
    const imap = await startImapPeer();
    try {
      await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com', replyDomain: 'in.trailhead.example.com', imapUrl: imap.url }).expect(200);
      const o = await sent();
      await imap.deliver(await compose({ from: o.email, to: o.replyTo, subject: 'Re: collab', messageId: `<${randomUUID()}@imap.example.com>`, inReplyTo: o.messageId, text: 'Yes please, count me in! Where should I send my address?' }));
      await imap.deliver(await compose({ from: 'newsletter@shop.example', to: 'replies@trailhead.example.com', subject: 'Weekly deals', messageId: `<${randomUUID()}@shop.example>`, text: 'Our best deals this week.' }));
      expect(await imap.unseen()).toBe(2);

      const [{ store_id: storeId }] = await t.app.get(DataSource).query(`SELECT store_id FROM influencer_outreach WHERE id = $1`, [o.outreachId]);
      expect(await t.app.get(MailboxPoller).poll(storeId)).toBe(2);
      expect(await outreach(o.outreachId)).toMatchObject({ replyCategory: 'interested', status: 'interested' });
      expect(await imap.unseen()).toBe(0);
      expect(await t.app.get(MailboxPoller).poll(storeId)).toBe(0);
      expect((await outreach(o.outreachId)).thread.messages.filter((m: { direction: string }) => m.direction === 'in')).toHaveLength(1);
    } finally {
      await s.auth(t.http.put('/api/channels/email')).send({ fromName: 'Alex at Trailhead', fromEmail: 'alex@trailhead.example.com', replyDomain: 'in.trailhead.example.com', imapUrl: null }).expect(200);
      await imap.stop();
    }
  });

  it('emails the team a daily digest of unread notifications when the store asks for it', async () => {
    const o = await sent();
    await post(await compose({ from: o.email, to: o.replyTo, subject: 'Re: collab', messageId: `<${randomUUID()}@digest.example.com>`, text: 'Count me in! What are the next steps?' })).expect(200);
    const at8 = new Date('2026-12-01T08:10:00Z');
    expect(await t.app.get(NotificationDigestCron).enqueue(at8)).toBe(0);
    expect((await s.auth(t.http.patch('/api/store')).send({ notificationDigest: true }).expect(200)).body.data.notificationDigest).toBe(true);
    await s.auth(t.http.patch('/api/store')).send({ notificationDigest: 'yes' }).expect(422);
    expect(await t.app.get(NotificationDigestCron).enqueue(at8)).toBe(1);
    expect(await t.app.get(NotificationDigestCron).enqueue(new Date('2026-12-01T15:10:00Z'))).toBe(0);

    expect(await t.app.get(NotificationDigestProcessor).send(s.storeId)).toBe('sent to 1');
    const digest = await smtp.waitFor((m) => m.envelope.rcptTo.includes(s.email.toLowerCase()) && /unread at Trailhead Running Co/.test(String(m.parsed.subject)));
    expect(String(digest.parsed.text)).toContain(`/inbox/${o.outreachId}`);
    expect(String(digest.parsed.text)).toContain('Count me in!');
    await s.auth(t.http.patch('/api/notifications')).send({ all: true }).expect(200);
    expect(await t.app.get(NotificationDigestProcessor).send(s.storeId)).toBe('skipped: nothing unread');
    await s.auth(t.http.patch('/api/store')).send({ notificationDigest: false }).expect(200);
  });

  it('logs a reply by hand and answers in the same thread', async () => {
    const o = await sent();
    const logged = (await s.auth(t.http.post(`/api/influencer/outreach/${o.outreachId}/reply`)).send({ replyText: "Sounds great — I'm in! Send me the details and I'll get started." }).expect(200)).body.data;
    expect(logged).toMatchObject({ category: 'interested', outreach: { id: o.outreachId, replyText: "Sounds great — I'm in! Send me the details and I'll get started.", status: 'interested' } });
    expect(logged.suggestedResponse).toMatch(/\w/);
    expect(logged.suggestedResponse).not.toMatch(/\{\{|undefined|NaN/);
    await s.auth(t.http.post(`/api/influencer/outreach/${o.outreachId}/reply`)).send({ replyText: '' }).expect(422);
    await other.auth(t.http.post(`/api/influencer/outreach/${o.outreachId}/reply`)).send({ replyText: 'hi' }).expect(404);

    const creatorMessage = `<${randomUUID()}@replies.example.com>`;
    await post(await compose({ from: o.email, to: o.replyTo, subject: `Re: ${o.mail.parsed.subject}`, messageId: creatorMessage, inReplyTo: o.messageId, text: 'Which sizes do you have?' })).expect(200);
    const queued = (await s.auth(t.http.post(`/api/influencer/outreach/${o.outreachId}/respond`)).send({ message: 'We have every size from 36 to 47. Which one should I send?' }).expect(201)).body.data;
    expect(queued).toMatchObject({ direction: 'out', kind: 'response' });
    expect(['queued', 'sending', 'sent']).toContain(queued.status); // the worker may already have it
    const answer = await smtp.waitFor((m) => m.envelope.rcptTo.includes(o.email) && String(m.parsed.text).includes('36 to 47'));
    expect(answer.parsed.inReplyTo).toBe(creatorMessage);
    expect(answer.parsed.references).toEqual(expect.arrayContaining([o.messageId, creatorMessage]));
    expect(answer.parsed.subject).toMatch(/^Re: /);
    expect(answer.parsed.subject).not.toMatch(/^Re: Re:/);
    await other.auth(t.http.post(`/api/influencer/outreach/${o.outreachId}/respond`)).send({ message: 'hi' }).expect(404);
  });
});
