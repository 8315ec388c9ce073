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

export const CAPPED_BACKOFF = 'capped-exponential';

/** Exponential backoff from `first` ms, capped at `max`, with up to 20% taken off at random so retries of a burst spread out. */
export const cappedBackoff = (first: number, max: number) => (attemptsMade: number) => {
  const delay = Math.min(max, first * 2 ** Math.max(0, attemptsMade - 1));
  return Math.round(delay * (0.8 + Math.random() * 0.2));
};

/**
 * How bulk emails are cut into jobs so Bull's limiter, which counts jobs, holds the transport to
 * EMAIL_RATE_PER_SECOND messages: `jobsPerSecond` jobs of at most `batchSize` messages never exceed it
 * (a job of fewer messages, a single send, just leaves part of its second unused).
 */
export function emailBatching(config: Pick<AppConfig, 'EMAIL_RATE_PER_SECOND' | 'EMAIL_BATCH_SIZE'>): { batchSize: number; jobsPerSecond: number } {
  const jobsPerSecond = Math.ceil(config.EMAIL_RATE_PER_SECOND / config.EMAIL_BATCH_SIZE);
  return { jobsPerSecond, batchSize: Math.floor(config.EMAIL_RATE_PER_SECOND / jobsPerSecond) };
}

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
    BullModule.registerQueue(...ALL_QUEUES.filter((name) => name !== QueueName.Email).map((name) => ({ name }))),
    BullModule.registerQueueAsync({
      name: QueueName.Email,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // The transport's rate, shared by every worker through Redis: whole batches per second.
        limiter: { max: emailBatching(config).jobsPerSecond, duration: 1_000 },
        settings: {
          // A killed worker's sends are picked up again within ~30 s (the row claim keeps them from going
          // twice); a running send renews its lock every 7.5 s, so long sends are not mistaken for dead ones.
          lockDuration: 15_000,
          stalledInterval: 15_000,
          maxStalledCount: 5,
          backoffStrategies: { [CAPPED_BACKOFF]: cappedBackoff(config.EMAIL_RETRY_FIRST_DELAY_MS, config.EMAIL_RETRY_MAX_DELAY_MS) },
        },
        defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, attempts: config.EMAIL_MAX_ATTEMPTS, backoff: { type: CAPPED_BACKOFF } },
      }),
    }),
  ],
  providers: [QueueStatsService],
  exports: [BullModule, QueueStatsService],
})
export class QueueModule {}

export const InjectQueueByName = (name: QueueName) => Inject(getQueueToken(name));
