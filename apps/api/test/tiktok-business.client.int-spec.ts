import { PlatformError, TikTokBusinessClient } from '@parley/server-channels';
import { startTikTokPeer, type TikTokPeer } from './peers/tiktok-peer';
import { createServer } from 'node:http';

const TOKEN = 'act.goodtoken';
const BUSINESS = '-000a1b2c3d4e5f6a7';
const HOUR = 3600_000;

async function failure(call: Promise<unknown>): Promise<PlatformError> {
  const e: unknown = await call.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(e instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(e)}`);
  return e;
}

describe('TikTokBusinessClient against the TikTok peer', () => {
  let peer: TikTokPeer;
  let numericPeer: TikTokPeer;
  let clock = Date.parse('2026-05-01T12:00:00Z');
  let client: TikTokBusinessClient;

  beforeAll(async () => {
    peer = await startTikTokPeer({ validTokens: [TOKEN], now: () => clock });
    numericPeer = await startTikTokPeer({ validTokens: [TOKEN], numericIds: true, now: () => clock });
    client = new TikTokBusinessClient({ baseUrl: peer.url, timeoutMs: 5000 });
  });
  afterAll(async () => {
    await peer.stop();
    await numericPeer.stop();
  });
  beforeEach(() => {
    peer.requests.length = 0;
    clock += 30 * 24 * HOUR;
  });

  it('checks a token with business/get, the token in Access-Token', async () => {
    await expect(client.account(TOKEN, BUSINESS)).resolves.toEqual({ id: BUSINESS, username: 'parley_brand' });
    const [req] = peer.requests;
    expect(req).toMatchObject({ method: 'GET', path: '/open_api/v1.3/business/get/', query: { business_id: BUSINESS }, token: TOKEN });
    expect(JSON.stringify([req.path, req.query])).not.toContain(TOKEN);
  });

  it('answers a bad token (HTTP 200, code 40105) with token_invalid', async () => {
    const e = await failure(client.account('act.expired', BUSINESS));
    expect(e).toMatchObject({ platform: 'tiktok', failure: 'token_invalid', code: '40105', retryable: false });
    expect(peer.requests[0].token).toBe('act.expired');
  });

  it('takes a base URL that already ends with /open_api/v1.3', async () => {
    const withRoot = new TikTokBusinessClient({ baseUrl: `${peer.url}/open_api/v1.3/` });
    await withRoot.account(TOKEN, BUSINESS);
    expect(peer.requests[0].path).toBe('/open_api/v1.3/business/get/');
  });

  it('replies inside the 48 h window after the user wrote', async () => {
    peer.userWrote('conv-1', { userId: '7000000000000000001', at: clock - 47 * HOUR });
    const sent = await client.sendText(TOKEN, BUSINESS, 'conv-1', 'Thanks for your message!');
    expect(sent.messageId).toMatch(/^\d{19}$/);
    expect(peer.sends.at(-1)).toMatchObject({ businessId: BUSINESS, conversationId: 'conv-1', text: 'Thanks for your message!', messageId: sent.messageId });
    expect(peer.requests[0]).toMatchObject({ method: 'POST', path: '/open_api/v1.3/business/message/send/', token: TOKEN });
    expect(peer.requests[0].body).toEqual({
      business_id: BUSINESS,
      recipient_type: 'CONVERSATION',
      recipient: 'conv-1',
      message_type: 'TEXT',
      text: { body: 'Thanks for your message!' },
    });
  });

  it('cannot write first, nor after 48 h', async () => {
    expect(await failure(client.sendText(TOKEN, BUSINESS, 'conv-never', 'hello'))).toMatchObject({
      failure: 'outside_window',
      code: '40010',
      retryable: false,
    });
    peer.userWrote('conv-old', { at: clock - 49 * HOUR });
    expect(await failure(client.sendText(TOKEN, BUSINESS, 'conv-old', 'hello'))).toMatchObject({ failure: 'outside_window', code: '40011' });
  });

  it('allows 10 messages per user message: the 11th is quota, until the user writes again', async () => {
    peer.userWrote('conv-chatty', { at: clock });
    for (let i = 1; i <= 10; i++) await client.sendText(TOKEN, BUSINESS, 'conv-chatty', `message ${i}`);
    expect(await failure(client.sendText(TOKEN, BUSINESS, 'conv-chatty', 'message 11'))).toMatchObject({ failure: 'quota', code: '40012', retryable: false });
    peer.userWrote('conv-chatty', { at: clock });
    await expect(client.sendText(TOKEN, BUSINESS, 'conv-chatty', 'message 11')).resolves.toEqual({ messageId: expect.any(String) });
  });

  it('keeps a bare 19-digit message id exact', async () => {
    const numeric = new TikTokBusinessClient({ baseUrl: numericPeer.url });
    numericPeer.userWrote('conv-n', { at: clock });
    const sent = await numeric.sendText(TOKEN, BUSINESS, 'conv-n', 'hi');
    expect(sent.messageId).toBe(numericPeer.sends.at(-1)?.messageId);
    expect(sent.messageId).toMatch(/^\d{19}$/);
  });

  it('maps HTTP 200 answers with a non-zero code', async () => {
    const cases = [
      ['rate_limited', { failure: 'rate_limited', code: '40100', retryable: true, retryAfterMs: 60_000 }],
      ['region', { failure: 'region', code: '40013', retryable: false }],
      ['conversation_quota', { failure: 'quota', code: '40064' }],
      ['bad_param', { failure: 'invalid_request', code: '40002' }],
    ] as const;
    for (const [behaviour, expected] of cases) {
      const conversation = `conv-${behaviour}`;
      peer.userWrote(conversation, { at: clock });
      peer.setRecipient(conversation, behaviour);
      expect(await failure(client.sendText(TOKEN, BUSINESS, conversation, 'hi'))).toMatchObject({ platform: 'tiktok', ...expected });
    }
  });

  it('turns a timeout into a transient error', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const slow = new TikTokBusinessClient({ baseUrl: `http://127.0.0.1:${(silent.address() as { port: number }).port}`, timeoutMs: 200 });
    try {
      expect(await failure(slow.account(TOKEN, BUSINESS))).toMatchObject({ failure: 'transient', code: 'timeout', retryable: true });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
