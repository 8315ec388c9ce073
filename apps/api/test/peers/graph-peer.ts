import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the peer does when the product writes to a recipient, whatever the messaging window says. */
export type GraphBehaviour =
  'ok' | 'outside_window' | 'outside_window_ig' | 'blocked' | 'unexpected' | 'no_user' | 'rate_limited' | 'rate_limited_613' | 'bad_token';

export interface RecordedRequest {
  method: string;
  /** Without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** The access token, from wherever Graph accepts it; `tokenIn` says where. */
  token: string | null;
  tokenIn: 'header' | 'query' | 'body' | null;
}

export interface GraphSend {
  at: Date;
  accountId: string;
  recipientId: string;
  text: string;
  messagingType: string | null;
  tag: string | null;
  messageId: string;
}

export interface GraphPeerOptions {
  validTokens: string[];
  igUserId?: string;
  username?: string;
  /** Refuse sends outside the window (24 h after the user's last message, 7 days with HUMAN_AGENT), as Meta does. Default true. */
  enforceWindow?: boolean;
  now?: () => number;
  /** Conversations per page of GET …/conversations (Graph's default is 25). */
  pageSize?: number;
}

export interface GraphPeer {
  url: string;
  igUserId: string;
  requests: RecordedRequest[];
  sends: GraphSend[];
  /** The user `igsid` wrote at `atMs`: opens the window and adds the message to their conversation. Returns the message id. */
  userWrote(igsid: string, atMs?: number, text?: string, username?: string): string;
  setRecipient(igsid: string, behaviour: GraphBehaviour): void;
  stop(): Promise<void>;
}

interface GraphErrorShape {
  code: number;
  subcode?: number;
  message: string;
  type?: string;
  transient?: boolean;
}

const ERRORS = {
  outside_window: { code: 10, subcode: 2018278, message: '(#10) This message is sent outside of allowed window.' },
  outside_window_ig: { code: 10, subcode: 2534022, message: '(#10) This message is sent outside of allowed window.' },
  blocked: { code: 551, subcode: 1545041, message: "(#551) This person isn't available right now." },
  unexpected: { code: 2, message: 'An unexpected error has occurred. Please retry your request later.', transient: true },
  no_user: { code: 100, subcode: 2018001, message: '(#100) No matching user found' },
  rate_limited: { code: 4, message: '(#4) Application request limit reached', transient: true },
  rate_limited_613: { code: 613, message: '(#613) Calls to this api have exceeded the rate limit.', transient: true },
  bad_token: { code: 190, subcode: 463, message: 'Error validating access token: Session has expired.' },
  too_long: { code: 100, message: '(#100) Length of param message[text] must be less than or equal to 1000' },
} satisfies Record<string, GraphErrorShape>;

const unknownObject = (method: string, id: string): GraphErrorShape => ({
  code: 100,
  subcode: 33,
  type: 'GraphMethodException',
  message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
});
const badParam = (message: string): GraphErrorShape => ({ code: 100, message: `(#100) ${message}` });

const HOUR = 3600_000;
const VERSION = /^v\d+(\.\d+)?$/;
/** At most this many messages come back on a conversation, as on the real API. */
const MESSAGES_PER_CONVERSATION = 20;

/** Graph writes times as 2024-05-01T12:00:00+0000. */
const graphTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
const base64Id = (prefix: string) => Buffer.from(`${prefix}:${randomBytes(12).toString('hex')}`).toString('base64url');

interface StoredMessage {
  id: string;
  at: number;
  fromId: string;
  toId: string;
  text: string;
}
interface Conversation {
  id: string;
  igsid: string;
  messages: StoredMessage[];
}

/**
 * A local server speaking the Instagram messaging part of Meta's Graph API (protocol-facts §1):
 * sends with the 24 h / 7-day HUMAN_AGENT window and the 1000-byte limit, Graph's error bodies,
 * token checks, and the conversation, message and profile reads. The token is taken from where Graph
 * takes it (Authorization: Bearer, ?access_token=, or the body) and recorded, so tests can check
 * it never appears in a URL. An optional leading version segment (/v23.0) is accepted.
 */
