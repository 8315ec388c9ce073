import { Injectable, Logger } from '@nestjs/common';
import { Clock, Tenancy } from '@parley/server-core';
import { nextFollowUpAt } from './follow-up-plan';
import { FollowUpQueue, type PlannedJob } from './follow-up-queue';
import { FollowUpRows, policyOf, stateOf, stopOf } from './follow-up-rows';
import { idsByStore } from './ids-by-store';

/** Rows read and planned per round. */
const CHUNK = 500;

/**
 * Works out nextFollowUpAt again for outreach whose circumstances changed (a reply, an open, a stop,
 * a pause or resume, a new campaign policy) and makes the queue match. Rows are locked while planned,
 * so a plan never overwrites a follow-up being sent or a reply being recorded at the same moment.
 */
@Injectable()
export class FollowUpPlanner {
  private readonly logger = new Logger(FollowUpPlanner.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly rows: FollowUpRows,
    private readonly queue: FollowUpQueue,
    private readonly clock: Clock,
  ) {}

  async replan(storeId: string, outreachIds: string[]): Promise<void> {
    if (!outreachIds.length) return;
    const now = this.clock.now();
    const plans = await this.tenancy.transaction(async (manager) => {
      const rows = await this.rows.load(storeId, outreachIds, { manager, lock: true });
      const planned = rows.map((row): PlannedJob => ({
        storeId,
        outreachId: row.id,
        step: row.follow_up_count + 1,
        at: stopOf(row) ? null : nextFollowUpAt(policyOf(row), stateOf(row), now),
      }));
      await this.tenancy.query(
        storeId,
        `UPDATE influencer_outreach o SET next_follow_up_at = p.at, follow_up_planned_at = now(),
                updated_at = CASE WHEN o.next_follow_up_at IS DISTINCT FROM p.at THEN now() ELSE o.updated_at END
           FROM unnest($2::uuid[], $3::timestamptz[]) AS p(id, at) WHERE o.store_id = $1 AND o.id = p.id`,
        [planned.map((p) => p.outreachId), planned.map((p) => p.at)],
        manager,
      );
      return planned;
    });
    await this.queue.sync(plans);
  }

  /**
   * Plans again, store by store, every outreach `where` selects (a WHERE clause over
   * influencer_outreach), 500 at a time until none is left: planning takes each row out of the
   * selection (it sets follow_up_planned_at), so the loop ends. Answers how many were planned.
   */
  async replanWhere(where: string): Promise<number> {
    let total = 0;
    for (;;) {
      const rows = await this.tenancy.acrossStores<{ id: string; store_id: string }>(`SELECT id, store_id FROM influencer_outreach WHERE ${where} LIMIT ${CHUNK}`);
      for (const [storeId, ids] of idsByStore(rows)) await this.replan(storeId, ids);
      total += rows.length;
      if (rows.length < CHUNK) return total;
    }
  }

  /** Plans again, in chunks, every outreach of a campaign that is waiting for an answer (its policy or status changed). */
  async replanCampaign(storeId: string, campaignId: string): Promise<void> {
    const ids = await this.tenancy.query<{ id: string }>(
      storeId,
      `SELECT id FROM influencer_outreach WHERE store_id = $1 AND campaign_id = $2 AND status IN ('sent', 'opened')`,
      [campaignId],
    );
    for (let i = 0; i < ids.length; i += 500)
      await this.replan(
        storeId,
        ids.slice(i, i + 500).map((r) => r.id),
      );
    this.logger.log({ storeId, campaignId, outreach: ids.length }, 'follow-ups planned again for a campaign');
  }
}
