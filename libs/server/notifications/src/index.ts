export { NotificationsModule, NotificationsJobsModule } from './lib/notifications.module';
export { NotificationDigestCron, NotificationDigestProcessor } from './lib/notification-digest';
export { NotificationsService, type NewNotification } from './lib/notifications.service';
