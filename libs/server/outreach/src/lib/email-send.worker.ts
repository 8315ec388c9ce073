import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { EmailComposer, EmailTransport, DeliveryError, domainOf } from '@parley/server-email';
import { APP_CONFIG, Clock, InjectQueueByName, cappedBackoff, type AppConfig } from '@parley/server-core';
import { QueueName } from '@parley/shared-types';
import type { Job, Queue } from 'bull';
import pLimit from 'p-limit';
import { BulkProgressNotifier } from './bulk-progress-notifier';
import { DeliveryRecorder, type ClaimedMessage } from './delivery-recorder';
import { DomainPacer } from './domain-pacer';
import { EmailQueue, type SendJob } from './email-queue';
import { firstFollowUpAt } from './follow-ups/follow-up-rows';
import { SharedRenderRows } from './shared-render-rows';

/** Longest a send waits in the worker for its domain slot; later slots go back to the queue as delayed jobs. */
const MAX_PACING_WAIT_MS = 2_000;

type Outcome = 'sent' | 'bounced' | 'failed' | 'cancelled' | 'held' | 'deferred' | 'paced' | 'not due' | 'busy' | 'nothing to send';

/**
 * Sends a batch of emails per job: claim the rows in one statement (so each goes once however often
 * the job runs), check what may have changed since they were queued (campaign paused, address
 * suppressed, outreach cancelled), reserve the recipient domains' slots, then render, send and record
 * each message, at most EMAIL_CONCURRENCY at once in this process. A temporary failure sends that one
 * message back to the queue with backoff; it never fails or repeats the rest of the batch.
 */
@Injectable()
export class EmailSendWorker implements OnModuleInit {
  private readonly logger = new Logger(EmailSendWorker.name);
  /** Sends in flight in this process: a killed worker can leave at most this many sent-but-unrecorded. */
  private readonly inFlight: pLimit.Limit;
  private readonly backoff: (attempts: number) => number;

  constructor(
    @InjectQueueByName(QueueName.Email) private readonly queue: Queue<SendJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly recorder: DeliveryRecorder,
    private readonly composer: EmailComposer,
    private readonly transport: EmailTransport,
    private readonly pacer: DomainPacer,
    private readonly emailQueue: EmailQueue,
    private readonly sharedRows: SharedRenderRows,
    private readonly progress: BulkProgressNotifier,
    private readonly clock: Clock,
  ) {
    this.inFlight = pLimit(config.EMAIL_CONCURRENCY);
    this.backoff = cappedBackoff(config.EMAIL_RETRY_FIRST_DELAY_MS, config.EMAIL_RETRY_MAX_DELAY_MS);
  }

  onModuleInit(): void {
    this.queue.on('failed', (job: Job<SendJob>, error: Error) =>
      this.logger.warn({ err: error, messageIds: job.data.messageIds, attempt: job.attemptsMade }, 'email job failed'),
    );
    // Enough batches at once to keep EMAIL_CONCURRENCY sends busy, and one more claimed ahead.
    const jobs = Math.ceil(this.config.EMAIL_CONCURRENCY / this.emailQueue.batchSize) + 1;
    this.queue
      .process('send', jobs, (job: Job<SendJob>) => this.handle(job))
      .catch((error: unknown) => this.logger.error({ err: error }, 'email worker stopped'));
  }

  /** Sends the job's messages; answers how many ended which way. */
  async handle(job: Job<SendJob>): Promise<Partial<Record<Outcome, number>>> {
    const { storeId, messageIds } = job.data;
    const claims = await this.recorder.claim(storeId, messageIds);
    const outcomes: Outcome[] = [];
    const claimed: ClaimedMessage[] = [];
    const requeued: Promise<void>[] = [];
    for (const id of messageIds) {
      const claim = claims.get(id);
      if (!claim) outcomes.push('nothing to send');
      else if ('heldUntil' in claim) {
        // Another sender has it; if that sender died, its claim can be taken over once it expires.
        requeued.push(this.emailQueue.later(storeId, id, claim.heldUntil.getTime() + 1_000));
        outcomes.push('busy');
      } else if ('notBefore' in claim) {
        requeued.push(this.emailQueue.later(storeId, id, claim.notBefore.getTime()));
        outcomes.push('not due');
      } else claimed.push(claim);
    }
    await Promise.all(requeued);

    const sendable: ClaimedMessage[] = [];
    const held: string[] = [];
    for (const message of claimed) {
      const refusal = this.refusal(message);
      if (refusal === 'hold') held.push(message.id);
      else if (refusal) outcomes.push(await this.finish(storeId, message, refusal.outcome, refusal.reason));
      else sendable.push(message);
    }
    if (held.length) {
      // A resumed campaign queues these again (SendingRecovery).
      await this.recorder.release(storeId, held, { type: 'held', data: { reason: `campaign ${claimed.find((m) => m.id === held[0])!.campaign_status}` } });
      outcomes.push(...held.map(() => 'held' as const));
    }

    const now = Date.now();
    const slots = job.data.domainHeld
      ? sendable.map(() => now)
      : await this.pacer.reserve(
          sendable.map((m) => domainOf(m.to_address!)),
          now,
        );
    const paced = sendable.filter((_, i) => slots[i] - now > MAX_PACING_WAIT_MS);
    if (paced.length) {
      // Their domain's slots are taken for them; they wait in the queue, not in this worker.
      await this.recorder.release(
        storeId,
        paced.map((m) => m.id),
        null,
      );
      await Promise.all(paced.map((m) => this.emailQueue.later(storeId, m.id, slots[sendable.indexOf(m)], { domainHeld: true })));
      outcomes.push(...paced.map(() => 'paced' as const));
    }
    const sends = sendable.flatMap((message, i) => (slots[i] - now > MAX_PACING_WAIT_MS ? [] : [this.inFlight(() => this.send(storeId, message, slots[i]))]));
    outcomes.push(...(await Promise.all(sends)));
    return outcomes.reduce<Partial<Record<Outcome, number>>>((counts, o) => ({ ...counts, [o]: (counts[o] ?? 0) + 1 }), {});
  }

