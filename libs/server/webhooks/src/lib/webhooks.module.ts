import { Module } from '@nestjs/common';
import { WebhookDeliveryWorker } from './webhook-delivery.worker';
import { WebhookPublisher } from './webhook-publisher';
import { WebhookRelay } from './webhook-relay';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

/** Publishing events to integrators' subscriptions (used by the features that raise them). */
@Module({
  providers: [WebhookPublisher],
  exports: [WebhookPublisher],
})
export class WebhooksCoreModule {}

/** The subscriptions API. */
@Module({
  controllers: [WebhooksController],
  providers: [WebhooksService],
})
export class WebhooksModule {}

/** Delivering, retrying and relaying status changes, where the processors run. */
@Module({
  imports: [WebhooksCoreModule],
  providers: [WebhookDeliveryWorker, WebhookRelay],
})
export class WebhooksJobsModule {}
