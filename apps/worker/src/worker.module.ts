import { Module, type DynamicModule } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ConfigModule, CryptoModule, LoggingModule, QueueModule, RedisModule, TenancyModule, TimeModule, type AppConfig } from '@parley/server-core';
import { DatabaseModule } from '@parley/server-data';
import { JobsModule } from '@parley/server-jobs';

/** Processors and crons without HTTP, for running the background work in its own process. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        QueueModule,
        TenancyModule,
        TimeModule.forRoot(),
        CryptoModule,
        EventEmitterModule.forRoot(),
        JobsModule,
      ],
    };
  }
}
