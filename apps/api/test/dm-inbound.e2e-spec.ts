import { createHmac, randomBytes } from 'node:crypto';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ChannelConnections } from '@parley/server-channels';
import { SecretBox } from '@parley/server-core';
import { InstagramPoller } from '@parley/server-replies';
import { DataSource } from 'typeorm';
import { influencerBody } from './fixtures';
import { registerStore, startTestApp, type TestApp, type TestStore } from './harness';
import { startGraphPeer, type GraphPeer } from './peers/graph-peer';
import { startTikTokPeer, type TikTokPeer } from './peers/tiktok-peer';
import { until } from './until';

const IG_SECRET = `ig-secret-${randomBytes(6).toString('hex')}`;
const IG_VERIFY = `ig-verify-${randomBytes(4).toString('hex')}`;
const TT_SECRET = `tt-secret-${randomBytes(6).toString('hex')}`;
const IG_TOKEN = `IGAA${randomBytes(14).toString('hex')}`;
const TT_TOKEN = `act.${randomBytes(14).toString('hex')}`;
const IG_ACCOUNT = '17841400000000001';
/** A second store's Instagram account (connected by SQL: the Graph peer only knows one account). */
const IG_ACCOUNT_B = '17841400000000002';

// ------------------------------------------------------------------ the platforms' wire formats (as acceptance/peers/signers.mjs builds them)
const hmac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('hex');
const digits = (n: number) => Array.from(randomBytes(n), (b) => b % 10).join('');
const igsid = () => `1${digits(15)}`;
const newMid = () => `aWdfZAG1faXRlbTox${randomBytes(12).toString('hex')}`;
const flipLastHex = (s: string) => s.slice(0, -1) + (s.endsWith('0') ? '1' : '0');

