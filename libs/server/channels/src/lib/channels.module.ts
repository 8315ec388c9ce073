import { Module } from '@nestjs/common';
import { NotificationsModule } from '@parley/server-notifications';
import { ChannelConnections } from './channel-connections';
import { ChannelTokenCheck } from './channel-token-check';
import { ChannelsController } from './channels.controller';
import { ChannelsService } from './channels.service';
import { DmAdapters, PLATFORM_CLIENTS } from './dm-adapters';
import { InstagramGraphClient, TikTokBusinessClient } from './platforms';

/** The channels a store reaches creators on: the email sender identity, the Instagram and TikTok connections and the DM adapters. */
@Module({
  imports: [NotificationsModule],
  controllers: [ChannelsController],
  providers: [ChannelsService, ChannelConnections, DmAdapters, ...PLATFORM_CLIENTS],
  exports: [ChannelsService, ChannelConnections, DmAdapters, InstagramGraphClient, TikTokBusinessClient],
})
export class ChannelsModule {}

/** The daily token check, where the crons run. */
@Module({
  imports: [ChannelsModule],
  providers: [ChannelTokenCheck],
})
export class ChannelsJobsModule {}
