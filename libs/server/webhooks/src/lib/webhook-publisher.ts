import { Injectable, Logger } from '@nestjs/common';
import { InjectQueueByName, Tenancy } from '@parley/server-core';
import { QueueName, type JobPayload, type WebhookEvent } from '@parley/shared-types';
import type { Queue } from 'bull';
import type { EntityManager } from 'typeorm';

export type DeliverJob = JobPayload<QueueName.Webhooks, 'deliver'>;

/**
 * Turns a store event into one delivery per subscribed endpoint: logged first (webhook_deliveries),
 * then queued with the delivery's id as the job id, so queuing it again never sends it twice.
 */
@Injectable()
export class WebhookPublisher {
  private readonly logger = new Logger(WebhookPublisher.name);

  constructor(
    private readonly tenancy: Tenancy,
    @InjectQueueByName(QueueName.Webhooks) private readonly queue: Queue<DeliverJob>,
  ) {}

  async publish(storeId: string, event: WebhookEvent, payloads: Record<string, unknown>[]): Promise<void> {
    const ids = await this.log(storeId, event, payloads);
    await this.enqueue(storeId, ids);
  }

  /** Writes the deliveries (in the caller's transaction when given) and answers their ids, to queue after commit. */
  async log(storeId: string, event: WebhookEvent, payloads: Record<string, unknown>[], manager?: EntityManager): Promise<string[]> {
    if (!payloads.length) return [];
    const rows = await this.tenancy.query<{ id: string }>(
      storeId,
      `INSERT INTO webhook_deliveries (store_id, subscription_id, event, payload)
       SELECT $1, s.id, $2, p.payload FROM webhook_subscriptions s CROSS JOIN unnest($3::jsonb[]) AS p(payload)
        WHERE s.store_id = $1 AND s.active AND $2 = ANY(s.events)
       RETURNING id`,
      [event, payloads.map((p) => JSON.stringify(p))],
      manager,
    );
    return rows.map((r) => r.id);
  }

  async enqueue(storeId: string, deliveryIds: string[]): Promise<void> {
    if (!deliveryIds.length) return;
    await this.queue.addBulk(deliveryIds.map((deliveryId) => ({ name: 'deliver', data: { storeId, deliveryId }, opts: { jobId: deliveryId } }))).catch((error: unknown) => {
      // Logged deliveries stay pending; the relay queues pending ones again.
      this.logger.warn({ err: error, count: deliveryIds.length }, 'webhook deliveries not queued yet');
    });
  }
}
