import { BullModule, getQueueToken } from '@nestjs/bull';
import { Global, Inject, Injectable, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { QueueName, type QueueCounts } from '@parley/shared-types';
import type { Queue } from 'bull';
import { APP_CONFIG, type AppConfig } from '../config';

const ALL_QUEUES = Object.values(QueueName);

/**
 * Retries and backoff for every job, set once: exponential from 5 s, capped by the attempt count.
 * Completed jobs are dropped, failed ones kept for the dashboard.
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: true,
  removeOnFail: 1_000,
} as const;

/** Reads queue depths for health and metrics. */
@Injectable()
export class QueueStatsService {
  constructor(private readonly moduleRef: ModuleRef) {}

  async counts(): Promise<Record<string, QueueCounts>> {
    const entries = await Promise.all(
      ALL_QUEUES.map(async (name) => {
        const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
        const c = await queue.getJobCounts();
        return [name, { waiting: c.waiting, active: c.active, delayed: c.delayed, failed: c.failed }] as const;
      }),
    );
    return Object.fromEntries(entries);
  }
}

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ url: config.REDIS_URL, prefix: `${config.REDIS_PREFIX}:bull`, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [QueueStatsService],
  exports: [BullModule, QueueStatsService],
})
export class QueueModule {}

export const InjectQueueByName = (name: QueueName) => Inject(getQueueToken(name));
