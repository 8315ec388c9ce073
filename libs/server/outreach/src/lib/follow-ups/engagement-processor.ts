import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { PeriodicJobs } from '@parley/server-core';
import { FollowUpPlanner } from './follow-up-planner';

/**
 * Tracking-event processing: the pixel and click endpoints record opens and clicks (and a person's
 * latest one as engagedAt) as they come; every minute this plans the follow-ups of outreach someone
 * engaged with since they were last planned, which brings the next one forward.
 */
@Injectable()
export class EngagementProcessor {
  constructor(
    private readonly planner: FollowUpPlanner,
    private readonly periodic: PeriodicJobs,
  ) {}

  @Cron(CronExpression.EVERY_MINUTE, { name: 'tracking.process-events' })
  async run(): Promise<void> {
    await this.periodic.run('tracking.process-events', () => this.process());
  }

  process(): Promise<number> {
    return this.planner.replanWhere(`next_follow_up_at IS NOT NULL AND status IN ('sent', 'opened') AND engaged_at > COALESCE(follow_up_planned_at, '-infinity')`);
  }
}
