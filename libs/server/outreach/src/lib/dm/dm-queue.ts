import { Injectable } from '@nestjs/common';
import { InjectQueueByName } from '@parley/server-core';
import { QueueName, type JobPayload } from '@parley/shared-types';
import type { Queue } from 'bull';

export type DmJob = JobPayload<QueueName.Dm, 'send'>;

/**
 * Puts outgoing DMs on their queue, a job per message whose id is the message's, so queuing one again
 * (the recovery sweep, a resumed campaign) is a no-op while its job waits. The sender answers the
 * platform's refusals itself (a later job under a new id); Bull's own retries are for our trouble (the
 * database), and a retry finding the message claimed leaves it to the recovery sweep.
 */
@Injectable()
export class DmQueue {
  constructor(@InjectQueueByName(QueueName.Dm) private readonly queue: Queue<DmJob>) {}

  async enqueue(messages: { storeId: string; messageId: string; notBefore?: Date | null }[]): Promise<void> {
    if (!messages.length) return;
    const now = Date.now();
    await this.queue.addBulk(
      messages.map((m) => ({ name: 'send', data: { storeId: m.storeId, messageId: m.messageId }, opts: { jobId: m.messageId, delay: m.notBefore ? Math.max(0, m.notBefore.getTime() - now) : 0 } })),
    );
  }

  /** The message again at `at` (a rate limit, a temporary failure), from inside its running job. */
  async later(storeId: string, messageId: string, at: number): Promise<void> {
    await this.queue.add('send', { storeId, messageId }, { jobId: `${messageId}:${at}`, delay: Math.max(0, at - Date.now()) });
  }

  async remove(messageIds: string[]): Promise<void> {
    await Promise.all(
      messageIds.map(async (id) => {
        const job = await this.queue.getJob(id);
        if (job && !(await job.isActive())) await job.remove().catch(() => undefined);
      }),
    );
  }
}
