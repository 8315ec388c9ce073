import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import type { InfluencerContract } from '@parley/server-data';
import type { EntityManager } from 'typeorm';

export type TrailEventType = 'contract_sent' | 'contract_signed' | 'contract_cancelled' | 'delivery_submitted' | 'delivery_approved' | 'delivery_rejected' | 'delivery_published';

/**
 * A contract's and its deliveries' steps in the thread of the outreach it came from (the creator's outreach in the
 * same campaign), so the timeline reads from the first email to the signature. A contract written
 * without outreach has no thread and leaves no trail.
 */
@Injectable()
export class OutreachTrail {
  constructor(private readonly tenancy: Tenancy) {}

  async record(storeId: string, contract: Pick<InfluencerContract, 'id' | 'campaignId' | 'influencerId'>, type: TrailEventType, data: Record<string, unknown>, manager?: EntityManager): Promise<string | null> {
    const [row] = await this.tenancy.query<{ outreach_id: string }>(
      storeId,
      `INSERT INTO outreach_events (store_id, outreach_id, type, at, data)
       SELECT $1, o.id, $4, now(), $5::jsonb FROM influencer_outreach o
        WHERE o.store_id = $1 AND o.campaign_id = $2 AND o.influencer_id = $3
        ORDER BY o.created_at DESC LIMIT 1
       RETURNING outreach_id`,
      [contract.campaignId, contract.influencerId, type, JSON.stringify({ contractId: contract.id, ...data })],
      manager,
    );
    return row?.outreach_id ?? null;
  }

  /** A cancelled contract's accepted offer is cancelled with it, and its negotiation is open again. */
  async reopenNegotiation(storeId: string, offerId: string, userId: string | null, manager: EntityManager): Promise<void> {
    await this.tenancy.query(
      storeId,
      `WITH cancelled AS (
         UPDATE offers SET status = 'cancelled', decided_at = now(), decided_by = $3, updated_at = now()
          WHERE store_id = $1 AND id = $2 AND status = 'accepted' RETURNING outreach_id)
       UPDATE influencer_outreach o SET negotiation_state = 'open', updated_at = now()
         FROM cancelled WHERE o.store_id = $1 AND o.id = cancelled.outreach_id`,
      [offerId, userId],
      manager,
    );
  }
}
