import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { Store } from './store.entity';

/** Something the team should know about (a reply arrived, a bounce), shown in the SPA until read. */
@Entity('notifications')
@Index(['storeId', 'createdAt'])
export class Notification extends TenantEntity {
  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'uuid', nullable: true })
  outreachId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: Record<string, unknown>;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;
}
