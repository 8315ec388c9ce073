import { Module } from '@nestjs/common';
import { EmailModule } from '@parley/server-email';
import { LiveEventsModule } from '@parley/server-live';
import { SuppressionsModule } from '@parley/server-suppressions';
import { TemplatesModule } from '@parley/server-templates';
import { BulkProgressNotifier } from './bulk-progress-notifier';
import { DeliveryRecorder } from './delivery-recorder';
import { DeliveryReports } from './delivery-reports';
import { DomainPacer } from './domain-pacer';
import { EmailQueue } from './email-queue';
import { EmailSendWorker } from './email-send.worker';
import { OutreachController } from './outreach.controller';
import { OutreachService } from './outreach.service';
import { OutreachTimeline } from './outreach-timeline';
import { SendingRecovery } from './sending-recovery';
import { SharedRenderRows } from './shared-render-rows';
import { SesWebhookController } from './ses-webhook.controller';
import { OutreachStopper } from './stop-outreach';
import { TrackingEndpoints } from './tracking-endpoints';
import { TrackingRecorder } from './tracking-recorder';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeService } from './unsubscribe.service';

/** What the API and the workers share: creating, recording and stopping outreach. */
@Module({
  imports: [EmailModule, TemplatesModule, SuppressionsModule, LiveEventsModule],
  providers: [OutreachService, OutreachTimeline, EmailQueue, DeliveryRecorder, DeliveryReports, OutreachStopper, BulkProgressNotifier, TrackingRecorder, UnsubscribeService, SendingRecovery],
  exports: [OutreachService, EmailQueue, DeliveryRecorder, DeliveryReports, OutreachStopper, BulkProgressNotifier, TrackingRecorder, UnsubscribeService, SendingRecovery, EmailModule, TemplatesModule],
})
export class OutreachCoreModule {}

/** The outreach API, unsubscribe pages, the SES webhook and the tracking links (mounted by createApp, see TrackingEndpoints). */
@Module({
  imports: [OutreachCoreModule, EmailModule],
  controllers: [OutreachController, UnsubscribeController, SesWebhookController],
  providers: [TrackingEndpoints],
  exports: [TrackingEndpoints],
})
export class OutreachModule {}

/** The email sender: one job per outgoing message. */
@Module({
  imports: [OutreachCoreModule],
  providers: [EmailSendWorker, DomainPacer, SharedRenderRows],
})
export class OutreachJobsModule {}