  /** Why a claimed message must not go now ('hold': its campaign is paused or completed), if it must not. */
  private refusal(message: ClaimedMessage): { outcome: 'cancelled' | 'failed'; reason: string } | 'hold' | null {
    if (!['queued', 'scheduled', 'sent', 'opened'].includes(message.outreach_status) && message.kind === 'initial')
      return { outcome: 'cancelled', reason: `the outreach is ${message.outreach_status}` };
    // A follow-up queued just before the creator answered (or the outreach was stopped) stays unsent.
    if (!['sent', 'opened'].includes(message.outreach_status) && message.kind === 'follow_up')
      return { outcome: 'cancelled', reason: `the outreach is ${message.outreach_status}` };
    if (message.suppressed) return { outcome: 'cancelled', reason: 'suppressed' };
    if (message.campaign_status === 'paused' || message.campaign_status === 'completed') return 'hold';
    if (!message.from_email || !message.from_name) return { outcome: 'failed', reason: 'no sender identity: set one in Settings → Channels' };
    if (!message.to_address) return { outcome: 'failed', reason: 'no recipient address' };
    return null;
  }

  private async send(storeId: string, message: ClaimedMessage, slot: number): Promise<Outcome> {
    try {
      const content = message.text ? { subject: message.subject ?? '', text: message.text, html: message.html } : await this.render(storeId, message);
      if (!content) return await this.finish(storeId, message, 'failed', 'the template was deleted before the message was sent');
      const wait = slot - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const composed = this.composer.compose({
        messageRowId: message.id,
        outreachId: message.outreach_id,
        from: { name: message.from_name!, address: message.from_email! },
        to: message.to_address!,
        subject: content.subject,
        text: content.text,
        html: content.html ?? '',
        store: { name: message.store_name, postalAddress: message.postal_address },
        replyDomain: message.reply_domain,
        inReplyTo: message.in_reply_to,
        references: message.references_header?.split(' ').filter(Boolean),
      });
      const receipt = await this.transport.send(composed.mail);
      const sentAt = this.clock.now();
      const bulkId = await this.recorder.sent(storeId, message.id, {
        messageIdHeader: composed.messageId,
        subject: content.subject,
        text: content.text,
        html: content.html ?? '',
        provider: receipt.providerMessageId,
        sentAt,
        nextFollowUpAt: message.kind === 'initial' ? firstFollowUpAt(message, sentAt) : null,
      });
      if (bulkId) this.progress.touch(storeId, bulkId);
      return 'sent';
    } catch (error) {
      if (error instanceof DeliveryError && error.failure === 'hard') return this.finish(storeId, message, 'bounced', error.message);
      if (error instanceof DeliveryError && error.failure === 'failed') return this.finish(storeId, message, 'failed', error.message);
      // A temporary failure (SMTP 4xx, timeout, throttling) or our own trouble (database, rendering).
      return this.retryLater(storeId, message, error as Error).catch((retryError: unknown) => {
        // The database is down too: the claim expires and the recovery sweep queues the message again.
        this.logger.error({ err: retryError, messageId: message.id }, 'could not queue a retry');
        return 'deferred' as const;
      });
    }
  }

  /** Back to the queue with exponential backoff, counted by the row's attempts; out of attempts → failed. */
  private async retryLater(storeId: string, message: ClaimedMessage, error: Error): Promise<Outcome> {
    if (!(error instanceof DeliveryError)) this.logger.warn({ err: error, messageId: message.id }, 'email not sent; retrying');
    if (message.attempts >= this.config.EMAIL_MAX_ATTEMPTS)
      return this.finish(storeId, message, 'failed', `gave up after ${message.attempts} attempts: ${error.message}`);
    await this.recorder.release(storeId, [message.id], { type: 'deferred', data: { reason: error.message, attempt: message.attempts } }, error.message);
    await this.emailQueue.later(storeId, message.id, Date.now() + this.backoff(message.attempts));
    return 'deferred';
  }

  private async finish(storeId: string, message: ClaimedMessage, outcome: 'bounced' | 'failed' | 'cancelled', reason: string): Promise<Outcome> {
    const bulkId = await this.recorder.finish(storeId, message.id, outcome, reason);
    if (bulkId) this.progress.touch(storeId, bulkId);
    return outcome;
  }

  /** Bulk sends and templated follow-ups leave rendering to the worker: the creator's data as it is at send time. */
  private async render(storeId: string, message: ClaimedMessage): Promise<{ subject: string; text: string; html: string } | null> {
    const rendered = await this.sharedRows.render(storeId, message);
    if (!rendered) return null;
    // A follow-up may carry its subject ("Re: …" in the thread); a bulk message takes the template's.
    return { subject: message.subject ?? rendered.subject ?? '', text: rendered.body, html: rendered.html ?? '' };
  }
}
