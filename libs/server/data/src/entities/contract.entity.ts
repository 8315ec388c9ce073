import type { CompensationType, ContractStatus, Deliverable, UsageRights } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MoneyColumn, TenantEntity } from './base.entity';
import { InfluencerCampaign } from './campaign.entity';
import { Influencer } from './influencer.entity';

export interface ContractDeliverable extends Deliverable {
  dueDate?: string;
}

/** The agreed terms with one creator for one campaign. */
@Entity('influencer_contracts')
@Index(['campaignId', 'status'])
@Index(['influencerId'])
@Index(['storeId', 'createdAt'])
export class InfluencerContract extends TenantEntity {
  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'uuid' })
  influencerId!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  deliverables!: ContractDeliverable[];

  @MoneyColumn()
  compensation!: string;

  @Column({ type: 'text' })
  compensationType!: CompensationType;

  @Column({ type: 'timestamptz' })
  startDate!: Date;

  @Column({ type: 'timestamptz' })
  endDate!: Date;

  @Column({ type: 'text', nullable: true })
  contentGuidelines!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mustInclude!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mustAvoid!: string[];

  @Column({ type: 'boolean', default: false })
  exclusivity!: boolean;

  @Column({ type: 'text', nullable: true })
  usageRights!: UsageRights | null;

  @Column({ type: 'text', nullable: true })
  contractUrl!: string | null;

  @Column({ type: 'text', default: 'draft' })
  status!: ContractStatus;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @ManyToOne(() => InfluencerCampaign, { onDelete: 'CASCADE' })
  @JoinColumn()
  campaign?: InfluencerCampaign;

  @ManyToOne(() => Influencer, { onDelete: 'CASCADE' })
  @JoinColumn()
  influencer?: Influencer;
}
