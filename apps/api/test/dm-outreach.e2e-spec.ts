import { createHmac, randomBytes } from 'node:crypto';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ManualClock } from '@parley/server-core';
import { ChannelTokenCheck } from '@parley/server-channels';
import { FollowUpSweeper } from '@parley/server-outreach';
import { DataSource } from 'typeorm';
import { campaignBody, influencerBody } from './fixtures';
import { fieldsOf, registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startGraphPeer, type GraphPeer } from './peers/graph-peer';
import { startTikTokPeer, type TikTokPeer } from './peers/tiktok-peer';
import { until } from './until';

const OUT = '/api/influencer/outreach';
const HOUR = 3_600_000;
const IG_TOKEN = `IGAA${randomBytes(24).toString('hex')}`;
const TT_TOKEN = `act.${randomBytes(24).toString('hex')}`;
const IG_SECRET = 'ig-app-secret-for-tests';
const TT_SECRET = 'tt-app-secret-for-tests';
const TT_BUSINESS = '-000bizTrailhead';

/**
 * Instagram and TikTok DMs end to end against local servers speaking the Graph and TikTok Business
 * wire formats, on a clock the test moves: first contact is left to a person (ready_to_send with the
 * text and a deep link, then mark-sent); once the creator writes, messages go by API inside the
 * window; outside it, over TikTok's quota or with a refused token they become assisted tasks; a
 * creator who blocked the account fails the message without retries.
 */
