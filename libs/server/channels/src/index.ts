export { ChannelsModule } from './lib/channels.module';
export { ChannelsService } from './lib/channels.service';
export { parseImapUrl, type ImapMailbox } from './lib/imap-url';
