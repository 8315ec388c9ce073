import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import type { FailureClass } from '@parley/server-email';
import { SuppressionsService } from '@parley/server-suppressions';
import { OutreachTimeline } from './outreach-timeline';
import { OutreachStopper } from './stop-outreach';

export interface SentMessageRef {
  id: string;
  storeId: string;
  outreachId: string;
  toAddress: string | null;
}

/**
 * What mail servers report after a send (SES events now; RFC 3464 reports at the inbound endpoint
 * with replies): hard bounces bounce the outreach and suppress the address; a soft bounce is noted,
 * and only a second one for the same message bounces it (without suppressing); complaints suppress.
 */
@Injectable()
export class DeliveryReports {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly suppressions: SuppressionsService,
    private readonly stopper: OutreachStopper,
    private readonly timeline: OutreachTimeline,
  ) {}

  /** Our message by the provider's id or by its Message-ID (either may be what the report quotes). */
  async findMessage(providerId: string | null, messageIdHeader: string | null): Promise<SentMessageRef | null> {
    const header = messageIdHeader?.replace(/^<|>$/g, '') ?? null;
    if (!providerId && !header) return null;
    const [row] = await this.tenancy.acrossStores<{ id: string; store_id: string; outreach_id: string; to_address: string | null }>(
      `SELECT id, store_id, outreach_id, to_address FROM outreach_messages
        WHERE direction = 'out' AND ((provider_message_id = $1 AND $1 IS NOT NULL) OR (message_id = $2 AND $2 IS NOT NULL)) LIMIT 1`,
      [providerId, header],
    );
    return row ? { id: row.id, storeId: row.store_id, outreachId: row.outreach_id, toAddress: row.to_address } : null;
  }

  async failure(message: SentMessageRef, recipient: string, failure: FailureClass, diagnostic: string, source: string): Promise<void> {
    if (failure === 'hard') {
      await this.suppressions.add(message.storeId, recipient, 'hard_bounce', diagnostic.slice(0, 500));
      await this.markMessage(message, 'bounced', diagnostic);
      await this.stopper.stop(message.storeId, message.outreachId, 'bounced', { type: 'bounced', messageId: message.id, data: { recipient, diagnostic, source, hard: true } }, diagnostic);
      return;
    }
    const [{ earlier }] = await this.tenancy.query<{ earlier: number }>(
      message.storeId,
      `SELECT count(*)::int AS earlier FROM outreach_events WHERE store_id = $1 AND message_id = $2 AND type = 'deferred' AND data->>'soft' = 'true'`,
      [message.id],
    );
    if (failure === 'soft' && earlier === 0) {
      await this.event(message, 'deferred', { recipient, diagnostic, source, soft: true });
      return;
    }
    await this.markMessage(message, failure === 'soft' ? 'bounced' : 'failed', diagnostic);
    await this.stopper.stop(message.storeId, message.outreachId, failure === 'soft' ? 'bounced' : 'failed', { type: failure === 'soft' ? 'bounced' : 'failed', messageId: message.id, data: { recipient, diagnostic, source, hard: false } }, diagnostic);
  }

  async complaint(message: SentMessageRef, recipient: string, feedbackType: string | null, source: string): Promise<void> {
    await this.suppressions.add(message.storeId, recipient, 'complaint', `marked as spam${feedbackType ? ` (${feedbackType})` : ''} via ${source}`);
    await this.stopper.stop(message.storeId, message.outreachId, 'unsubscribed', { type: 'complained', messageId: message.id, data: { recipient, feedbackType, source } }, 'complaint: the recipient marked the email as spam');
  }

  async delivered(message: SentMessageRef, data: Record<string, unknown>): Promise<void> {
    await this.event(message, 'delivered', data);
  }

  private async markMessage(message: SentMessageRef, status: 'bounced' | 'failed', diagnostic: string): Promise<void> {
    await this.tenancy.query(message.storeId, `UPDATE outreach_messages SET status = $3, error = $4, updated_at = now() WHERE store_id = $1 AND id = $2`, [message.id, status, diagnostic.slice(0, 1000)]);
  }

  private event(message: SentMessageRef, type: 'deferred' | 'delivered', data: Record<string, unknown>): Promise<void> {
    return this.timeline.record(message.storeId, { outreachId: message.outreachId, messageId: message.id, type, data });
  }
}
