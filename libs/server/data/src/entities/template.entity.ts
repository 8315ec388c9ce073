import type { Channel, TemplateType } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { Store } from './store.entity';

/** A message template with {{placeholders}}, per channel and purpose. */
@Entity('outreach_templates')
@Index(['storeId', 'templateType'])
@Index(['storeId', 'createdAt'])
export class OutreachTemplate extends TenantEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  channel!: Channel;

  @Column({ type: 'text' })
  templateType!: TemplateType;

  /** The placeholders the template uses. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  variables!: string[];

  /** One of the defaults every new store gets. */
  @Column({ type: 'boolean', default: false })
  isDefault!: boolean;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;
}
