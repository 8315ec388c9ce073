import { Process, Processor } from '@nestjs/bull';
import { GroupCommit } from '@parley/server-core';
import { QueueName } from '@parley/shared-types';
import type { Job } from 'bull';
import type { FollowUpJob } from './follow-up-queue';
import { FollowUpSender } from './follow-up-sender';
import { idsByStore } from './ids-by-store';

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
    { maxBatch: 200, parallel: 2, lingerMs: 50 },
  );

  constructor(private readonly sender: FollowUpSender) {}

  @Process({ name: 'send-follow-up', concurrency: 200 })
  async handle(job: Job<FollowUpJob>): Promise<void> {
    await this.due.submit(job.data);
  }
}
