import type { Channel } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { Influencer } from './influencer.entity';
import { Store } from './store.entity';

/**
 * A creator's DM conversation with the store on one platform: what decides whether the platform lets
 * us send (the creator's last message opens the window; TikTok counts our messages since then).
 */
@Entity('dm_conversations')
@Index(['storeId', 'channel', 'platformUserId'], { unique: true })
@Index(['storeId', 'influencerId'])
export class DmConversation extends TenantEntity {
  @Column({ type: 'text' })
  channel!: Exclude<Channel, 'email'>;

  /** The creator's id on the platform (Instagram IGSID, TikTok user id: 19 digits, kept as text). */
  @Column({ type: 'text' })
  platformUserId!: string;

  @Column({ type: 'uuid', nullable: true })
  influencerId!: string | null;

  /** TikTok sends to a conversation, not a user. */
  @Column({ type: 'text', nullable: true })
  conversationId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastInboundAt!: Date | null;

  /** Our messages sent by API since the creator's last message (TikTok allows 10 per 48 h after it). */
  @Column({ type: 'integer', default: 0 })
  sentSinceInbound!: number;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;

  @ManyToOne(() => Influencer, { onDelete: 'SET NULL' })
  @JoinColumn()
  influencer?: Influencer;
}