interface Signed {
  body: string;
  headers: Record<string, string>;
}
function igEvent({
  igId = IG_ACCOUNT,
  senderId,
  text,
  mid = newMid(),
  timestamp = Date.now(),
  isEcho = false,
}: {
  igId?: string;
  senderId: string;
  text: string;
  mid?: string;
  timestamp?: number;
  isEcho?: boolean;
}) {
  const message: Record<string, unknown> = { mid, text };
  if (isEcho) message.is_echo = true;
  return {
    mid,
    body: JSON.stringify({
      object: 'instagram',
      entry: [
        {
          id: igId,
          time: timestamp + 800,
          messaging: [{ sender: { id: isEcho ? igId : senderId }, recipient: { id: isEcho ? senderId : igId }, timestamp, message }],
        },
      ],
    }),
  };
}
const signMeta = (body: string, secret = IG_SECRET): Signed => ({
  body,
  headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${hmac(secret, body)}` },
});

/** A TikTok im_receive_msg body as raw text; the 19-digit ids are bare JSON numbers inside `content`, as TikTok may send them. */
function ttEvent({
  business,
  conversationId,
  messageId,
  text,
  fromUserId,
  event = 'im_receive_msg',
  timestampMs = Date.now(),
}: {
  business: string;
  conversationId: string;
  messageId: string;
  text: string;
  fromUserId: string;
  event?: string;
  timestampMs?: number;
}) {
  const content = `{"conversation_id":${JSON.stringify(conversationId)},"message_id":${messageId},"type":"text","text":{"body":${JSON.stringify(text)}},"from_user":{"id":${fromUserId},"role":"personal_account"},"to_user":{"id":7309876543210987654,"role":"business_account"},"timestamp":${timestampMs}}`;
  return `{"client_key":"awtest","event":${JSON.stringify(event)},"create_time":${Math.floor(timestampMs / 1000)},"user_openid":${JSON.stringify(business)},"content":${JSON.stringify(content)}}`;
}
const signTiktok = (body: string, { secret = TT_SECRET, t = Math.floor(Date.now() / 1000) } = {}): Signed => ({
  body,
  headers: { 'content-type': 'application/json', 'tiktok-signature': `t=${t},s=${hmac(secret, `${t}.${body}`)}` },
});
/** A 19-digit id that a JavaScript number cannot hold exactly. */
function lossyId(): string {
  for (;;) {
    const s = `7${digits(18)}`;
    if (BigInt(Number(s)) !== BigInt(s)) return s;
  }
}
/** Two 19-digit ids one apart that are the same double (JSON.parse cannot tell them apart). */
function twinIds(): [string, string] {
  for (;;) {
    const a = BigInt(lossyId());
    const b = a + 1n;
    if (Number(a) === Number(b) && String(b).length === 19) return [String(a), String(b)];
  }
}

interface ThreadMessage {
  direction: string;
  channel: string;
  kind: string;
  text: string;
  from: string | null;
  messageId: string | null;
  receivedAt: string | null;
}

describe('DM inbound: Instagram and TikTok webhooks, the Instagram poller', () => {
  let t: TestApp;
  let graph: GraphPeer;
  let tiktok: TikTokPeer;
  let s: TestStore;
  let other: TestStore;
  let db: DataSource;
  const TT_BUSINESS = `-000${randomBytes(6).toString('hex')}`;

  const hook = (path: string, signed: Signed) => t.http.post(path).set(signed.headers).send(signed.body);
  const outreach = (store: TestStore, id: string) =>
    store
      .auth(t.http.get(`/api/influencer/outreach/${id}`))
      .expect(200)
      .then((r) => r.body.data);
  const inbound = async (store: TestStore, id: string): Promise<ThreadMessage[]> =>
    (await outreach(store, id)).thread.messages.filter((m: ThreadMessage) => m.direction === 'in');
  const conversation = (storeId: string, channel: string, platformUserId: string) =>
    db
      .query(
        `SELECT influencer_id, conversation_id, last_inbound_at, sent_since_inbound FROM dm_conversations WHERE store_id = $1 AND channel = $2 AND platform_user_id = $3`,
        [storeId, channel, platformUserId],
      )
      .then((r: Record<string, unknown>[]) => r[0] ?? null);

  let n = 0;
  const creator = async (store: TestStore, platform: 'instagram' | 'tiktok', over: Record<string, unknown> = {}) => {
    n++;
    const body = influencerBody(`dm${n}`, n, { platform, email: undefined, ...over });
    return (await store.auth(t.http.post('/api/influencers')).send(body).expect(201)).body.data as {
      id: string;
      username: string;
      platformUserId: string | null;
    };
  };
  /** An outreach already sent on `channel` (as the send path records one), `ageMinutes` old. */
  const sentOutreach = async (store: TestStore, influencerId: string, channel: string, { status = 'sent', ageMinutes = 60 } = {}) => {
    const [row] = await db.query(
      `INSERT INTO influencer_outreach (store_id, influencer_id, channel, message, status, sent_at, created_at, updated_at)
       VALUES ($1, $2, $3, 'Hi! Would you like to try the TrailGrip 3?', $4, now() - make_interval(mins => $5), now() - make_interval(mins => $5), now()) RETURNING id`,
      [store.storeId, influencerId, channel, status, ageMinutes],
    );
    await db.query(
      `INSERT INTO outreach_messages (store_id, outreach_id, direction, channel, kind, status, text, sent_at) VALUES ($1, $2, 'out', $3, 'initial', 'sent', 'Hi! Would you like to try the TrailGrip 3?', now() - make_interval(mins => $4))`,
      [store.storeId, row.id, channel, ageMinutes],
    );
    return row.id as string;
  };

  beforeAll(async () => {
    graph = await startGraphPeer({ validTokens: [IG_TOKEN], igUserId: IG_ACCOUNT });
    tiktok = await startTikTokPeer({ validTokens: [TT_TOKEN] });
    t = await startTestApp({
      INSTAGRAM_GRAPH_URL: graph.url,
      TIKTOK_API_URL: tiktok.url,
      INSTAGRAM_APP_SECRET: IG_SECRET,
      INSTAGRAM_VERIFY_TOKEN: IG_VERIFY,
      TIKTOK_APP_SECRET: TT_SECRET,
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    });
    db = t.app.get(DataSource);
    s = await registerStore(t, 'Trailhead Running Co');
    other = await registerStore(t, 'Other Store');
    await s.auth(t.http.put('/api/channels/instagram')).send({ igUserId: IG_ACCOUNT, accessToken: IG_TOKEN }).expect(200);
    await s.auth(t.http.put('/api/channels/tiktok')).send({ businessId: TT_BUSINESS, accessToken: TT_TOKEN }).expect(200);
    await db.query(
      `INSERT INTO channel_connections (store_id, platform, account_id, username, access_token_sealed, validated_at) VALUES ($1, 'instagram', $2, 'other_brand', $3, now())`,
      [other.storeId, IG_ACCOUNT_B, t.app.get(SecretBox).seal(`IGAA${randomBytes(14).toString('hex')}`)],
    );
  });
  afterAll(async () => {
    await t?.close();
    await graph?.stop();
    await tiktok?.stop();
  });

  it('answers the Meta handshake with the challenge as plain text for the verify token, 403 otherwise', async () => {
    const ok = await t.http
      .get(`/api/webhooks/instagram?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${encodeURIComponent(IG_VERIFY)}`)
      .expect(200);
    expect(ok.text).toBe('1158201444');
    expect(ok.headers['content-type']).toMatch(/^text\/plain/);
    for (const query of [
      `hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${encodeURIComponent(IG_VERIFY)}-wrong`,
      `hub.mode=unsubscribe&hub.challenge=1158201444&hub.verify_token=${encodeURIComponent(IG_VERIFY)}`,
      'hub.mode=subscribe&hub.challenge=1158201444',
    ]) {
      const r = await t.http.get(`/api/webhooks/instagram?${query}`).expect(403);
      expect(r.text).not.toContain('1158201444');
      expect(r.body).toMatchObject({ success: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('threads a signed Instagram message matched by platformUserId: categorised, repliedAt, the window opened, the team told; the same mid again (or at once twice) counts once', async () => {
    const sender = igsid();
    const maya = await creator(s, 'instagram', { platformUserId: sender });
    const id = await sentOutreach(s, maya.id, 'instagram_dm');
    await db.query(
      `INSERT INTO dm_conversations (store_id, channel, platform_user_id, influencer_id, last_inbound_at, sent_since_inbound) VALUES ($1, 'instagram_dm', $2, $3, now() - interval '3 days', 4)`,
      [s.storeId, sender, maya.id],
    );
    const at = Date.now() - 5_000;
    const ev = igEvent({ senderId: sender, text: "Hi Alex! Yes, I'd love to work with you on this. Count me in — what are the next steps?", timestamp: at });

    const first = await hook('/api/webhooks/instagram', signMeta(ev.body)).expect(200);
    expect(first.body.data).toEqual({ messages: [{ handled: 'reply', outreachId: id }] });
    const after = await outreach(s, id);
    expect(after).toMatchObject({
      status: 'interested',
      replyCategory: 'interested',
      replyText: "Hi Alex! Yes, I'd love to work with you on this. Count me in — what are the next steps?",
    });
    expect(Date.parse(after.repliedAt)).toBe(at);
    const msgs = after.thread.messages.filter((m: ThreadMessage) => m.direction === 'in');
    expect(msgs).toEqual([expect.objectContaining({ channel: 'instagram_dm', kind: 'reply', from: `@${maya.username}`, messageId: ev.mid })]);
    expect(await conversation(s.storeId, 'instagram_dm', sender)).toMatchObject({
      influencer_id: maya.id,
      last_inbound_at: new Date(at),
      sent_since_inbound: 0,
    });
    const notes = (await s.auth(t.http.get('/api/notifications')).expect(200)).body.data.notifications;
    expect(notes.filter((x: { outreachId: string }) => x.outreachId === id)).toHaveLength(1);

    const again = await hook('/api/webhooks/instagram', signMeta(ev.body)).expect(200);
    expect(again.body.data).toEqual({ messages: [{ handled: 'duplicate', outreachId: id }] });
    // Meta may deliver the same event twice at the same moment.
    const twice = igEvent({ senderId: sender, text: 'Also, which colours are there?' });
    const answers = await Promise.all([hook('/api/webhooks/instagram', signMeta(twice.body)), hook('/api/webhooks/instagram', signMeta(twice.body))]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    expect(answers.map((r) => r.body.data.messages[0].handled).sort()).toEqual(['duplicate', 'reply']);
    expect((await inbound(s, id)).map((m) => m.messageId).sort()).toEqual([ev.mid, twice.mid].sort());
    const notesAfter = (await s.auth(t.http.get('/api/notifications')).expect(200)).body.data.notifications;
    expect(notesAfter.filter((x: { outreachId: string }) => x.outreachId === id)).toHaveLength(2);
  });

  it('refuses Instagram events with the body changed, a flipped signature, another secret or no signature (401, nothing recorded); ignores echoes', async () => {
    const sender = igsid();
    const inf = await creator(s, 'instagram', { platformUserId: sender });
    const id = await sentOutreach(s, inf.id, 'instagram_dm');
    const forged = 'Please send the fee to my new bank account instead.';
    const orig = signMeta(igEvent({ senderId: sender, text: 'Sounds good, talk soon.' }).body);
    const variants: [string, Signed][] = [
      ['body changed', { body: orig.body.replace('Sounds good, talk soon.', forged), headers: orig.headers }],
      [
        'flipped',
        (() => {
          const x = signMeta(igEvent({ senderId: sender, text: forged }).body);
          return { body: x.body, headers: { ...x.headers, 'x-hub-signature-256': flipLastHex(x.headers['x-hub-signature-256']) } };
        })(),
      ],
      ['other secret', signMeta(igEvent({ senderId: sender, text: forged }).body, 'not-the-app-secret')],
      ['unsigned', { body: igEvent({ senderId: sender, text: forged }).body, headers: { 'content-type': 'application/json' } }],
    ];
    for (const [what, v] of variants) {
      const r = await hook('/api/webhooks/instagram', v);
      expect([what, r.status]).toEqual([what, 401]);
      expect(r.body).toMatchObject({ success: false, error: { code: 'UNAUTHORIZED' } });
    }
    const echo = igEvent({ senderId: sender, text: 'Thanks, sending the brief now.', isEcho: true });
    expect((await hook('/api/webhooks/instagram', signMeta(echo.body)).expect(200)).body.data).toEqual({ messages: [] });

    expect(await inbound(s, id)).toEqual([]);
    expect(await outreach(s, id)).toMatchObject({ status: 'sent', replyText: null, repliedAt: null });
    expect(await conversation(s.storeId, 'instagram_dm', sender)).toBeNull();
  });

  it('matches a first contact by username (looked up on the Graph API) and keeps the learned id on the creator', async () => {
    const sender = igsid();
    const name = `Maya.Trails${randomBytes(3).toString('hex')}`;
    const inf = await creator(s, 'instagram', { username: name, platformUserId: undefined });
    expect(inf.platformUserId ?? null).toBeNull();
    const id = await sentOutreach(s, inf.id, 'instagram_dm');
    // Instagram gives the username in its own case; the list has it as typed.
    graph.userWrote(sender, Date.now(), 'Could you tell me more about the timeline?', name.toLowerCase());

    const r = await hook(
      '/api/webhooks/instagram',
      signMeta(igEvent({ senderId: sender, text: 'Could you tell me more about the timeline? When would the posts go live?' }).body),
    ).expect(200);
    expect(r.body.data.messages).toEqual([{ handled: 'reply', outreachId: id }]);
    expect(graph.requests.some((q) => q.path.endsWith(`/${sender}`) && q.token === IG_TOKEN && q.tokenIn === 'header')).toBe(true);
    expect((await s.auth(t.http.get(`/api/influencers/${inf.id}`)).expect(200)).body.data.platformUserId).toBe(sender);
    expect((await inbound(s, id)).map((m) => m.text)).toEqual(['Could you tell me more about the timeline? When would the posts go live?']);

    // Known from now on: no second lookup.
    const lookups = graph.requests.filter((q) => q.path.endsWith(`/${sender}`)).length;
    await hook('/api/webhooks/instagram', signMeta(igEvent({ senderId: sender, text: 'And the budget?' }).body)).expect(200);
    expect(graph.requests.filter((q) => q.path.endsWith(`/${sender}`))).toHaveLength(lookups);
    expect(await inbound(s, id)).toHaveLength(2);
  });

  it('keeps what matches nothing (an unknown sender: conversation kept; an account no store connected); a creator who writes first starts a thread', async () => {
    const stranger = igsid();
    const r1 = await hook('/api/webhooks/instagram', signMeta(igEvent({ senderId: stranger, text: 'hey, love your shoes' }).body)).expect(200);
    expect(r1.body.data.messages).toEqual([{ handled: 'unmatched', reason: 'unknown_creator', outreachId: null }]);
    expect(await conversation(s.storeId, 'instagram_dm', stranger)).toMatchObject({ influencer_id: null, sent_since_inbound: 0 });

    const quiet = igsid();
    const inf = await creator(s, 'instagram', { platformUserId: quiet });
    const [first, second] = await Promise.all(
      ['Hi there! I love your trail shoes, would you like to work together?', 'Also happy to do a reel.'].map((text) => hook('/api/webhooks/instagram', signMeta(igEvent({ senderId: quiet, text }).body)).expect(200)),
    );
    const started = first.body.data.messages[0].outreachId;
    expect(second.body.data.messages[0].outreachId).toBe(started);
    const thread = (await s.auth(t.http.get(`/api/influencer/outreach/${started}`)).expect(200)).body.data;
    expect(thread).toMatchObject({ influencerId: inf.id, channel: 'instagram_dm', campaignId: null, sentAt: null, nextFollowUpAt: null, statusReason: 'the creator wrote first' });
    expect(thread.replyCategory).toBeTruthy();
    expect(thread.thread.messages.filter((m: { direction: string }) => m.direction === 'in')).toHaveLength(2);
    expect(await conversation(s.storeId, 'instagram_dm', quiet)).toMatchObject({ influencer_id: inf.id });

    const r3 = await hook('/api/webhooks/instagram', signMeta(igEvent({ igId: '17841499999999999', senderId: quiet, text: 'hi' }).body)).expect(200);
    expect(r3.body.data.messages).toEqual([{ handled: 'unmatched', reason: 'unknown_account', outreachId: null }]);
  });

  it('threads to the newest outreach on the DM channel that is not cancelled, else the newest on any channel (the message keeps its DM channel)', async () => {
    const sender = igsid();
    const inf = await creator(s, 'instagram', { platformUserId: sender, email: `dm${n}@creators.example.com` });
    const email = await sentOutreach(s, inf.id, 'email', { ageMinutes: 120 });
    const cancelled = await sentOutreach(s, inf.id, 'instagram_dm', { status: 'cancelled', ageMinutes: 30 });
    await hook('/api/webhooks/instagram', signMeta(igEvent({ senderId: sender, text: 'Saw your email, happy to chat!' }).body)).expect(200);
    expect(await inbound(s, cancelled)).toEqual([]);
    expect(await inbound(s, email)).toEqual([expect.objectContaining({ channel: 'instagram_dm', text: 'Saw your email, happy to chat!' })]);

    const dm = await sentOutreach(s, inf.id, 'instagram_dm', { ageMinutes: 150 });
    await hook('/api/webhooks/instagram', signMeta(igEvent({ senderId: sender, text: 'One more thing: do you ship to Berlin?' }).body)).expect(200);
    expect((await inbound(s, dm)).map((m) => m.text)).toEqual(['One more thing: do you ship to Berlin?']);
  });

  it("keeps tenants apart: a message to one store's account never touches another store's outreach to a creator with the same id", async () => {
    const sender = igsid();
    const mine = await sentOutreach(s, (await creator(s, 'instagram', { platformUserId: sender })).id, 'instagram_dm');
    const theirs = await sentOutreach(other, (await creator(other, 'instagram', { platformUserId: sender })).id, 'instagram_dm');

    await hook('/api/webhooks/instagram', signMeta(igEvent({ senderId: sender, text: 'Yes, count me in!' }).body)).expect(200);
    expect(await inbound(s, mine)).toHaveLength(1);
    expect(await inbound(other, theirs)).toEqual([]);
    expect(await outreach(other, theirs)).toMatchObject({ status: 'sent', replyText: null });
    expect(await conversation(other.storeId, 'instagram_dm', sender)).toBeNull();

    await hook('/api/webhooks/instagram', signMeta(igEvent({ igId: IG_ACCOUNT_B, senderId: sender, text: 'Not interested, thanks.' }).body)).expect(200);
    expect((await inbound(other, theirs)).map((m) => m.text)).toEqual(['Not interested, thanks.']);
    expect((await inbound(s, mine)).map((m) => m.text)).toEqual(['Yes, count me in!']);
    // The other store is not told about the first store's message, nor the first about the other's.
    const theirNotes = (await other.auth(t.http.get('/api/notifications')).expect(200)).body.data.notifications;
    expect(theirNotes.map((x: { outreachId: string }) => x.outreachId)).toEqual([theirs]);
  });

  it('threads TikTok messages with bare 19-digit ids exactly: twins one apart both recorded, a repeat once, the conversation id kept', async () => {
    const user = lossyId();
    const inf = await creator(s, 'tiktok', { platformUserId: user });
    expect(inf.platformUserId).toBe(user);
    const id = await sentOutreach(s, inf.id, 'tiktok_dm');
    const conv = `conv_${randomBytes(5).toString('hex')}`;
    const [x1, x2] = twinIds();
    const body1 = ttEvent({
      business: TT_BUSINESS,
      conversationId: conv,
      messageId: x1,
      fromUserId: user,
      text: 'Hey! Happy to chat about this. What would the timeline look like?',
    });
    // JSON.parse cannot tell the creator's id (nor the twins) apart from their rounded neighbours.
    expect(String(JSON.parse(JSON.parse(body1).content).from_user.id)).not.toBe(user);

    expect((await hook('/api/webhooks/tiktok', signTiktok(body1)).expect(200)).body.data).toEqual({
      event: 'im_receive_msg',
      messages: [{ handled: 'reply', outreachId: id }],
    });
    const body2 = ttEvent({
      business: TT_BUSINESS,
      conversationId: conv,
      messageId: x2,
      fromUserId: user,
      text: 'Also, I would need the shoe in size 42. Is that available?',
    });
    expect((await hook('/api/webhooks/tiktok', signTiktok(body2)).expect(200)).body.data.messages[0].handled).toBe('reply');
    expect((await hook('/api/webhooks/tiktok', signTiktok(body1)).expect(200)).body.data.messages[0].handled).toBe('duplicate');

    const msgs = await inbound(s, id);
    expect(msgs.map((m) => [m.messageId, m.channel, m.from]).sort()).toEqual(
      [
        [x1, 'tiktok_dm', `@${inf.username}`],
        [x2, 'tiktok_dm', `@${inf.username}`],
      ].sort(),
    );
    const raw = (await s.auth(t.http.get(`/api/influencer/outreach/${id}`)).expect(200)).text;
    expect(raw).toContain(`"${x1}"`);
    expect(raw).toContain(`"${x2}"`);
    expect(await conversation(s.storeId, 'tiktok_dm', user)).toMatchObject({ influencer_id: inf.id, conversation_id: conv, sent_since_inbound: 0 });

    // Our own messages and read receipts are acknowledged and ignored.
    const sent = ttEvent({ business: TT_BUSINESS, conversationId: conv, messageId: lossyId(), fromUserId: user, text: 'from the brand', event: 'im_send_msg' });
    expect((await hook('/api/webhooks/tiktok', signTiktok(sent)).expect(200)).body.data).toEqual({ event: 'im_send_msg', messages: [] });
    expect(await inbound(s, id)).toHaveLength(2);
  });

  it('refuses TikTok events with a flipped signature, another secret, no signature or a 10-minute-old one (401, nothing recorded)', async () => {
    const user = lossyId();
    const inf = await creator(s, 'tiktok', { platformUserId: user });
    const id = await sentOutreach(s, inf.id, 'tiktok_dm');
    const body = () =>
      ttEvent({
        business: TT_BUSINESS,
        conversationId: 'conv-forged',
        messageId: lossyId(),
        fromUserId: user,
        text: 'Forget the brief, pay me upfront instead.',
      });
    const flipped = signTiktok(body());
    const changed = signTiktok(body());
    const variants: [string, Signed][] = [
      ['flipped', { body: flipped.body, headers: { ...flipped.headers, 'tiktok-signature': flipLastHex(flipped.headers['tiktok-signature']) } }],
      ['other secret', signTiktok(body(), { secret: 'not-the-app-secret' })],
      ['unsigned', { body: body(), headers: { 'content-type': 'application/json' } }],
      ['10 minutes old', signTiktok(body(), { t: Math.floor(Date.now() / 1000) - 600 })],
      ['body changed', { body: changed.body.replace('upfront', 'up front'), headers: changed.headers }],
    ];
    for (const [what, v] of variants) {
      const r = await hook('/api/webhooks/tiktok', v);
      expect([what, r.status]).toEqual([what, 401]);
      expect(r.body).toMatchObject({ success: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(await inbound(s, id)).toEqual([]);
    expect(await conversation(s.storeId, 'tiktok_dm', user)).toBeNull();
  });

  it('does not poll Instagram where webhooks are configured', async () => {
    const before = graph.requests.length;
    await t.app.get(InstagramPoller).run();
    expect(graph.requests.length).toBe(before);
  });
});

describe('DM inbound without webhook secrets: the Instagram poller', () => {
  let t: TestApp;
  let graph: GraphPeer;
  let s: TestStore;

  beforeAll(async () => {
    graph = await startGraphPeer({ validTokens: [IG_TOKEN], igUserId: IG_ACCOUNT });
    t = await startTestApp({ INSTAGRAM_GRAPH_URL: graph.url, ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    // The test calls the poller itself: the every-2-minutes cron must not read the peer meanwhile.
    await t.app.get(SchedulerRegistry).getCronJob('replies.poll-instagram').stop();
    s = await registerStore(t, 'Polled Store');
    await s.auth(t.http.put('/api/channels/instagram')).send({ igUserId: IG_ACCOUNT, accessToken: IG_TOKEN }).expect(200);
  });
  afterAll(async () => {
    await t?.close();
    await graph?.stop();
  });

  it('refuses every webhook when no secret or verify token is configured', async () => {
    const body = igEvent({ senderId: igsid(), text: 'hi' }).body;
    await t.http.get('/api/webhooks/instagram?hub.mode=subscribe&hub.challenge=42&hub.verify_token=').expect(403);
    await t.http.get('/api/webhooks/instagram?hub.mode=subscribe&hub.challenge=42&hub.verify_token=anything').expect(403);
    await t.http.post('/api/webhooks/instagram').set(signMeta(body, '').headers).send(body).expect(401);
    const tt = ttEvent({ business: 'x', conversationId: 'c', messageId: lossyId(), fromUserId: lossyId(), text: 'hi' });
    await t.http
      .post('/api/webhooks/tiktok')
      .set(signTiktok(tt, { secret: '' }).headers)
      .send(tt)
      .expect(401);
  });

  it("reads new messages of updated conversations into the thread, skips the account's own, paces its calls and moves polled_until on", async () => {
    const db = t.app.get(DataSource);
    const sender = igsid();
    const inf = (
      await s
        .auth(t.http.post('/api/influencers'))
        .send(influencerBody('poll', 1, { platform: 'instagram', platformUserId: sender, email: undefined }))
        .expect(201)
    ).body.data;
    const [row] = await db.query(
      `INSERT INTO influencer_outreach (store_id, influencer_id, channel, message, status, sent_at, created_at) VALUES ($1, $2, 'instagram_dm', 'Hi!', 'sent', now() - interval '1 hour', now() - interval '1 hour') RETURNING id`,
      [s.storeId, inf.id],
    );
    const at = Date.now() - 30_000;
    const mid = graph.userWrote(sender, at, 'Yes please, count me in! Where do I send my address?');
    // Our answer is in the conversation too (sent from the Instagram app): not a creator's message.
    const send = await fetch(`${graph.url}/v23.0/${IG_ACCOUNT}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${IG_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ recipient: { id: sender }, message: { text: 'Great, DM me your address.' } }),
    });
    expect(send.status).toBe(200);
    const stranger = igsid();
    graph.userWrote(stranger, at, 'random fan message');

    const poller = t.app.get(InstagramPoller);
    const calls = graph.requests.length;
    const started = Date.now();
    await poller.pollAll();
    const made = graph.requests.slice(calls);
    // The conversations list, 2 conversations' messages and their 3 messages, within 2 calls a second;
    // and the stranger's profile (the User Profile API, another budget), to match them by username.
    expect(made.filter((q) => q.path.endsWith('/conversations'))).toHaveLength(1);
    expect(made.filter((q) => q.query.fields === 'messages')).toHaveLength(2);
    expect(made.filter((q) => q.query.fields?.includes('message') && q.query.fields !== 'messages')).toHaveLength(3);
    expect(made.filter((q) => q.query.fields === 'username').map((q) => q.path.split('/').pop())).toEqual([stranger]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(5 * 500 - 20);

    const rec = (await s.auth(t.http.get(`/api/influencer/outreach/${row.id}`)).expect(200)).body.data;
    const msgs = rec.thread.messages.filter((m: ThreadMessage) => m.direction === 'in');
    expect(msgs).toEqual([expect.objectContaining({ messageId: mid, channel: 'instagram_dm', text: 'Yes please, count me in! Where do I send my address?' })]);
    expect(rec).toMatchObject({ status: 'interested', replyCategory: 'interested' });
    const [conn] = await db.query(`SELECT polled_until FROM channel_connections WHERE store_id = $1`, [s.storeId]);
    expect(conn.polled_until.getTime()).toBeGreaterThanOrEqual(started - 1000);
    const [conv] = await db.query(`SELECT influencer_id, last_inbound_at FROM dm_conversations WHERE store_id = $1 AND platform_user_id = $2`, [
      s.storeId,
      sender,
    ]);
    expect(conv).toMatchObject({ influencer_id: inf.id });
    expect(new Date(conv.last_inbound_at).getTime()).toBe(Math.floor(at / 1000) * 1000);

    // Read again: what is known costs no message read and is not recorded twice; a new message is.
    const again = graph.requests.length;
    await poller.pollAll();
    expect(graph.requests.slice(again).filter((q) => q.path.endsWith(mid))).toEqual([]);
    const mid2 = graph.userWrote(sender, Date.now(), 'Also, what size do you need?');
    await poller.pollAll();
    const after = await until(
      () =>
        s.auth(t.http.get(`/api/influencer/outreach/${row.id}`)).then((r) => r.body.data.thread.messages.filter((m: ThreadMessage) => m.direction === 'in')),
      (list) => list.length >= 2,
    );
    expect(after.map((m: ThreadMessage) => m.messageId).sort()).toEqual([mid, mid2].sort());
  });

  it('reads one account in one process at a time: a second poll while the first runs returns at once', async () => {
    graph.userWrote(igsid(), Date.now(), 'another fan message');
    const connection = (await t.app.get(ChannelConnections).forStore(s.storeId, 'instagram'))!;
    const poller = t.app.get(InstagramPoller);
    const calls = graph.requests.length;
    const first = poller.poll(connection);
    await until(
      async () => graph.requests.length,
      (count) => count > calls,
    );
    expect(await poller.poll(connection)).toBe(0);
    expect(await first).toBeGreaterThanOrEqual(1);
  });
});
