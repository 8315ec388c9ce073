import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import { LinkTokens } from '@parley/server-email';
import { SuppressionsService } from '@parley/server-suppressions';
import { OutreachStopper } from './stop-outreach';

export interface UnsubscribeTarget {
  storeId: string;
  storeName: string;
  outreachId: string;
  messageId: string;
  email: string;
}

/** RFC 8058 unsubscribes: the address goes on the store's suppression list and the outreach stops. */
@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly tokens: LinkTokens,
    private readonly suppressions: SuppressionsService,
    private readonly stopper: OutreachStopper,
  ) {}

  /** Who a token unsubscribes, or null when the token is not one of ours. */
  async target(token: string): Promise<UnsubscribeTarget | null> {
    const messageId = this.tokens.readUnsubscribe(token);
    if (!messageId) return null;
    const [row] = await this.tenancy.acrossStores<{ store_id: string; store_name: string; outreach_id: string; to_address: string | null }>(
      `SELECT m.store_id, s.name AS store_name, m.outreach_id, m.to_address FROM outreach_messages m JOIN stores s ON s.id = m.store_id WHERE m.id = $1`,
      [messageId],
    );
    if (!row?.to_address) return null;
    return { storeId: row.store_id, storeName: row.store_name, outreachId: row.outreach_id, messageId, email: row.to_address };
  }

  /** Idempotent: a second unsubscribe changes nothing and still succeeds. */
  async unsubscribe(target: UnsubscribeTarget, via: 'one-click' | 'page' | 'mailto'): Promise<void> {
    const { created } = await this.suppressions.add(target.storeId, target.email, 'unsubscribe', `unsubscribed (${via})`);
    const [o] = await this.tenancy.query<{ status: string }>(target.storeId, `SELECT status FROM influencer_outreach WHERE store_id = $1 AND id = $2`, [target.outreachId]);
    if (created || o?.status !== 'unsubscribed') {
      await this.stopper.stop(target.storeId, target.outreachId, 'unsubscribed', { type: 'unsubscribed', messageId: target.messageId, data: { via } }, `unsubscribed (${via})`);
    }
  }
}
