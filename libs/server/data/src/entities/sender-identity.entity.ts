import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { Store } from './store.entity';

/** Who a store's emails come from, and the domain replies are addressed to. One per store. */
@Entity('sender_identities')
@Index(['storeId'], { unique: true })
export class SenderIdentity extends TenantEntity {
  @Column({ type: 'text' })
  fromName!: string;

  @Column({ type: 'text' })
  fromEmail!: string;

  /** Domain of the per-outreach reply addresses (reply+token@replyDomain); null: the sender's domain. */
  @Column({ type: 'text', nullable: true })
  replyDomain!: string | null;

  /** The reply mailbox to poll (imap[s]://user:password@host:port/mailbox), sealed with ENCRYPTION_KEY. */
  @Column({ type: 'text', nullable: true })
  imapUrlSealed!: string | null;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;
}
