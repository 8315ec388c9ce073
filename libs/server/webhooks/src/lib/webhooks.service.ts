import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { NotFoundException, SecretBox, Tenancy, type AuthContext } from '@parley/server-core';
import { WebhookDelivery, WebhookSubscription } from '@parley/server-data';
import type { WebhookDeliveryDto, WebhookEvent, WebhookSubscriptionDto } from '@parley/shared-types';

const LOG_SIZE = 20;

const deliveryDto = (d: WebhookDelivery): WebhookDeliveryDto => ({
  id: d.id,
  event: d.event,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  deliveredAt: d.deliveredAt ? d.deliveredAt.toISOString() : null,
  createdAt: d.createdAt.toISOString(),
});

const subscriptionDto = (s: WebhookSubscription): WebhookSubscriptionDto => ({ id: s.id, url: s.url, events: s.events, active: s.active, createdAt: s.createdAt.toISOString() });

/** Integrators' webhook subscriptions: created with a signing secret shown once, listed with their delivery log. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly tenancy: Tenancy,
    private readonly box: SecretBox,
  ) {}

  async create(auth: AuthContext, input: { url: string; events: WebhookEvent[] }): Promise<WebhookSubscriptionDto> {
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const repo = this.tenancy.repo(WebhookSubscription, auth.storeId);
    const saved = await repo.save(repo.create({ url: input.url, events: [...new Set(input.events)], secretSealed: this.box.seal(secret), active: true }));
    return { ...subscriptionDto(saved), secret, deliveries: [] };
  }

  async list(auth: AuthContext): Promise<{ subscriptions: WebhookSubscriptionDto[] }> {
    const subscriptions = await this.tenancy.repo(WebhookSubscription, auth.storeId).qb('s').orderBy('s.createdAt', 'DESC').getMany();
    const logs = await Promise.all(subscriptions.map((s) => this.tenancy.repo(WebhookDelivery, auth.storeId).qb('d').andWhere('d.subscriptionId = :id', { id: s.id }).orderBy('d.createdAt', 'DESC').limit(LOG_SIZE).getMany()));
    return { subscriptions: subscriptions.map((s, i) => ({ ...subscriptionDto(s), deliveries: logs[i].map(deliveryDto) })) };
  }

  async remove(auth: AuthContext, id: string): Promise<{ id: string; deleted: true }> {
    const repo = this.tenancy.repo(WebhookSubscription, auth.storeId);
    if (!(await repo.findOne(id))) throw new NotFoundException('Webhook subscription');
    await repo.delete(id);
    return { id, deleted: true };
  }
}
