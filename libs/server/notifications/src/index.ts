export { NotificationsModule } from './lib/notifications.module';
export { NotificationsService, type NewNotification } from './lib/notifications.service';
