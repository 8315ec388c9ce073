import { Injectable, Logger } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import { InstagramGraphClient, PlatformError, type ResolvedConnection } from '@parley/server-channels';
import { DM_CHANNEL_OF, type DmPlatform } from '@parley/shared-types';

export interface DmCreator {
  influencerId: string;
  username: string;
}

/**
 * Which of the store's creators wrote: the influencer of that platform whose platformUserId is the
 * sender's id; else the one this conversation was already linked to; else, on Instagram, the one
 * whose username is the sender's (asked of the Graph API once, on first contact), who then keeps the
 * learned id so the next message matches directly.
 */
@Injectable()
export class DmCreatorMatcher {
  private readonly logger = new Logger(DmCreatorMatcher.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly graph: InstagramGraphClient,
  ) {}

  async match(connection: ResolvedConnection, platformUserId: string): Promise<DmCreator | null> {
    const { storeId, platform } = connection;
    return (
      (await this.byPlatformId(storeId, platform, platformUserId)) ??
      (await this.byConversation(storeId, platform, platformUserId)) ??
      (await this.byUsername(connection, platformUserId))
    );
  }

  private async byPlatformId(storeId: string, platform: DmPlatform, platformUserId: string): Promise<DmCreator | null> {
    // Two creators of the store with the same id (a duplicate entry): the one reached out to last.
    const [row] = await this.tenancy.query<{ id: string; username: string }>(
      storeId,
      `SELECT i.id, i.username FROM influencers i
        WHERE i.store_id = $1 AND i.platform = $2 AND i.platform_user_id = $3
        ORDER BY (SELECT max(o.created_at) FROM influencer_outreach o WHERE o.store_id = $1 AND o.influencer_id = i.id) DESC NULLS LAST, i.created_at DESC, i.id
        LIMIT 1`,
      [platform, platformUserId],
    );
    return row ? { influencerId: row.id, username: row.username } : null;
  }

  private async byConversation(storeId: string, platform: DmPlatform, platformUserId: string): Promise<DmCreator | null> {
    const [row] = await this.tenancy.query<{ id: string; username: string }>(
      storeId,
      `SELECT i.id, i.username FROM dm_conversations c JOIN influencers i ON i.id = c.influencer_id AND i.store_id = c.store_id
        WHERE c.store_id = $1 AND c.channel = $2 AND c.platform_user_id = $3`,
      [DM_CHANNEL_OF[platform], platformUserId],
    );
    return row ? { influencerId: row.id, username: row.username } : null;
  }

  private async byUsername(connection: ResolvedConnection, platformUserId: string): Promise<DmCreator | null> {
    if (connection.platform !== 'instagram') return null;
    let username: string | null;
    try {
      username = (await this.graph.userProfile(connection.accessToken, platformUserId)).username ?? null;
    } catch (error) {
      // Unreachable or rate limited: thrown, so the delivery is retried (a webhook answers 5xx, the poller keeps its place).
      if (!(error instanceof PlatformError) || error.retryable) throw error;
      this.logger.log({ storeId: connection.storeId, platformUserId, code: error.code }, 'the sender of an Instagram message could not be looked up');
      return null;
    }
    if (!username) return null;
    const [row] = await this.tenancy.query<{ id: string; username: string; platform_user_id: string | null }>(
      connection.storeId,
      `SELECT i.id, i.username, i.platform_user_id FROM influencers i
        WHERE i.store_id = $1 AND i.platform = 'instagram' AND lower(ltrim(i.username, '@')) = lower(ltrim($2, '@'))
        ORDER BY (i.platform_user_id IS NULL OR i.platform_user_id = '') DESC, i.created_at DESC, i.id
        LIMIT 1`,
      [username],
    );
    if (!row) return null;
    if (!row.platform_user_id) {
      await this.tenancy.query(
        connection.storeId,
        `UPDATE influencers SET platform_user_id = $3, updated_at = now() WHERE store_id = $1 AND id = $2 AND (platform_user_id IS NULL OR platform_user_id = '')`,
        [row.id, platformUserId],
      );
    } else {
      // Another id is on record (typed in by hand, or from another account): kept; the conversation links the two from now on.
      this.logger.log(
        { storeId: connection.storeId, influencerId: row.id },
        'Instagram sender matched by username; the creator keeps the platform id on record',
      );
    }
    return { influencerId: row.id, username: row.username };
  }
}
