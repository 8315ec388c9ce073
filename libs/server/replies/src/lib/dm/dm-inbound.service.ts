import { Injectable, Logger } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import { ChannelConnections, type ResolvedConnection } from '@parley/server-channels';
import { DmConversations } from '@parley/server-outreach';
import { DM_CHANNEL_OF, type DmChannel } from '@parley/shared-types';
import { ReplyCategoriser } from '../reply-categoriser';
import { ReplyNotifier } from '../reply-notifier';
import { ReplyRecorder } from '../reply-recorder';
import { DmCreatorMatcher } from './dm-creator-matcher';
import type { DmInboundResult, InboundDm } from './inbound-dm';

/**
 * Every creator's DM, from a webhook or the Instagram poller, goes through `receive`: the store is the
 * one whose connected account received it, the creator is matched, the conversation is kept current
 * (it opens the platform's reply window), and the message is threaded to the creator's outreach,
 * categorised, recorded and announced like an email reply. The platform's message id is the
 * thread message's id, so a repeated or concurrent delivery is recorded once (the unique
 * (store_id, message_id) index decides). Nothing here logs a message's text or a token.
 */
@Injectable()
export class DmInbound {
  private readonly logger = new Logger(DmInbound.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly connections: ChannelConnections,
    private readonly creators: DmCreatorMatcher,
    private readonly conversations: DmConversations,
    private readonly categoriser: ReplyCategoriser,
    private readonly recorder: ReplyRecorder,
    private readonly notifier: ReplyNotifier,
  ) {}

  async receive(dm: InboundDm): Promise<DmInboundResult> {
    const connection = await this.connectionOf(dm);
    const about = { platform: dm.platform, messageId: dm.messageId, platformUserId: dm.platformUserId };
    if (!connection) {
      this.logger.log({ ...about, accountIds: dm.accountIds }, 'direct message to an account no store connected; ignored');
      return { handled: 'unmatched', reason: 'unknown_account', outreachId: null };
    }
    const { storeId } = connection;
    const channel = DM_CHANNEL_OF[dm.platform];
    const seen = await this.recordedIn(storeId, dm.messageId);
    if (seen) return { handled: 'duplicate', outreachId: seen };

    const creator = await this.creators.match(connection, dm.platformUserId);
    await this.conversations.inbound({
      storeId,
      channel,
      platformUserId: dm.platformUserId,
      influencerId: creator?.influencerId ?? null,
      conversationId: dm.conversationId,
      at: dm.sentAt,
    });
    if (!creator) {
      this.logger.log({ ...about, storeId }, "direct message from a sender who is none of the store's creators; conversation kept, not threaded");
      return { handled: 'unmatched', reason: 'unknown_creator', outreachId: null };
    }
    // A creator who writes before the store ever did starts a thread of their own: it shows in the inbox like any reply.
    const outreach = (await this.outreachOf(storeId, creator.influencerId, channel)) ?? (await this.startedByCreator(storeId, creator.influencerId, channel));

    const categorised = await this.categoriser.categorise(storeId, dm.text);
    const recorded = await this.recorder.record({
      storeId,
      outreachId: outreach.id,
      messageId: dm.messageId,
      inReplyTo: dm.inReplyTo,
      from: creator.username ? `@${creator.username.replace(/^@/, '')}` : dm.platformUserId,
      subject: null,
      fullText: dm.text,
      newest: dm.text,
      receivedAt: dm.sentAt,
      categorised,
      returnDate: null,
    });
    if (!recorded) return { handled: 'duplicate', outreachId: outreach.id };
    // Threaded to an outreach of another channel (the creator answered an email by DM): the message says where it came from.
    if (outreach.channel !== channel)
      await this.tenancy.query(storeId, `UPDATE outreach_messages SET channel = $3 WHERE store_id = $1 AND id = $2`, [recorded, channel]);
    await this.notifier.replied(storeId, outreach.id, categorised, dm.text);
    return { handled: categorised.category === 'auto_reply' ? 'auto_reply' : 'reply', outreachId: outreach.id };
  }

  /**
   * The outreach of a conversation the creator started (no campaign, nothing sent by us): made once per
   * creator and channel, under a lock, so two first messages arriving together share it.
   */
  private startedByCreator(storeId: string, influencerId: string, channel: DmChannel): Promise<{ id: string; channel: string }> {
    return this.tenancy.transaction(async (manager) => {
      await this.tenancy.query(storeId, `SELECT pg_advisory_xact_lock(hashtext($1::text || $2::text))`, [influencerId], manager);
      const [existing] = await this.tenancy.query<{ id: string; channel: string }>(
        storeId,
        `SELECT id, channel FROM influencer_outreach WHERE store_id = $1 AND influencer_id = $2 AND channel = $3 AND status <> 'cancelled' ORDER BY created_at DESC LIMIT 1`,
        [influencerId, channel],
        manager,
      );
      if (existing) return existing;
      const [created] = await this.tenancy.query<{ id: string; channel: string }>(
        storeId,
        `INSERT INTO influencer_outreach (store_id, influencer_id, channel, message, status, status_reason) VALUES ($1, $2, $3, '', 'replied', 'the creator wrote first') RETURNING id, channel`,
        [influencerId, channel],
        manager,
      );
      return created;
    });
  }

  private async connectionOf(dm: InboundDm): Promise<ResolvedConnection | null> {
    for (const accountId of dm.accountIds) {
      const connection = await this.connections.byAccount(dm.platform, accountId);
      if (connection) return connection;
    }
    return null;
  }

  /** The outreach a message with this id is already on (a repeated delivery), before any work is spent on it. */
  private async recordedIn(storeId: string, messageId: string): Promise<string | null> {
    const [row] = await this.tenancy.query<{ outreach_id: string }>(
      storeId,
      `SELECT outreach_id FROM outreach_messages WHERE store_id = $1 AND message_id = $2`,
      [messageId],
    );
    return row?.outreach_id ?? null;
  }

  /**
   * The creator's newest outreach on this DM channel that is not cancelled; else their newest on any
   * channel, one that is not cancelled first (a creator answering an email by DM lands on the email's thread).
   */
  private async outreachOf(storeId: string, influencerId: string, channel: DmChannel): Promise<{ id: string; channel: string } | null> {
    const [row] = await this.tenancy.query<{ id: string; channel: string }>(
      storeId,
      `SELECT id, channel FROM influencer_outreach WHERE store_id = $1 AND influencer_id = $2
        ORDER BY (channel = $3 AND status <> 'cancelled') DESC, (status <> 'cancelled') DESC, created_at DESC, id DESC
        LIMIT 1`,
      [influencerId, channel],
    );
    return row ?? null;
  }
}
