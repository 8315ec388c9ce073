import { Injectable } from '@nestjs/common';
import { BudgetExceededException, NotFoundException, Tenancy } from '@parley/server-core';
import { compareMoney, fromCents, toCents } from '@parley/shared-types';
import type { EntityManager } from 'typeorm';

/** What holds money against the budget. */
export interface BudgetSource {
  type: 'offer' | 'contract';
  id: string;
}

/**
 * Reservations against a campaign's budget. Every change happens inside the caller's transaction
 * with the campaign row locked (FOR UPDATE), so concurrent accepts and contracts queue on that lock
 * and each sees what the ones before it reserved: the budget cannot be overspent.
 */
@Injectable()
export class CampaignBudget {
  constructor(private readonly tenancy: Tenancy) {}

  /**
   * Reserves `amount` for the source, or throws BUDGET_EXCEEDED (409) when it does not fit. With
   * `replacing`, that live reservation does not count against the new one and is released for it: a
   * contract written from an accepted offer takes the offer's place, and a draft whose compensation
   * changes replaces its own (the row is resized).
   */
  async reserve(storeId: string, campaignId: string, source: BudgetSource, amount: string, manager: EntityManager, replacing?: BudgetSource): Promise<void> {
    // The lock first, the sum in a statement of its own: a statement's snapshot is taken when it starts,
    // so a sum read in the locking statement would miss what the previous lock holder committed.
    const [locked] = await this.tenancy.query<{ budget: string }>(storeId, `SELECT budget::text FROM influencer_campaigns WHERE store_id = $1 AND id = $2 FOR UPDATE`, [campaignId], manager);
    if (!locked) throw new NotFoundException('Campaign');
    const [{ allocated }] = await this.tenancy.query<{ allocated: string }>(
      storeId,
      `SELECT COALESCE(sum(amount), 0)::text AS allocated FROM budget_reservations
        WHERE store_id = $1 AND campaign_id = $2 AND released_at IS NULL AND NOT (source_type = $3 AND source_id = $4)`,
      [campaignId, replacing?.type ?? '', replacing?.id ?? '00000000-0000-0000-0000-000000000000'],
      manager,
    );
    const campaign = { budget: locked.budget, allocated };
    const remaining = fromCents(toCents(campaign.budget) - toCents(campaign.allocated));
    if (compareMoney(amount, remaining) > 0) throw new BudgetExceededException({ amount, budget: fromCents(toCents(campaign.budget)), allocated: fromCents(toCents(campaign.allocated)), remaining });
    if (replacing && replacing.type === source.type && replacing.id === source.id) {
      await this.tenancy.query(storeId, `UPDATE budget_reservations SET amount = $4, updated_at = now() WHERE store_id = $1 AND source_type = $2 AND source_id = $3 AND released_at IS NULL`, [source.type, source.id, amount], manager);
      return;
    }
    if (replacing) await this.release(storeId, replacing, manager);
    await this.tenancy.query(
      storeId,
      `INSERT INTO budget_reservations (store_id, campaign_id, source_type, source_id, amount) VALUES ($1, $2, $3, $4, $5)`,
      [campaignId, source.type, source.id, amount],
      manager,
    );
  }

  /** Gives a source's reservation back (a cancelled offer or contract). */
  async release(storeId: string, source: BudgetSource, manager: EntityManager): Promise<void> {
    await this.tenancy.query(
      storeId,
      `UPDATE budget_reservations SET released_at = now(), updated_at = now() WHERE store_id = $1 AND source_type = $2 AND source_id = $3 AND released_at IS NULL`,
      [source.type, source.id],
      manager,
    );
  }
}
