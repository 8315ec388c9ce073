import type { DmPlatform } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { Store } from './store.entity';

/**
 * A store's Instagram professional or TikTok business account, one per platform. The access token is
 * sealed with ENCRYPTION_KEY; an account belongs to one store, so a webhook naming it finds the store.
 */
@Entity('channel_connections')
@Index(['storeId', 'platform'], { unique: true })
@Index(['platform', 'accountId'], { unique: true })
export class ChannelConnection extends TenantEntity {
  @Column({ type: 'text' })
  platform!: DmPlatform;

  /** The Instagram user id (IG_ID) or the TikTok business id (open_id). */
  @Column({ type: 'text' })
  accountId!: string;

  @Column({ type: 'text', nullable: true })
  username!: string | null;

  @Column({ type: 'text' })
  accessTokenSealed!: string;

  /** connected; expired (the platform refused the token: reconnect). */
  @Column({ type: 'text', default: 'connected' })
  status!: 'connected' | 'expired';

  @Column({ type: 'text', nullable: true })
  statusReason!: string | null;

  /** When the token runs out, when the store told us (long-lived Instagram tokens last 60 days). */
  @Column({ type: 'timestamptz', nullable: true })
  tokenExpiresAt!: Date | null;

  @Column({ type: 'timestamptz' })
  validatedAt!: Date;

  /** Instagram conversations read by the poller up to here (where webhooks are not set up). */
  @Column({ type: 'timestamptz', nullable: true })
  polledUntil!: Date | null;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;
}
