import { Injectable, Logger } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import type { ContentDelivery } from '@parley/server-data';
import { EmailTransport } from '@parley/server-email';
import { ContractViews } from '../contract-views';
import { formatDate } from '../pdf/contract-format';

/**
 * Tells the creator what the team decided about their content: approved (go ahead and publish), or
 * sent back with the reason. From the store's sender identity; a failure is logged, never undoes the move.
 */
@Injectable()
export class CreatorNotices {
  private readonly logger = new Logger(CreatorNotices.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly views: ContractViews,
    private readonly transport: EmailTransport,
  ) {}

  async moved(storeId: string, d: ContentDelivery, move: 'approve' | 'reject'): Promise<void> {
    const sender = await this.views.senderOf(storeId);
    const [creator] = await this.tenancy.query<{ email: string | null; name: string; campaign: string }>(
      storeId,
      `SELECT i.email, COALESCE(NULLIF(i.display_name, ''), i.username) AS name, c.name AS campaign FROM influencers i, influencer_campaigns c WHERE i.store_id = $1 AND i.id = $2 AND c.id = $3`,
      [d.influencerId, d.campaignId],
    );
    if (!sender || !creator?.email) return;
    const what = `your ${d.deliverableType} for ${creator.campaign}`;
    const due = d.dueDate ? ` It is due on ${formatDate(d.dueDate)}.` : '';
    const mail =
      move === 'approve'
        ? { subject: `Approved: ${what}`, text: `Hi ${creator.name},\n\nWe approved ${what}: go ahead and publish it.${due}\n\n${d.contentUrl ?? ''}\n\n${sender.storeName}` }
        : { subject: `Changes requested: ${what}`, text: `Hi ${creator.name},\n\nThanks for ${what}. Before it goes live, please change this:\n\n${d.rejectionReason ?? ''}\n\nThen send the new version.${due}\n\n${sender.storeName}` };
    await this.transport
      .send({ from: { name: sender.fromName, address: sender.fromEmail }, to: creator.email, ...mail, headers: { 'Auto-Submitted': 'auto-generated' } })
      .catch((error: unknown) => this.logger.warn({ err: error, deliveryId: d.id }, 'could not email the creator about their content'));
  }
}