describe('DM outreach', () => {
  const clock = new ManualClock();
  let t: TestApp;
  let s: TestStore;
  let graph: GraphPeer;
  let tiktok: TikTokPeer;
  let campaignId: string;
  let n = 0;

  const creator = async (platform: 'instagram' | 'tiktok' | 'youtube', over: Record<string, unknown> = {}) => {
    const body = { ...influencerBody(`dm${randomBytes(3).toString('hex')}`, n++), platform, email: undefined, platformUserId: platform === 'instagram' ? `1${Date.now()}${n}` : `7${randomBytes(9).readBigUInt64BE().toString().padStart(18, '0').slice(0, 18)}`, ...over };
    const created = (await s.auth(t.http.post('/api/influencers')).send(body).expect(201)).body.data;
    return created as { id: string; username: string; platformUserId: string; displayName: string; email: string | null };
  };
  const outreach = async (id: string) => (await s.auth(t.http.get(`${OUT}/${id}`)).expect(200)).body.data;
  const settled = (id: string) => until(() => outreach(id), (o) => !['queued', 'scheduled'].includes(o.status) && !o.thread.messages.some((m: { status: string }) => ['queued', 'sending'].includes(m.status)));
  const instagramEvent = (senderId: string, text: string, mid = `aWdf${randomBytes(12).toString('hex')}`) => {
    const body = JSON.stringify({ object: 'instagram', entry: [{ id: graph.igUserId, time: clock.now().getTime(), messaging: [{ sender: { id: senderId }, recipient: { id: graph.igUserId }, timestamp: clock.now().getTime(), message: { mid, text } }] }] });
    return t.http
      .post('/api/webhooks/instagram')
      .set('content-type', 'application/json')
      .set('x-hub-signature-256', `sha256=${createHmac('sha256', IG_SECRET).update(body).digest('hex')}`)
      .send(body);
  };
  const tiktokEvent = (conversationId: string, fromUserId: string, text: string) => {
    const at = clock.now().getTime();
    const content = `{"conversation_id":"${conversationId}","message_id":7${randomBytes(9).readBigUInt64BE().toString().slice(0, 18)},"type":"text","text":{"body":${JSON.stringify(text)}},"from_user":{"id":${fromUserId},"role":"personal_account"},"to_user":{"id":7300000000000000001,"role":"business_account"},"timestamp":${at}}`;
    const body = JSON.stringify({ client_key: 'awtest', event: 'im_receive_msg', create_time: Math.floor(at / 1000), user_openid: TT_BUSINESS, content });
    const ts = Math.floor(Date.now() / 1000);
    return t.http
      .post('/api/webhooks/tiktok')
      .set('content-type', 'application/json')
      .set('tiktok-signature', `t=${ts},s=${createHmac('sha256', TT_SECRET).update(`${ts}.${body}`).digest('hex')}`)
      .send(body);
  };

  beforeAll(async () => {
    graph = await startGraphPeer({ validTokens: [IG_TOKEN], now: () => clock.now().getTime() });
    tiktok = await startTikTokPeer({ validTokens: [TT_TOKEN], numericIds: true, now: () => clock.now().getTime() });
    t = await startTestApp(
      {
        INSTAGRAM_GRAPH_URL: graph.url,
        TIKTOK_API_URL: tiktok.url,
        INSTAGRAM_APP_SECRET: IG_SECRET,
        INSTAGRAM_VERIFY_TOKEN: 'verify-me',
        TIKTOK_APP_SECRET: TT_SECRET,
        ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        EMAIL_RETRY_FIRST_DELAY_MS: '200',
        EMAIL_RETRY_MAX_DELAY_MS: '1000',
      },
      { clock },
    );
    for (const name of ['followups.send-due', 'outreach.send-scheduled']) await t.app.get(SchedulerRegistry).getCronJob(name).stop();
    s = await registerStore(t, 'Trailhead Running Co');
    campaignId = (await s.auth(t.http.post(`${OUT}/campaigns`)).send(campaignBody('dm', { followUpDays: [1, 3] })).expect(201)).body.data.id;
    await s.auth(t.http.post(`${OUT}/campaigns/${campaignId}/status`)).send({ status: 'active' }).expect(200);
  });
  afterAll(async () => {
    await t?.close();
    await graph?.stop();
    await tiktok?.stop();
  });

  it('connects Instagram and TikTok only with tokens the platforms accept, keeps them encrypted and never returns them', async () => {
    const refused = await s.auth(t.http.put('/api/channels/instagram')).send({ igUserId: graph.igUserId, accessToken: 'IGAAnot-a-good-token' }).expect(422);
    expect(fieldsOf(refused.body)).toEqual(['accessToken']);
    expect(graph.requests.some((r) => r.token === 'IGAAnot-a-good-token' && r.tokenIn === 'header')).toBe(true);
    await s.auth(t.http.put('/api/channels/tiktok')).send({ businessId: TT_BUSINESS, accessToken: 'act.refused' }).expect(422);

    const ig = await s.auth(t.http.put('/api/channels/instagram')).send({ igUserId: graph.igUserId, accessToken: IG_TOKEN }).expect(200);
    expect(ig.body.data).toMatchObject({ platform: 'instagram', accountId: graph.igUserId, status: 'connected', webhooksConfigured: true });
    await s.auth(t.http.put('/api/channels/tiktok')).send({ businessId: TT_BUSINESS, accessToken: TT_TOKEN }).expect(200);
    const list = await s.auth(t.http.get('/api/channels')).expect(200);
    expect(list.body.data.channels.map((c: { channel: string; connected: boolean }) => [c.channel, c.connected])).toEqual([
      ['email', false],
      ['instagram_dm', true],
      ['tiktok_dm', true],
    ]);
    for (const text of [ig.text, list.text]) expect(text).not.toContain(IG_TOKEN.slice(4, 30));
    const stored = await t.app.get(DataSource).query(`SELECT access_token_sealed FROM channel_connections WHERE store_id = $1`, [s.storeId]);
    expect(stored).toHaveLength(2);
    for (const row of stored) expect([IG_TOKEN, TT_TOKEN].some((token) => row.access_token_sealed.includes(token))).toBe(false);

    // Another store sees none of it, and cannot take the same account.
    const other = await registerStore(t);
    const theirs = await other.auth(t.http.get('/api/channels')).expect(200);
    expect(theirs.body.data.channels.every((c: { channel: string; connected: boolean }) => c.channel === 'email' || !c.connected)).toBe(true);
    await other.auth(t.http.get('/api/channels/instagram')).expect(404);
    await other.auth(t.http.put('/api/channels/instagram')).send({ igUserId: graph.igUserId, accessToken: IG_TOKEN }).expect(409);
    await other.auth(t.http.delete('/api/channels/instagram')).expect(200);
    await other.auth(t.http.delete('/api/channels/tiktok')).expect(200);
    expect((await s.auth(t.http.get('/api/channels/instagram')).expect(200)).body.data.status).toBe('connected');
    expect((await s.auth(t.http.get('/api/channels/tiktok')).expect(200)).body.data.status).toBe('connected');
  });

  it('leaves the first DM to a person: ready_to_send with the text and an ig.me link, a task; mark-sent starts follow-up timing', async () => {
    const maya = await creator('instagram', { displayName: 'Maya Rivera' });
    const sent = await s
      .auth(t.http.post(`${OUT}/send`))
      .send({ campaignId, influencerId: maya.id, channel: 'instagram_dm', customMessage: 'Hi {{influencer_name}}! Fancy a pair of TrailGrip 3s?' })
      .expect(201);
    const o = await settled(sent.body.data.id);
    expect(o).toMatchObject({ status: 'ready_to_send', channel: 'instagram_dm', sentAt: null, statusReason: 'no_conversation', deepLink: `https://ig.me/m/${maya.username}` });
    expect(o.thread.messages[0]).toMatchObject({ status: 'ready_to_send', assistReason: 'no_conversation', text: 'Hi Maya Rivera! Fancy a pair of TrailGrip 3s?' });
    expect(graph.sends).toHaveLength(0);

    const tasks = (await s.auth(t.http.get(`${OUT}/tasks`)).expect(200)).body.data;
    expect(tasks.tasks.find((x: { outreachId: string }) => x.outreachId === o.id)).toMatchObject({ channel: 'instagram_dm', reason: 'no_conversation', deepLink: o.deepLink, text: o.thread.messages[0].text });
    // Another store can neither see nor mark it.
    const other = await registerStore(t);
    expect((await other.auth(t.http.get(`${OUT}/tasks`)).expect(200)).body.data.tasks).toEqual([]);
    await other.auth(t.http.post(`${OUT}/${o.id}/mark-sent`)).send({}).expect(404);
    await other.auth(t.http.post(`${OUT}/${o.id}/mark-sent`)).send({ messageId: o.thread.messages[0].id }).expect(404);

    const marked = (await s.auth(t.http.post(`${OUT}/${o.id}/mark-sent`)).send({}).expect(200)).body.data;
    expect(marked.status).toBe('sent');
    expect(Math.abs(Date.parse(marked.sentAt) - clock.now().getTime())).toBeLessThan(5_000);
    expect(marked.nextFollowUpAt).toBe(new Date(Date.parse(marked.sentAt) + 24 * HOUR).toISOString());
    await s.auth(t.http.post(`${OUT}/${o.id}/mark-sent`)).send({}).expect(409);
    expect(graph.sends).toHaveLength(0);
  });

  it('the creator writes first → the DM goes by API; 25 h later the follow-up becomes a task; their reply is categorised and the answer goes by API', async () => {
    const leo = await creator('instagram', { displayName: 'Leo Park' });
    // The creator writes before we ever did: their message is a thread of its own in the inbox, categorised; the conversation is open.
    const first = await instagramEvent(leo.platformUserId, 'Hey! Love your trail shoes, do you work with runners?').expect(200);
    graph.userWrote(leo.platformUserId, clock.now().getTime());
    const started = await outreach(first.body.data.messages[0].outreachId);
    expect(started).toMatchObject({ influencerId: leo.id, channel: 'instagram_dm', replyText: 'Hey! Love your trail shoes, do you work with runners?' });
    expect(started.replyCategory).toBeTruthy();
    const inbox = (await s.auth(t.http.get(`${OUT}/list?replied=true&influencerId=${leo.id}`)).expect(200)).body.data.outreach;
    expect(inbox.map((x: { id: string }) => x.id)).toEqual([started.id]);

    const sent = await s.auth(t.http.post(`${OUT}/send`)).send({ campaignId, influencerId: leo.id, channel: 'instagram_dm', customMessage: 'Hi {{influencer_name}}, we do! Want to try the TrailGrip 3?' }).expect(201);
    let o = await settled(sent.body.data.id);
    expect(o.status).toBe('sent');
    expect(graph.sends).toEqual([expect.objectContaining({ recipientId: leo.platformUserId, text: 'Hi Leo Park, we do! Want to try the TrailGrip 3?', messagingType: 'RESPONSE', tag: null })]);
    expect(o.thread.messages[0]).toMatchObject({ status: 'sent', messageId: graph.sends[0].messageId });
    expect(o.dmWindow).toMatchObject({ connected: true, sentSinceInbound: 1 });
    expect(o.dmWindow.openUntil).toBeTruthy();

    // 25 h on, the first follow-up is due; Instagram's 24 h window has closed: a task, not an error.
    clock.advance(25 * HOUR);
    expect(await t.app.get(FollowUpSweeper).sweep()).toBeGreaterThanOrEqual(1);
    o = await settled(o.id);
    const followUp = o.thread.messages.find((m: { kind: string }) => m.kind === 'follow_up');
    expect(followUp).toMatchObject({ status: 'ready_to_send', assistReason: 'outside_window', followUpStep: 1, subject: null });
    // The store's Instagram follow-up, rendered for the creator (not the email one: no subject, no HTML).
    const igFollowUp = (await s.auth(t.http.get(`${OUT}/templates?channel=instagram_dm&templateType=follow_up_1`)).expect(200)).body.data.templates[0];
    const preview = (await s.auth(t.http.post(`${OUT}/templates/${igFollowUp.id}/preview`)).send({ influencerId: leo.id, campaignId }).expect(200)).body.data;
    expect(followUp.text).toBe(preview.body);
    expect(o).toMatchObject({ status: 'sent', followUpCount: 1 });
    expect(o.dmWindow).toMatchObject({ openUntil: null });
    expect(graph.sends).toHaveLength(1);
    expect((await s.auth(t.http.get(`${OUT}/tasks?channel=instagram_dm`)).expect(200)).body.data.tasks.some((x: { messageId: string }) => x.messageId === followUp.id)).toBe(true);

    // The creator answers: categorised on the thread, follow-ups stop; the brand's answer goes by API.
    await instagramEvent(leo.platformUserId, 'Yes please! What would the timeline look like?').expect(200);
    graph.userWrote(leo.platformUserId, clock.now().getTime());
    o = await until(() => outreach(o.id), (x) => !!x.repliedAt);
    expect(o).toMatchObject({ replyText: 'Yes please! What would the timeline look like?', nextFollowUpAt: null });
    expect(['interested', 'questions']).toContain(o.replyCategory);
    const answer = await s.auth(t.http.post(`${OUT}/${o.id}/respond`)).send({ message: 'The posts would go live in May.' }).expect(201);
    await until(() => outreach(o.id), (x) => x.thread.messages.some((m: { id: string; status: string }) => m.id === answer.body.data.id && m.status === 'sent'));
    expect(graph.sends.at(-1)).toMatchObject({ recipientId: leo.platformUserId, text: 'The posts would go live in May.', tag: null });

    // 30 h after their message, only what a person writes may go (HUMAN_AGENT); 8 days on, nothing: a task.
    clock.advance(30 * HOUR);
    await s.auth(t.http.post(`${OUT}/${o.id}/respond`)).send({ message: 'Shoes ship tomorrow.' }).expect(201);
    await until(() => Promise.resolve(graph.sends.at(-1)), (x) => x?.text === 'Shoes ship tomorrow.');
    expect(graph.sends.at(-1)).toMatchObject({ tag: 'HUMAN_AGENT', messagingType: 'MESSAGE_TAG' });
    clock.advance(7 * 24 * HOUR);
    const late = await s.auth(t.http.post(`${OUT}/${o.id}/respond`)).send({ message: 'Did the shoes arrive?' }).expect(201);
    o = await settled(o.id);
    expect(o.thread.messages.find((m: { id: string }) => m.id === late.body.data.id)).toMatchObject({ status: 'ready_to_send', assistReason: 'outside_window' });
    expect(graph.sends.at(-1)!.text).toBe('Shoes ship tomorrow.');
  });

  it('TikTok: reply-only, ten messages per message of the creator, the eleventh a task; 19-digit ids kept exactly', async () => {
    const noah = await creator('tiktok', { displayName: 'Noah Okafor' });
    const conversation = `conv_${randomBytes(5).toString('hex')}`;
    const first = await s.auth(t.http.post(`${OUT}/send`)).send({ campaignId, influencerId: noah.id, channel: 'tiktok_dm', customMessage: 'Hi {{influencer_name}}!' }).expect(201);
    let o = await settled(first.body.data.id);
    expect(o).toMatchObject({ status: 'ready_to_send', deepLink: `https://www.tiktok.com/@${noah.username}` });
    await s.auth(t.http.post(`${OUT}/${o.id}/mark-sent`)).send({}).expect(200);

    await tiktokEvent(conversation, noah.platformUserId, 'Hey! Happy to chat, what is the timeline?').expect(200);
    tiktok.userWrote(conversation, { userId: noah.platformUserId, at: clock.now().getTime() });
    o = await until(() => outreach(o.id), (x) => !!x.repliedAt);
    for (let i = 1; i <= 11; i++) await s.auth(t.http.post(`${OUT}/${o.id}/respond`)).send({ message: `Detail ${i}` }).expect(201);
    o = await until(() => outreach(o.id), (x) => x.thread.messages.filter((m: { kind: string; status: string }) => m.kind === 'response' && ['sent', 'ready_to_send'].includes(m.status)).length === 11);
    const responses = o.thread.messages.filter((m: { kind: string }) => m.kind === 'response');
    expect(responses.filter((m: { status: string }) => m.status === 'sent')).toHaveLength(10);
    expect(responses.find((m: { status: string }) => m.status === 'ready_to_send')).toMatchObject({ assistReason: 'quota' });
    expect(tiktok.sends.map((x) => [x.conversationId, x.businessId])).toEqual(Array(10).fill([conversation, TT_BUSINESS]));
    // The peer answered each message id as a bare 19-digit number: stored exactly.
    expect(responses.filter((m: { status: string }) => m.status === 'sent').map((m: { messageId: string }) => m.messageId).sort()).toEqual(tiktok.sends.map((x) => x.messageId).sort());
  });

  it('a refused token flags the connection and turns the message into a task; a creator who blocked us fails it without retries', async () => {
    const ana = await creator('instagram');
    const ben = await creator('instagram');
    for (const c of [ana, ben]) {
      await instagramEvent(c.platformUserId, 'Hi there!').expect(200);
      graph.userWrote(c.platformUserId, clock.now().getTime());
    }
    graph.setRecipient(ben.platformUserId, 'blocked');
    const toBen = await s.auth(t.http.post(`${OUT}/send`)).send({ campaignId, influencerId: ben.id, channel: 'instagram_dm', customMessage: 'Hello!' }).expect(201);
    const failed = await settled(toBen.body.data.id);
    expect(failed.status).toBe('failed');
    expect(failed.thread.messages[0].error).toMatch(/Instagram refused it/);
    expect(failed.thread.messages[0].attempts).toBe(1);

    graph.setRecipient(ana.platformUserId, 'bad_token');
    const toAna = await s.auth(t.http.post(`${OUT}/send`)).send({ campaignId, influencerId: ana.id, channel: 'instagram_dm', customMessage: 'Hello!' }).expect(201);
    const assisted = await settled(toAna.body.data.id);
    expect(assisted).toMatchObject({ status: 'ready_to_send', statusReason: 'token_expired' });
    const ig = (await s.auth(t.http.get('/api/channels')).expect(200)).body.data.channels.find((c: { channel: string }) => c.channel === 'instagram_dm');
    expect(ig).toMatchObject({ connected: false, connection: { status: 'expired' } });
    // A new token reconnects.
    await s.auth(t.http.put('/api/channels/instagram')).send({ igUserId: graph.igUserId, accessToken: IG_TOKEN }).expect(200);
  });

  it('retries a platform outage with backoff and sends once it is over', async () => {
    const cara = await creator('instagram');
    await instagramEvent(cara.platformUserId, 'Hello!').expect(200);
    graph.userWrote(cara.platformUserId, clock.now().getTime());
    graph.setRecipient(cara.platformUserId, 'unexpected');
    const sent = await s.auth(t.http.post(`${OUT}/send`)).send({ campaignId, influencerId: cara.id, channel: 'instagram_dm', customMessage: 'Hi again!' }).expect(201);
    const deferred = await until(() => outreach(sent.body.data.id), (o) => o.thread.events.some((e: { type: string }) => e.type === 'deferred'));
    expect(deferred.thread.messages[0]).toMatchObject({ status: expect.stringMatching(/^(queued|sending)$/), error: expect.stringMatching(/unexpected/i) });
    graph.setRecipient(cara.platformUserId, 'ok');
    const o = await settled(sent.body.data.id);
    expect(o.status).toBe('sent');
    expect(o.thread.messages[0].attempts).toBeGreaterThanOrEqual(2);
    expect(graph.sends.filter((x) => x.recipientId === cara.platformUserId)).toHaveLength(1);
  });

  it('the daily token check marks a connection whose stated expiry has passed, and tells the team', async () => {
    const other = await registerStore(t);
    const expiring = new Date(clock.now().getTime() + HOUR).toISOString();
    await other.auth(t.http.put('/api/channels/tiktok')).send({ businessId: '-000bizOther', accessToken: TT_TOKEN, tokenExpiresAt: expiring }).expect(200);
    const checks = t.app.get(ChannelTokenCheck);
    expect(await checks.check()).toBe(0);
    clock.advance(2 * HOUR);
    expect(await checks.check()).toBe(1);
    const tt = (await other.auth(t.http.get('/api/channels/tiktok')).expect(200)).body.data;
    expect(tt).toMatchObject({ status: 'expired', statusReason: expect.stringMatching(/expiry date/), tokenExpiresAt: expiring });
    const notes = (await other.auth(t.http.get('/api/notifications')).expect(200)).body.data.notifications;
    expect(notes).toEqual([expect.objectContaining({ type: 'channel_expired', title: 'TikTok needs reconnecting' })]);
    // The first store's connections were checked with the platforms and stay connected.
    expect((await s.auth(t.http.get('/api/channels/instagram')).expect(200)).body.data.status).toBe('connected');
  });

  it('a creator on the do-not-contact list is not DMed either', async () => {
    const zoe = await creator('instagram', { email: `zoe.${randomBytes(3).toString('hex')}@example.com` });
    await s.auth(t.http.post('/api/suppressions')).send({ email: zoe.email, reason: 'manual' }).expect(201);
    const refused = await s.auth(t.http.post(`${OUT}/send`)).send({ campaignId, influencerId: zoe.id, channel: 'instagram_dm', customMessage: 'Hi!' }).expect(409);
    expect(refused.body.error.code).toBe('SUPPRESSED');
    const bulk = (await s.auth(t.http.post(`${OUT}/bulk`)).send({ campaignId, influencerIds: [zoe.id], templateId: (await s.auth(t.http.get(`${OUT}/templates?channel=instagram_dm&templateType=initial_outreach`)).expect(200)).body.data.templates[0].id }).expect(202)).body.data;
    expect(bulk.skipped).toEqual([{ influencerId: zoe.id, reason: 'suppressed' }]);
  });

  it('bulk with channel auto reaches creators without email by a DM task with their channel’s default template', async () => {
    const emailTemplate = (
      await s
        .auth(t.http.post(`${OUT}/templates`))
        .send({ name: 'Email launch', channel: 'email', templateType: 'initial_outreach', subject: 'Hi {{influencer_name}}', body: 'EMAIL-ONLY text for {{influencer_name}}' })
        .expect(201)
    ).body.data.id;
    const [ig, tt, yt] = [await creator('instagram'), await creator('tiktok'), await creator('youtube')];
    const bulk = (await s.auth(t.http.post(`${OUT}/bulk`)).send({ campaignId, influencerIds: [ig.id, tt.id, yt.id], templateId: emailTemplate, channel: 'auto' }).expect(202)).body.data;
    expect(bulk).toMatchObject({ queued: 2, skipped: [{ influencerId: yt.id, reason: 'no_email' }] });
    const rows = await until(
      async (): Promise<{ status: string; channel: string; message: string }[]> => (await s.auth(t.http.get(`${OUT}/list?bulkId=${bulk.bulkId}`)).expect(200)).body.data.outreach,
      (list: { status: string; channel: string; message: string }[]) => list.length === 2 && list.every((x) => x.status === 'ready_to_send'),
    );
    expect(rows.map((x: { channel: string }) => x.channel).sort()).toEqual(['instagram_dm', 'tiktok_dm']);
    for (const row of rows) {
      expect(row.message).not.toContain('EMAIL-ONLY');
      expect(row.message.length).toBeGreaterThan(20);
    }
  });
});
