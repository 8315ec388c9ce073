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

export interface InstagramGraphOptions {
  baseUrl: string;
  /** e.g. 'v23.0' */
  version: string;
  timeoutMs?: number;
}

type Query = Record<string, string | null | undefined>;

const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80002]);
/** 2534022 is what Instagram-scoped apps are reported to get instead of Messenger's 2018278 (protocol-facts §1). */
const OUTSIDE_WINDOW_SUBCODES = new Set([2018278, 2534022]);

function graphFailure(status: number, code: number, subcode: number | null, message: string, isTransient: boolean): PlatformFailure {
  if (status === 429 || RATE_LIMIT_CODES.has(code)) return 'rate_limited';
  if (code === 190) return 'token_invalid';
  if (code === 10 && subcode !== null && OUTSIDE_WINDOW_SUBCODES.has(subcode)) return 'outside_window';
  if (code === 551) return 'recipient_unavailable';
  if (code === 100 && subcode === 2018001) return 'no_recipient';
  // Graph has no dedicated code for an over-long text: only the message names the parameter.
  if (code === 100 && /message\[text\]/i.test(message) && /length|long/i.test(message)) return 'too_long';
  if (code === 2 || isTransient || status >= 500) return 'transient';
  return 'invalid_request';
}

/** The PlatformError for a Graph answer that was not a success (protocol-facts §1 error table). */
export function graphError(status: number, body: unknown, headers: Headers): PlatformError {
  const error = isRecord(body) && isRecord(body.error) && typeof body.error.code === 'number' ? body.error : null;
  let failure: PlatformFailure;
  let code: string;
  let message: string;
  if (error) {
    const errorCode = error.code as number;
    const subcode = typeof error.error_subcode === 'number' ? error.error_subcode : null;
    message = typeof error.message === 'string' ? error.message : `Graph error ${errorCode}`;
    failure = graphFailure(status, errorCode, subcode, message, error.is_transient === true);
    code = subcode === null ? String(errorCode) : `${errorCode}/${subcode}`;
  } else {
    failure = status === 429 ? 'rate_limited' : status >= 500 ? 'transient' : 'invalid_request';
    code = `http ${status}`;
    message = `Instagram answered HTTP ${status}`;
  }
  const wait = retryAfterMs(headers);
  return new PlatformError(
    'instagram',
    failure,
    message,
    code,
    failure === 'rate_limited' ? (wait ?? DEFAULT_RATE_LIMIT_WAIT_MS) : failure === 'transient' ? wait : null,
  );
}

/** Graph times look like 2024-05-01T12:00:00+0000. */
function graphTime(value: unknown): Date | null {
  const at = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(at) ? null : new Date(at);
}

const listOf = (value: unknown): unknown[] => (isRecord(value) && Array.isArray(value.data) ? value.data : []);

/**
 * Instagram direct messages through Meta's Graph API (protocol-facts §1): checking a token, replying
 * inside the messaging window, and reading conversations for when webhooks were missed. Every failure
 * is a PlatformError whose `failure` says whether to retry, wait, or stop writing to that person.
 */
export class InstagramGraphClient {
  private readonly root: string;
  private readonly timeoutMs: number;

