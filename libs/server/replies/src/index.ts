export * from './lib/newest-text';
export * from './lib/auto-reply';
export { OfflineReplyClassifier, type ReplyClassification } from './lib/classifier/offline-reply-classifier';
export { RepliesModule, RepliesCoreModule, RepliesJobsModule } from './lib/replies.module';
export { InboundMailService, type InboundResult } from './lib/inbound-mail.service';
export { InboundRetry } from './lib/inbound-retry';
export { MailboxPoller } from './lib/mailbox-poller';
