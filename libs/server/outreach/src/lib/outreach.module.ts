import { Module } from '@nestjs/common';
import { ChannelsModule } from '@parley/server-channels';
import { EmailModule } from '@parley/server-email';
import { LiveEventsModule } from '@parley/server-live';
import { SuppressionsModule } from '@parley/server-suppressions';
import { TemplatesModule } from '@parley/server-templates';
import { BulkProgressNotifier } from './bulk-progress-notifier';
import { DeliveryRecorder } from './delivery-recorder';
import { DeliveryReports } from './delivery-reports';
import { AssistedTasks } from './dm/assisted-tasks';
import { AssistedTasksController } from './dm/assisted-tasks.controller';
import { DmConversations } from './dm/dm-conversations';
import { DmQueue } from './dm/dm-queue';
import { DmSendWorker } from './dm/dm-send.worker';
import { DomainPacer } from './domain-pacer';
import { EmailQueue } from './email-queue';
import { EmailSendWorker } from './email-send.worker';
import { EngagementProcessor } from './follow-ups/engagement-processor';
import { FollowUpContentChooser } from './follow-ups/follow-up-content';
import { CampaignFollowUps } from './follow-ups/follow-up-events';
import { FollowUpPlanner } from './follow-ups/follow-up-planner';
import { FollowUpProcessor } from './follow-ups/follow-up.processor';
import { FollowUpQueue } from './follow-ups/follow-up-queue';
import { FollowUpRows } from './follow-ups/follow-up-rows';
import { FollowUpSender } from './follow-ups/follow-up-sender';
import { FollowUpSweeper } from './follow-ups/follow-up-sweeper';
import { FollowUpsController } from './follow-ups/follow-ups.controller';
import { FollowUpsService } from './follow-ups/follow-ups.service';
import { OutboundMessages } from './outbound-messages';
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

const FOLLOW_UPS = [FollowUpRows, FollowUpQueue, FollowUpPlanner, FollowUpContentChooser, FollowUpSender, FollowUpsService, CampaignFollowUps];
const CORE = [
  OutreachService,
  OutreachTimeline,
  EmailQueue,
  DmQueue,
  OutboundMessages,
  DmConversations,
  DeliveryRecorder,
  DeliveryReports,
  OutreachStopper,
  BulkProgressNotifier,
  TrackingRecorder,
  UnsubscribeService,
  SendingRecovery,
  ...FOLLOW_UPS,
];

/** What the API and the workers share: creating, recording and stopping outreach, and planning and sending its follow-ups. */
@Module({
  imports: [EmailModule, TemplatesModule, SuppressionsModule, LiveEventsModule, ChannelsModule],
  providers: CORE,
  exports: [...CORE, EmailModule, TemplatesModule, ChannelsModule],
})
export class OutreachCoreModule {}

/** The outreach API, unsubscribe pages, the SES webhook and the tracking links (mounted by createApp, see TrackingEndpoints). */
@Module({
  imports: [OutreachCoreModule, EmailModule],
  controllers: [AssistedTasksController, OutreachController, FollowUpsController, UnsubscribeController, SesWebhookController],
  providers: [TrackingEndpoints, AssistedTasks],
  exports: [TrackingEndpoints],
})
export class OutreachModule {}

/** The email sender (a batch of messages per job), the DM sender, the follow-up jobs and sweeper, and tracking-event processing. */
@Module({
  imports: [OutreachCoreModule],
  providers: [EmailSendWorker, DmSendWorker, DomainPacer, SharedRenderRows, FollowUpProcessor, FollowUpSweeper, EngagementProcessor],
})
export class OutreachJobsModule {}
