import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock, PeriodicJobs } from '@parley/server-core';
import { ChannelConnections } from './channel-connections';
import { DmAdapters } from './dm-adapters';
import { PlatformError } from './platforms';

/**
 * Once a day, asks each platform whether it still takes each store's token (the same cheap call as
 * on save), so an expired or revoked token shows in the settings, and the team hears of it, before a
 * creator's reply waits on it. A stated expiry date that has passed counts as refused.
 */
@Injectable()
export class ChannelTokenCheck {
  constructor(
    private readonly connections: ChannelConnections,
    private readonly adapters: DmAdapters,
    private readonly periodic: PeriodicJobs,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_DAY_AT_6AM, { name: 'channels.check-tokens' })
  async run(): Promise<void> {
    await this.periodic.run('channels.check-tokens', () => this.check());
  }

  /** Checks every connected token; answers how many were found refused or expired. */
  async check(): Promise<number> {
    let expired = 0;
    for (const c of await this.connections.allToCheck()) {
      if (c.tokenExpiresAt && c.tokenExpiresAt <= this.clock.now()) {
        await this.connections.markExpired(c.storeId, c.platform, `its expiry date, ${c.tokenExpiresAt.toISOString().slice(0, 10)}, has passed`);
        expired++;
        continue;
      }
      try {
        await this.adapters.forPlatform(c.platform).validate(c.accountId, c.accessToken);
        await this.connections.markValid(c.storeId, c.platform);
      } catch (error) {
        // An outage or rate limit says nothing about the token: tomorrow's check will tell.
        if (!(error instanceof PlatformError) || error.failure !== 'token_invalid') continue;
        await this.connections.markExpired(c.storeId, c.platform, error.message);
        expired++;
      }
    }
    return expired;
  }
}
