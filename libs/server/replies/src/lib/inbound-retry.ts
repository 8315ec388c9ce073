import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectQueueByName, PeriodicJobs } from '@parley/server-core';
import { QueueName, type JobPayload } from '@parley/shared-types';
import type { Job, Queue } from 'bull';
import { InboundMailService } from './inbound-mail.service';

type ReprocessJob = JobPayload<QueueName.Inbound, 'reprocess'>;

/**
 * The inbound table is the truth: an email kept but not processed (a crash mid-way, the database
 * or the LLM failing) is queued every minute and processed again from its stored copy, with the
 * queue's retries and backoff when it keeps failing.
 */
@Injectable()
export class InboundRetry implements OnModuleInit {
  private readonly logger = new Logger(InboundRetry.name);

  constructor(
    private readonly inbound: InboundMailService,
    @InjectQueueByName(QueueName.Inbound) private readonly queue: Queue<ReprocessJob>,
    private readonly periodic: PeriodicJobs,
  ) {}

  onModuleInit(): void {
    this.queue
      .process('reprocess', 2, (job: Job<ReprocessJob>) => this.inbound.reprocess(job.data.inboundId))
      .catch((error: unknown) => this.logger.error({ err: error }, 'inbound worker stopped'));
  }

  @Cron(CronExpression.EVERY_MINUTE, { name: 'replies.retry-inbound' })
  async run(): Promise<void> {
    await this.periodic.run('replies.retry-inbound', () => this.sweep());
  }

  async sweep(): Promise<number> {
    const ids = await this.inbound.unsettled(500);
    await this.queue.addBulk(ids.map((inboundId) => ({ name: 'reprocess', data: { inboundId }, opts: { jobId: `reprocess:${inboundId}` } })));
    if (ids.length) this.logger.log({ count: ids.length }, 'queued inbound emails left unprocessed');
    return ids.length;
  }
}
