import type { StoreTone } from '@parley/shared-types';
import { Column, Entity } from 'typeorm';
import { BaseEntity } from './base.entity';

/** A brand's workspace: the tenant every other record belongs to. */
@Entity('stores')
export class Store extends BaseEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  supportEmail!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  niche!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  postalAddress!: string | null;

  @Column({ type: 'text', default: 'UTC' })
  timezone!: string;

  /** Email the team a daily digest of unread notifications (at 08:00 in the store's time zone). */
  @Column({ type: 'boolean', default: false })
  notificationDigest!: boolean;

  @Column({ type: 'text', nullable: true })
  senderName!: string | null;

  @Column({ type: 'text', default: 'friendly' })
  tone!: StoreTone;
}
