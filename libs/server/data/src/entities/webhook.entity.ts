import type { WebhookEvent } from '@parley/shared-types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from './base.entity';
import { Store } from './store.entity';

/** An integrator's endpoint for store events; bodies are signed with its secret (kept sealed). */
@Entity('webhook_subscriptions')
@Index(['storeId', 'createdAt'])
export class WebhookSubscription extends TenantEntity {
  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', array: true })
  events!: WebhookEvent[];

  /** The signing secret, sealed with ENCRYPTION_KEY (SecretBox): we must sign with it, so it is not hashed. */
  @Column({ type: 'text' })
  secretSealed!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn()
  store?: Store;
}

/** One event sent (or being sent) to one subscription: the delivery log. */
@Entity('webhook_deliveries')
@Index(['subscriptionId', 'createdAt'])
export class WebhookDelivery extends TenantEntity {
  @Column({ type: 'uuid' })
  subscriptionId!: string;

  @Column({ type: 'text' })
  event!: WebhookEvent;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'text', default: 'pending' })
  status!: 'pending' | 'delivered' | 'failed';

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @ManyToOne(() => WebhookSubscription, { onDelete: 'CASCADE' })
  @JoinColumn()
  subscription?: WebhookSubscription;
}
