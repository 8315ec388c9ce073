import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import type { OutreachEventType, OutreachStatus } from '@parley/shared-types';
import { EmailQueue } from './email-queue';
import { FollowUpPlanner } from './follow-ups/follow-up-planner';
import { OutreachTimeline } from './outreach-timeline';

/**
 * Ends an outreach because of what the creator or their mail server did (unsubscribed, complained,
 * bounced): its status, an event, every message not yet sent cancelled with its job, and the planned
 * follow-up cleared with its job.
 */
@Injectable()
export class OutreachStopper {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly queue: EmailQueue,
    private readonly timeline: OutreachTimeline,
    private readonly planner: FollowUpPlanner,
  ) {}

  async stop(
    storeId: string,
    outreachId: string,
    status: OutreachStatus,
    event: { type: OutreachEventType; messageId: string | null; data: Record<string, unknown> },
    reason: string,
  ): Promise<void> {
    const cancelled = await this.tenancy.transaction(async (manager) => {
      await this.tenancy.query(
        storeId,
        `UPDATE influencer_outreach SET status = $3, status_reason = $4, next_follow_up_at = NULL, updated_at = now() WHERE store_id = $1 AND id = $2`,
        [outreachId, status, reason],
        manager,
      );
      await this.timeline.record(storeId, { outreachId, ...event }, manager);
      return this.tenancy.query<{ id: string }>(
        storeId,
        `UPDATE outreach_messages SET status = 'cancelled', error = $3, updated_at = now() WHERE store_id = $1 AND outreach_id = $2 AND status IN ('queued', 'scheduled') RETURNING id`,
        [outreachId, reason],
        manager,
      );
    });
    await this.queue.remove(cancelled.map((r) => r.id));
    await this.planner.replan(storeId, [outreachId]);
  }
}
