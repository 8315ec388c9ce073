import { Module } from '@nestjs/common';
import { AiModule } from '@parley/server-ai';
import { ChannelsModule } from '@parley/server-channels';
import { EmailModule } from '@parley/server-email';
import { LiveEventsModule } from '@parley/server-live';
import { NotificationsModule } from '@parley/server-notifications';
import { OutreachCoreModule } from '@parley/server-outreach';
import { SuppressionsModule } from '@parley/server-suppressions';
import { TemplatesModule } from '@parley/server-templates';
import { WebhooksCoreModule } from '@parley/server-webhooks';
import { DmCreatorMatcher } from './dm/dm-creator-matcher';
import { DmInbound } from './dm/dm-inbound.service';
import { InstagramPoller } from './dm/instagram-poller';
import { InstagramWebhookController } from './dm/instagram-webhook.controller';
import { TiktokWebhookController } from './dm/tiktok-webhook.controller';
import { InboundMailController } from './inbound-mail.controller';
import { InboundMailService } from './inbound-mail.service';
import { InboundRetry } from './inbound-retry';
import { MailboxPoller } from './mailbox-poller';
import { RepliesController } from './replies.controller';
import { RepliesService } from './replies.service';
import { ReplyCategoriser } from './reply-categoriser';
import { ReplyMatcher } from './reply-matcher';
import { ReplyNotifier } from './reply-notifier';
import { ReplyRecorder } from './reply-recorder';
import { SuggestedResponses } from './suggested-responses';

const PIPELINE = [InboundMailService, ReplyMatcher, ReplyCategoriser, ReplyRecorder, ReplyNotifier, SuggestedResponses, RepliesService];
/** Instagram and TikTok direct messages into the same threads. */
const DM_PIPELINE = [DmInbound, DmCreatorMatcher];

@Module({
  imports: [
    OutreachCoreModule,
    EmailModule,
    AiModule,
    TemplatesModule,
    SuppressionsModule,
    LiveEventsModule,
    NotificationsModule,
    WebhooksCoreModule,
    ChannelsModule,
  ],
  providers: [...PIPELINE, ...DM_PIPELINE],
  exports: [...PIPELINE, ...DM_PIPELINE],
})
export class RepliesCoreModule {}

/** The inbound email and DM webhooks, logged replies, responses and the unmatched list. */
@Module({
  imports: [RepliesCoreModule, EmailModule],
  controllers: [InboundMailController, InstagramWebhookController, TiktokWebhookController, RepliesController],
})
export class RepliesModule {}

/** Where the crons run: inbound mail left unprocessed is processed again, and connected mailboxes and Instagram accounts (without webhooks) are read. */
@Module({
  imports: [RepliesCoreModule, ChannelsModule],
  providers: [InboundRetry, MailboxPoller, InstagramPoller],
})
export class RepliesJobsModule {}
