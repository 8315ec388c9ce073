/*
 * TikTok Business Messaging wire format, all of it in this file. TikTok's official reference was not
 * available to us: the paths, bodies and codes below come from open-source clients (chatwoot
 * app/services/tiktok/client.rb) and integrators' help pages (protocol-facts §2), so they may need
 * correcting against the real API.
 */
import {
  DEFAULT_RATE_LIMIT_WAIT_MS,
  PlatformError,
  idOf,
  isRecord,
  malformed,
  platformFetch,
  retryAfterMs,
  type PlatformAccount,
  type PlatformFailure,
  type PlatformSent,
} from './platform-error';

export interface TikTokBusinessOptions {
  /** 'https://business-api.tiktok.com', or with '/open_api/v1.3' already */
  baseUrl: string;
  timeoutMs?: number;
}

const API_ROOT = '/open_api/v1.3';
const SEND_PATH = '/business/message/send/';
const BUSINESS_PATH = '/business/get/';

/**
 * TikTok answers failures as HTTP 200 with a non-zero `code`. Only 40064 has been seen reported by
 * integrators; the others are the codes the acceptance fake uses [?]. Unlisted codes are invalid_request.
 */
const TIKTOK_CODES: Record<number, PlatformFailure> = {
  40002: 'invalid_request', // invalid parameters
  40010: 'outside_window', // no conversation: the user never wrote to the business
  40011: 'outside_window', // 48 h since the user's last message
  40012: 'quota', // 10 business messages per 48 h after each user message
  40013: 'region', // not available in the EEA, Switzerland or the UK
  40064: 'quota', // daily conversation cap
  40100: 'rate_limited',
  40105: 'token_invalid',
  50000: 'transient', // TikTok API for Business "system error" [?]
};

/** The PlatformError for a TikTok answer that was not a success: a non-2xx status or a non-zero `code`. */
export function tiktokError(status: number, body: unknown, headers: Headers): PlatformError {
  const code = isRecord(body) && typeof body.code === 'number' && body.code !== 0 ? body.code : null;
  const failure: PlatformFailure =
    status === 429 ? 'rate_limited' : status >= 500 ? 'transient' : code !== null ? (TIKTOK_CODES[code] ?? 'invalid_request') : 'invalid_request';
  const message = isRecord(body) && typeof body.message === 'string' && body.message ? body.message : `TikTok answered HTTP ${status}`;
  const wait = retryAfterMs(headers);
  return new PlatformError(
    'tiktok',
    failure,
    message,
    code !== null ? String(code) : `http ${status}`,
    failure === 'rate_limited' ? (wait ?? DEFAULT_RATE_LIMIT_WAIT_MS) : failure === 'transient' ? wait : null,
  );
}

/**
 * Replies to TikTok direct messages through the Business Messaging API. TikTok is reply-only: the
 * creator must write first, and each message of theirs opens 48 h for at most 10 replies, so
 * outside_window and quota failures are expected and mean "wait for them", not "broken".
 */
export class TikTokBusinessClient {
  private readonly root: string;
  private readonly timeoutMs: number;

  constructor(options: TikTokBusinessOptions) {
    const base = options.baseUrl.replace(/\/+$/, '');
    this.root = base.endsWith(API_ROOT) ? base : `${base}${API_ROOT}`;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Cheap token check: GET …/business/get/?business_id= with header Access-Token → {id: businessId, username: data.username ?? null} */
  async account(accessToken: string, businessId: string): Promise<PlatformAccount> {
    const query = new URLSearchParams({ business_id: businessId, fields: JSON.stringify(['username', 'display_name']) });
    const data = await this.call(accessToken, 'GET', `${BUSINESS_PATH}?${query}`);
    return { id: businessId, username: typeof data.username === 'string' ? data.username : null };
  }

  /** POST …/business/message/send/ {business_id, recipient_type: 'CONVERSATION', recipient: conversationId, message_type: 'TEXT', text: {body}} → data.message.message_id as an exact string */
  async sendText(accessToken: string, businessId: string, conversationId: string, text: string): Promise<PlatformSent> {
    const data = await this.call(accessToken, 'POST', SEND_PATH, {
      business_id: businessId,
      recipient_type: 'CONVERSATION',
      recipient: conversationId,
      message_type: 'TEXT',
      text: { body: text },
    });
    const messageId = isRecord(data.message) ? idOf(data.message.message_id) : null;
    if (!messageId) throw malformed('tiktok', 'data.message.message_id');
    return { messageId };
  }

  /** `data` of a `{code: 0, message, request_id, data}` answer; anything else throws PlatformError. */
  private async call(accessToken: string, method: 'GET' | 'POST', path: string, payload?: unknown): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = { 'access-token': accessToken, accept: 'application/json' };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const res = await platformFetch(
      'tiktok',
      `${this.root}${path}`,
      { method, headers, body: payload === undefined ? undefined : JSON.stringify(payload) },
      this.timeoutMs,
    );
    const ok = res.status >= 200 && res.status < 300;
    if (ok && isRecord(res.body) && res.body.code === 0) return isRecord(res.body.data) ? res.body.data : {};
    if (ok && !(isRecord(res.body) && typeof res.body.code === 'number')) throw malformed('tiktok', 'a {code, message, data} body');
    throw tiktokError(res.status, res.body, res.headers);
  }
}
