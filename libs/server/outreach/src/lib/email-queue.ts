import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, GroupCommit, InjectQueueByName, emailBatching, type AppConfig } from '@parley/server-core';
import { QueueName, type JobPayload } from '@parley/shared-types';
import type { JobOptions, Queue } from 'bull';

export type SendJob = JobPayload<QueueName.Email, 'send'>;

interface Deferred {
  storeId: string;
  messageId: string;
  at: number;
  domainHeld: boolean;
}

/** A message to queue: bulk messages carry the batch they were cut into, a single send has none. */
export interface QueuedMessage {
  storeId: string;
  messageId: string;
  sendBatch?: string | null;
  notBefore?: Date | null;
}

/**
 * Puts outgoing emails on the queue. A bulk's messages go in batches (one job, one claim statement
 * and one limiter slot per batch), each batch's id stored on its rows and used as the job id; a single
 * send is a job of its own with the message's id. Adding the same batch or message again (the recovery
 * sweep, a resumed campaign) is therefore a no-op while its job still waits.
 */
@Injectable()
export class EmailQueue {
  readonly batchSize: number;

  constructor(
    @InjectQueueByName(QueueName.Email) private readonly queue: Queue<SendJob>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.batchSize = emailBatching(config).batchSize;
  }

  /** Cuts a bulk's messages into send batches: the batch id of each message, in order. */
  batchIdsFor(messageCount: number): string[] {
    const ids: string[] = [];
    for (let i = 0; i < messageCount; i += this.batchSize) ids.push(...Array<string>(Math.min(this.batchSize, messageCount - i)).fill(randomUUID()));
    return ids;
  }

  async enqueue(messages: QueuedMessage[]): Promise<void> {
    const jobs = new Map<string, { storeId: string; messageIds: string[]; notBefore: Date | null }>();
    for (const m of messages) {
      const key = m.sendBatch ?? m.messageId;
      const job = jobs.get(key) ?? { storeId: m.storeId, messageIds: [], notBefore: m.notBefore ?? null };
      job.messageIds.push(m.messageId);
      jobs.set(key, job);
    }
    const now = Date.now();
    const all = [...jobs].map(([jobId, job]) => ({
      name: 'send',
      data: { storeId: job.storeId, messageIds: job.messageIds },
      opts: { jobId, delay: job.notBefore ? Math.max(0, job.notBefore.getTime() - now) : 0 } satisfies JobOptions,
    }));
    for (let i = 0; i < all.length; i += 1000) await this.queue.addBulk(all.slice(i, i + 1000));
  }

  /**
   * Queues a message again for a later time (a retry, its domain's slot, a schedule, another sender's
   * claim running out), from inside a running job whose id is still taken. Messages of a store due in
   * the same second are gathered into one job (one limiter slot, one claim), under a new id made of
   * the first message's id and the time.
   */
  later(storeId: string, messageId: string, at: number, options: { domainHeld?: boolean } = {}): Promise<void> {
    return this.deferred.submit({ storeId, messageId, at: Math.ceil(at / 1_000) * 1_000, domainHeld: options.domainHeld ?? false });
  }

  private readonly deferred = new GroupCommit<Deferred, void>(
    async (items) => {
      const jobs = new Map<string, { at: number; data: SendJob }>();
      for (const item of items) {
        const key = `${item.storeId}:${item.at}:${item.domainHeld}`;
        const job = jobs.get(key) ?? { at: item.at, data: { storeId: item.storeId, messageIds: [], ...(item.domainHeld ? { domainHeld: true } : {}) } };
        job.data.messageIds.push(item.messageId);
        jobs.set(key, job);
      }
      const now = Date.now();
      await this.queue.addBulk([...jobs.values()].map(({ at, data }) => ({ name: 'send', data, opts: { jobId: `${data.messageIds[0]}:${at}`, delay: Math.max(0, at - now) } })));
      return items.map(() => undefined);
    },
    { maxBatch: 500, parallel: 1, lingerMs: 20 },
  );

  /** Removes waiting or delayed jobs of these single messages (a cancelled scheduled send); batched ones are stopped by their rows. */
  async remove(messageIds: string[]): Promise<void> {
    await Promise.all(
      messageIds.map(async (id) => {
        const job = await this.queue.getJob(id);
        if (job && !(await job.isActive())) await job.remove().catch(() => undefined);
      }),
    );
  }
}