  constructor(options: InstagramGraphOptions) {
    this.root = [options.baseUrl.replace(/\/+$/, ''), options.version.replace(/^\/+|\/+$/g, '')].filter(Boolean).join('/');
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Cheap token check: GET /{version}/{igUserId}?fields=user_id,username (the fake also answers /me). */
  async account(accessToken: string, igUserId: string): Promise<PlatformAccount> {
    const body = await this.call(accessToken, 'GET', [igUserId], { fields: 'user_id,username' });
    const id = idOf(body.user_id) ?? idOf(body.id);
    if (!id) throw malformed('instagram', 'the account id');
    return { id, username: typeof body.username === 'string' ? body.username : null };
  }

  /** POST /{version}/{igUserId}/messages, JSON {recipient:{id}, message:{text}, messaging_type: tag ? 'MESSAGE_TAG' : 'RESPONSE', tag?} → message_id. Throws PlatformError. */
  async sendText(accessToken: string, igUserId: string, recipientId: string, text: string, options: { tag?: 'HUMAN_AGENT' } = {}): Promise<PlatformSent> {
    const payload = {
      recipient: { id: recipientId },
      message: { text },
      messaging_type: options.tag ? 'MESSAGE_TAG' : 'RESPONSE',
      ...(options.tag ? { tag: options.tag } : {}),
    };
    const body = await this.call(accessToken, 'POST', [igUserId, 'messages'], {}, payload);
    const messageId = idOf(body.message_id);
    if (!messageId) throw malformed('instagram', 'message_id');
    return { messageId };
  }

  /** GET /{version}/{igUserId}/conversations?platform=instagram[&after=] → conversations with updated time, and the next cursor (null at the end). */
  async conversations(
    accessToken: string,
    igUserId: string,
    after?: string | null,
  ): Promise<{ conversations: { id: string; updatedTime: Date }[]; next: string | null }> {
    const body = await this.call(accessToken, 'GET', [igUserId, 'conversations'], { platform: 'instagram', after });
    const conversations = listOf(body).map((c) => {
      const id = isRecord(c) ? idOf(c.id) : null;
      const updatedTime = isRecord(c) ? graphTime(c.updated_time) : null;
      if (!id || !updatedTime) throw malformed('instagram', 'a conversation id and updated_time');
      return { id, updatedTime };
    });
    // Graph always sends cursors, even on the last page; only `paging.next` says there is more.
    const paging = isRecord(body.paging) ? body.paging : {};
    const cursor = isRecord(paging.cursors) && typeof paging.cursors.after === 'string' ? paging.cursors.after : null;
    return { conversations, next: typeof paging.next === 'string' ? cursor : null };
  }

  /** GET /{version}/{conversationId}?fields=messages → the message ids with created time, newest first as the API gives them. */
  async conversationMessages(accessToken: string, conversationId: string): Promise<{ id: string; createdTime: Date }[]> {
    const body = await this.call(accessToken, 'GET', [conversationId], { fields: 'messages' });
    return listOf(body.messages).map((m) => {
      const id = isRecord(m) ? idOf(m.id) : null;
      const createdTime = isRecord(m) ? graphTime(m.created_time) : null;
      if (!id || !createdTime) throw malformed('instagram', 'a message id and created_time');
      return { id, createdTime };
    });
  }

  /** GET /{version}/{messageId}?fields=id,created_time,from,to,message */
  async message(accessToken: string, messageId: string): Promise<{ id: string; createdTime: Date; fromId: string; text: string }> {
    const body = await this.call(accessToken, 'GET', [messageId], { fields: 'id,created_time,from,to,message' });
    const createdTime = graphTime(body.created_time);
    const fromId = isRecord(body.from) ? idOf(body.from.id) : null;
    if (!createdTime || !fromId) throw malformed('instagram', 'the message created_time and from.id');
    // A message that is only an attachment or a story reply has no `message` text.
    return { id: idOf(body.id) ?? messageId, createdTime, fromId, text: typeof body.message === 'string' ? body.message : '' };
  }

  /**
   * GET /{version}/{igsid}?fields=username → the sender's username (to match a creator by username on
   * first contact); null username when not given. The username only enriches a first contact, and Meta
   * refuses some profiles (no consent yet, unknown ids), so a refused profile is a null username rather
   * than an error; token, rate-limit and transport failures still throw.
   */
  async userProfile(accessToken: string, igsid: string): Promise<PlatformAccount> {
    try {
      const body = await this.call(accessToken, 'GET', [igsid], { fields: 'username' });
      return { id: idOf(body.id) ?? igsid, username: typeof body.username === 'string' ? body.username : null };
    } catch (e) {
      if (e instanceof PlatformError && (e.failure === 'invalid_request' || e.failure === 'no_recipient')) return { id: igsid, username: null };
      throw e;
    }
  }

  /** The token travels in the Authorization header only: URLs end up in access logs and traces. */
  private async call(accessToken: string, method: 'GET' | 'POST', path: string[], query: Query, payload?: unknown): Promise<Record<string, unknown>> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
    const qs = search.toString();
    const url = `${this.root}/${path.map(encodeURIComponent).join('/')}${qs ? `?${qs}` : ''}`;
    const headers: Record<string, string> = { authorization: `Bearer ${accessToken}`, accept: 'application/json' };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const res = await platformFetch('instagram', url, { method, headers, body: payload === undefined ? undefined : JSON.stringify(payload) }, this.timeoutMs);
    if (res.status < 200 || res.status >= 300) throw graphError(res.status, res.body, res.headers);
    if (!isRecord(res.body)) throw malformed('instagram', 'a JSON object');
    return res.body;
  }
}
