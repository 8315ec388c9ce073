import type { Channel, NegotiationState, OutreachStatus, ReplyCategory, ReplySentiment } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { InfluencerCampaign } from './campaign.entity';
import { Influencer } from './influencer.entity';
import { OutreachTemplate } from './template.entity';

/** One conversation with a creator on one channel: the first message, its follow-ups and the reply. */
@Entity('influencer_outreach')
@Index(['campaignId', 'status'])
@Index(['influencerId'])
@Index(['storeId', 'sentAt'])
@Index(['storeId', 'createdAt'])
@Index(['bulkId', 'status'])
@Index(['storeId', 'lastReplyAt'])
@Index(['nextFollowUpAt'], { where: 'next_follow_up_at IS NOT NULL' })
@Index(['sentAt'], { where: "follow_up_planned_at IS NULL AND status IN ('sent', 'opened')" })
export class InfluencerOutreach extends TenantEntity {
  @Column({ type: 'uuid', nullable: true })
  campaignId!: string | null;

  @Column({ type: 'uuid' })
  influencerId!: string;

  @Column({ type: 'uuid', nullable: true })
  templateId!: string | null;

  /** The bulk send that created it, if any. */
  @Column({ type: 'uuid', nullable: true })
  bulkId!: string | null;

  @Column({ type: 'text' })
  channel!: Channel;

  /** The address the first message went to (the influencer's email may change later). */
  @Column({ type: 'text', nullable: true })
  toAddress!: string | null;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text' })
  message!: string;

  /** The data the message was personalised with. */
  @Column({ type: 'jsonb', nullable: true })
  personalizedData!: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', nullable: true })
  scheduledFor!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  clickedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  repliedAt!: Date | null;

  @Column({ type: 'text', default: 'draft' })
  status!: OutreachStatus;

  /** Why it is in its status when that needs explaining (a bounce's diagnostic, a failure). */
  @Column({ type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({ type: 'text', nullable: true })
  replyText!: string | null;

  @Column({ type: 'text', nullable: true })
  replyCategory!: ReplyCategory | null;

  @Column({ type: 'text', nullable: true })
  replySentiment!: ReplySentiment | null;

  /** How sure the categoriser was (0–1); below the review threshold the reply is flagged for a person. */
  @Column({ type: 'real', nullable: true })
  replyConfidence!: number | null;

  @Column({ type: 'boolean', default: false })
  replyNeedsReview!: boolean;

  /** When the newest inbound message arrived (a person's or an automatic one): the inbox's order. */
  @Column({ type: 'timestamptz', nullable: true })
  lastReplyAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  followUpCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastFollowUpAt!: Date | null;

  /** The next planned follow-up; the follow-up sweeper sends rows whose time has come. */
  @Column({ type: 'timestamptz', nullable: true })
  nextFollowUpAt!: Date | null;

  /** When follow-ups were stopped by hand (null: they run). */
  @Column({ type: 'timestamptz', nullable: true })
  followUpsPausedAt!: Date | null;

  /** A return date stated in an out-of-office: no follow-up before it. */
  @Column({ type: 'timestamptz', nullable: true })
  awayUntil!: Date | null;

  /** The latest open or click by a person (machine opens excluded): brings the next follow-up forward. */
  @Column({ type: 'timestamptz', nullable: true })
  engagedAt!: Date | null;

  /** Where the negotiation stands: open (offers on the table), agreed (an offer accepted), walked_away; null before the first offer. */
  @Column({ type: 'text', nullable: true })
  negotiationState!: NegotiationState | null;

  /** When nextFollowUpAt was last worked out: engagement after it means planning again. */
  @Column({ type: 'timestamptz', nullable: true })
  followUpPlannedAt!: Date | null;

  @ManyToOne(() => InfluencerCampaign, { onDelete: 'SET NULL' })
  @JoinColumn()
  campaign?: InfluencerCampaign;

  @ManyToOne(() => Influencer, { onDelete: 'CASCADE' })
  @JoinColumn()
  influencer?: Influencer;

  @ManyToOne(() => OutreachTemplate, { onDelete: 'SET NULL' })
  @JoinColumn()
  template?: OutreachTemplate;
}
