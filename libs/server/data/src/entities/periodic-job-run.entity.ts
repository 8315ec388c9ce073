import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last run of each named periodic job, written by whichever process ran it: read by /api/health and /metrics. */
@Entity('periodic_job_runs')
export class PeriodicJobRun {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastStartedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastFinishedAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  lastDurationMs!: number | null;

  @Column({ type: 'integer', nullable: true })
  lastItems!: number | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'bigint', default: 0 })
  runs!: string;

  @Column({ type: 'bigint', default: 0 })
  failures!: string;
}
