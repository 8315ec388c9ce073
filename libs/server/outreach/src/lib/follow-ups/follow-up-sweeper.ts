import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock, PeriodicJobs, Tenancy } from '@parley/server-core';
import { DEFAULT_FOLLOW_UP_DAYS, DEFAULT_NO_RESPONSE_AFTER_DAYS } from '@parley/shared-types';
import { FollowUpPlanner } from './follow-up-planner';
import { FollowUpQueue, JOB_HORIZON_MS } from './follow-up-queue';
import { idsByStore } from './ids-by-store';
import { FollowUpSender } from './follow-up-sender';

const DEFAULT_STEPS = DEFAULT_FOLLOW_UP_DAYS.length;
const DEFAULT_QUIET_DAYS = DEFAULT_NO_RESPONSE_AFTER_DAYS;

/** Due rows read per round; one run goes on until none are left. */
const CHUNK = 500;
/** Each run queues what came within the horizon over this long, so one late or missed run leaves no gap. */
const UPCOMING_OVERLAP_MS = 5 * 60_000;

/**
 * The database is the truth about follow-ups. Every minute this claims every due row (the same
 * claim as the delayed jobs', so a row goes once whoever gets there first) and sends it, which
 * covers jobs lost with Redis or with a dead worker (and plans sent outreach that never was);
 * gives the follow-ups coming within the hour their delayed jobs; then it closes sequences that have
 * run out:
 * after the last follow-up and the campaign's quiet period with no reply, an outreach becomes
 * no_response.
 */
@Injectable()
export class FollowUpSweeper {
  private readonly logger = new Logger(FollowUpSweeper.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly sender: FollowUpSender,
    private readonly planner: FollowUpPlanner,
    private readonly queue: FollowUpQueue,
    private readonly periodic: PeriodicJobs,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_MINUTE, { name: 'followups.send-due' })
  async run(): Promise<void> {
    await this.periodic.run('followups.send-due', () => this.sweep());
  }

  /** Sends what is due and closes finished sequences; answers how many rows it moved. */
  async sweep(): Promise<number> {
    const planned = await this.planUnplanned();
    const sent = await this.sendDue();
    const queued = await this.queueUpcoming();
    const closed = await this.closeFinished();
    if (planned || sent || closed) this.logger.log({ planned, sent, queued, closed }, 'follow-up sweep');
    return planned + sent + closed;
  }

  /**
   * Follow-ups coming within the queue's horizon get their delayed jobs (those that came within it
   * since the last minutes' runs; an overlap adds nothing twice).
   */
  private async queueUpcoming(): Promise<number> {
    const now = this.clock.now().getTime();
    const rows = await this.tenancy.acrossStores<{ id: string; store_id: string; follow_up_count: number; next_follow_up_at: Date }>(
      `SELECT id, store_id, follow_up_count, next_follow_up_at FROM influencer_outreach
        WHERE next_follow_up_at > $1 AND next_follow_up_at <= $2 AND status IN ('sent', 'opened')`,
      [new Date(now + JOB_HORIZON_MS - UPCOMING_OVERLAP_MS), new Date(now + JOB_HORIZON_MS)],
    );
    await this.queue.sync(rows.map((r) => ({ storeId: r.store_id, outreachId: r.id, step: r.follow_up_count + 1, at: r.next_follow_up_at })), { fresh: true });
    return rows.length;
  }

  /** Outreach sent but never planned (sent before follow-ups existed, within three days of the upgrade): planned now. */
  private planUnplanned(): Promise<number> {
    return this.planner.replanWhere(`follow_up_planned_at IS NULL AND status IN ('sent', 'opened') AND sent_at < now() - interval '30 seconds'`);
  }

  private async sendDue(): Promise<number> {
    const now = this.clock.now();
    let after: { at: Date; id: string } | null = null;
    let sent = 0;
    for (;;) {
      // Walks the due rows once, in order (rows another sweeper holds are passed, not waited for).
      const rows: { id: string; store_id: string; next_follow_up_at: Date }[] = await this.tenancy.acrossStores(
        `SELECT id, store_id, next_follow_up_at FROM influencer_outreach
          WHERE next_follow_up_at IS NOT NULL AND next_follow_up_at <= $1 AND status IN ('sent', 'opened')
            AND ($2::timestamptz IS NULL OR (next_follow_up_at, id) > ($2::timestamptz, $3::uuid))
          ORDER BY next_follow_up_at, id LIMIT ${CHUNK}`,
        [now, after?.at ?? null, after?.id ?? null],
      );
      for (const [storeId, ids] of idsByStore(rows)) sent += await this.sender.sendDue(storeId, ids);
      if (rows.length < CHUNK) return sent;
      const last = rows[rows.length - 1];
      after = { at: last.next_follow_up_at, id: last.id };
    }
  }

  /** Sequences that ran out with no reply → no_response (not while a follow-up is still on its way, nor before a stated return date). */
  private async closeFinished(): Promise<number> {
    const rows = await this.tenancy.acrossStores<{ id: string }>(
      `WITH done AS (
         SELECT o.id FROM influencer_outreach o LEFT JOIN influencer_campaigns c ON c.id = o.campaign_id
          WHERE o.status IN ('sent', 'opened') AND o.next_follow_up_at IS NULL AND o.follow_ups_paused_at IS NULL AND o.sent_at IS NOT NULL
            AND (c.id IS NULL OR c.status IN ('draft', 'active'))
            AND o.follow_up_count >= COALESCE(cardinality(c.follow_up_days), $2)
            AND COALESCE(o.last_follow_up_at, o.sent_at) + make_interval(days => COALESCE(c.no_response_after_days, $3)) <= $1
            AND (o.away_until IS NULL OR o.away_until + interval '1 day' <= $1)
            AND NOT EXISTS (SELECT 1 FROM outreach_messages m WHERE m.outreach_id = o.id AND m.direction = 'out' AND m.status IN ('queued', 'scheduled', 'sending'))
          LIMIT 5000 FOR UPDATE OF o SKIP LOCKED),
       x AS (
         UPDATE influencer_outreach o SET status = 'no_response', status_reason = 'no reply after the last follow-up', updated_at = now()
           FROM done WHERE o.id = done.id RETURNING o.id, o.store_id, o.follow_up_count)
       INSERT INTO outreach_events (store_id, outreach_id, type, at, data)
       SELECT store_id, id, 'no_response', $1, jsonb_build_object('followUps', follow_up_count) FROM x
       RETURNING outreach_id AS id`,
      [this.clock.now(), DEFAULT_STEPS, DEFAULT_QUIET_DAYS],
    );
    return rows.length;
  }
}
