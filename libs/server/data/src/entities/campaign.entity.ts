import type { CampaignObjective, CampaignStatus, Deliverable, FollowUpWriter, SendWindow, Tier } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MoneyColumn, TenantEntity, numericAsNumber } from './base.entity';
import { Store } from './store.entity';

/**
 * A campaign. What it has spent or reserved is never stored here: it is summed from contracts
 * (and, later, accepted offers), so it cannot drift from them.
 */
@Entity('influencer_campaigns')
@Index(['storeId', 'status'])
@Index(['storeId', 'createdAt'])
export class InfluencerCampaign extends TenantEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  objective!: CampaignObjective;

  @MoneyColumn()
  budget!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  deliverables!: Deliverable[];

  @Column({ type: 'timestamptz', nullable: true })
  startDate!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endDate!: Date | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetTiers!: Tier[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetNiches!: string[];

  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numericAsNumber })
  minEngagement!: number | null;

  @MoneyColumn({ nullable: true })
  maxRate!: string | null;

  @Column({ type: 'text', default: 'draft' })
  status!: CampaignStatus;

  /** Follow-up offsets in days from the first send. */
  @Column({ type: 'integer', array: true, default: () => "'{3,7,14}'" })
  followUpDays!: number[];

  @Column({ type: 'jsonb', nullable: true })
  sendWindow!: SendWindow | null;

  /** The template of follow-up i + 1 at index i; a null (or missing) entry leaves it to followUpWriter. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  followUpTemplateIds!: (string | null)[];

  @Column({ type: 'text', default: 'templates' })
  followUpWriter!: FollowUpWriter;

  /** Days of quiet after the last follow-up before an outreach becomes no_response. */
  @Column({ type: 'integer', default: 7 })
  noResponseAfterDays!: number;

  /**
   * Moved on by database triggers whenever one of the campaign's contracts or deliveries changes, so
   * a performance figure computed at one version can be reused until the next (bigint, read as text).
   */
  @Column({ type: 'bigint', default: 0, select: false })
  performanceVersion!: string;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;
}
