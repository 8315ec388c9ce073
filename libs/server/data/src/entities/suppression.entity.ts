import type { SuppressionReason } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { Store } from './store.entity';

/** An address a store must never email again (unsubscribed, bounced hard, complained, or by hand). */
@Entity('suppressions')
@Index('suppressions_store_email_unique', { synchronize: false })
@Index(['storeId', 'createdAt'])
export class Suppression extends TenantEntity {
  /** Stored lower-cased. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  reason!: SuppressionReason;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;
}
