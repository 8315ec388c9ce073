import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { Store } from './store.entity';
import { User } from './user.entity';

/** An integrator's key. Only its SHA-256 is stored; the key itself is shown once. */
@Entity('api_keys')
@Index(['storeId', 'createdAt'])
export class ApiKey extends TenantEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  prefix!: string;

  @Index({ unique: true })
  @Column({ type: 'text', select: false })
  keyHash!: string;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  createdBy?: User;
}
