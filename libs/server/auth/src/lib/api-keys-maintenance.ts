import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { PeriodicJobs } from '@parley/server-core';
import { QueueName, type JobPayload } from '@parley/shared-types';
import type { Job, Queue } from 'bull';
import { ApiKeysService } from './api-keys.service';

/** Revoked keys stay listed (for audit) this long, then are deleted. */
export const REVOKED_KEY_RETENTION_DAYS = 90;
const JOB = 'purge-revoked-api-keys';

/** The daily cron only enqueues; one job per day thanks to the date in its id. */
@Injectable()
export class ApiKeysMaintenanceCron {
  constructor(
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    private readonly periodic: PeriodicJobs,
  ) {}

  @Cron(CronExpression.EVERY_DAY_AT_3AM, { name: JOB })
  async run(): Promise<void> {
    await this.periodic.run('purge-revoked-api-keys', () => this.enqueue());
  }

  /** Queues today's purge; answers the jobs queued. */
  async enqueue(): Promise<number> {
    const day = new Date().toISOString().slice(0, 10);
    const payload: JobPayload<QueueName.Maintenance, typeof JOB> = { olderThanDays: REVOKED_KEY_RETENTION_DAYS };
    await this.queue.add(JOB, payload, { jobId: `${JOB}:${day}` });
    return 1;
  }
}

@Processor(QueueName.Maintenance)
export class ApiKeysMaintenanceProcessor {
  private readonly logger = new Logger(ApiKeysMaintenanceProcessor.name);

  constructor(private readonly keys: ApiKeysService) {}

  @Process(JOB)
  async purge(job: Job<JobPayload<QueueName.Maintenance, typeof JOB>>): Promise<{ deleted: number }> {
    const { olderThanDays } = job.data;
    // A malformed payload must fail the job, never purge keys that are still listed for audit.
    if (!Number.isInteger(olderThanDays) || olderThanDays < 1)
      throw new Error(`invalid payload: olderThanDays must be a whole number of days ≥ 1, got ${JSON.stringify(olderThanDays)}`);
    const deleted = await this.keys.purgeRevoked(olderThanDays);
    if (deleted) this.logger.log(`deleted ${deleted} API keys revoked over ${job.data.olderThanDays} days ago`);
    return { deleted };
  }
}
