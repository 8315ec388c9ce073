import { Injectable } from '@nestjs/common';
import { Tenancy } from '@parley/server-core';
import { LiveEvents } from '@parley/server-live';
import { NotificationsService } from '@parley/server-notifications';
import { WebhookPublisher } from '@parley/server-webhooks';
import type { Categorised } from './reply-categoriser';
import { REVIEW_BELOW } from './reply-categoriser';

const LABELS: Record<Categorised['category'], string> = {
  interested: 'interested',
  questions: 'has questions',
  declined: 'declined',
  rate_negotiation: 'talks rates',
  auto_reply: 'auto-reply',
  spam: 'looks like spam',
};

/** Tells the team at once (a notification, listed and pushed over SSE; a `reply.received` event for open inboxes) and integrators (the `reply.received` webhook). */
@Injectable()
export class ReplyNotifier {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEvents,
    private readonly webhooks: WebhookPublisher,
  ) {}

  async replied(storeId: string, outreachId: string, categorised: Categorised, newest: string): Promise<void> {
    const [who] = await this.tenancy.query<{ name: string; influencer_id: string }>(
      storeId,
      `SELECT COALESCE(NULLIF(i.display_name, ''), i.username) AS name, i.id AS influencer_id FROM influencer_outreach o JOIN influencers i ON i.id = o.influencer_id WHERE o.store_id = $1 AND o.id = $2`,
      [outreachId],
    );
    const data = { category: categorised.category, sentiment: categorised.sentiment, confidence: categorised.confidence, needsReview: categorised.confidence < REVIEW_BELOW };
    await this.live.publish(storeId, 'reply.received', { outreachId, ...data });
    await this.notifications.notify(storeId, { type: 'reply.received', title: `${who?.name ?? 'A creator'} ${LABELS[categorised.category]}`, body: newest.slice(0, 280), outreachId, data });
    await this.webhooks.publish(storeId, 'reply.received', [{ outreachId, influencerId: who?.influencer_id ?? null, replyText: newest, ...data }]);
  }
}
