import type { CompensationType, ContractStatus, Deliverable, UsageRights } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MoneyColumn, TenantEntity } from './base.entity';
import { InfluencerCampaign } from './campaign.entity';
import { Influencer } from './influencer.entity';

export interface ContractDeliverable extends Deliverable {
  dueDate?: string;
}

export interface ContractClause {
  heading: string;
  body: string;
}

/** What signing recorded. */
export interface ContractAudit {
  signerName: string;
  signedAt: string;
  ip: string | null;
  userAgent: string | null;
  pdfSha256: string;
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

  @Column({ type: 'text', default: 'USD' })
  currency!: string;

  /** The accepted offer it was written from: its budget reservation became the contract's. */
  @Column({ type: 'uuid', nullable: true })
  offerId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  templateId!: string | null;

  /** The agreement's clauses as written for this contract (a later template edit leaves it alone). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  clauses!: ContractClause[];

  @Column({ type: 'text', default: 'draft' })
  status!: ContractStatus;

  /** Changes with every send, so a new signing link retires the old ones. */
  @Column({ type: 'text', nullable: true })
  signingNonce!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  signingExpiresAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  audit!: ContractAudit | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

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
