export { WebhooksModule, WebhooksCoreModule, WebhooksJobsModule } from './lib/webhooks.module';
export { WebhookPublisher } from './lib/webhook-publisher';
export { signWebhook } from './lib/webhook-signature';
