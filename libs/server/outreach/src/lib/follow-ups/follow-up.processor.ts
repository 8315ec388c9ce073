import { Process, Processor } from '@nestjs/bull';
import { GroupCommit } from '@parley/server-core';
import { QueueName } from '@parley/shared-types';
import type { Job } from 'bull';
import type { FollowUpJob } from './follow-up-queue';
import { FollowUpSender } from './follow-up-sender';
import { idsByStore } from './ids-by-store';

/**
 * Jobs run at once in a process, and so the most claimed together. Bull's idle cost grows with it
 * (hundreds slow every other queue's worker down), and 20 at a time already claims hundreds a second.
 */
const CONCURRENCY = 20;

/**
 * Runs the delayed follow-up jobs as they come due. Jobs due together (a campaign's sends planned
 * for the same minute) are gathered for a moment and claimed together, so their messages go out in
 * send batches rather than one queue job each.
 */
@Processor(QueueName.FollowUps)
export class FollowUpProcessor {
  private readonly due = new GroupCommit<FollowUpJob, void>(
    async (jobs) => {
      const byStore = idsByStore(jobs.map((job) => ({ id: job.outreachId, store_id: job.storeId })));
      await Promise.all([...byStore].map(([storeId, ids]) => this.sender.sendDue(storeId, [...new Set(ids)])));
      return jobs.map(() => undefined);
    },
    { maxBatch: CONCURRENCY, parallel: 2, lingerMs: 20 },
  );

  constructor(private readonly sender: FollowUpSender) {}

  @Process({ name: 'send-follow-up', concurrency: CONCURRENCY })
  async handle(job: Job<FollowUpJob>): Promise<void> {
    await this.due.submit(job.data);
  }
}
