import type { ReplyCategory, ReplySentiment } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { Store } from './store.entity';

/** A person's correction of a reply's category: kept as training feedback for the offline classifier. */
@Entity('reply_corrections')
@Index(['storeId', 'createdAt'])
export class ReplyCorrection extends TenantEntity {
  @Column({ type: 'uuid' })
  outreachId!: string;

  /** The reply text that was categorised. */
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', nullable: true })
  predictedCategory!: ReplyCategory | null;

  @Column({ type: 'text', nullable: true })
  predictedSentiment!: ReplySentiment | null;

  @Column({ type: 'text' })
  category!: ReplyCategory;

  @Column({ type: 'text' })
  sentiment!: ReplySentiment;

  @Column({ type: 'uuid', nullable: true })
  correctedBy!: string | null;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;
}
