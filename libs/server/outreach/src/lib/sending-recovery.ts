import { Inject, Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { Cron, CronExpression } from '@nestjs/schedule';
import type { Channel } from '@parley/shared-types';
import { APP_CONFIG, CAMPAIGN_STATUS_CHANGED, PeriodicJobs, Tenancy, type AppConfig, type CampaignStatusChangedEvent } from '@parley/server-core';
import { OutboundMessages } from './outbound-messages';

/** How long a queued message may sit without being tried before the sweep queues it again. */
const STALE_QUEUED_SECONDS = 120;
/** How long after its time a scheduled message untouched since is taken to have lost its job. */
const SCHEDULED_GRACE_SECONDS = 10;

/**
 * Scheduled outreach, with the database as the truth about what still has to go: every minute this
 * re-queues due messages whose job was lost (Redis flushed, a crash between commit and enqueue) and
 * claims left by a dead sender; and it queues a resumed campaign's held messages at once. Re-queuing is always safe: a job
 * id is its send batch's (or single message's) id, so a job still waiting is not doubled, and the
 * row claim lets a message go only once.
 */
@Injectable()
export class SendingRecovery {
  private readonly logger = new Logger(SendingRecovery.name);

  constructor(
    private readonly tenancy: Tenancy,
    private readonly outbound: OutboundMessages,
    private readonly periodic: PeriodicJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Cron(CronExpression.EVERY_MINUTE, { name: 'outreach.send-scheduled' })
  async run(): Promise<void> {
    await this.periodic.run('outreach.send-scheduled', () => this.sweep());
  }

  async sweep(): Promise<number> {
    // Missing a job: a scheduled message not touched since its time came (its delayed job should have
    // claimed it at once), or any queued message untouched for a couple of minutes.
    const rows = await this.tenancy.acrossStores<{ id: string; store_id: string; send_batch: string | null; channel: Channel }>(
      `SELECT m.id, m.store_id, m.send_batch, m.channel FROM outreach_messages m
         JOIN influencer_outreach o ON o.id = m.outreach_id
         LEFT JOIN influencer_campaigns c ON c.id = o.campaign_id
        WHERE m.direction = 'out'
          AND ((m.status IN ('queued', 'scheduled') AND m.scheduled_for IS NOT NULL AND m.scheduled_for <= now() - make_interval(secs => $3) AND m.updated_at < m.scheduled_for)
               OR (m.status IN ('queued', 'scheduled') AND m.updated_at < now() - make_interval(secs => $1) AND (m.scheduled_for IS NULL OR m.scheduled_for <= now()))
               OR (m.status = 'sending' AND m.claimed_at < now() - make_interval(secs => $2)))
          AND (c.status IS NULL OR c.status IN ('draft', 'active'))
        ORDER BY m.updated_at LIMIT 5000`,
      [STALE_QUEUED_SECONDS, this.config.EMAIL_CLAIM_TIMEOUT_SECONDS, SCHEDULED_GRACE_SECONDS],
    );
    if (rows.length) {
      await this.outbound.dispatch(rows.map((r) => ({ storeId: r.store_id, messageId: r.id, sendBatch: r.send_batch, channel: r.channel })));
      this.logger.log({ count: rows.length }, 're-queued messages whose jobs were missing or whose sender died');
    }
    return rows.length;
  }

  @OnEvent(CAMPAIGN_STATUS_CHANGED)
  async campaignResumed(event: CampaignStatusChangedEvent): Promise<void> {
    if (event.to !== 'active') return;
    const rows = await this.tenancy.query<{ id: string; scheduled_for: Date | null; send_batch: string | null; channel: Channel }>(
      event.storeId,
      `SELECT m.id, m.scheduled_for, m.send_batch, m.channel FROM outreach_messages m JOIN influencer_outreach o ON o.id = m.outreach_id
        WHERE m.store_id = $1 AND o.campaign_id = $2 AND m.direction = 'out' AND m.status IN ('queued', 'scheduled')`,
      [event.campaignId],
    );
    await this.outbound.dispatch(rows.map((r) => ({ storeId: event.storeId, messageId: r.id, sendBatch: r.send_batch, notBefore: r.scheduled_for, channel: r.channel })));
  }
}
