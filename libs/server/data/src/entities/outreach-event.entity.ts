import type { OutreachEventType } from '@parley/shared-types';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InfluencerOutreach } from './outreach.entity';

/** Something that happened to an outreach (sent, opened, clicked, bounced, …), for its timeline. Append-only. */
@Entity('outreach_events')
@Index(['outreachId', 'at'])
@Index(['storeId', 'type', 'at'])
export class OutreachEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  storeId!: string;

  @Column({ type: 'uuid' })
  outreachId!: string;

  @Column({ type: 'uuid', nullable: true })
  messageId!: string | null;

  @Column({ type: 'text' })
  type!: OutreachEventType;

  /** Opens and clicks by proxies, prefetchers and link scanners. */
  @Column({ type: 'boolean', default: false })
  machine!: boolean;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  data!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => InfluencerOutreach, { onDelete: 'CASCADE' })
  @JoinColumn()
  outreach?: InfluencerOutreach;
}
