import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ChannelConnections, DmAdapters, PlatformError, dmWindow, type ResolvedConnection } from '@parley/server-channels';
import { APP_CONFIG, Clock, InjectQueueByName, Tenancy, cappedBackoff, type AppConfig } from '@parley/server-core';
import type { RenderedCreator } from '@parley/server-templates';
import { DM_PLATFORM_OF, QueueName, type AssistReason, type DmChannel, type SendWindow } from '@parley/shared-types';
import type { Job, Queue } from 'bull';
import { BulkProgressNotifier } from '../bulk-progress-notifier';
import { CLAIM_CONTEXT_COLUMNS, CLAIM_CONTEXT_JOINS, DeliveryRecorder, claimable } from '../delivery-recorder';
import { firstFollowUpAt } from '../follow-ups/follow-up-rows';
import { SharedRenderRows } from '../shared-render-rows';
import { DmConversations, type ConversationRow } from './dm-conversations';
import { DmQueue, type DmJob } from './dm-queue';

/** A claimed DM with what deciding and sending it needs. */
interface ClaimedDm {
  id: string;
  outreach_id: string;
  channel: DmChannel;
  kind: string;
  text: string;
  attempts: number;
  /** The status before this claim: `sending` means an earlier attempt died mid-send. */
  was: string;
  template_id: string | null;
  outreach_status: string;
  campaign_id: string | null;
  campaign_status: string | null;
  influencer_id: string;
  creator: RenderedCreator;
  follow_ups_paused: boolean;
  follow_up_days: number[] | null;
  send_window: SendWindow | null;
  no_response_after_days: number | null;
  influencer_zone: string | null;
  store_zone: string;
}

/** DMs in flight at once per process: each waits on the platform (Instagram allows 300 sends a second per account). */
const DMS_AT_ONCE = 8;

/** The outreach statuses in which each kind of message may still go. */
const LIVE_OUTREACH = {
  initial: ['queued', 'scheduled'],
  follow_up: ['sent', 'opened'],
  response: ['ready_to_send', 'sent', 'opened', 'replied', 'interested', 'declined', 'no_response'],
};

type Outcome = 'sent' | 'assisted' | 'failed' | 'cancelled' | 'held' | 'deferred' | 'nothing to send';

/**
 * Sends a DM, or leaves it to a person. Neither platform lets a business write first, and both close
 * the conversation some time after the creator's last message (TikTok also caps our messages in it),
 * so each message asks: is the account connected, has the creator written, is the window open? If so
 * it goes by API; if not, or if the platform refuses it anyway, it becomes an assisted task
 * (ready_to_send) with its text, never an error. A refusal that says the creator cannot be reached
 * fails the message without retrying; a rate limit or outage retries with backoff. A claim found
 * mid-send (the process died) is never sent again: it becomes a task marked unconfirmed.
 */
@Injectable()
export class DmSendWorker implements OnModuleInit {
  private readonly logger = new Logger(DmSendWorker.name);
  private readonly backoff: (attempts: number) => number;

  constructor(
    @InjectQueueByName(QueueName.Dm) private readonly queue: Queue<DmJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenancy: Tenancy,
    private readonly recorder: DeliveryRecorder,
    private readonly dmQueue: DmQueue,
    private readonly adapters: DmAdapters,
    private readonly connections: ChannelConnections,
    private readonly conversations: DmConversations,
    private readonly sharedRows: SharedRenderRows,
    private readonly progress: BulkProgressNotifier,
    private readonly clock: Clock,
  ) {
    this.backoff = cappedBackoff(config.EMAIL_RETRY_FIRST_DELAY_MS, config.EMAIL_RETRY_MAX_DELAY_MS);
  }

  onModuleInit(): void {
    this.queue.process('send', DMS_AT_ONCE, (job: Job<DmJob>) => this.handle(job.data)).catch((error: unknown) => this.logger.error({ err: error }, 'DM worker stopped'));
  }

  async handle({ storeId, messageId }: DmJob): Promise<Outcome> {
    const message = await this.claim(storeId, messageId);
    if (!message) return 'nothing to send';
    // A message queued just before the outreach was answered, stopped or cancelled stays unsent.
    if (!LIVE_OUTREACH[message.kind as keyof typeof LIVE_OUTREACH]?.includes(message.outreach_status)) return this.finish(storeId, message, 'cancelled', `the outreach is ${message.outreach_status}`);
    if (message.campaign_status === 'paused' || message.campaign_status === 'completed') {
      // A resumed campaign queues it again (SendingRecovery).
      await this.recorder.release(storeId, [message.id], { type: 'held', data: { reason: `campaign ${message.campaign_status}` } });
      return 'held';
    }
    // Bulk DMs and templated follow-ups are rendered when they go, like emails: the creator's data as it is then.
    const text = message.text || (await this.sharedRows.render(storeId, message))?.body;
    if (!text) return this.finish(storeId, message, 'failed', 'the template was deleted before the message was sent');
    // An earlier attempt died between calling the platform and recording the answer: it may have gone.
    if (message.was === 'sending') return this.assist(storeId, message, text, 'unconfirmed');

    const adapter = this.adapters.forChannel(message.channel);
    const connection = await this.connections.forStore(storeId, DM_PLATFORM_OF[message.channel]);
    if (!connection) return this.assist(storeId, message, text, 'not_connected');
    if (connection.status !== 'connected') return this.assist(storeId, message, text, 'token_expired');
    const conversation = await this.conversations.of(storeId, message.channel, message.influencer_id);
    const humanWritten = message.kind === 'response';
    const now = this.clock.now();
    const window = dmWindow(adapter.capabilities, conversation && { lastInboundAt: conversation.last_inbound_at, sentSinceInbound: conversation.sent_since_inbound }, now, { humanWritten });
    if (!window.open) return this.assist(storeId, message, text, window.reason);
    return this.sendByApi(storeId, message, text, connection, conversation!, window.humanAgent);
  }

