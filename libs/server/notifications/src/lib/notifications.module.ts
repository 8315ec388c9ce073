import { Module } from '@nestjs/common';
import { EmailModule } from '@parley/server-email';
import { LiveEventsModule } from '@parley/server-live';
import { NotificationDigestCron, NotificationDigestProcessor } from './notification-digest';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [LiveEventsModule],
  controllers: [NotificationsController],
  providers: [NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}

/** The daily digest email, where the processors run. */
@Module({
  imports: [EmailModule],
  providers: [NotificationDigestCron, NotificationDigestProcessor],
})
export class NotificationsJobsModule {}
