import type { BriefCheckDto, DeliveryStatus, Platform } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { InfluencerContract } from './contract.entity';
import { Influencer } from './influencer.entity';

/** One promised piece of content and what became of it. */
@Entity('content_deliveries')
@Index(['contractId', 'status'])
@Index(['campaignId', 'status'])
@Index('idx_content_deliveries_open_due', ['dueDate'], { where: "status IN ('pending', 'submitted', 'approved', 'rejected')" })
export class ContentDelivery extends TenantEntity {
  @Column({ type: 'uuid' })
  contractId!: string;

  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'uuid' })
  influencerId!: string;

  /** post, story, reel, video, … */
  @Column({ type: 'text' })
  deliverableType!: string;

  @Column({ type: 'text' })
  platform!: Platform;

  @Column({ type: 'timestamptz', nullable: true })
  dueDate!: Date | null;

  @Column({ type: 'text', nullable: true })
  contentUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  caption!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  postDate!: Date | null;

  @Column({ type: 'integer', nullable: true })
  views!: number | null;

  @Column({ type: 'integer', nullable: true })
  likes!: number | null;

  @Column({ type: 'integer', nullable: true })
  comments!: number | null;

  @Column({ type: 'integer', nullable: true })
  shares!: number | null;

  @Column({ type: 'integer', nullable: true })
  clicks!: number | null;

  @Column({ type: 'integer', nullable: true })
  saves!: number | null;

  @Column({ type: 'integer', nullable: true })
  reach!: number | null;

  /** Where the figures came from: typed in by a person or imported from a file. */
  @Column({ type: 'text', nullable: true })
  metricsSource!: 'manual' | 'import' | null;

  /** The team saw the platform's own paid-partnership label on the post (it counts as a disclosure). */
  @Column({ type: 'boolean', default: false })
  platformLabel!: boolean;

  /** When the creator was reminded that it is due soon (once per delivery). */
  @Column({ type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  /** When the team was told it is overdue (once per delivery). */
  @Column({ type: 'timestamptz', nullable: true })
  overdueFlaggedAt!: Date | null;

  /** The caption checked against the brief (disclosure, must include, must avoid) on the last submit or publish. */
  @Column({ type: 'jsonb', nullable: true })
  briefCheck!: BriefCheckDto | null;

  @Column({ type: 'text', default: 'pending' })
  status!: DeliveryStatus;

  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @ManyToOne(() => InfluencerContract, { onDelete: 'CASCADE' })
  @JoinColumn()
  contract?: InfluencerContract;

  @ManyToOne(() => Influencer, { onDelete: 'CASCADE' })
  @JoinColumn()
  influencer?: Influencer;
}
