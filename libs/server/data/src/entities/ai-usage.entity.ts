import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Store } from './store.entity';

/** Language-model calls and tokens per store, day and model, for cost visibility. */
@Entity('ai_usage')
@Index(['storeId', 'day', 'model'], { unique: true })
export class AiUsage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  storeId!: string;

  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'text' })
  model!: string;

  @Column({ type: 'integer', default: 0 })
  calls!: number;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ type: 'integer', default: 0 })
  cacheHits!: number;

  @Column({ type: 'bigint', default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  promptTokens!: number;

  @Column({ type: 'bigint', default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  completionTokens!: number;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;
}
