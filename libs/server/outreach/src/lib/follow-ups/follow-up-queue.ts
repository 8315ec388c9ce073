import { Injectable } from '@nestjs/common';
import { Clock, InjectQueueByName } from '@parley/server-core';
import { QueueName, type JobPayload } from '@parley/shared-types';
import type { Queue } from 'bull';

export type FollowUpJob = JobPayload<QueueName.FollowUps, 'send-follow-up'>;

/** A planned follow-up, or none (at null): what the queue should hold for an outreach's next step. */
export interface PlannedJob {
  storeId: string;
  outreachId: string;
  step: number;
  at: Date | null;
}

const jobIdOf = (outreachId: string, step: number) => `followup:${outreachId}:${step}`;

/** How far ahead a planned follow-up gets its delayed job: Redis holds the coming hour, the database the rest. */
export const JOB_HORIZON_MS = 60 * 60_000;

/**
 * One delayed job per planned follow-up, named by outreach and step, due at its time, added once the
 * time is within the horizon (when planned, or by the sweeper as it comes near): a follow-up planned
 * days ahead costs Redis nothing until then. A job only wakes the sender: the row decides, so a job
 * left over from an older plan does nothing and a lost one is made good by the sweeper.
 */
@Injectable()
export class FollowUpQueue {
  constructor(
    @InjectQueueByName(QueueName.FollowUps) private readonly queue: Queue<FollowUpJob>,
    private readonly clock: Clock,
  ) {}

  /**
   * Makes the queue match the plans: a job at each time within the horizon, none elsewhere. `fresh`:
   * the plans have no job yet (the sweeper bringing them within the horizon), so none is looked up;
   * adding one that exists after all does nothing.
   */
  async sync(plans: PlannedJob[], options: { fresh?: boolean } = {}): Promise<void> {
    // Delays are counted on the clock the plans were made with.
    const now = this.clock.now().getTime();
    const adds = await Promise.all(
      plans.map(async (plan) => {
        const at = plan.at && plan.at.getTime() - now <= JOB_HORIZON_MS ? plan.at : null;
        const id = jobIdOf(plan.outreachId, plan.step);
        const job = options.fresh ? null : await this.queue.getJob(id);
        if (job) {
          if (at && job.data.dueAt === at.toISOString()) return null;
          // A job already running decides from the row; any other is replaced.
          if (await job.isActive()) return null;
          await job.remove().catch(() => undefined);
        }
        if (!at) return null;
        return {
          name: 'send-follow-up',
          data: { storeId: plan.storeId, outreachId: plan.outreachId, step: plan.step, dueAt: at.toISOString() },
          opts: { jobId: id, delay: Math.max(0, at.getTime() - now) },
        };
      }),
    );
    const jobs = adds.filter((a) => a !== null);
    for (let i = 0; i < jobs.length; i += 1000) await this.queue.addBulk(jobs.slice(i, i + 1000));
  }
}
