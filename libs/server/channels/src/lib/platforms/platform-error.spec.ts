import { graphError } from './instagram-graph.client';
import { PlatformError, retryAfterMs, type PlatformFailure } from './platform-error';
import { tiktokError } from './tiktok-business.client';

const graphBody = (code: number, subcode?: number, message = 'x', extra: Record<string, unknown> = {}) => ({
  error: { message, type: 'OAuthException', code, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: 'AbC', ...extra },
});
const noHeaders = new Headers();

describe('Graph error mapping', () => {
  it.each<[string, number, unknown, PlatformFailure, string]>([
    ['outside the window', 400, graphBody(10, 2018278, '(#10) This message is sent outside of allowed window.'), 'outside_window', '10/2018278'],
    ['outside the window (IG subcode)', 400, graphBody(10, 2534022), 'outside_window', '10/2534022'],
    ['other permission errors', 400, graphBody(10, 1234), 'invalid_request', '10/1234'],
    ['blocked', 400, graphBody(551, 1545041), 'recipient_unavailable', '551/1545041'],
    ['551 without subcode', 400, graphBody(551), 'recipient_unavailable', '551'],
    ['no matching user', 400, graphBody(100, 2018001, '(#100) No matching user found'), 'no_recipient', '100/2018001'],
    ['text too long', 400, graphBody(100, undefined, '(#100) Length of param message[text] must be less than or equal to 1000'), 'too_long', '100'],
    ['another invalid parameter', 400, graphBody(100, undefined, '(#100) Invalid parameter'), 'invalid_request', '100'],
    ['unknown object', 400, graphBody(100, 33), 'invalid_request', '100/33'],
    ['rate limit 4', 400, graphBody(4, undefined, 'x', { is_transient: true }), 'rate_limited', '4'],
    ['rate limit 613', 400, graphBody(613), 'rate_limited', '613'],
    ['rate limit 17', 400, graphBody(17), 'rate_limited', '17'],
    ['rate limit 32', 400, graphBody(32), 'rate_limited', '32'],
    ['Instagram rate limit 80002', 400, graphBody(80002), 'rate_limited', '80002'],
    ['expired token', 400, graphBody(190, 463), 'token_invalid', '190/463'],
    ['token on 401', 401, graphBody(190), 'token_invalid', '190'],
    ['unexpected error', 500, graphBody(2, undefined, 'x', { is_transient: true }), 'transient', '2'],
    ['code 2 on 400', 400, graphBody(2), 'transient', '2'],
    ['is_transient on an unknown code', 400, graphBody(1, undefined, 'x', { is_transient: true }), 'transient', '1'],
    ['an unknown code', 400, graphBody(12345), 'invalid_request', '12345'],
    ['an unknown code on 5xx', 503, graphBody(12345), 'transient', '12345'],
    ['HTTP 429 without body', 429, undefined, 'rate_limited', 'http 429'],
    ['HTTP 503 with HTML', 503, undefined, 'transient', 'http 503'],
    ['HTTP 404 without Graph body', 404, { message: 'nope' }, 'invalid_request', 'http 404'],
  ])('%s', (_, status, body, failure, code) => {
    const e = graphError(status, body, noHeaders);
    expect(e).toBeInstanceOf(PlatformError);
    expect(e).toMatchObject({ platform: 'instagram', failure, code });
    expect(e.retryable).toBe(failure === 'rate_limited' || failure === 'transient');
  });

  it('keeps the platform message, and never retries a blocked recipient', () => {
    const e = graphError(400, graphBody(551, 1545041, "(#551) This person isn't available right now."), noHeaders);
    expect(e.message).toBe("(#551) This person isn't available right now.");
    expect(e.retryable).toBe(false);
    expect(e.retryAfterMs).toBeNull();
  });

  it('waits a minute on rate limits unless Retry-After says otherwise', () => {
    expect(graphError(400, graphBody(4), noHeaders).retryAfterMs).toBe(60_000);
    expect(graphError(429, undefined, new Headers({ 'retry-after': '7' })).retryAfterMs).toBe(7000);
    expect(graphError(503, undefined, new Headers({ 'retry-after': '2' })).retryAfterMs).toBe(2000);
    expect(graphError(503, undefined, noHeaders).retryAfterMs).toBeNull();
  });
});

describe('TikTok error mapping', () => {
  const body = (code: number, message = 'x') => ({ code, message, request_id: '2026', data: {} });
  it.each<[string, number, unknown, PlatformFailure, string]>([
    ['no conversation', 200, body(40010), 'outside_window', '40010'],
    ['window closed', 200, body(40011), 'outside_window', '40011'],
    ['10 per 48 h', 200, body(40012), 'quota', '40012'],
    ['daily conversation cap', 200, body(40064), 'quota', '40064'],
    ['region', 200, body(40013), 'region', '40013'],
    ['rate limited', 200, body(40100), 'rate_limited', '40100'],
    ['bad token', 200, body(40105), 'token_invalid', '40105'],
    ['invalid parameters', 200, body(40002), 'invalid_request', '40002'],
    ['system error', 200, body(50000), 'transient', '50000'],
    ['an unknown code', 200, body(41234), 'invalid_request', '41234'],
    ['HTTP 404 with a code', 404, body(40400), 'invalid_request', '40400'],
    ['HTTP 429', 429, undefined, 'rate_limited', 'http 429'],
    ['HTTP 502 from a proxy', 502, undefined, 'transient', 'http 502'],
    ['HTTP 400 without a code', 400, { error: 'bad' }, 'invalid_request', 'http 400'],
  ])('%s', (_, status, b, failure, code) => {
    const e = tiktokError(status, b, noHeaders);
    expect(e).toMatchObject({ platform: 'tiktok', failure, code });
    expect(e.retryable).toBe(failure === 'rate_limited' || failure === 'transient');
  });

  it('keeps the platform message and waits a minute on rate limits', () => {
    const e = tiktokError(200, body(40100, 'Too many requests.'), noHeaders);
    expect(e.message).toBe('Too many requests.');
    expect(e.retryAfterMs).toBe(60_000);
    expect(tiktokError(200, body(40105), noHeaders).retryAfterMs).toBeNull();
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '30' }))).toBe(30_000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Wed, 21 Oct 2026 07:28:30 GMT' }), Date.parse('2026-10-21T07:28:00Z'))).toBe(30_000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeNull();
    expect(retryAfterMs(new Headers())).toBeNull();
  });
});
