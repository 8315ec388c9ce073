import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { AuthJobsModule } from '@parley/server-auth';
import { ChannelsJobsModule } from '@parley/server-channels';
import { ContractsJobsModule } from '@parley/server-contracts';
import { OutreachJobsModule } from '@parley/server-outreach';
import { NotificationsJobsModule } from '@parley/server-notifications';
import { RepliesJobsModule } from '@parley/server-replies';
import { WebhooksJobsModule } from '@parley/server-webhooks';

/**
 * Every Bull processor and cron. Imported by apps/worker, and by the API when RUN_WORKERS is on
 * (the default), so one process can do everything.
 */
@Module({
  imports: [ScheduleModule.forRoot(), AuthJobsModule, OutreachJobsModule, RepliesJobsModule, WebhooksJobsModule, NotificationsJobsModule, ContractsJobsModule, ChannelsJobsModule],
})
export class JobsModule {}
