import type { UserRole } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { Store } from './store.entity';

@Entity('users')
@Index('users_email_unique', { synchronize: false })
export class User extends TenantEntity {
  /** Stored lower-cased; unique across all stores (one login per address). */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text', default: 'member' })
  role!: UserRole;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;
}
