export { ChannelsModule } from './lib/channels.module';
export { ChannelsService } from './lib/channels.service';
