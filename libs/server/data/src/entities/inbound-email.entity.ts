import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from './base.entity';

export type InboundEmailStatus = 'received' | 'reply' | 'auto_reply' | 'bounce' | 'unmatched' | 'failed';
export type InboundEmailSource = 'rfc822' | 'sendgrid' | 'ses' | 'imap';

/**
 * Every email that reached the inbound endpoint or a polled mailbox, kept as received before it is
 * processed, so nothing is lost: a reply threaded to its outreach, a bounce report, or mail that
 * matched nothing (the store's "unmatched" list, or no store's when even the store is unknown).
 * The same Message-ID is processed once per store (a unique index in the migration).
 */
@Entity('inbound_emails')
@Index('inbound_emails_store_message_unique', { synchronize: false })
@Index(['storeId', 'status', 'receivedAt'])
export class InboundEmail extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  storeId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  outreachId!: string | null;

  /** The Message-ID header without angle brackets. */
  @Column({ type: 'text', nullable: true })
  messageId!: string | null;

  @Column({ type: 'text', nullable: true })
  fromAddress!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  toAddresses!: string[];

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text' })
  source!: InboundEmailSource;

  @Column({ type: 'text', default: 'received' })
  status!: InboundEmailStatus;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** The message as it arrived (RFC 5322), byte for byte: 8-bit bodies in any charset survive a reprocessing. */
  @Column({ type: 'bytea' })
  raw!: Buffer;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;
}
