import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One change of one figure of a delivery: what it was, what it became, who changed it and how. */
@Entity('delivery_metric_changes')
@Index(['deliveryId', 'changedAt'])
export class DeliveryMetricChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  storeId!: string;

  @Column({ type: 'uuid' })
  deliveryId!: string;

  @Column({ type: 'text' })
  field!: string;

  @Column({ type: 'integer', nullable: true })
  oldValue!: number | null;

  @Column({ type: 'integer', nullable: true })
  newValue!: number | null;

  /** The user (or API key's user) who made the change; null for a change by the system. */
  @Column({ type: 'uuid', nullable: true })
  changedBy!: string | null;

  @Column({ type: 'text' })
  source!: 'manual' | 'import';

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;
}
