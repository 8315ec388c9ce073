import type { Platform, RateDeliverableType, Tier } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MoneyColumn, TenantEntity } from './base.entity';
import { Store } from './store.entity';

/** A store's own rate for one deliverable of a platform and tier; rows it has not set fall back to the defaults. */
@Entity('rate_cards')
@Index(['storeId', 'platform', 'tier', 'deliverableType'], { unique: true })
export class RateCard extends TenantEntity {
  @Column({ type: 'text' })
  platform!: Platform;

  @Column({ type: 'text' })
  tier!: Tier;

  @Column({ type: 'text' })
  deliverableType!: RateDeliverableType;

  @MoneyColumn()
  min!: string;

  @MoneyColumn()
  typical!: string;

  @MoneyColumn()
  max!: string;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;
}
