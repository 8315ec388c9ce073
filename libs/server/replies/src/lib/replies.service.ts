import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConflictException, NotFoundException, SuppressedException, Tenancy, ValidationException, paginate, type AuthContext, type PageQueryDto } from '@parley/server-core';
import { InboundEmail, InfluencerOutreach, OutreachMessage, ReplyCorrection, SenderIdentity } from '@parley/server-data';
import { OutboundMessages, OutreachService, toMessageDto } from '@parley/server-outreach';
import { SuppressionsService } from '@parley/server-suppressions';
import { measure, textToHtml } from '@parley/server-templates';
import type { ListOf, OutreachDetailDto, ReplyCategory, ReplySentiment, ThreadMessageDto, UnmatchedEmailDto } from '@parley/shared-types';
import { detectAutoReply } from './auto-reply';
import { ReplyCategoriser, type Categorised } from './reply-categoriser';
import { ReplyNotifier } from './reply-notifier';
import { ANSWERABLE, ReplyRecorder, STATUS_OF, isHumanReply } from './reply-recorder';
import { SuggestedResponses } from './suggested-responses';

export interface LoggedReply {
  outreach: OutreachDetailDto;
  category: ReplyCategory;
  sentiment: ReplySentiment;
  confidence: number;
  needsReview: boolean;
  suggestedResponse: string | null;
}

