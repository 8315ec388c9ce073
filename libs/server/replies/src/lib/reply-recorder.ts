import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import { FollowUpPlanner } from '@parley/server-outreach';
import type { OutreachStatus, ReplyCategory } from '@parley/shared-types';
import type { Categorised } from './reply-categoriser';
import { REVIEW_BELOW } from './reply-categoriser';

export interface ReplyToRecord {
  storeId: string;
  outreachId: string;
  /** The email's Message-ID (without brackets); null for a reply logged by hand. */
  messageId: string | null;
  inReplyTo: string | null;
  from: string | null;
  subject: string | null;
  /** The whole body, kept on the thread message. */
  fullText: string;
  /** What the person wrote now: the outreach's replyText. */
  newest: string;
  receivedAt: Date;
  categorised: Categorised;
  /** A stated return date (out-of-office): planned follow-ups wait until after it. */
  returnDate: Date | null;
}

/** Categories a person wrote; auto-replies and spam neither answer the outreach nor stop its follow-ups. */
export const isHumanReply = (category: ReplyCategory) => category !== 'auto_reply' && category !== 'spam';

/** The outreach status a human reply moves to (the seed's mapping). */
export const STATUS_OF: Record<ReplyCategory, OutreachStatus | null> = {
  interested: 'interested',
  rate_negotiation: 'interested',
  declined: 'declined',
  questions: 'replied',
  auto_reply: null,
  spam: null,
};

/** Statuses a reply may move on from; a bounced, unsubscribed or cancelled outreach keeps its status. */
export const ANSWERABLE: OutreachStatus[] = ['sent', 'opened', 'replied', 'interested', 'declined', 'no_response'];

/**
 * Records a reply in one statement: the inbound thread message (once per Message-ID and store), the
 * outreach's reply fields and status, its follow-ups (cleared by a person's reply; an out-of-office's
 * return date kept, which the follow-up plan waits for), and the timeline event; then the follow-ups
 * are planned again. Returns the new message's id, or
 * null when the same message was already recorded.
 */
@Injectable()
export class ReplyRecorder {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly planner: FollowUpPlanner,
  ) {}

  async record(reply: ReplyToRecord): Promise<string | null> {
    const { category, sentiment, confidence, by } = reply.categorised;
    const human = isHumanReply(category);
    const rows = await this.tenancy.query<{ id: string }>(
      reply.storeId,
      `WITH m AS (
         INSERT INTO outreach_messages (store_id, outreach_id, direction, channel, kind, status, subject, text, from_address, message_id, in_reply_to, received_at)
         SELECT $1, o.id, 'in', o.channel, 'reply', 'received', $3, $4, $5, $6, $7, $8 FROM influencer_outreach o WHERE o.store_id = $1 AND o.id = $2
         ON CONFLICT (store_id, message_id) DO NOTHING
         RETURNING id, outreach_id, received_at),
       o AS (
         UPDATE influencer_outreach o SET
                status = CASE WHEN $9::text IS NOT NULL AND o.status = ANY($10::text[]) THEN $9 ELSE o.status END,
                -- An auto-reply or spam never hides what a person wrote earlier.
                reply_text = CASE WHEN $11 OR o.reply_category IS NULL OR o.reply_category IN ('auto_reply', 'spam') THEN $12 ELSE o.reply_text END,
                reply_category = CASE WHEN $11 OR o.reply_category IS NULL OR o.reply_category IN ('auto_reply', 'spam') THEN $13 ELSE o.reply_category END,
                reply_sentiment = CASE WHEN $11 OR o.reply_category IS NULL OR o.reply_category IN ('auto_reply', 'spam') THEN $14 ELSE o.reply_sentiment END,
                reply_confidence = CASE WHEN $11 OR o.reply_category IS NULL OR o.reply_category IN ('auto_reply', 'spam') THEN $15::real ELSE o.reply_confidence END,
                reply_needs_review = CASE WHEN $11 OR o.reply_category IS NULL OR o.reply_category IN ('auto_reply', 'spam') THEN $15::real < $16 ELSE o.reply_needs_review END,
                replied_at = CASE WHEN $11 THEN m.received_at ELSE o.replied_at END,
                last_reply_at = GREATEST(o.last_reply_at, m.received_at),
                next_follow_up_at = CASE WHEN $11 THEN NULL ELSE o.next_follow_up_at END,
                away_until = CASE WHEN $17::timestamptz IS NOT NULL THEN GREATEST(o.away_until, $17::timestamptz) ELSE o.away_until END,
                updated_at = now()
           FROM m WHERE o.store_id = $1 AND o.id = m.outreach_id
          RETURNING o.id),
       e AS (
         INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data)
         SELECT $1, m.outreach_id, m.id, $18, m.received_at,
                jsonb_strip_nulls(jsonb_build_object('category', $13::text, 'sentiment', $14::text, 'confidence', $15::real, 'by', $19::text, 'from', $5::text, 'returnDate', $17::timestamptz))
           FROM m)
       SELECT m.id FROM m JOIN o ON o.id = m.outreach_id`,
      [
        reply.outreachId,
        reply.subject,
        reply.fullText,
        reply.from,
        reply.messageId,
        reply.inReplyTo,
        reply.receivedAt,
        human ? STATUS_OF[category] : null,
        ANSWERABLE,
        human,
        reply.newest,
        category,
        sentiment,
        confidence,
        REVIEW_BELOW,
        reply.returnDate,
        category === 'auto_reply' ? 'auto_replied' : 'replied',
        by,
      ],
    );
    // The next follow-up: gone after a person's reply (with its job), past the return date of an out-of-office.
    if (rows[0]) await this.planner.replan(reply.storeId, [reply.outreachId]);
    return rows[0]?.id ?? null;
  }
}
