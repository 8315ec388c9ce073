import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config';
import { REDIS_CLIENT } from './redis-client';
import { SingleUseTickets } from './single-use-tickets';

export { REDIS_CLIENT };

/** Closes the shared connection when the application stops. */
@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** One shared ioredis connection (rate limits, health); Bull opens its own. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true, connectionName: 'parley' }),
    },
    RedisLifecycle,
    SingleUseTickets,
  ],
  exports: [REDIS_CLIENT, SingleUseTickets],
})
export class RedisModule {}
