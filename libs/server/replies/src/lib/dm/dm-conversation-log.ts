import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import type { DmChannel } from '@parley/shared-types';

export interface InboundTouch {
  storeId: string;
  channel: DmChannel;
  platformUserId: string;
  influencerId: string | null;
  conversationId: string | null;
  at: Date;
}

/**
 * Keeps a store's DM conversation with a creator current on every message they send: the creator it
 * belongs to and TikTok's conversation id (kept once known), and when they last wrote, which opens
 * the platform's window. Our count of messages since then starts again only for a message newer than
 * any seen, so a late or repeated delivery of an older one never restores a spent quota.
 */
@Injectable()
export class DmConversationLog {
  constructor(private readonly tenancy: Tenancy) {}

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
}
