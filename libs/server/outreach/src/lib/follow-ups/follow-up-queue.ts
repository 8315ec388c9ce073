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

/**
 * One delayed job per planned follow-up, named by outreach and step, due at its time. It only wakes
 * the sender: the row decides, so a job left over from an older plan does nothing and a lost one is
 * made good by the sweeper.
 */
@Injectable()
export class FollowUpQueue {
  constructor(
    @InjectQueueByName(QueueName.FollowUps) private readonly queue: Queue<FollowUpJob>,
    private readonly clock: Clock,
  ) {}

  /**
   * Makes the queue match the plans: a job at each time, none where nothing is planned. `fresh`: no
   * job can exist yet for these steps (a first plan), so none is looked up.
   */
  async sync(plans: PlannedJob[], options: { fresh?: boolean } = {}): Promise<void> {
    // Delays are counted on the clock the plans were made with.
    const now = this.clock.now().getTime();
    const adds = await Promise.all(
      plans.map(async (plan) => {
        const id = jobIdOf(plan.outreachId, plan.step);
        const job = options.fresh ? null : await this.queue.getJob(id);
        if (job) {
          if (plan.at && job.data.dueAt === plan.at.toISOString()) return null;
          // A job already running decides from the row; any other is replaced.
          if (await job.isActive()) return null;
          await job.remove().catch(() => undefined);
        }
        if (!plan.at) return null;
        return {
          name: 'send-follow-up',
          data: { storeId: plan.storeId, outreachId: plan.outreachId, step: plan.step, dueAt: plan.at.toISOString() },
          opts: { jobId: id, delay: Math.max(0, plan.at.getTime() - now) },
        };
      }),
    );
    const jobs = adds.filter((a) => a !== null);
    for (let i = 0; i < jobs.length; i += 1000) await this.queue.addBulk(jobs.slice(i, i + 1000));
  }
}
