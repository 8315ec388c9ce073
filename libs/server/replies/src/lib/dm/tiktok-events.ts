import { parseJsonKeepingBigIds } from '@parley/server-channels';
import { attachmentText, type InboundDm } from './inbound-dm';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Ids come as strings, or as bare JSON numbers whose exact digits the lossless parse kept as strings. */
const idOf = (v: unknown): string | null => (typeof v === 'string' && v ? v : typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : null);

export interface TiktokEvent {
  event: string;
  /** The creator's message, when the event is one (`im_receive_msg` from a user, not from a business account). */
  message: InboundDm | null;
}

/**
 * A TikTok Business Messaging webhook body (protocol-facts §2):
 * `{client_key, event, create_time, user_openid, content: "<JSON string>"}` where `content` holds
 * `conversation_id, message_id, type, text.body, from_user{id, role}, to_user, timestamp (ms)`.
 * Both the body and `content` are parsed keeping 19-digit ids exact (TikTok may send them as bare
 * numbers, which JSON.parse rounds). Throws SyntaxError on a body that is not JSON.
 */
export function tiktokEvent(raw: string): TiktokEvent {
  const body = parseJsonKeepingBigIds(raw);
  if (!isRecord(body)) throw new SyntaxError('the body is not a JSON object');
  const event = typeof body.event === 'string' ? body.event : '';
  if (event !== 'im_receive_msg') return { event, message: null };
  const content = typeof body.content === 'string' ? parseJsonKeepingBigIds(body.content) : body.content;
  if (!isRecord(content)) return { event, message: null };
  const from = isRecord(content.from_user) ? content.from_user : {};
  const business = idOf(body.user_openid);
  const userId = idOf(from.id);
  const messageId = idOf(content.message_id);
  // Our own account's messages (sent from the TikTok app) arrive as events too.
  if (!business || !userId || !messageId || (typeof from.role === 'string' && /business/i.test(from.role)) || userId === business)
    return { event, message: null };
  const type = typeof content.type === 'string' ? content.type : 'text';
  const said = isRecord(content.text) && typeof content.text.body === 'string' ? content.text.body : '';
  const at = typeof content.timestamp === 'number' ? content.timestamp : typeof body.create_time === 'number' ? body.create_time * 1000 : Date.now();
  return {
    event,
    message: {
      platform: 'tiktok',
      accountIds: [business],
      platformUserId: userId,
      messageId,
      conversationId: idOf(content.conversation_id),
      inReplyTo: null,
      text: said.trim() ? said : attachmentText(type === 'text' ? [] : [type]),
      sentAt: new Date(at),
    },
  };
}
