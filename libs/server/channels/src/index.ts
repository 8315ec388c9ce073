export { ChannelsModule, ChannelsJobsModule } from './lib/channels.module';
export { ChannelTokenCheck } from './lib/channel-token-check';
export { ChannelsService } from './lib/channels.service';
export { ChannelConnections, type ResolvedConnection } from './lib/channel-connections';
export { DmAdapters, dmDeepLink, type DmAdapter, type DmRecipient } from './lib/dm-adapters';
export { dmWindow, type DmWindow, type ConversationState } from './lib/dm-window';
export { parseImapUrl, type ImapMailbox } from './lib/imap-url';
export * from './lib/platforms';
