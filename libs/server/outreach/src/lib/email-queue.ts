import { Injectable } from '@nestjs/common';
import { InjectQueueByName } from '@parley/server-core';
import { QueueName, type JobPayload } from '@parley/shared-types';
import type { JobOptions, Queue } from 'bull';

export type SendJob = JobPayload<QueueName.Email, 'send'> & {
  /** Set when the domain pacer moved the job to its reserved slot (epoch ms): the slot is already taken. */
  pacedAt?: number;
};

/**
 * Puts outgoing emails on the queue: one job per message, its id the message's id, so adding the
 * same message again (the recovery sweep, a resumed campaign) is a no-op while its job exists.
 */
@Injectable()
export class EmailQueue {
  constructor(@InjectQueueByName(QueueName.Email) private readonly queue: Queue<SendJob>) {}

  async enqueue(messages: { storeId: string; messageId: string; notBefore?: Date | null }[]): Promise<void> {
    const now = Date.now();
    for (let i = 0; i < messages.length; i += 1000) {
      await this.queue.addBulk(
        messages.slice(i, i + 1000).map((m) => ({
          name: 'send',
          data: { storeId: m.storeId, messageId: m.messageId },
          opts: { jobId: m.messageId, delay: m.notBefore ? Math.max(0, m.notBefore.getTime() - now) : 0 } satisfies JobOptions,
        })),
      );
    }
  }

  /**
   * Queues a message again for a later time under a new job id, from inside its running job (whose
   * id, the message's, is still taken until it finishes).
   */
  async later(job: SendJob, at: number): Promise<void> {
    await this.queue.add('send', job, { jobId: `${job.messageId}:${at}`, delay: Math.max(0, at - Date.now()) });
  }

  /** Removes waiting or delayed jobs of these messages (a cancelled outreach). */
  async remove(messageIds: string[]): Promise<void> {
    await Promise.all(
      messageIds.map(async (id) => {
        const job = await this.queue.getJob(id);
        if (job && !(await job.isActive())) await job.remove().catch(() => undefined);
      }),
    );
  }
}
