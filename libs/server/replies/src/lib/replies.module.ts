import { Module } from '@nestjs/common';
import { AiModule } from '@parley/server-ai';
import { EmailModule } from '@parley/server-email';
import { LiveEventsModule } from '@parley/server-live';
import { NotificationsModule } from '@parley/server-notifications';
import { OutreachCoreModule } from '@parley/server-outreach';
import { SuppressionsModule } from '@parley/server-suppressions';
import { TemplatesModule } from '@parley/server-templates';
import { WebhooksCoreModule } from '@parley/server-webhooks';
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

@Module({
  imports: [OutreachCoreModule, EmailModule, AiModule, TemplatesModule, SuppressionsModule, LiveEventsModule, NotificationsModule, WebhooksCoreModule],
  providers: PIPELINE,
  exports: PIPELINE,
})
export class RepliesCoreModule {}

/** The inbound email endpoint, logged replies, responses and the unmatched list. */
@Module({
  imports: [RepliesCoreModule, EmailModule],
  controllers: [InboundMailController, RepliesController],
})
export class RepliesModule {}

/** Where the crons run: inbound mail left unprocessed is processed again, and connected mailboxes are read. */
@Module({
  imports: [RepliesCoreModule],
  providers: [InboundRetry, MailboxPoller],
})
export class RepliesJobsModule {}
