import { attachmentText, type InboundDm } from './inbound-dm';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: unknown): string | null => (typeof v === 'string' && v ? v : typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : null);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The creators' messages in a Meta webhook body (protocol-facts §1):
 * `{object: "instagram", entry: [{id, time, messaging: [{sender, recipient, timestamp, message: {mid, text}}]}]}`.
 * Left out: our own sends coming back (`is_echo`), deleted and unsupported messages, and every event
 * that is not a message (reads, reactions, postbacks, edits, `changes` fields).
 */
export function instagramMessages(body: unknown): InboundDm[] {
  if (!isRecord(body) || (body.object !== 'instagram' && body.object !== 'page')) return [];
  const out: InboundDm[] = [];
  for (const entry of asArray(body.entry)) {
    if (!isRecord(entry)) continue;
    const entryId = idOf(entry.id);
    for (const event of asArray(entry.messaging)) {
      if (!isRecord(event) || !isRecord(event.message)) continue;
      const message = event.message;
      if (message.is_echo === true || message.is_deleted === true || message.is_unsupported === true) continue;
      const mid = idOf(message.mid);
      const sender = isRecord(event.sender) ? idOf(event.sender.id) : null;
      const recipient = isRecord(event.recipient) ? idOf(event.recipient.id) : null;
      if (!mid || !sender) continue;
      const accountIds = [...new Set([entryId, recipient].filter((x): x is string => !!x))];
      if (!accountIds.length || accountIds.includes(sender)) continue;
      const text =
        typeof message.text === 'string' && message.text.trim()
          ? message.text
          : attachmentText(asArray(message.attachments).map((a) => (isRecord(a) && typeof a.type === 'string' ? a.type : 'attachment')));
      const at = typeof event.timestamp === 'number' ? event.timestamp : typeof entry.time === 'number' ? entry.time : Date.now();
      out.push({
        platform: 'instagram',
        accountIds,
        platformUserId: sender,
        messageId: mid,
        conversationId: null,
        inReplyTo: isRecord(message.reply_to) ? idOf(message.reply_to.mid) : null,
        text,
        sentAt: new Date(at),
      });
    }
  }
  return out;
}
