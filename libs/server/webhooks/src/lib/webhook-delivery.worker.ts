import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectQueueByName, SecretBox, Tenancy } from '@parley/server-core';
import { QueueName } from '@parley/shared-types';
import type { Job, Queue } from 'bull';
import type { DeliverJob } from './webhook-publisher';
import { signWebhook } from './webhook-signature';

const TIMEOUT_MS = 10_000;

/** The receiver did not take it (a non-2xx answer, a timeout): the queue tries again with backoff. */
class DeliveryRefused extends Error {}

/**
 * POSTs one delivery to its endpoint: the JSON body signed with the subscription's secret, no
 * redirects followed. A 2xx answer delivers it; anything else is logged on the delivery and retried
 * with the queue's exponential backoff until the attempts run out (then it is `failed`).
 */
@Injectable()
export class WebhookDeliveryWorker implements OnModuleInit {
  private readonly logger = new Logger(WebhookDeliveryWorker.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly box: SecretBox,
    @InjectQueueByName(QueueName.Webhooks) private readonly queue: Queue<DeliverJob>,
  ) {}

  onModuleInit(): void {
    this.queue.process('deliver', 5, (job: Job<DeliverJob>) => this.deliver(job)).catch((error: unknown) => this.logger.error({ err: error }, 'webhook worker stopped'));
  }

  async deliver(job: Job<DeliverJob>): Promise<string> {
    const { storeId, deliveryId } = job.data;
    const [row] = await this.tenancy.query<{ id: string; event: string; payload: Record<string, unknown>; created_at: Date; status: string; url: string | null; secret_sealed: string | null; active: boolean | null }>(
      storeId,
      `SELECT d.id, d.event, d.payload, d.created_at, d.status, s.url, s.secret_sealed, s.active
         FROM webhook_deliveries d LEFT JOIN webhook_subscriptions s ON s.id = d.subscription_id
        WHERE d.store_id = $1 AND d.id = $2`,
      [deliveryId],
    );
    if (!row || row.status !== 'pending') return 'nothing to deliver';
    if (!row.url || !row.secret_sealed || !row.active) return this.settle(storeId, deliveryId, 'failed', null, 'the subscription was removed or turned off');

    const body = JSON.stringify({ id: row.id, event: row.event, createdAt: row.created_at.toISOString(), data: row.payload });
    const timestamp = Math.floor(Date.now() / 1000);
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(row.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Parley-Webhooks/1',
          'x-parley-event': row.event,
          'x-parley-delivery': row.id,
          'x-parley-signature': signWebhook(this.box.open(row.secret_sealed), body, timestamp),
        },
        body,
      });
      status = response.status;
      await response.body?.cancel();
      if (response.ok) return this.settle(storeId, deliveryId, 'delivered', status, null);
      error = `the endpoint answered ${status}`;
    } catch (failure) {
      error = (failure as Error).message;
    }
    await this.settle(storeId, deliveryId, lastAttempt ? 'failed' : 'pending', status, error);
    if (lastAttempt) return `failed: ${error}`;
    throw new DeliveryRefused(error);
  }

  private async settle(storeId: string, deliveryId: string, status: 'pending' | 'delivered' | 'failed', code: number | null, error: string | null): Promise<string> {
    await this.tenancy.query(
      storeId,
      `UPDATE webhook_deliveries SET status = $3, attempts = attempts + 1, last_status_code = $4, last_error = $5,
              delivered_at = CASE WHEN $3 = 'delivered' THEN now() ELSE delivered_at END, updated_at = now()
        WHERE store_id = $1 AND id = $2`,
      [deliveryId, status, code, error?.slice(0, 500) ?? null],
    );
    return status;
  }
}
