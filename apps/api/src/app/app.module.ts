import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@parley/server-auth';
import { CampaignsModule } from '@parley/server-campaigns';
import { ChannelsModule } from '@parley/server-channels';
import { ContractsModule, DeliveriesModule } from '@parley/server-contracts';
import {
  ConfigModule,
  CryptoModule,
  LoggingModule,
  QueueModule,
  RedisModule,
  TenancyModule,
  TimeModule,
  type AppConfig,
  type Clock,
} from '@parley/server-core';
import { DatabaseModule } from '@parley/server-data';
import { DemoModule } from '@parley/server-demo';
import { InfluencersModule } from '@parley/server-influencers';
import { JobsModule } from '@parley/server-jobs';
import { LiveModule } from '@parley/server-live';
import { NotificationsModule } from '@parley/server-notifications';
import { OpsModule } from '@parley/server-ops';
import { OutreachModule } from '@parley/server-outreach';
import { RepliesModule } from '@parley/server-replies';
import { WebhooksModule } from '@parley/server-webhooks';
import { NegotiationModule } from '@parley/server-negotiation';
import { SuppressionsModule } from '@parley/server-suppressions';
import { TemplatesModule } from '@parley/server-templates';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { HealthController } from './health.controller';

/** What a test may swap in: a clock it moves forward. */
export interface AppOptions {
  clock?: Clock;
}

const infrastructure = (config: AppConfig, options: AppOptions) => [
  ConfigModule.forRoot(config),
  LoggingModule,
  DatabaseModule,
  RedisModule,
  QueueModule,
  TenancyModule,
  TimeModule.forRoot(options.clock),
  CryptoModule,
  EventEmitterModule.forRoot(),
];
// OutreachModule last: its /influencer/outreach/:id would otherwise shadow the templates' and campaigns' fixed paths.
const features = [
  AuthModule,
  InfluencersModule,
  CampaignsModule,
  TemplatesModule,
  ChannelsModule,
  SuppressionsModule,
  NegotiationModule,
  ContractsModule,
  DeliveriesModule,
  LiveModule,
  NotificationsModule,
  RepliesModule,
  WebhooksModule,
  OpsModule,
  OutreachModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [...infrastructure(config, options), ...features, ...(config.RUN_WORKERS ? [JobsModule] : []), ...(config.DEMO_SEED ? [DemoModule] : [])],
      controllers: [HealthController],
    };
  }
}
