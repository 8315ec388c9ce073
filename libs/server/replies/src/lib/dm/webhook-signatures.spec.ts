import { createHmac } from 'node:crypto';
import { verifyMetaSignature, verifyTiktokSignature } from './webhook-signatures';

const SECRET = 'app-secret-for-tests';
const hmac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('hex');
const flipLastHex = (s: string) => s.slice(0, -1) + (s.endsWith('0') ? '1' : '0');

describe('verifyMetaSignature (X-Hub-Signature-256)', () => {
  const body = '{"object":"instagram","entry":[{"id":"17841400000000001","messaging":[{"message":{"mid":"m1","text":"hi"}}]}]}';
  const raw = Buffer.from(body);
  const header = `sha256=${hmac(SECRET, body)}`;

  it('accepts the HMAC-SHA256 of the raw bytes with the app secret (hex in either case)', () => {
    expect(verifyMetaSignature(SECRET, raw, header)).toBe(true);
    expect(verifyMetaSignature(SECRET, raw, header.toUpperCase().replace('SHA256=', 'sha256='))).toBe(true);
  });

  it('refuses a body changed after signing, even when it parses to the same JSON', () => {
    expect(verifyMetaSignature(SECRET, Buffer.from(body.replace('"hi"', '"hi "')), header)).toBe(false);
    expect(verifyMetaSignature(SECRET, Buffer.from(JSON.stringify(JSON.parse(body), null, 1)), header)).toBe(false);
  });

  it('refuses a flipped digit, another secret, and malformed headers', () => {
    expect(verifyMetaSignature(SECRET, raw, flipLastHex(header))).toBe(false);
    expect(verifyMetaSignature(SECRET, raw, `sha256=${hmac('another-secret', body)}`)).toBe(false);
    expect(verifyMetaSignature(SECRET, raw, hmac(SECRET, body))).toBe(false);
    expect(verifyMetaSignature(SECRET, raw, `sha1=${hmac(SECRET, body)}`)).toBe(false);
    expect(verifyMetaSignature(SECRET, raw, `${header}00`)).toBe(false);
    expect(verifyMetaSignature(SECRET, raw, [header, header])).toBe(false);
  });

  it('refuses a missing header, and everything when no secret is configured', () => {
    expect(verifyMetaSignature(SECRET, raw, undefined)).toBe(false);
    expect(verifyMetaSignature(SECRET, raw, '')).toBe(false);
    expect(verifyMetaSignature(undefined, raw, header)).toBe(false);
    expect(verifyMetaSignature('', raw, `sha256=${hmac('', body)}`)).toBe(false);
  });
});

describe('verifyTiktokSignature (Tiktok-Signature)', () => {
  const body =
    '{"client_key":"aw1","event":"im_receive_msg","create_time":1767225600,"user_openid":"-000biz","content":"{\\"message_id\\":7391234567890123456}"}';
  const raw = Buffer.from(body);
  const now = Date.UTC(2026, 10, 30, 12, 0, 0);
  const t = Math.floor(now / 1000);
  const sign = (at: number, secret = SECRET, data = body) => `t=${at},s=${hmac(secret, `${at}.${data}`)}`;

  it('accepts the HMAC-SHA256 of "<t>.<raw body>" with the app secret, t within 5 minutes either way', () => {
    expect(verifyTiktokSignature(SECRET, raw, sign(t), now)).toBe(true);
    expect(verifyTiktokSignature(SECRET, raw, sign(t - 300), now)).toBe(true);
    expect(verifyTiktokSignature(SECRET, raw, sign(t + 300), now)).toBe(true);
    expect(verifyTiktokSignature(SECRET, raw, sign(t).replace(',', ', '), now)).toBe(true);
  });

  it('refuses a replay: a correct signature made 10 minutes ago (or more than 5 minutes ahead)', () => {
    expect(verifyTiktokSignature(SECRET, raw, sign(t - 600), now)).toBe(false);
    expect(verifyTiktokSignature(SECRET, raw, sign(t - 301), now)).toBe(false);
    expect(verifyTiktokSignature(SECRET, raw, sign(t + 301), now)).toBe(false);
  });

  it('refuses a changed body, a changed timestamp, a flipped digit and another secret', () => {
    expect(verifyTiktokSignature(SECRET, Buffer.from(body.replace('7391234567890123456', '7391234567890123457')), sign(t), now)).toBe(false);
    expect(verifyTiktokSignature(SECRET, raw, sign(t).replace(`t=${t}`, `t=${t - 1}`), now)).toBe(false);
    expect(verifyTiktokSignature(SECRET, raw, flipLastHex(sign(t)), now)).toBe(false);
    expect(verifyTiktokSignature(SECRET, raw, sign(t, 'another-secret'), now)).toBe(false);
  });

  it('refuses missing or malformed headers, and everything when no secret is configured', () => {
    expect(verifyTiktokSignature(SECRET, raw, undefined, now)).toBe(false);
    expect(verifyTiktokSignature(SECRET, raw, '', now)).toBe(false);
    expect(verifyTiktokSignature(SECRET, raw, `s=${hmac(SECRET, `${t}.${body}`)}`, now)).toBe(false);
    expect(verifyTiktokSignature(SECRET, raw, `t=${t}`, now)).toBe(false);
    expect(verifyTiktokSignature(SECRET, raw, `t=abc,s=${hmac(SECRET, `abc.${body}`)}`, now)).toBe(false);
    expect(verifyTiktokSignature(undefined, raw, sign(t), now)).toBe(false);
  });
});
