import type { Platform } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MoneyColumn, TenantEntity, numericAsNumber } from './base.entity';
import { Store } from './store.entity';

/**
 * A creator in a store's list. Unique per (store, platform, lower(username)): the index lives in the
 * migration because TypeORM cannot describe expression indexes.
 */
@Entity('influencers')
@Index(['storeId', 'createdAt'])
@Index(['storeId', 'followersCount'])
@Index('influencers_store_platform_username_unique', { synchronize: false })
@Index('influencers_niche_gin', { synchronize: false })
@Index(['storeId', 'platform', 'platformUserId'])
export class Influencer extends TenantEntity {
  @Column({ type: 'text' })
  username!: string;

  @Column({ type: 'text' })
  platform!: Platform;

  @Column({ type: 'text', nullable: true })
  displayName!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** Platform ids can exceed 2^53 (TikTok): always text. */
  @Column({ type: 'text', nullable: true })
  platformUserId!: string | null;

  @Column({ type: 'integer' })
  followersCount!: number;

  /** Percent, e.g. 4.25. */
  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: numericAsNumber })
  engagementRate!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  niche!: string[];

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  @MoneyColumn({ nullable: true })
  typicalRate!: string | null;

  @Column({ type: 'text', nullable: true })
  country!: string | null;

  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ type: 'text', nullable: true })
  timezone!: string | null;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;
}
