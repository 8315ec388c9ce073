import type { Channel, SkipReason } from '@parley/shared-types';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from './base.entity';

/** One bulk send: what was asked and who was left out. Progress is counted from its outreach rows. */
@Entity('outreach_bulks')
@Index(['storeId', 'createdAt'])
export class OutreachBulk extends TenantEntity {
  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'uuid' })
  templateId!: string;

  /** The requested channel: a channel or "auto". */
  @Column({ type: 'text' })
  channel!: Channel | 'auto';

  @Column({ type: 'integer' })
  total!: number;

  @Column({ type: 'integer' })
  queued!: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  skipped!: { influencerId: string; reason: SkipReason }[];

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;
}
