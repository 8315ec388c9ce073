export { OutreachModule, OutreachJobsModule, OutreachCoreModule } from './lib/outreach.module';
export { OutreachService } from './lib/outreach.service';
export { EmailQueue } from './lib/email-queue';
export { DeliveryReports } from './lib/delivery-reports';
export { UnsubscribeService } from './lib/unsubscribe.service';
export { TrackingEndpoints } from './lib/tracking-endpoints';
export { SendingRecovery } from './lib/sending-recovery';
export * from './lib/follow-ups';