/** Replies logged by hand, the brand's answers in the thread, and the store's unmatched mail. */
@Injectable()
export class RepliesService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly outreach: OutreachService,
    private readonly categoriser: ReplyCategoriser,
    private readonly recorder: ReplyRecorder,
    private readonly notifier: ReplyNotifier,
    private readonly suggestions: SuggestedResponses,
    private readonly outbound: OutboundMessages,
    private readonly suppressions: SuppressionsService,
  ) {}

  /** A reply received elsewhere (a call, a DM read by hand): the same categorising and effects as an email, its text kept as given. */
  async logReply(auth: AuthContext, outreachId: string, replyText: string): Promise<LoggedReply> {
    await this.tenancy.repo(InfluencerOutreach, auth.storeId).get(outreachId);
    const receivedAt = new Date();
    const verdict = detectAutoReply({ headers: {}, subject: '', text: replyText, receivedAt });
    const categorised: Categorised = verdict.automatic ? { category: 'auto_reply', sentiment: 'neutral', confidence: 1, by: 'offline' } : await this.categoriser.categorise(auth.storeId, replyText);
    await this.recorder.record({
      storeId: auth.storeId,
      outreachId,
      messageId: null,
      inReplyTo: null,
      from: null,
      subject: null,
      fullText: replyText,
      newest: replyText,
      receivedAt,
      categorised,
      returnDate: verdict.returnDate,
    });
    await this.notifier.replied(auth.storeId, outreachId, categorised, replyText);
    const [outreach, suggestedResponse] = await Promise.all([this.outreach.get(auth, outreachId), this.suggestions.suggest(auth.storeId, outreachId, categorised.category, replyText)]);
    return { outreach, category: categorised.category, sentiment: categorised.sentiment, confidence: categorised.confidence, needsReview: outreach.replyNeedsReview, suggestedResponse };
  }

  /** A draft answer to the outreach's latest reply (none when there is no reply, or it needs no answer). */
  async suggestion(auth: AuthContext, outreachId: string): Promise<{ category: ReplyCategory | null; suggestedResponse: string | null }> {
    const outreach = await this.tenancy.repo(InfluencerOutreach, auth.storeId).get(outreachId);
    if (!outreach.replyCategory || !outreach.replyText) return { category: outreach.replyCategory, suggestedResponse: null };
    return { category: outreach.replyCategory, suggestedResponse: await this.suggestions.suggest(auth.storeId, outreachId, outreach.replyCategory, outreach.replyText) };
  }

  /**
   * A person sets the reply's category (and sentiment): the outreach follows (status, review flag)
   * and the correction is kept with the text as training feedback for the offline classifier.
   */
  async correct(auth: AuthContext, outreachId: string, input: { category: ReplyCategory; sentiment?: ReplySentiment }): Promise<OutreachDetailDto> {
    await this.tenancy.transaction(async (manager) => {
      const outreach = await this.tenancy.repo(InfluencerOutreach, auth.storeId, manager).qb('o').andWhere('o.id = :id', { id: outreachId }).setLock('pessimistic_write').getOne();
      if (!outreach) throw new NotFoundException('Outreach');
      if (!outreach.replyText) throw new ConflictException('This outreach has no reply to categorise', { status: outreach.status });
      const sentiment = input.sentiment ?? outreach.replySentiment ?? 'neutral';
      const corrections = this.tenancy.repo(ReplyCorrection, auth.storeId, manager);
      await corrections.save(corrections.create({ outreachId, text: outreach.replyText, predictedCategory: outreach.replyCategory, predictedSentiment: outreach.replySentiment, category: input.category, sentiment, correctedBy: auth.userId }));
      const human = isHumanReply(input.category);
      await this.tenancy.query(
        auth.storeId,
        `UPDATE influencer_outreach o SET reply_category = $3, reply_sentiment = $4, reply_confidence = 1, reply_needs_review = false,
                status = CASE WHEN $5::text IS NOT NULL AND o.status = ANY($6::text[]) THEN $5
                              WHEN $5::text IS NULL AND o.status IN ('replied', 'interested', 'declined') THEN CASE WHEN o.opened_at IS NOT NULL THEN 'opened' ELSE 'sent' END
                              ELSE o.status END,
                updated_at = now()
          WHERE o.store_id = $1 AND o.id = $2`,
        [outreachId, input.category, sentiment, human ? STATUS_OF[input.category] : null, ANSWERABLE],
        manager,
      );
    });
    return this.outreach.get(auth, outreachId);
  }

  /**
   * The brand's answer, sent in the same thread and channel. An email goes In-Reply-To the creator's
   * latest message, References the thread, with a "Re:" subject; a DM goes by API while the platform's
   * window is open, else it becomes an assisted task (ready_to_send) for a person to send.
   */
  async respond(auth: AuthContext, outreachId: string, input: { message: string; subject?: string }): Promise<ThreadMessageDto> {
    const outreach = await this.tenancy.repo(InfluencerOutreach, auth.storeId).get(outreachId);
    if (outreach.channel !== 'email') return this.respondByDm(auth, outreach, input.message);
    if (!outreach.toAddress) throw new ValidationException([{ field: 'id', messages: ['this outreach has no recipient address'] }]);
    if (await this.suppressions.isSuppressed(auth.storeId, outreach.toAddress)) throw new SuppressedException(outreach.toAddress);
    const identity = await this.tenancy.repo(SenderIdentity, auth.storeId).qb('s').getOne();
    if (!identity) throw new ValidationException([{ field: 'channel', messages: ['set up an email sender in Settings → Channels first'] }]);

    const thread = await this.tenancy.query<{ message_id: string | null; subject: string | null; direction: string }>(
      auth.storeId,
      `SELECT message_id, subject, direction FROM outreach_messages WHERE store_id = $1 AND outreach_id = $2 AND (direction = 'in' OR status = 'sent') ORDER BY COALESCE(received_at, sent_at, created_at)`,
      [outreachId],
    );
    const lastIn = [...thread].reverse().find((m) => m.direction === 'in');
    const references = thread.map((m) => m.message_id).filter((id): id is string => !!id).slice(-10);
    const base = (lastIn?.subject ?? outreach.subject ?? '').replace(/^(\s*(re|aw|sv|rif|res|antw)\s*:\s*)+/i, '').trim();
    const subject = input.subject?.trim() || `Re: ${base || 'our collaboration'}`;
    const id = randomUUID();
    await this.tenancy.transaction(async (manager) => {
      await this.tenancy.query(
        auth.storeId,
        `INSERT INTO outreach_messages (id, store_id, outreach_id, direction, channel, kind, status, subject, text, html, to_address, in_reply_to, references_header)
         VALUES ($2, $1, $3, 'out', 'email', 'response', 'queued', $4, $5, $6, $7, $8, $9)`,
        [id, outreachId, subject, input.message, textToHtml(input.message), outreach.toAddress, lastIn?.message_id ?? null, references.join(' ') || null],
        manager,
      );
      await this.tenancy.query(auth.storeId, `INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data) VALUES ($1, $2, $3, 'queued', now(), $4::jsonb)`, [outreachId, id, JSON.stringify({ kind: 'response', from: identity.fromEmail })], manager);
    });
    await this.outbound.dispatch([{ storeId: auth.storeId, messageId: id, channel: 'email' }]);
    return this.threadMessage(auth, id);
  }

  private async respondByDm(auth: AuthContext, outreach: InfluencerOutreach, message: string): Promise<ThreadMessageDto> {
    const limit = measure(message, outreach.channel).overLimit;
    if (limit) throw new ValidationException([{ field: 'message', messages: [limit] }], limit);
    const id = randomUUID();
    await this.tenancy.transaction(async (manager) => {
      await this.tenancy.query(
        auth.storeId,
        `INSERT INTO outreach_messages (id, store_id, outreach_id, direction, channel, kind, status, text) VALUES ($2, $1, $3, 'out', $4, 'response', 'queued', $5)`,
        [id, outreach.id, outreach.channel, message],
        manager,
      );
      await this.tenancy.query(auth.storeId, `INSERT INTO outreach_events (store_id, outreach_id, message_id, type, at, data) VALUES ($1, $2, $3, 'queued', now(), $4::jsonb)`, [outreach.id, id, JSON.stringify({ kind: 'response', channel: outreach.channel, by: auth.email })], manager);
    });
    await this.outbound.dispatch([{ storeId: auth.storeId, messageId: id, channel: outreach.channel }]);
    return this.threadMessage(auth, id);
  }

  /** The message as the thread shows it (one row read, not the whole thread). */
  private async threadMessage(auth: AuthContext, messageId: string): Promise<ThreadMessageDto> {
    return toMessageDto(await this.tenancy.repo(OutreachMessage, auth.storeId).get(messageId));
  }

  /** Mail sent to the store's addresses that matched no outreach, newest first. */
  async unmatched(auth: AuthContext, query: PageQueryDto): Promise<ListOf<'emails', UnmatchedEmailDto>> {
    const qb = this.tenancy.manager.getRepository(InboundEmail).createQueryBuilder('e').where('e.storeId = :storeId AND e.status = :status', { storeId: auth.storeId, status: 'unmatched' }).orderBy('e.receivedAt', 'DESC');
    const { items, pagination } = await paginate(qb, query);
    return {
      emails: items.map((e) => ({ id: e.id, from: e.fromAddress, to: e.toAddresses, subject: e.subject, messageId: e.messageId, receivedAt: e.receivedAt.toISOString() })),
      pagination,
    };
  }
}
