import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AlreadyExistsException, Clock, PlatformUnavailableException, SecretBox, Tenancy, ValidationException, type AppConfig } from '@parley/server-core';
import { ChannelConnection } from '@parley/server-data';
import { NotificationsService } from '@parley/server-notifications';
import type { ChannelConnectionDto, DmPlatform } from '@parley/shared-types';
import { DmAdapters } from './dm-adapters';
import { PlatformError } from './platforms';

/** A store's platform account with its token opened, for the code that calls the platform. */
export interface ResolvedConnection {
  storeId: string;
  platform: DmPlatform;
  accountId: string;
  username: string | null;
  accessToken: string;
  status: 'connected' | 'expired';
}

const PLATFORM_NAME: Record<DmPlatform, string> = { instagram: 'Instagram', tiktok: 'TikTok' };

/**
 * The stores' Instagram and TikTok accounts: a token is checked with the platform before it is kept
 * (sealed with ENCRYPTION_KEY), is never returned, and is flagged expired when the platform later
 * refuses it.
 */
@Injectable()
export class ChannelConnections {
  private readonly logger = new Logger(ChannelConnections.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly secrets: SecretBox,
    private readonly adapters: DmAdapters,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Validates the token by a cheap call to the platform, then stores the connection (replacing the store's previous one). */
  async connect(storeId: string, platform: DmPlatform, input: { accountId: string; accessToken: string; tokenExpiresAt?: string }): Promise<ChannelConnectionDto> {
    const field = platform === 'instagram' ? 'igUserId' : 'businessId';
    let username: string | null;
    try {
      ({ username } = await this.adapters.forPlatform(platform).validate(input.accountId, input.accessToken));
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error;
      if (error.failure === 'token_invalid') throw new ValidationException([{ field: 'accessToken', messages: [`${PLATFORM_NAME[platform]} refused this token: ${error.message}`] }]);
      if (error.retryable) throw new PlatformUnavailableException(PLATFORM_NAME[platform], error.message);
      throw new ValidationException([{ field, messages: [`${PLATFORM_NAME[platform]} refused this account: ${error.message}`] }]);
    }
    const sealed = this.secrets.seal(input.accessToken);
    const rows = await this.tenancy
      .query<Record<string, unknown>>(
        storeId,
        `INSERT INTO channel_connections (store_id, platform, account_id, username, access_token_sealed, status, status_reason, token_expires_at, validated_at)
         VALUES ($1, $2, $3, $4, $5, 'connected', NULL, $6, $7)
         ON CONFLICT (store_id, platform) DO UPDATE SET account_id = EXCLUDED.account_id, username = EXCLUDED.username, access_token_sealed = EXCLUDED.access_token_sealed,
                status = 'connected', status_reason = NULL, token_expires_at = EXCLUDED.token_expires_at, validated_at = EXCLUDED.validated_at,
                polled_until = CASE WHEN channel_connections.account_id = EXCLUDED.account_id THEN channel_connections.polled_until END, updated_at = now()
         RETURNING *`,
        [platform, input.accountId, username, sealed, input.tokenExpiresAt ?? null, this.clock.now()],
      )
      .catch((error: unknown) => {
        // The other unique index: this account is connected to another store (its webhooks could not tell the stores apart).
        if ((error as { code?: string }).code === '23505') throw new AlreadyExistsException(`This ${PLATFORM_NAME[platform]} account is connected to another store`);
        throw error;
      });
    return this.toDto(toEntity(rows[0]));
  }

  async disconnect(storeId: string, platform: DmPlatform): Promise<void> {
    await this.tenancy.query(storeId, `DELETE FROM channel_connections WHERE store_id = $1 AND platform = $2`, [platform]);
  }

  /** The store's connections as the API shows them (no token). */
  async describe(storeId: string): Promise<Partial<Record<DmPlatform, ChannelConnectionDto>>> {
    const rows = await this.tenancy.query<Record<string, unknown>>(storeId, `SELECT * FROM channel_connections WHERE store_id = $1`);
    return Object.fromEntries(rows.map((r) => toEntity(r)).map((c) => [c.platform, this.toDto(c)]));
  }

  async forStore(storeId: string, platform: DmPlatform): Promise<ResolvedConnection | null> {
    const rows = await this.tenancy.query<Record<string, unknown>>(storeId, `SELECT * FROM channel_connections WHERE store_id = $1 AND platform = $2`, [platform]);
    return rows[0] ? this.resolve(toEntity(rows[0])) : null;
  }

  /** The store whose account a webhook names. */
  async byAccount(platform: DmPlatform, accountId: string): Promise<ResolvedConnection | null> {
    const rows = await this.tenancy.acrossStores<Record<string, unknown>>(`SELECT * FROM channel_connections WHERE platform = $1 AND account_id = $2`, [platform, accountId]);
    return rows[0] ? this.resolve(toEntity(rows[0])) : null;
  }

  async allConnected(platform: DmPlatform): Promise<ResolvedConnection[]> {
    const rows = await this.tenancy.acrossStores<Record<string, unknown>>(`SELECT * FROM channel_connections WHERE platform = $1 AND status = 'connected' ORDER BY store_id`, [platform]);
    return rows.map((r) => this.resolve(toEntity(r)));
  }

  async polledUntil(storeId: string, platform: DmPlatform): Promise<Date | null> {
    const rows = await this.tenancy.query<{ polled_until: Date | null }>(storeId, `SELECT polled_until FROM channel_connections WHERE store_id = $1 AND platform = $2`, [platform]);
    return rows[0]?.polled_until ?? null;
  }

  async markPolled(storeId: string, platform: DmPlatform, until: Date): Promise<void> {
    await this.tenancy.query(storeId, `UPDATE channel_connections SET polled_until = $3, updated_at = now() WHERE store_id = $1 AND platform = $2`, [platform, until]);
  }

  /**
   * The platform refused the stored token (or its expiry passed): the connection shows it, DMs become
   * assisted tasks until a new token is saved, and the team is told once.
   */
  async markExpired(storeId: string, platform: DmPlatform, reason: string): Promise<void> {
    const changed = await this.tenancy.query(
      storeId,
      `UPDATE channel_connections SET status = 'expired', status_reason = $3, updated_at = now() WHERE store_id = $1 AND platform = $2 AND status = 'connected' RETURNING id`,
      [platform, reason.slice(0, 500)],
    );
    if (!changed.length) return;
    this.logger.warn({ storeId, platform }, 'the platform refused the stored access token');
    await this.notifications.notify(storeId, {
      type: 'channel_expired',
      title: `${PLATFORM_NAME[platform]} needs reconnecting`,
      body: `${PLATFORM_NAME[platform]} no longer accepts the stored access token (${reason}). Until you save a new one in Settings → Channels, DMs wait in Assisted sends.`,
      data: { platform },
    });
  }

  /** The platform still takes the token: recorded, so the settings show when it was last checked. */
  async markValid(storeId: string, platform: DmPlatform): Promise<void> {
    await this.tenancy.query(storeId, `UPDATE channel_connections SET validated_at = $3, updated_at = now() WHERE store_id = $1 AND platform = $2`, [platform, this.clock.now()]);
  }

  /** Every connection with a token to check, and its stated expiry. */
  async allToCheck(): Promise<(ResolvedConnection & { tokenExpiresAt: Date | null })[]> {
    const rows = await this.tenancy.acrossStores<Record<string, unknown>>(`SELECT * FROM channel_connections WHERE status = 'connected' ORDER BY store_id, platform`);
    return rows.map((r) => toEntity(r)).map((c) => ({ ...this.resolve(c), tokenExpiresAt: c.tokenExpiresAt }));
  }

  private resolve(c: ChannelConnection): ResolvedConnection {
    return { storeId: c.storeId, platform: c.platform, accountId: c.accountId, username: c.username, accessToken: this.secrets.open(c.accessTokenSealed), status: c.status };
  }

  private toDto(c: ChannelConnection): ChannelConnectionDto {
    return {
      platform: c.platform,
      accountId: c.accountId,
      username: c.username,
      status: c.status,
      statusReason: c.statusReason,
      tokenExpiresAt: c.tokenExpiresAt?.toISOString() ?? null,
      validatedAt: c.validatedAt.toISOString(),
      webhooksConfigured: Boolean(c.platform === 'instagram' ? this.config.INSTAGRAM_APP_SECRET : this.config.TIKTOK_APP_SECRET),
    };
  }
}

/** A raw row (snake_case) as the entity's fields. */
function toEntity(r: Record<string, unknown>): ChannelConnection {
  return Object.assign(new ChannelConnection(), {
    id: r.id,
    storeId: r.store_id,
    platform: r.platform,
    accountId: r.account_id,
    username: r.username,
    accessTokenSealed: r.access_token_sealed,
    status: r.status,
    statusReason: r.status_reason,
    tokenExpiresAt: r.token_expires_at,
    validatedAt: r.validated_at,
    polledUntil: r.polled_until,
  });
}
