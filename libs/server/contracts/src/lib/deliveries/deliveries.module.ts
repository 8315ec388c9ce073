import { Module } from '@nestjs/common';
import { EmailModule } from '@parley/server-email';
import { LiveEventsModule } from '@parley/server-live';
import { NotificationsModule } from '@parley/server-notifications';
import { WebhooksCoreModule } from '@parley/server-webhooks';
import { ContractsModule } from '../contracts.module';
import { CampaignPerformance } from './campaign-performance';
import { CreatorNotices } from './creator-notices';
import { CampaignPerformanceController, DeliveriesController, DeliveryLinkController, PublicDeliveriesController } from './deliveries.controller';
import { DeliveriesService } from './deliveries.service';
import { ContractsJobsModule } from '../contracts-jobs.module';
import { MetricsImport } from './metrics-import';
import { PublicDeliveries } from './public-deliveries';

/** Delivery tracking: the approval workflow, figures with their history and import, the brief check, reminders, the creator's page and campaign performance. */
@Module({
  imports: [ContractsModule, ContractsJobsModule, EmailModule, LiveEventsModule, NotificationsModule, WebhooksCoreModule],
  controllers: [DeliveriesController, DeliveryLinkController, PublicDeliveriesController, CampaignPerformanceController],
  providers: [DeliveriesService, CampaignPerformance, CreatorNotices, MetricsImport, PublicDeliveries],
  exports: [DeliveriesService],
})
export class DeliveriesModule {}
