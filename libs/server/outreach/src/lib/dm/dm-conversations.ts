import { Injectable } from '@nestjs/common';
import { ChannelConnections, dmWindow } from '@parley/server-channels';
import { Clock, Tenancy } from '@parley/server-core';
import { CHANNEL_CAPABILITIES, DM_PLATFORM_OF, type DmChannel, type DmWindowDto } from '@parley/shared-types';

/** A creator's conversation on a DM channel, as the inbound webhooks and pollers keep it. */
export interface ConversationRow {
  id: string;
  platform_user_id: string;
  conversation_id: string | null;
  last_inbound_at: Date | null;
  sent_since_inbound: number;
}

/** A creator's message as it touches their conversation. */
export interface InboundTouch {
  storeId: string;
  channel: DmChannel;
  platformUserId: string;
  influencerId: string | null;
  conversationId: string | null;
  at: Date;
}

/**
 * The DM conversation of a creator, the one place that keeps it: each message of theirs moves it on
 * (their last message opens the platform's window), each of ours is counted (TikTok's quota), and the
 * sender and the thread view read where it stands.
 */
@Injectable()
export class DmConversations {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly connections: ChannelConnections,
    private readonly clock: Clock,
  ) {}

  /** The creator's conversation on the channel: matched by the creator, or by their platform user id before they were matched. */
  async of(storeId: string, channel: DmChannel, influencerId: string): Promise<ConversationRow | null> {
    const rows = await this.tenancy.query<ConversationRow>(
      storeId,
      `SELECT d.id, d.platform_user_id, d.conversation_id, d.last_inbound_at, d.sent_since_inbound
         FROM dm_conversations d
        WHERE d.store_id = $1 AND d.channel = $2
          AND (d.influencer_id = $3 OR d.platform_user_id = (SELECT i.platform_user_id FROM influencers i WHERE i.store_id = $1 AND i.id = $3))
        ORDER BY d.last_inbound_at DESC NULLS LAST LIMIT 1`,
      [channel, influencerId],
    );
    return rows[0] ?? null;
  }

  /**
   * A message from the creator: the creator it belongs to and TikTok's conversation id (kept once
   * known), and when they last wrote. Our count since then starts again only for a message newer than
   * any seen, so a late or repeated delivery of an older one never restores a spent quota.
   */
  async inbound(touch: InboundTouch): Promise<void> {
    await this.tenancy.query(
      touch.storeId,
      `INSERT INTO dm_conversations (store_id, channel, platform_user_id, influencer_id, conversation_id, last_inbound_at, sent_since_inbound)
       VALUES ($1, $2, $3, $4, $5, $6, 0)
       ON CONFLICT (store_id, channel, platform_user_id) DO UPDATE SET
         influencer_id = COALESCE(EXCLUDED.influencer_id, dm_conversations.influencer_id),
         conversation_id = COALESCE(EXCLUDED.conversation_id, dm_conversations.conversation_id),
         sent_since_inbound = CASE WHEN dm_conversations.last_inbound_at IS NULL OR EXCLUDED.last_inbound_at > dm_conversations.last_inbound_at
                                   THEN 0 ELSE dm_conversations.sent_since_inbound END,
         last_inbound_at = GREATEST(dm_conversations.last_inbound_at, EXCLUDED.last_inbound_at),
         updated_at = now()`,
      [touch.channel, touch.platformUserId, touch.influencerId, touch.conversationId, touch.at],
    );
  }

  /** One more message of ours since the creator last wrote (TikTok's quota counts them). */
  async countSent(storeId: string, conversationId: string): Promise<void> {
    await this.tenancy.query(storeId, `UPDATE dm_conversations SET sent_since_inbound = sent_since_inbound + 1, updated_at = now() WHERE store_id = $1 AND id = $2`, [conversationId]);
  }

  /** Where the conversation stands for the thread view: open until when, the HUMAN_AGENT extension, the quota used. */
  async window(storeId: string, channel: DmChannel, influencerId: string): Promise<DmWindowDto> {
    // The connection's status only: describe() reads it without opening the token.
    const [conversation, connections] = await Promise.all([this.of(storeId, channel, influencerId), this.connections.describe(storeId)]);
    const capabilities = CHANNEL_CAPABILITIES[channel];
    const state = conversation ? { lastInboundAt: conversation.last_inbound_at, sentSinceInbound: conversation.sent_since_inbound } : null;
    const now = this.clock.now();
    const automatic = dmWindow(capabilities, state, now, { humanWritten: false });
    const humanAgentEnd = conversation?.last_inbound_at && capabilities.humanAgentWindowHours ? new Date(conversation.last_inbound_at.getTime() + capabilities.humanAgentWindowHours * 3_600_000) : null;
    return {
      lastInboundAt: conversation?.last_inbound_at?.toISOString() ?? null,
      openUntil: automatic.open ? automatic.openUntil.toISOString() : null,
      humanAgentUntil: humanAgentEnd && humanAgentEnd > now ? humanAgentEnd.toISOString() : null,
      sentSinceInbound: conversation?.sent_since_inbound ?? 0,
      quotaPerWindow: capabilities.quotaPerWindow,
      connected: connections[DM_PLATFORM_OF[channel]]?.status === 'connected',
    };
  }
}
