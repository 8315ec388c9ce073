import { Module } from '@nestjs/common';
import { EmailModule } from '@parley/server-email';
import { LiveEventsModule } from '@parley/server-live';
import { NotificationsModule } from '@parley/server-notifications';
import { WebhooksCoreModule } from '@parley/server-webhooks';
import { ContractViews } from '../contract-views';
import { OutreachTrail } from '../outreach-trail';
import { CampaignPerformance } from './campaign-performance';
import { CreatorNotices } from './creator-notices';
import { CampaignPerformanceController, DeliveriesController } from './deliveries.controller';
import { DeliveriesService } from './deliveries.service';

/** Delivery tracking: the approval workflow, figures with their history, the brief check and campaign performance. */
@Module({
  imports: [EmailModule, LiveEventsModule, NotificationsModule, WebhooksCoreModule],
  controllers: [DeliveriesController, CampaignPerformanceController],
  providers: [DeliveriesService, CampaignPerformance, CreatorNotices, ContractViews, OutreachTrail],
  exports: [DeliveriesService],
})
export class DeliveriesModule {}
