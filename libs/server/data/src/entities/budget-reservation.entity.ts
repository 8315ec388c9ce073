import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MoneyColumn, TenantEntity } from './base.entity';
import { InfluencerCampaign } from './campaign.entity';

/**
 * Money held against a campaign's budget by an accepted offer or a contract. budgetAllocated is the
 * sum of the live ones (not released); they are written only while the campaign row is locked.
 */
@Entity('budget_reservations')
@Index(['campaignId'], { where: 'released_at IS NULL' })
@Index(['sourceType', 'sourceId'], { unique: true })
export class BudgetReservation extends TenantEntity {
  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'text' })
  sourceType!: 'offer' | 'contract';

  @Column({ type: 'uuid' })
  sourceId!: string;

  @MoneyColumn()
  amount!: string;

  @Column({ type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  @ManyToOne(() => InfluencerCampaign, { onDelete: 'CASCADE' })
  @JoinColumn()
  campaign?: InfluencerCampaign;
}
