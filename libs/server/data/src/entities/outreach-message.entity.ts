import type { AssistReason, Channel, MessageKind, MessageStatus } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { InfluencerOutreach } from './outreach.entity';

/**
 * One message of an outreach thread: the first message, a follow-up, the brand's response (out) or
 * the creator's reply (in). Outgoing messages are sent by claiming the row (queued → sending), so a
 * message is handed to the provider at most once however often its job runs.
 */
@Entity('outreach_messages')
@Index(['outreachId', 'createdAt'])
@Index(['storeId', 'messageId'], { unique: true })
@Index(['status', 'updatedAt'])
@Index(['providerMessageId'])
@Index(['outreachId', 'followUpStep'], { unique: true, where: 'follow_up_step IS NOT NULL' })
export class OutreachMessage extends TenantEntity {
  @Column({ type: 'uuid' })
  outreachId!: string;

  @Column({ type: 'text' })
  direction!: 'out' | 'in';

  @Column({ type: 'text' })
  channel!: Channel;

  @Column({ type: 'text' })
  kind!: MessageKind;

  @Column({ type: 'text' })
  status!: MessageStatus;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  /** Empty until rendered (bulk sends render in the worker). */
  @Column({ type: 'text', default: '' })
  text!: string;

  /** Rendered by the sending step (tracking, footer): kept so the thread shows what was sent. */
  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @Column({ type: 'text', nullable: true })
  toAddress!: string | null;

  /** RFC 5322 Message-ID without brackets: ours for outgoing mail, the sender's for incoming. */
  @Column({ type: 'text', nullable: true })
  messageId!: string | null;

  @Column({ type: 'text', nullable: true })
  inReplyTo!: string | null;

  /** The provider's id (SES MessageId, the SMTP server's queue id). */
  @Column({ type: 'text', nullable: true })
  providerMessageId!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** Who an inbound message came from (the creator, or someone answering for them). */
  @Column({ type: 'text', nullable: true })
  fromAddress!: string | null;

  /** The thread's Message-IDs for the References header, space-separated, without angle brackets. */
  @Column({ type: 'text', nullable: true })
  referencesHeader!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  /** The queue batch a bulk message is sent in (its job id), so re-queuing it never makes a second job while the first waits. */
  @Column({ type: 'uuid', nullable: true })
  sendBatch!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  scheduledFor!: Date | null;

  /** The template a follow-up is rendered from at send time (null: its text is already written). */
  @Column({ type: 'uuid', nullable: true })
  templateId!: string | null;

  /** Which follow-up of the sequence this is; unique per outreach, so a step can never be sent twice. */
  @Column({ type: 'smallint', nullable: true })
  followUpStep!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  receivedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** A DM left for a person to send (ready_to_send): why the platform would not take it from us. */
  @Column({ type: 'text', nullable: true })
  assistReason!: AssistReason | null;

  @ManyToOne(() => InfluencerOutreach, { onDelete: 'CASCADE' })
  @JoinColumn()
  outreach?: InfluencerOutreach;
}
