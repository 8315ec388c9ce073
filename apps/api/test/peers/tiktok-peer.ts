import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the peer answers when the product writes to a conversation, whatever the platform's rules say. */
export type TikTokBehaviour =
  'ok' | 'no_conversation' | 'outside_window' | 'message_quota' | 'conversation_quota' | 'region' | 'rate_limited' | 'bad_token' | 'bad_param';

export interface RecordedRequest {
  method: string;
  /** Without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** The Access-Token header. */
  token: string | null;
}

export interface TikTokSend {
  at: Date;
  businessId: string;
  conversationId: string;
  text: string;
  messageId: string;
}

export interface TikTokPeerOptions {
  validTokens: string[];
  /** Enforce the platform's rules: the user writes first, 48 h window, 10 messages per user message, daily conversation cap. Default true. */
  enforce?: boolean;
  /** Answer message ids as bare 19-digit JSON numbers, which JSON.parse rounds. */
  numericIds?: boolean;
  now?: () => number;
  username?: string;
  /** New conversations a business may write to per day (integrators report 100–200). */
  dailyConversationCap?: number;
}

export interface TikTokPeer {
  url: string;
  requests: RecordedRequest[];
  sends: TikTokSend[];
  /** The user wrote in `conversationId` at `at`: opens (or reopens) the 48 h window and resets the 10-message allowance. */
  userWrote(conversationId: string, message?: { userId?: string; at?: number }): void;
  setRecipient(conversationId: string, behaviour: TikTokBehaviour): void;
  stop(): Promise<void>;
}

/** The codes this peer answers; only 40064 is reported in the wild, the rest follow the acceptance fake [?]. */
const CODES = {
  ok: [0, 'OK'],
  bad_param: [40002, 'Invalid parameters.'],
  no_conversation: [40010, 'Conversation not found: the user has not messaged this business.'],
  outside_window: [40011, "The 48-hour messaging window after the user's last message has closed."],
  message_quota: [40012, 'At most 10 business messages may be sent per 48 hours after a user message.'],
  region: [40013, 'Business messaging is not available in this region.'],
  conversation_quota: [40064, 'Daily conversation limit reached for this account.'],
  rate_limited: [40100, 'Too many requests. Please retry later.'],
  bad_token: [40105, 'Access token is invalid or has expired.'],
  not_found: [40400, 'Not found.'],
} as const;
type Answer = keyof typeof CODES;

const HOUR = 3600_000;
const MESSAGES_PER_USER_MESSAGE = 10;

/** A 19-digit snowflake-like id, too big for a JavaScript number. */
const id19 = () => '7' + [...randomBytes(18)].map((b) => b % 10).join('');
const requestId = () => new Date().toISOString().replace(/\D/g, '').slice(0, 14) + randomBytes(8).toString('hex').toUpperCase();

/**
 * A local server speaking TikTok's Business Messaging API as open-source clients use it
 * (protocol-facts §2): every answer is HTTP 200 `{code, message, request_id, data}`, failures have a
 * non-zero code, the token comes in `Access-Token`, and paths are matched by their end so the
 * product may be configured with or without /open_api/v1.3. It enforces what makes TikTok reply-only:
 * the user writes first, 48 h after their last message, 10 business messages per user message.
 */
export async function startTikTokPeer(options: TikTokPeerOptions): Promise<TikTokPeer> {
  const enforce = options.enforce ?? true;
  const now = options.now ?? Date.now;
  const cap = options.dailyConversationCap ?? 150;
  const validTokens = new Set(options.validTokens);
  const requests: RecordedRequest[] = [];
  const sends: TikTokSend[] = [];
  const behaviours = new Map<string, TikTokBehaviour>();
  const conversations = new Map<string, { userId: string; lastUserAt: number; sentSinceUser: number }>();
  const conversationsByDay = new Map<string, Set<string>>();

  const answer = (kind: Answer, data: unknown = {}) => {
    const [code, message] = CODES[kind];
    return JSON.stringify({ code, message, request_id: requestId(), data });
  };

  const send = (req: RecordedRequest): string => {
    const b = (req.body ?? {}) as { business_id?: unknown; recipient_type?: unknown; recipient?: unknown; message_type?: unknown; text?: { body?: unknown } };
    const text = b.text?.body;
    if (typeof b.business_id !== 'string' || !b.business_id || b.recipient_type !== 'CONVERSATION' || typeof b.recipient !== 'string' || !b.recipient)
      return answer('bad_param');
    if (b.message_type !== 'TEXT' || typeof text !== 'string' || !text) return answer('bad_param');
    const conversationId = b.recipient;
    const behaviour = behaviours.get(conversationId) ?? 'ok';
    if (behaviour !== 'ok') return answer(behaviour);
    if (enforce) {
      const conversation = conversations.get(conversationId);
      if (!conversation) return answer('no_conversation');
      if (now() - conversation.lastUserAt > 48 * HOUR) return answer('outside_window');
      if (conversation.sentSinceUser >= MESSAGES_PER_USER_MESSAGE) return answer('message_quota');
      const day = new Date(now()).toISOString().slice(0, 10);
      const today = conversationsByDay.get(day) ?? new Set<string>();
      if (!today.has(conversationId) && today.size >= cap) return answer('conversation_quota');
      today.add(conversationId);
      conversationsByDay.set(day, today);
      conversation.sentSinceUser++;
    }
    const messageId = id19();
    sends.push({ at: new Date(now()), businessId: b.business_id, conversationId, text, messageId });
    if (options.numericIds) return answer('ok', { message: { message_id: messageId } }).replace(`"${messageId}"`, messageId);
    return answer('ok', { message: { message_id: messageId } });
  };

  const route = (req: RecordedRequest): [number, string] => {
    const path = req.path.endsWith('/') ? req.path : `${req.path}/`;
    if (req.method === 'POST' && path.endsWith('/business/message/send/'))
      return [200, req.token && validTokens.has(req.token) ? send(req) : answer('bad_token')];
    if (req.method === 'GET' && path.endsWith('/business/get/')) {
      if (!req.token || !validTokens.has(req.token)) return [200, answer('bad_token')];
      if (!req.query.business_id) return [200, answer('bad_param')];
      return [200, answer('ok', { username: options.username ?? 'parley_brand', display_name: 'Parley Brand', profile_image: '' })];
    }
    return [404, answer('not_found')];
  };

  const server: Server = createServer((incoming, res) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (c: Buffer) => chunks.push(c));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://peer');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const token = incoming.headers['access-token'];
      const req: RecordedRequest = {
        method: incoming.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: incoming.headers,
        body,
        token: typeof token === 'string' && token ? token : null,
      };
      requests.push(req);
      const [status, payload] = route(req);
      res.writeHead(status, { 'content-type': 'application/json' }).end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sends,
    userWrote(conversationId, message = {}) {
      conversations.set(conversationId, {
        userId: message.userId ?? conversations.get(conversationId)?.userId ?? id19(),
        lastUserAt: message.at ?? now(),
        sentSinceUser: 0,
      });
    },
    setRecipient(conversationId, behaviour) {
      behaviours.set(conversationId, behaviour);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
