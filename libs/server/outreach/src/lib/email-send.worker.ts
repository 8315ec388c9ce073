import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { EmailComposer, EmailTransport, DeliveryError, domainOf } from '@parley/server-email';
import { APP_CONFIG, InjectQueueByName, type AppConfig } from '@parley/server-core';
import { TemplateRenderer, renderSubjectOf } from '@parley/server-templates';
import { QueueName } from '@parley/shared-types';
import type { Job, Queue } from 'bull';
import { BulkProgressNotifier } from './bulk-progress-notifier';
import { DeliveryRecorder, type ClaimedMessage } from './delivery-recorder';
import { DomainPacer } from './domain-pacer';
import { EmailQueue, type SendJob } from './email-queue';
import { SharedRenderRows } from './shared-render-rows';

/** A job that must run again later without counting as a failure of the message (another sender holds it). */
class TryLater extends Error {}

/** Longest a send waits in the worker for its domain slot; later slots go back to the queue as delayed jobs. */
const MAX_PACING_WAIT_MS = 2_000;

/**
 * Sends one email per job: claim the row (so it goes once however often the job runs), check what
 * may have changed since it was queued (campaign paused, address suppressed, outreach cancelled),
 * render when the bulk left that to us, wait for the recipient domain's slot, send, record.
 */
@Injectable()
export class EmailSendWorker implements OnModuleInit {
  private readonly logger = new Logger(EmailSendWorker.name);

  constructor(
    @InjectQueueByName(QueueName.Email) private readonly queue: Queue<SendJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly recorder: DeliveryRecorder,
    private readonly composer: EmailComposer,
    private readonly transport: EmailTransport,
    private readonly pacer: DomainPacer,
    private readonly emailQueue: EmailQueue,
    private readonly sharedRows: SharedRenderRows,
    private readonly renderer: TemplateRenderer,
    private readonly progress: BulkProgressNotifier,
  ) {}

  onModuleInit(): void {
    this.queue.on('failed', (job: Job<SendJob>, error: Error) => {
      if (!(error instanceof TryLater)) this.logger.warn({ err: error, messageId: job.data.messageId, attempt: job.attemptsMade }, 'email job failed');
    });
    this.queue.process('send', this.config.EMAIL_CONCURRENCY, (job: Job<SendJob>) => this.handle(job)).catch((error: unknown) => this.logger.error({ err: error }, 'email worker stopped'));
  }

  async handle(job: Job<SendJob>): Promise<string> {
    const { storeId, messageId } = job.data;
    const claimed = await this.recorder.claim(storeId, messageId);
    if (claimed === 'busy') throw new TryLater('another sender holds this message; trying again later');
    if (claimed === null) return 'nothing to send';
    if ('notBefore' in claimed) {
      await this.emailQueue.later({ storeId, messageId }, claimed.notBefore.getTime());
      return 'not due yet';
    }
    try {
      return await this.deliver(job, claimed);
    } catch (error) {
      if (error instanceof DeliveryError) return this.failed(job, claimed, error);
      // Our own trouble (database, rendering): give the claim back and let the queue retry.
      await this.recorder.release(storeId, messageId, null, (error as Error).message).catch(() => undefined);
      throw error;
    }
  }

  private async deliver(job: Job<SendJob>, message: ClaimedMessage): Promise<string> {
    const { storeId } = job.data;
    if (!['queued', 'scheduled', 'sent', 'opened'].includes(message.outreach_status) && message.kind === 'initial') {
      return this.finish(storeId, message, 'cancelled', `the outreach is ${message.outreach_status}`);
    }
    if (message.suppressed) return this.finish(storeId, message, 'cancelled', 'suppressed');
    if (message.campaign_status === 'paused' || message.campaign_status === 'completed') {
      await this.recorder.release(storeId, message.id, { type: 'held', data: { reason: `campaign ${message.campaign_status}` } });
      return `held: campaign ${message.campaign_status}`;
    }
    if (!message.from_email || !message.from_name) return this.finish(storeId, message, 'failed', 'no sender identity: set one in Settings → Channels');
    if (!message.to_address) return this.finish(storeId, message, 'failed', 'no recipient address');

    const content = message.text ? { subject: message.subject ?? '', text: message.text, html: message.html } : await this.render(storeId, message);
    if (!content) return this.finish(storeId, message, 'failed', 'the template was deleted before the message was sent');

    if (!(job.data.pacedAt && Date.now() >= job.data.pacedAt - 50)) {
      const slot = await this.pacer.reserve(domainOf(message.to_address));
      const wait = slot - Date.now();
      if (wait > MAX_PACING_WAIT_MS) {
        await this.recorder.release(storeId, message.id, null);
        await this.emailQueue.later({ ...job.data, pacedAt: slot }, slot);
        return `paced until ${new Date(slot).toISOString()}`;
      }
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }

    const composed = this.composer.compose({
      messageRowId: message.id,
      outreachId: message.outreach_id,
      from: { name: message.from_name, address: message.from_email },
      to: message.to_address,
      subject: content.subject,
      text: content.text,
      html: content.html ?? '',
      store: { name: message.store_name, postalAddress: message.postal_address },
      replyDomain: message.reply_domain,
    });
    const receipt = await this.transport.send(composed.mail);
    const bulkId = await this.recorder.sent(storeId, message.id, {
      messageIdHeader: composed.messageId,
      subject: content.subject,
      text: content.text,
      html: content.html ?? '',
      provider: receipt.providerMessageId,
    });
    if (bulkId) this.progress.touch(storeId, bulkId);
    return 'sent';
  }

  private async failed(job: Job<SendJob>, message: ClaimedMessage, error: DeliveryError): Promise<string> {
    const { storeId } = job.data;
    if (error.failure === 'hard') return this.finish(storeId, message, 'bounced', error.message);
    if (error.failure === 'failed') return this.finish(storeId, message, 'failed', error.message);
    const attempts = job.opts.attempts ?? 1;
    if (job.attemptsMade + 1 >= attempts) return this.finish(storeId, message, 'failed', `gave up after ${attempts} attempts: ${error.message}`);
    await this.recorder.release(storeId, message.id, { type: 'deferred', data: { reason: error.message, attempt: job.attemptsMade + 1 } }, error.message);
    this.logger.debug({ messageId: message.id, reason: error.message }, 'temporary failure, retrying');
    throw new TryLater(error.message);
  }

  private async finish(storeId: string, message: ClaimedMessage, outcome: 'bounced' | 'failed' | 'cancelled', reason: string): Promise<string> {
    const bulkId = await this.recorder.finish(storeId, message.id, outcome, reason);
    if (bulkId) this.progress.touch(storeId, bulkId);
    return `${outcome}: ${reason}`;
  }

  /** Bulk sends leave rendering to the worker: the creator's data as it is at send time. */
  private async render(storeId: string, message: ClaimedMessage): Promise<{ subject: string; text: string; html: string } | null> {
    if (!message.template_id) return null;
    const shared = await this.sharedRows.get(storeId, message.template_id, message.campaign_id);
    if (!shared) return null;
    const rendered = await this.renderer.render(shared.template, renderSubjectOf(message.creator, shared.store, shared.campaign));
    return { subject: rendered.subject ?? '', text: rendered.body, html: rendered.html ?? '' };
  }
}
