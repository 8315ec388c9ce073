import type { DmPlatform } from '@parley/shared-types';

/**
 * A direct message a creator sent to a store's Instagram or TikTok account, however it reached us
 * (a webhook or the Instagram poller). Every id is a string with the platform's exact digits.
 */
export interface InboundDm {
  platform: DmPlatform;
  /**
   * The store's account the message was sent to (Instagram IG_ID, TikTok business open_id): the
   * candidates in order, since a Page-linked Instagram event names the Page in `entry.id` and the
   * Instagram account in `recipient.id`.
   */
  accountIds: string[];
  /** The creator: Instagram-scoped user id (IGSID) or TikTok user id. */
  platformUserId: string;
  /** Instagram `mid`, TikTok `message_id`: one processing per store and id. */
  messageId: string;
  /** TikTok's conversation (what our responses are sent to); null on Instagram. */
  conversationId: string | null;
  /** The message the creator answered, when the platform says (Instagram `reply_to.mid`). */
  inReplyTo: string | null;
  text: string;
  sentAt: Date;
}

/** What became of one message (for the webhook's answer and the logs; never the text). */
export interface DmInboundResult {
  handled: 'reply' | 'auto_reply' | 'duplicate' | 'unmatched';
  /** Why an unmatched message was not threaded. */
  reason?: 'unknown_account' | 'unknown_creator';
  outreachId: string | null;
}

/** The text recorded for a message without text (a photo, a story reply, a sticker). */
export const attachmentText = (kinds: string[]) => (kinds.length ? `[${[...new Set(kinds)].join(', ')}]` : '[attachment]');