  private async sendByApi(storeId: string, message: ClaimedDm, text: string, connection: ResolvedConnection, conversation: ConversationRow, humanAgent: boolean): Promise<Outcome> {
    const adapter = this.adapters.forChannel(message.channel);
    const to = { platformUserId: conversation.platform_user_id, conversationId: conversation.conversation_id };
    try {
      let sent;
      try {
        sent = await adapter.send(connection, to, text, { humanAgent });
      } catch (error) {
        // The platform's clock is the judge of its window: past 24 h by its count, a person's message may still go tagged.
        const retryTagged = error instanceof PlatformError && error.failure === 'outside_window' && !humanAgent && message.kind === 'response' && adapter.capabilities.humanAgentWindowHours !== null;
        if (!retryTagged) throw error;
        sent = await adapter.send(connection, to, text, { humanAgent: true });
      }
      const sentAt = this.clock.now();
      await this.conversations.countSent(storeId, conversation.id);
      const bulkId = await this.recorder.sent(storeId, message.id, {
        messageIdHeader: sent.messageId,
        subject: null,
        text,
        html: null,
        provider: sent.messageId,
        sentAt,
        nextFollowUpAt: message.kind === 'initial' ? firstFollowUpAt(message, sentAt) : null,
      });
      if (bulkId) this.progress.touch(storeId, bulkId);
      return 'sent';
    } catch (error) {
      if (!(error instanceof PlatformError)) return this.retryLater(storeId, message, error as Error);
      switch (error.failure) {
        case 'outside_window':
        case 'quota':
        case 'region':
          return this.assist(storeId, message, text, error.failure);
        case 'token_invalid':
          await this.connections.markExpired(storeId, DM_PLATFORM_OF[message.channel], error.message);
          return this.assist(storeId, message, text, 'token_expired');
        case 'rate_limited':
        case 'transient':
          return this.retryLater(storeId, message, error, error.retryAfterMs);
        case 'recipient_unavailable':
        case 'no_recipient':
        case 'too_long':
        case 'invalid_request':
          // Sending again would not help: the creator blocked us or cannot be reached, or the message itself is refused.
          return this.finish(storeId, message, 'failed', `${adapter.platform === 'instagram' ? 'Instagram' : 'TikTok'} refused it: ${error.message}`);
      }
    }
  }

  private async assist(storeId: string, message: ClaimedDm, text: string, reason: AssistReason): Promise<Outcome> {
    const bulkId = await this.recorder.assist(storeId, message.id, text, reason);
    if (bulkId) this.progress.touch(storeId, bulkId);
    return 'assisted';
  }

  private async finish(storeId: string, message: ClaimedDm, outcome: 'failed' | 'cancelled', reason: string): Promise<Outcome> {
    const bulkId = await this.recorder.finish(storeId, message.id, outcome, reason);
    if (bulkId) this.progress.touch(storeId, bulkId);
    return outcome;
  }

  /** Back to the queue with backoff (at least what the platform asked for); out of attempts → failed. */
  private async retryLater(storeId: string, message: ClaimedDm, error: Error, retryAfterMs: number | null = null): Promise<Outcome> {
    if (!(error instanceof PlatformError)) this.logger.warn({ err: error, messageId: message.id }, 'DM not sent; retrying');
    if (message.attempts >= this.config.EMAIL_MAX_ATTEMPTS) return this.finish(storeId, message, 'failed', `gave up after ${message.attempts} attempts: ${error.message}`);
    await this.recorder.release(storeId, [message.id], { type: 'deferred', data: { reason: error.message, attempt: message.attempts } }, error.message);
    await this.dmQueue.later(storeId, message.id, Date.now() + Math.max(retryAfterMs ?? 0, this.backoff(message.attempts)));
    return 'deferred';
  }

  /** queued (and due) → sending, or a claim older than the timeout; with its outreach, creator and campaign. */
  private async claim(storeId: string, messageId: string): Promise<ClaimedDm | null> {
    const rows = await this.tenancy.query<ClaimedDm>(
      storeId,
      `WITH old AS (SELECT id, status FROM outreach_messages WHERE store_id = $1 AND id = $2 AND direction = 'out' FOR UPDATE),
       m AS (
         UPDATE outreach_messages x SET status = 'sending', claimed_at = now(), attempts = x.attempts + 1, updated_at = now()
           FROM old
          WHERE x.store_id = $1 AND x.id = old.id AND ${claimable('x')}
          RETURNING x.id, x.outreach_id, x.channel, x.kind, x.text, x.attempts, old.status AS was, x.template_id AS message_template_id)
       SELECT m.*, ${CLAIM_CONTEXT_COLUMNS} FROM m ${CLAIM_CONTEXT_JOINS}`,
      [messageId, this.config.EMAIL_CLAIM_TIMEOUT_SECONDS],
    );
    return rows[0] ?? null;
  }
}
