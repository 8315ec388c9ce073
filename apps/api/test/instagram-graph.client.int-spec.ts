import { InstagramGraphClient, PlatformError } from '@parley/server-channels';
import { startGraphPeer, type GraphPeer } from './peers/graph-peer';

const TOKEN = 'IGAAtokenGood';
const IG = '17841400000000001';
const HOUR = 3600_000;

/** The PlatformError a call rejects with. */
async function failure(call: Promise<unknown>): Promise<PlatformError> {
  const e: unknown = await call.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(e instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(e)}`);
  return e;
}

describe('InstagramGraphClient against the Graph peer', () => {
  let peer: GraphPeer;
  let clock = Date.parse('2026-05-01T12:00:00Z');
  let client: InstagramGraphClient;

  beforeAll(async () => {
    peer = await startGraphPeer({ validTokens: [TOKEN], igUserId: IG, username: 'parley_brand', now: () => clock, pageSize: 2 });
    // a trailing slash on the base URL must not produce '//'
    client = new InstagramGraphClient({ baseUrl: `${peer.url}/`, version: 'v23.0', timeoutMs: 5000 });
  });
  afterAll(() => peer.stop());
  beforeEach(() => {
    peer.requests.length = 0;
    clock += 30 * 24 * HOUR; // every test starts with all windows closed
  });

  it('checks a token with the account lookup, the token in the Authorization header only', async () => {
    await expect(client.account(TOKEN, IG)).resolves.toEqual({ id: IG, username: 'parley_brand' });
    const [req] = peer.requests;
    expect(req).toMatchObject({ method: 'GET', path: `/v23.0/${IG}`, query: { fields: 'user_id,username' }, token: TOKEN, tokenIn: 'header' });
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('answers a bad token with token_invalid, and never puts the token in the URL', async () => {
    const e = await failure(client.account('IGAAexpired', IG));
    expect(e).toMatchObject({ platform: 'instagram', failure: 'token_invalid', code: '190/463', retryable: false });
    for (const req of peer.requests) {
      expect(req.tokenIn).toBe('header');
      expect(JSON.stringify([req.path, req.query])).not.toContain('IGAAexpired');
    }
  });

  it('sends inside the 24 h window as a RESPONSE', async () => {
    peer.userWrote('igsid-window', clock - 2 * HOUR);
    const sent = await client.sendText(TOKEN, IG, 'igsid-window', 'Thanks for writing back!');
    expect(sent.messageId).toEqual(expect.any(String));
    expect(peer.sends.at(-1)).toMatchObject({
      recipientId: 'igsid-window',
      text: 'Thanks for writing back!',
      messagingType: 'RESPONSE',
      tag: null,
      messageId: sent.messageId,
    });
    expect(peer.requests[0]).toMatchObject({ method: 'POST', path: `/v23.0/${IG}/messages`, tokenIn: 'header' });
    expect(peer.requests[0].headers['content-type']).toMatch(/application\/json/);
    expect(peer.requests[0].body).toEqual({ recipient: { id: 'igsid-window' }, message: { text: 'Thanks for writing back!' }, messaging_type: 'RESPONSE' });
  });

  it('needs the HUMAN_AGENT tag between 24 h and 7 days', async () => {
    peer.userWrote('igsid-human', clock - 3 * 24 * HOUR);
    expect(await failure(client.sendText(TOKEN, IG, 'igsid-human', 'A late answer'))).toMatchObject({
      failure: 'outside_window',
      code: '10/2018278',
      retryable: false,
    });
    await client.sendText(TOKEN, IG, 'igsid-human', 'A late answer', { tag: 'HUMAN_AGENT' });
    expect(peer.sends.at(-1)).toMatchObject({ recipientId: 'igsid-human', messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
  });

  it('is outside the window after 7 days, even with HUMAN_AGENT, and before the user ever wrote', async () => {
    peer.userWrote('igsid-old', clock - 8 * 24 * HOUR);
    expect(await failure(client.sendText(TOKEN, IG, 'igsid-old', 'hello', { tag: 'HUMAN_AGENT' }))).toMatchObject({ failure: 'outside_window' });
    expect(await failure(client.sendText(TOKEN, IG, 'igsid-never', 'hello'))).toMatchObject({ failure: 'outside_window' });
  });

  it('rejects a text over 1000 bytes as too_long', async () => {
    peer.userWrote('igsid-long', clock);
    expect(await failure(client.sendText(TOKEN, IG, 'igsid-long', 'é'.repeat(501)))).toMatchObject({ failure: 'too_long', code: '100', retryable: false });
  });

  it('maps the per-recipient refusals', async () => {
    const cases = [
      ['blocked', { failure: 'recipient_unavailable', code: '551/1545041', retryable: false, retryAfterMs: null }],
      ['no_user', { failure: 'no_recipient', code: '100/2018001', retryable: false }],
      ['rate_limited', { failure: 'rate_limited', code: '4', retryable: true, retryAfterMs: 60_000 }],
      ['rate_limited_613', { failure: 'rate_limited', code: '613', retryable: true, retryAfterMs: 60_000 }],
      ['unexpected', { failure: 'transient', code: '2', retryable: true }],
      ['bad_token', { failure: 'token_invalid', code: '190/463', retryable: false }],
      ['outside_window_ig', { failure: 'outside_window', code: '10/2534022' }],
    ] as const;
    for (const [behaviour, expected] of cases) {
      const igsid = `igsid-${behaviour}`;
      peer.userWrote(igsid, clock);
      peer.setRecipient(igsid, behaviour);
      expect(await failure(client.sendText(TOKEN, IG, igsid, 'hi'))).toMatchObject({ platform: 'instagram', ...expected });
    }
  });

  it('pages through conversations, reads their messages, each message and the sender profile', async () => {
    const mid = peer.userWrote('igsid-reader', clock - HOUR, 'Love your brand!', 'trail.runner');
    peer.userWrote('igsid-reader-2', clock - 2 * HOUR, 'hey');
    peer.userWrote('igsid-reader-3', clock - 3 * HOUR, 'hello');
    const { messageId: reply } = await client.sendText(TOKEN, IG, 'igsid-reader', 'Thank you!');

    const seen: { id: string; updatedTime: Date }[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await client.conversations(TOKEN, IG, after);
      seen.push(...page.conversations);
      after = page.next;
      pages++;
    } while (after && pages < 20);
    expect(pages).toBeGreaterThan(1);
    expect(peer.requests.find((r) => r.path.endsWith('/conversations'))?.query).toMatchObject({ platform: 'instagram' });
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    const newest = seen[0];
    expect(newest.updatedTime.getTime()).toBe(Math.floor(clock / 1000) * 1000);

    const messages = await client.conversationMessages(TOKEN, newest.id);
    expect(messages.map((m) => m.id)).toEqual([reply, mid]); // newest first
    expect(messages[1].createdTime.getTime()).toBe(Math.floor((clock - HOUR) / 1000) * 1000);

    await expect(client.message(TOKEN, mid)).resolves.toEqual({
      id: mid,
      createdTime: messages[1].createdTime,
      fromId: 'igsid-reader',
      text: 'Love your brand!',
    });
    await expect(client.message(TOKEN, reply)).resolves.toMatchObject({ fromId: IG, text: 'Thank you!' });

    await expect(client.userProfile(TOKEN, 'igsid-reader')).resolves.toEqual({ id: 'igsid-reader', username: 'trail.runner' });
    await expect(client.userProfile(TOKEN, 'igsid-reader-2')).resolves.toEqual({ id: 'igsid-reader-2', username: null });
    await expect(client.userProfile(TOKEN, 'igsid-stranger')).resolves.toEqual({ id: 'igsid-stranger', username: null });
    expect((await failure(client.userProfile('IGAAexpired', 'igsid-reader'))).failure).toBe('token_invalid');
  });

  it('turns an unreachable server and a timeout into transient errors', async () => {
    const down = new InstagramGraphClient({ baseUrl: 'http://127.0.0.1:1', version: 'v23.0' });
    expect(await failure(down.account(TOKEN, IG))).toMatchObject({ failure: 'transient', code: 'network', retryable: true });
  });
});