export async function startGraphPeer(options: GraphPeerOptions): Promise<GraphPeer> {
  const igUserId = options.igUserId ?? '17841400000000001';
  const username = options.username ?? 'parley_brand';
  const enforceWindow = options.enforceWindow ?? true;
  const now = options.now ?? Date.now;
  const pageSize = options.pageSize ?? 25;
  const validTokens = new Set(options.validTokens);
  const requests: RecordedRequest[] = [];
  const sends: GraphSend[] = [];
  const behaviours = new Map<string, GraphBehaviour>();
  const lastUserMessageAt = new Map<string, number>();
  const usernames = new Map<string, string>();
  const conversations = new Map<string, Conversation>(); // by igsid
  const messages = new Map<string, StoredMessage>();

  const conversationOf = (igsid: string) => {
    let conversation = conversations.get(igsid);
    if (!conversation) {
      conversation = { id: Buffer.from(`ig_thread:${igUserId}:${igsid}`).toString('base64url'), igsid, messages: [] };
      conversations.set(igsid, conversation);
    }
    return conversation;
  };
  const addMessage = (igsid: string, message: StoredMessage) => {
    conversationOf(igsid).messages.push(message);
    messages.set(message.id, message);
  };
  const conversationById = (id: string) => [...conversations.values()].find((c) => c.id === id);
  const updatedAt = (c: Conversation) => Math.max(0, ...c.messages.map((m) => m.at));
  const party = (id: string) => (id === igUserId ? { username, id } : { ...(usernames.has(id) ? { username: usernames.get(id) } : {}), id });

  const send = (req: RecordedRequest, accountId: string): [number, unknown] | GraphErrorShape => {
    if (accountId !== igUserId && accountId !== 'me') return unknownObject('POST', accountId);
    const body = (req.body ?? {}) as { recipient?: { id?: unknown }; message?: { text?: unknown }; messaging_type?: unknown; tag?: unknown };
    const recipientId = body.recipient?.id;
    if (typeof recipientId !== 'string' || !recipientId) return badParam('param recipient[id] must be a non-empty string');
    const text = body.message?.text;
    if (typeof text !== 'string' || !text) return badParam('param message[text] must be a non-empty UTF-8 encoded string');
    if (Buffer.byteLength(text, 'utf8') > 1000) return ERRORS.too_long;
    const behaviour = behaviours.get(recipientId) ?? 'ok';
    if (behaviour !== 'ok') return ERRORS[behaviour];
    const tag = typeof body.tag === 'string' ? body.tag : null;
    if (enforceWindow) {
      const last = lastUserMessageAt.get(recipientId);
      const age = last === undefined ? Infinity : now() - last;
      if (!(age <= 24 * HOUR || (tag === 'HUMAN_AGENT' && age <= 7 * 24 * HOUR))) return ERRORS.outside_window;
    }
    const messageId = base64Id('ig_message');
    const at = now();
    sends.push({
      at: new Date(at),
      accountId,
      recipientId,
      text,
      messagingType: typeof body.messaging_type === 'string' ? body.messaging_type : null,
      tag,
      messageId,
    });
    // The business's own messages belong to the conversation too, as on the real API.
    addMessage(recipientId, { id: messageId, at, fromId: igUserId, toId: recipientId, text });
    return [200, { recipient_id: recipientId, message_id: messageId }];
  };

  const get = (req: RecordedRequest, id: string): [number, unknown] | GraphErrorShape => {
    const fields = (req.query.fields ?? '').split(',').filter(Boolean);
    const pick = (all: Record<string, unknown>, byDefault: string[]) =>
      Object.fromEntries(Object.entries(all).filter(([k]) => k === 'id' || (fields.length ? fields : byDefault).includes(k)));
    if (id === igUserId || id === 'me') return [200, pick({ id: igUserId, user_id: igUserId, username, name: 'Parley Brand' }, ['username'])];
    const conversation = conversationById(id);
    if (conversation) {
      const newestFirst = [...conversation.messages].sort((a, b) => b.at - a.at).slice(0, MESSAGES_PER_CONVERSATION);
      return [
        200,
        pick(
          { id, updated_time: graphTime(updatedAt(conversation)), messages: { data: newestFirst.map((m) => ({ id: m.id, created_time: graphTime(m.at) })) } },
          ['updated_time'],
        ),
      ];
    }
    const message = messages.get(id);
    if (message) {
      return [
        200,
        pick({ id, created_time: graphTime(message.at), from: party(message.fromId), to: { data: [party(message.toId)] }, message: message.text }, [
          'created_time',
        ]),
      ];
    }
    // A user profile: only someone who has written to the business can be looked up.
    if (lastUserMessageAt.has(id)) return [200, pick({ id, ...(usernames.has(id) ? { username: usernames.get(id) } : {}) }, [])];
    return unknownObject('GET', id);
  };

  const listConversations = (req: RecordedRequest, accountId: string, origin: string): [number, unknown] | GraphErrorShape => {
    if (accountId !== igUserId && accountId !== 'me') return unknownObject('GET', accountId);
    if (req.query.platform !== 'instagram' && req.query.platform !== 'messenger') return badParam('The parameter platform is required');
    let list = [...conversations.values()].sort((a, b) => updatedAt(b) - updatedAt(a));
    if (req.query.user_id) list = list.filter((c) => c.igsid === req.query.user_id);
    const offset = req.query.after ? Number(Buffer.from(req.query.after, 'base64url').toString()) || 0 : 0;
    const page = list.slice(offset, offset + pageSize);
    const cursor = (n: number) => Buffer.from(String(n)).toString('base64url');
    const paging: Record<string, unknown> = { cursors: { before: cursor(offset), after: cursor(offset + page.length) } };
    if (offset + page.length < list.length) {
      const next = new URL(`${origin}${req.path}`);
      for (const [k, v] of Object.entries(req.query)) next.searchParams.set(k, v);
      next.searchParams.set('after', cursor(offset + page.length));
      paging.next = next.toString();
    }
    return [200, { data: page.map((c) => ({ id: c.id, updated_time: graphTime(updatedAt(c)) })), paging }];
  };

  const route = (req: RecordedRequest, origin: string): [number, unknown] | GraphErrorShape => {
    if (!req.token || !validTokens.has(req.token)) return ERRORS.bad_token;
    let segments = req.path.split('/').filter(Boolean).map(decodeURIComponent);
    if (segments.length && VERSION.test(segments[0])) segments = segments.slice(1);
    const [id, edge] = segments;
    if (req.method === 'POST' && segments.length === 2 && edge === 'messages') return send(req, id);
    if (req.method === 'GET' && segments.length === 2 && edge === 'conversations') return listConversations(req, id, origin);
    if (req.method === 'GET' && segments.length === 1) return get(req, id);
    return { code: 2500, message: 'Unknown path components: /' + segments.slice(1).join('/'), type: 'OAuthException' };
  };

  const server: Server = createServer((incoming, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (c: Buffer) => chunks.push(c));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://peer');
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = parseBody(raw, incoming.headers['content-type'] ?? '');
      const query = Object.fromEntries(url.searchParams);
      const bearer = /^Bearer\s+(.+)$/i.exec(incoming.headers.authorization ?? '')?.[1]?.trim();
      const bodyToken = isObject(body) && typeof body.access_token === 'string' ? body.access_token : undefined;
      const [token, tokenIn] = bearer
        ? [bearer, 'header' as const]
        : query.access_token
          ? [query.access_token, 'query' as const]
          : bodyToken
            ? [bodyToken, 'body' as const]
            : [null, null];
      const req: RecordedRequest = { method: incoming.method ?? 'GET', path: url.pathname, query, headers: incoming.headers, body, token, tokenIn };
      requests.push(req);
      const answer = route(req, `http://${incoming.headers.host}`);
      const [status, payload] = Array.isArray(answer) ? answer : [400, errorBody(answer)];
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'x-fb-trace-id': fbtrace() }).end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    igUserId,
    requests,
    sends,
    userWrote(igsid, atMs = now(), text = 'hi', name) {
      lastUserMessageAt.set(igsid, Math.max(atMs, lastUserMessageAt.get(igsid) ?? -Infinity));
      if (name) usernames.set(igsid, name);
      const id = base64Id('ig_message');
      addMessage(igsid, { id, at: atMs, fromId: igsid, toId: igUserId, text });
      return id;
    },
    setRecipient(igsid, behaviour) {
      behaviours.set(igsid, behaviour);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const fbtrace = () =>
  randomBytes(8)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, 'x');

function errorBody(e: GraphErrorShape) {
  return {
    error: {
      message: e.message,
      type: e.type ?? 'OAuthException',
      code: e.code,
      ...(e.subcode ? { error_subcode: e.subcode } : {}),
      ...(e.transient ? { is_transient: true } : {}),
      fbtrace_id: fbtrace(),
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Graph takes JSON, or form fields whose values may themselves be JSON (recipient={"id":"…"}). */
function parseBody(raw: string, contentType: string): unknown {
  if (!raw) return undefined;
  const json = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  };
  if (/json/i.test(contentType)) return json(raw);
  if (/x-www-form-urlencoded/i.test(contentType)) {
    return Object.fromEntries([...new URLSearchParams(raw)].map(([k, v]) => [k, /^\s*[{[]/.test(v) ? json(v) : v]));
  }
  return raw;
}
