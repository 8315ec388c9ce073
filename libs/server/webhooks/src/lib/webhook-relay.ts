import { Injectable } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { Tenancy } from '@parley/server-core';
import { WebhookPublisher } from './webhook-publisher';

/**
 * Every two seconds: turns the status changes the database trigger wrote into `outreach.status_changed`
 * deliveries (taken and logged in one transaction, so none is lost or doubled), and queues again
 * deliveries still pending without a job (Redis lost, a crash between commit and queue).
 */
@Injectable()
export class WebhookRelay {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly publisher: WebhookPublisher,
  ) {}

  @Interval('webhooks.relay', 2_000)
  async relay(): Promise<number> {
    const queued = await this.tenancy.transaction(async (manager) => {
      const changes = await manager.query(
        `DELETE FROM outreach_status_changes WHERE id IN (SELECT id FROM outreach_status_changes ORDER BY id LIMIT 500 FOR UPDATE SKIP LOCKED)
         RETURNING store_id, outreach_id, from_status, to_status, at`,
      );
      const rows = (Array.isArray(changes[0]) ? changes[0] : changes) as { store_id: string; outreach_id: string; from_status: string | null; to_status: string; at: Date }[];
      const byStore = new Map<string, typeof rows>();
      for (const row of rows) byStore.set(row.store_id, [...(byStore.get(row.store_id) ?? []), row]);
      const ids: [string, string[]][] = [];
      for (const [storeId, list] of byStore) {
        const payloads = list.map((c) => ({ outreachId: c.outreach_id, from: c.from_status, to: c.to_status, at: c.at.toISOString() }));
        ids.push([storeId, await this.publisher.log(storeId, 'outreach.status_changed', payloads, manager)]);
      }
      return ids;
    });
    for (const [storeId, ids] of queued) await this.publisher.enqueue(storeId, ids);

    const stranded = await this.tenancy.acrossStores<{ id: string; store_id: string }>(
      `SELECT id, store_id FROM webhook_deliveries WHERE status = 'pending' AND updated_at < now() - interval '10 minutes' ORDER BY created_at LIMIT 500`,
    );
    for (const row of stranded) await this.publisher.enqueue(row.store_id, [row.id]);
    return queued.reduce((n, [, ids]) => n + ids.length, 0);
  }
}
